#include "psjson.h"

namespace ndes::facts::psjson {

QJsonValue valueOf(const QJsonObject &o, QLatin1String key)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<bool> boolOf(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

} // namespace ndes::facts::psjson
