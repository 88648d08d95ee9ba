#include "appcmd.h"

#include "facts/text.h"
#include "iisxml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace ndes::facts {

namespace {

Error appcmdFailure(const QString &text, int exitCode)
{
    Error e{QStringLiteral("appcmd failed"), QStringLiteral("appcmd exit code %1").arg(exitCode), {}};
    const QString msg = iisxml::appcmdErrorMessage(text);
    if (!msg.isEmpty())
        e.details << msg;
    return e;
}

// The start of every appcmd parser: exit code 1168 means the object does not exist (a result, with appcmd's
// own message); any other non-zero exit is a failure; zero lets the parser go on.
template<typename Result>
std::optional<Expected<Result>> appcmdExit(const QString &text, int exitCode, Result &result)
{
    if (exitCode == AppcmdNotFoundExitCode) {
        result.notFound = true;
        result.message = iisxml::appcmdErrorMessage(text);
        return Expected<Result>(result);
    }
    if (exitCode != 0)
        return Expected<Result>(appcmdFailure(text, exitCode));
    return std::nullopt;
}

// Reads an XML fragment (or several, one after the other) under a synthetic root, calling onElement for
// every start element with the stack of its ancestors' names. Reader errors become issues.
template<typename OnElement>
QList<XmlIssue> readFragments(const QString &text, OnElement onElement)
{
    QXmlStreamReader xml;
    xml.addData(QStringLiteral("<ndes-fragments>"));
    xml.addData(text);
    xml.addData(QStringLiteral("</ndes-fragments>"));
    QStringList stack;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            onElement(xml, stack);
            stack << xml.name().toString();
        } else if (token == QXmlStreamReader::EndElement && !stack.isEmpty()) {
            stack.removeLast();
        }
    }
    QList<XmlIssue> issues;
    if (xml.hasError())
        issues << XmlIssue{iisxml::issueText(xml.error()), int(xml.lineNumber()), int(xml.columnNumber())};
    return issues;
}

} // namespace

std::optional<AppPoolState> appPoolStateFromText(const QString &text)
{
    static const struct {
        const char16_t *name;
        AppPoolState state;
    } names[] = {{u"Starting", AppPoolState::Starting},
                 {u"Started", AppPoolState::Started},
                 {u"Stopping", AppPoolState::Stopping},
                 {u"Stopped", AppPoolState::Stopped},
                 {u"Unknown", AppPoolState::Unknown}};
    const QString t = text.trimmed();
    for (const auto &n : names) {
        if (t.compare(QStringView(n.name), Qt::CaseInsensitive) == 0)
            return n.state;
    }
    bool ok = false;
    const int code = t.toInt(&ok);
    if (ok && code >= 0 && code <= 4)
        return AppPoolState(code);
    return std::nullopt;
}

QString appPoolStateName(AppPoolState state)
{
    switch (state) {
    case AppPoolState::Starting: return QStringLiteral("Starting");
    case AppPoolState::Started: return QStringLiteral("Started");
    case AppPoolState::Stopping: return QStringLiteral("Stopping");
    case AppPoolState::Stopped: return QStringLiteral("Stopped");
    case AppPoolState::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

std::optional<AppcmdAppPool> AppcmdAppPools::find(const QString &name) const
{
    for (const AppcmdAppPool &p : pools) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

Expected<AppcmdAppPools> parseAppcmdAppPools(const QByteArray &bytes, int exitCode)
{
    const QString text = decodeText(bytes);
    AppcmdAppPools result;
    if (auto early = appcmdExit(text, exitCode, result))
        return *early;

    static const QRegularExpression pool(
        QStringLiteral(R"re(^APPPOOL "(.+)" \(MgdVersion:([^,]*),MgdMode:([^,]*),state:(\w+)\)$)re"));
    static const QRegularExpression sibling(QStringLiteral(R"re(^(SITE|APP|VDIR|WP|BACKUP|TRACE|MODULE) ")re"));
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || sibling.match(line).hasMatch())
            continue;
        if (line.startsWith(QLatin1String("ERROR ("))) {
            Error e{QStringLiteral("appcmd reported an error"), QStringLiteral("appcmd list apppool"), {}};
            e.details << iisxml::appcmdErrorMessage(line);
            return e;
        }
        const QRegularExpressionMatch m = pool.match(line);
        const std::optional<AppPoolState> state = m.hasMatch() ? appPoolStateFromText(m.captured(4)) : std::nullopt;
        if (!state) {
            result.badLines << i + 1;
            continue;
        }
        result.pools << AppcmdAppPool{m.captured(1), m.captured(2), m.captured(3), *state, i + 1};
    }
    return result;
}

Expected<AppcmdState> parseAppcmdState(const QByteArray &bytes, int exitCode)
{
    const QString text = decodeText(bytes);
    AppcmdState result;
    if (auto early = appcmdExit(text, exitCode, result))
        return *early;

    static const QRegularExpression rule(QStringLiteral("^-+$"));
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line == QLatin1String("Value") || rule.match(line).hasMatch())
            continue;
        if (line.startsWith(QLatin1String("ERROR ("))) {
            Error e{QStringLiteral("appcmd reported an error"), QStringLiteral("appcmd list apppool /text:state"), {}};
            e.details << iisxml::appcmdErrorMessage(line);
            return e;
        }
        const std::optional<AppPoolState> state = appPoolStateFromText(line);
        if (!state || result.state)
            result.badLines << i + 1;
        else
            result.state = state;
    }
    if (!result.state && result.badLines.isEmpty())
        return Error{
            QStringLiteral("no app pool state in the output"), QStringLiteral("appcmd list apppool /text:state"), {}};
    return result;
}

Expected<AppcmdRequestFiltering> parseAppcmdRequestFiltering(const QByteArray &bytes, int exitCode)
{
    const QString text = decodeText(bytes);
    AppcmdRequestFiltering result;
    if (auto early = appcmdExit(text, exitCode, result))
        return *early;

    bool sawRoot = false;
    result.issues = readFragments(text, [&](QXmlStreamReader &xml, const QStringList &stack) {
        const QStringView name = xml.name();
        if (name == u"system.webServer")
            sawRoot = true;
        if (name == u"requestFiltering")
            result.sectionFound = true;
        if (name != u"requestLimits" || stack.isEmpty() || stack.last() != QLatin1String("requestFiltering"))
            return;
        const QXmlStreamAttributes attrs = xml.attributes();
        const auto read = [&](QLatin1String attr, quint64 &value, bool &isExplicit) {
            if (!attrs.hasAttribute(attr))
                return;
            if (const auto v = iisxml::toUInt(attrs.value(attr))) {
                value = *v;
                isExplicit = true;
            } else {
                result.badLines << int(xml.lineNumber());
            }
        };
        read(QLatin1String("maxUrl"), result.limits.maxUrl, result.limits.maxUrlExplicit);
        read(QLatin1String("maxQueryString"), result.limits.maxQueryString, result.limits.maxQueryStringExplicit);
        read(QLatin1String("maxAllowedContentLength"), result.limits.maxAllowedContentLength,
             result.limits.maxAllowedContentLengthExplicit);
    });
    if (!sawRoot && !result.sectionFound) {
        Error e{QStringLiteral("no <system.webServer> fragment in the output"),
                QStringLiteral("appcmd list config /section:requestFiltering"),
                {}};
        for (const XmlIssue &issue : result.issues)
            e.details << QStringLiteral("%1 at line %2").arg(issue.what).arg(issue.line);
        return e;
    }
    return result;
}

Expected<AppcmdAuthentication> parseAppcmdAuthentication(const QByteArray &bytes, int exitCode)
{
    const QString text = decodeText(bytes);
    AppcmdAuthentication result;
    if (auto early = appcmdExit(text, exitCode, result))
        return *early;

    bool sawRoot = false;
    result.issues = readFragments(text, [&](QXmlStreamReader &xml, const QStringList &) {
        const QStringView name = xml.name();
        if (name == u"system.webServer")
            sawRoot = true;
        std::optional<bool> *target = name == u"anonymousAuthentication" ? &result.anonymousEnabled
                                      : name == u"windowsAuthentication" ? &result.windowsEnabled
                                                                         : nullptr;
        if (!target)
            return;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (!attrs.hasAttribute(QLatin1String("enabled"))) {
            *target = false;
            return;
        }
        if (const auto v = iisxml::toBool(attrs.value(QLatin1String("enabled"))))
            *target = *v;
        else
            result.badLines << int(xml.lineNumber());
    });
    if (!sawRoot) {
        Error e{QStringLiteral("no <system.webServer> fragment in the output"),
                QStringLiteral("appcmd list config /section:authentication"),
                {}};
        for (const XmlIssue &issue : result.issues)
            e.details << QStringLiteral("%1 at line %2").arg(issue.what).arg(issue.line);
        return e;
    }
    return result;
}

} // namespace ndes::facts
