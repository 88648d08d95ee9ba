#include "services.h"

#include "facts/text.h"

#include <QRegularExpression>

namespace ndes::facts {

namespace {

struct ScLine {
    bool isKeyValue = false;
    QString key; // empty on a continuation line such as `                 : WAS`
    QString value;
};

ScLine splitScLine(const QString &line)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Z0-9_]*$"));
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    const QString key = line.left(colon).trimmed();
    if (!keyPattern.match(key).hasMatch())
        return {};
    return ScLine{true, key, line.mid(colon + 1).trimmed()};
}

// The leading number of a value such as `4  RUNNING` or `0  (0x0)`.
std::optional<quint32> leadingNumber(const QString &value, int base)
{
    const QString first = value.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    bool ok = false;
    const quint32 v = first.toUInt(&ok, base);
    return ok ? std::optional(v) : std::nullopt;
}

// `[SC] <call> FAILED <code>:` (French: `ÉCHEC(S) <code> :`); the code, or nullopt when the line is not a
// failure. The word is localized, so only the `[SC]` prefix and the trailing `<code>:` are matched.
std::optional<int> failureCode(const QString &line)
{
    static const QRegularExpression failed(QStringLiteral(R"(^\[SC\]\s.*\s(\d+)\s*:$)"));
    const QRegularExpressionMatch m = failed.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

QString messageAfter(const QStringList &lines, int index)
{
    QStringList parts;
    for (int i = index + 1; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

Error scFailure(int code, const QString &message, const QString &where)
{
    Error e{QStringLiteral("sc failed with code %1").arg(code), where, {}};
    if (!message.isEmpty())
        e.details << message;
    return e;
}

} // namespace

Expected<ScQueryResult> parseScQuery(const QByteArray &bytes)
{
    const QStringList lines = splitLines(decodeText(bytes));
    ScQueryResult result;
    QString lastKey;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (const std::optional<int> code = failureCode(line)) {
            const QString message = messageAfter(lines, i);
            if (*code != ScServiceNotFoundCode)
                return scFailure(*code, message, QStringLiteral("sc query"));
            result.notFound = true;
            result.message = message;
            return result;
        }
        const ScLine kv = splitScLine(line);
        if (!kv.isKeyValue) {
            if (lastKey == QLatin1String("STATE") && !result.services.isEmpty() && line.at(0).isSpace()) {
                QString t = line.trimmed();
                if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')')))
                    t = t.mid(1, t.size() - 2);
                for (const QString &c : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    result.services.last().controls << c.trimmed();
                continue;
            }
            result.badLines << i + 1;
            continue;
        }
        if (kv.key == QLatin1String("SERVICE_NAME")) {
            ScServiceStatus s;
            s.serviceName = kv.value;
            s.line = i + 1;
            result.services << s;
            lastKey = kv.key;
            continue;
        }
        if (result.services.isEmpty()) {
            result.badLines << i + 1;
            continue;
        }
        ScServiceStatus &s = result.services.last();
        lastKey = kv.key;
        bool bad = false;
        if (kv.key == QLatin1String("TYPE")) {
            const auto v = leadingNumber(kv.value, 16);
            bad = !v;
            if (v)
                s.type = int(*v);
        } else if (kv.key == QLatin1String("STATE")) {
            const auto v = leadingNumber(kv.value, 10);
            bad = !v || *v < 1 || *v > 7;
            if (!bad) {
                s.state = ServiceState(*v);
                s.stateName = kv.value.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty);
            }
        } else if (kv.key == QLatin1String("WIN32_EXIT_CODE")) {
            s.win32ExitCode = leadingNumber(kv.value, 10);
            bad = !s.win32ExitCode;
        } else if (kv.key == QLatin1String("SERVICE_EXIT_CODE")) {
            s.serviceExitCode = leadingNumber(kv.value, 10);
            bad = !s.serviceExitCode;
        }
        if (bad)
            result.badLines << i + 1;
    }
    if (result.services.isEmpty())
        return Error{QStringLiteral("no SERVICE_NAME in the output"), QStringLiteral("sc query"), {}};
    return result;
}

Expected<ScServiceConfig> parseScQc(const QByteArray &bytes)
{
    const QStringList lines = splitLines(decodeText(bytes));
    ScServiceConfig result;
    bool sawName = false;
    QString lastKey;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (const std::optional<int> code = failureCode(line)) {
            const QString message = messageAfter(lines, i);
            if (*code != ScServiceNotFoundCode)
                return scFailure(*code, message, QStringLiteral("sc qc"));
            result.notFound = true;
            result.message = message;
            return result;
        }
        if (trimmed.startsWith(QLatin1String("[SC]")))
            continue;
        const ScLine kv = splitScLine(line);
        if (!kv.isKeyValue || (!sawName && kv.key != QLatin1String("SERVICE_NAME"))) {
            result.badLines << i + 1;
            continue;
        }
        if (kv.key.isEmpty()) {
            if (lastKey == QLatin1String("DEPENDENCIES") && !kv.value.isEmpty())
                result.dependencies << kv.value;
            else if (!kv.value.isEmpty())
                result.badLines << i + 1;
            continue;
        }
        lastKey = kv.key;
        bool bad = false;
        if (kv.key == QLatin1String("SERVICE_NAME")) {
            sawName = true;
            result.serviceName = kv.value;
        } else if (kv.key == QLatin1String("TYPE")) {
            const auto v = leadingNumber(kv.value, 16);
            bad = !v;
            if (v)
                result.type = int(*v);
        } else if (kv.key == QLatin1String("START_TYPE")) {
            const auto v = leadingNumber(kv.value, 10);
            bad = !v || *v > 4;
            if (!bad) {
                result.startType = ServiceStartType(*v);
                result.startTypeName = kv.value.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty);
                static const QRegularExpression qualifier(QStringLiteral(R"(^\d+\s+\S+\s+\(.+\)$)"));
                result.delayed = result.startType == ServiceStartType::Auto && qualifier.match(kv.value).hasMatch();
            }
        } else if (kv.key == QLatin1String("ERROR_CONTROL")) {
            const auto v = leadingNumber(kv.value, 10);
            bad = !v;
            if (v)
                result.errorControl = int(*v);
        } else if (kv.key == QLatin1String("BINARY_PATH_NAME")) {
            result.binaryPathName = kv.value;
        } else if (kv.key == QLatin1String("LOAD_ORDER_GROUP")) {
            result.loadOrderGroup = kv.value;
        } else if (kv.key == QLatin1String("TAG")) {
            result.tag = kv.value;
        } else if (kv.key == QLatin1String("DISPLAY_NAME")) {
            result.displayName = kv.value;
        } else if (kv.key == QLatin1String("DEPENDENCIES")) {
            if (!kv.value.isEmpty())
                result.dependencies << kv.value;
        } else if (kv.key == QLatin1String("SERVICE_START_NAME")) {
            result.serviceStartName = kv.value;
        }
        if (bad)
            result.badLines << i + 1;
    }
    if (!sawName)
        return Error{QStringLiteral("no SERVICE_NAME in the output"), QStringLiteral("sc qc"), {}};
    return result;
}

} // namespace ndes::facts
