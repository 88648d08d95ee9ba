#include "iisxml.h"

#include "facts/text.h"

namespace ndes::facts::iisxml {

QString issueText(QXmlStreamReader::Error error)
{
    switch (error) {
    case QXmlStreamReader::NoError: return QStringLiteral("no error");
    case QXmlStreamReader::PrematureEndOfDocumentError: return QStringLiteral("document ends early (truncated)");
    case QXmlStreamReader::NotWellFormedError: return QStringLiteral("malformed XML");
    case QXmlStreamReader::UnexpectedElementError: return QStringLiteral("unexpected element");
    case QXmlStreamReader::CustomError: break;
    }
    return QStringLiteral("unreadable XML");
}

std::optional<quint64> toUInt(QStringView text)
{
    bool ok = false;
    const QStringView t = text.trimmed();
    const quint64 v = t.startsWith(u"0x", Qt::CaseInsensitive) ? t.mid(2).toULongLong(&ok, 16) : t.toULongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<bool> toBool(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QString appcmdErrorMessage(const QString &text)
{
    // `ERROR ( message:... )`; the keyword and the message may be localized, `message:` is not.
    for (const QString &line : splitLines(text)) {
        const QString t = line.trimmed();
        const qsizetype m = t.indexOf(QLatin1String("message:"));
        if (m < 0)
            continue;
        QString msg = t.mid(m + 8).trimmed();
        if (msg.endsWith(QLatin1Char(')')))
            msg.chop(1);
        return msg.trimmed();
    }
    return {};
}

} // namespace ndes::facts::iisxml
