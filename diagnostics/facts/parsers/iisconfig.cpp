#include "iisconfig.h"

#include "facts/text.h"
#include "iisxml.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace ndes::facts {

namespace {

QString normalizedPath(QString path)
{
    path = path.trimmed();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path == QLatin1String(".") ? QString() : path;
}

// Depth of `location` on the way to `target` (0 for the root), or -1 when it is not an ancestor-or-self.
int ancestorDepth(const QString &location, const QString &target)
{
    if (location.isEmpty())
        return 0;
    if (target.compare(location, Qt::CaseInsensitive) == 0
        || (target.startsWith(location, Qt::CaseInsensitive) && target.size() > location.size()
            && target.at(location.size()) == QLatin1Char('/')))
        return int(location.count(QLatin1Char('/'))) + 1;
    return -1;
}

// Walks a configuration file and calls onElement(xml, location, inherits, stack) for every start element,
// where location is the enclosing <location path> (normalized, nullopt outside any), inherits is false under
// inheritInChildApplications="false" (the settings then hold for that path only, not for applications below
// it), and stack the ancestors' names below <configuration> and <location>.
template<typename OnElement>
QList<ConfigIssue> walkConfig(const QByteArray &bytes, const QString &file, bool &sawConfiguration, OnElement onElement)
{
    QXmlStreamReader xml(decodeText(bytes));
    QStringList stack;
    QList<std::optional<QString>> locations;
    std::optional<QString> location;
    bool inherits = true;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = xml.name();
            if (depth == 1) {
                sawConfiguration = sawConfiguration || name == u"configuration";
                locations << location;
                stack << QString();
                continue;
            }
            locations << location;
            if (name == u"location" && !location && stack.size() == 1) {
                const QXmlStreamAttributes attrs = xml.attributes();
                location = normalizedPath(attrs.value(QLatin1String("path")).toString());
                inherits = iisxml::toBool(attrs.value(QLatin1String("inheritInChildApplications"))).value_or(true);
                onElement(xml, location, inherits, QStringList{});
                stack << QString();
                continue;
            }
            QStringList relative = stack.mid(1);
            relative.removeAll(QString());
            onElement(xml, location, inherits, relative);
            stack << name.toString();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (!stack.isEmpty())
                stack.removeLast();
            if (!locations.isEmpty())
                location = locations.takeLast();
            if (!location)
                inherits = true;
        }
    }
    QList<ConfigIssue> issues;
    if (xml.hasError())
        issues << ConfigIssue{file,
                              XmlIssue{iisxml::issueText(xml.error()), int(xml.lineNumber()), int(xml.columnNumber())}};
    return issues;
}

struct LimitCandidate {
    ConfigSource source;
    int depth = 0;
    int order = 0;
    std::optional<quint64> maxUrl, maxQueryString, maxAllowedContentLength;
};

bool isPath(const QStringList &stack, std::initializer_list<const char *> names)
{
    if (stack.size() != qsizetype(names.size()))
        return false;
    qsizetype i = 0;
    for (const char *n : names) {
        if (stack.at(i++) != QLatin1String(n))
            return false;
    }
    return true;
}

} // namespace

QString configLevelName(ConfigLevel level)
{
    switch (level) {
    case ConfigLevel::Default: return QStringLiteral("default");
    case ConfigLevel::Server: return QStringLiteral("server");
    case ConfigLevel::SiteLocation: return QStringLiteral("site-location");
    case ConfigLevel::SiteWebConfig: return QStringLiteral("site-web.config");
    case ConfigLevel::AppLocation: return QStringLiteral("app-location");
    case ConfigLevel::AppWebConfig: return QStringLiteral("app-web.config");
    }
    return QString();
}

Expected<EffectiveRequestLimits> effectiveRequestLimits(const QByteArray &applicationHostConfig,
                                                        const QByteArray &siteWebConfig, const QByteArray &appWebConfig,
                                                        const QString &site, const QString &app)
{
    const QString sitePath = normalizedPath(site);
    const QString appPath = normalizedPath(app);
    const QString target = appPath.isEmpty() ? sitePath : sitePath + QLatin1Char('/') + appPath;
    EffectiveRequestLimits result;
    QList<LimitCandidate> candidates;
    int order = 0;

    const auto collect = [&](const QByteArray &bytes, const QString &file, auto levelFor) {
        bool sawConfiguration = false;
        result.issues +=
            walkConfig(bytes, file, sawConfiguration,
                       [&](QXmlStreamReader &xml, const std::optional<QString> &location, bool inherits,
                           const QStringList &stack) {
                           if (xml.name() != u"requestLimits"
                               || !isPath(stack, {"system.webServer", "security", "requestFiltering"}))
                               return;
                           int depth = 0;
                           const std::optional<ConfigLevel> level = levelFor(location, inherits, depth);
                           if (!level)
                               return;
                           LimitCandidate c;
                           c.source = ConfigSource{*level, file, location.value_or(QString()), int(xml.lineNumber())};
                           c.depth = depth;
                           c.order = order++;
                           const QXmlStreamAttributes attrs = xml.attributes();
                           const auto read = [&](QLatin1String attr, std::optional<quint64> &out) {
                               if (!attrs.hasAttribute(attr))
                                   return;
                               out = iisxml::toUInt(attrs.value(attr));
                               if (!out)
                                   result.badValues
                                       << ConfigIssue{file, XmlIssue{QStringLiteral("%1 is not a number").arg(attr),
                                                                     int(xml.lineNumber()), int(xml.columnNumber())}};
                           };
                           read(QLatin1String("maxUrl"), c.maxUrl);
                           read(QLatin1String("maxQueryString"), c.maxQueryString);
                           read(QLatin1String("maxAllowedContentLength"), c.maxAllowedContentLength);
                           candidates << c;
                       });
        return sawConfiguration;
    };

    const bool hostRead =
        collect(applicationHostConfig, QStringLiteral("applicationHost.config"),
                [&](const std::optional<QString> &location, bool inherits, int &depth) -> std::optional<ConfigLevel> {
                    if (location && !inherits && location->compare(target, Qt::CaseInsensitive) != 0)
                        return std::nullopt;
                    if (!location || location->isEmpty())
                        return ConfigLevel::Server;
                    depth = ancestorDepth(*location, target);
                    if (depth < 0)
                        return std::nullopt;
                    if (location->compare(sitePath, Qt::CaseInsensitive) == 0)
                        return ConfigLevel::SiteLocation;
                    return depth > 1 ? std::optional(ConfigLevel::AppLocation) : std::nullopt;
                });
    if (!hostRead) {
        Error e{QStringLiteral("no <configuration> in applicationHost.config"),
                QStringLiteral("applicationHost.config"),
                {}};
        for (const ConfigIssue &issue : result.issues)
            e.details << QStringLiteral("%1 at line %2").arg(issue.xml.what).arg(issue.xml.line);
        return e;
    }
    if (!siteWebConfig.isEmpty()) {
        collect(siteWebConfig, sitePath + QStringLiteral("/web.config"),
                [&](const std::optional<QString> &location, bool inherits, int &depth) -> std::optional<ConfigLevel> {
                    if (location && !inherits && location->compare(appPath, Qt::CaseInsensitive) != 0)
                        return std::nullopt;
                    if (!location || location->isEmpty())
                        return ConfigLevel::SiteWebConfig;
                    depth = ancestorDepth(*location, appPath);
                    return depth > 0 ? std::optional(ConfigLevel::AppLocation) : std::nullopt;
                });
    }
    if (!appWebConfig.isEmpty() && !appPath.isEmpty()) {
        collect(appWebConfig, target + QStringLiteral("/web.config"),
                [&](const std::optional<QString> &location, bool, int &) -> std::optional<ConfigLevel> {
                    if (!location || location->isEmpty())
                        return ConfigLevel::AppWebConfig;
                    return std::nullopt;
                });
    }

    // Site web.config locations sit below the site: count the site's own depth for them.
    for (LimitCandidate &c : candidates) {
        if (c.source.level == ConfigLevel::AppLocation && !c.source.file.startsWith(QLatin1String("applicationHost")))
            c.depth += int(sitePath.count(QLatin1Char('/'))) + 1;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const LimitCandidate &a, const LimitCandidate &b) {
        if (a.source.level != b.source.level)
            return a.source.level < b.source.level;
        if (a.depth != b.depth)
            return a.depth < b.depth;
        return a.order < b.order;
    });
    for (const LimitCandidate &c : candidates) {
        if (c.maxUrl) {
            result.limits.maxUrl = *c.maxUrl;
            result.limits.maxUrlExplicit = true;
            result.maxUrlFrom = c.source;
        }
        if (c.maxQueryString) {
            result.limits.maxQueryString = *c.maxQueryString;
            result.limits.maxQueryStringExplicit = true;
            result.maxQueryStringFrom = c.source;
        }
        if (c.maxAllowedContentLength) {
            result.limits.maxAllowedContentLength = *c.maxAllowedContentLength;
            result.limits.maxAllowedContentLengthExplicit = true;
            result.maxAllowedContentLengthFrom = c.source;
        }
    }
    return result;
}

Expected<EffectiveAuthentication> authenticationFor(const QByteArray &applicationHostConfig, const QString &path)
{
    const QString target = normalizedPath(path);
    const QString file = QStringLiteral("applicationHost.config");
    EffectiveAuthentication result;
    struct Candidate {
        bool anonymous;
        bool enabled;
        int depth;
        int order;
        ConfigSource source;
    };
    QList<Candidate> candidates;
    int order = 0;
    bool sawConfiguration = false;
    result.issues = walkConfig(
        applicationHostConfig, file, sawConfiguration,
        [&](QXmlStreamReader &xml, const std::optional<QString> &location, bool inherits, const QStringList &stack) {
            const QStringView name = xml.name();
            const int depth = location ? ancestorDepth(*location, target) : 0;
            if (depth < 0 || (location && !inherits && location->compare(target, Qt::CaseInsensitive) != 0))
                return;
            if (name == u"location" && stack.isEmpty()) {
                if (location && !location->isEmpty() && location->compare(target, Qt::CaseInsensitive) == 0) {
                    result.locationFound = true;
                    result.overrideMode = xml.attributes().value(QLatin1String("overrideMode")).toString();
                }
                return;
            }
            const bool anonymous = name == u"anonymousAuthentication";
            if ((!anonymous && name != u"windowsAuthentication")
                || !isPath(stack, {"system.webServer", "security", "authentication"}))
                return;
            const QXmlStreamAttributes attrs = xml.attributes();
            bool enabled = false;
            if (attrs.hasAttribute(QLatin1String("enabled"))) {
                const std::optional<bool> v = iisxml::toBool(attrs.value(QLatin1String("enabled")));
                if (!v) {
                    result.badValues << ConfigIssue{file, XmlIssue{QStringLiteral("enabled is not a boolean"),
                                                                   int(xml.lineNumber()), int(xml.columnNumber())}};
                    return;
                }
                enabled = *v;
            }
            ConfigLevel level = ConfigLevel::Server;
            if (depth == 1)
                level = ConfigLevel::SiteLocation;
            else if (depth > 1)
                level = ConfigLevel::AppLocation;
            candidates << Candidate{anonymous, enabled, depth, order++,
                                    ConfigSource{level, file, location.value_or(QString()), int(xml.lineNumber())}};
        });
    if (!sawConfiguration) {
        Error e{QStringLiteral("no <configuration> in applicationHost.config"), file, {}};
        for (const ConfigIssue &issue : result.issues)
            e.details << QStringLiteral("%1 at line %2").arg(issue.xml.what).arg(issue.xml.line);
        return e;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.depth != b.depth ? a.depth < b.depth : a.order < b.order;
    });
    for (const Candidate &c : candidates) {
        AuthenticationSetting &s = c.anonymous ? result.anonymous : result.windows;
        s.enabled = c.enabled;
        s.from = c.source;
    }
    return result;
}

std::optional<IisAppPool> IisAppPools::find(const QString &name) const
{
    for (const IisAppPool &p : pools) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

Expected<IisAppPools> appPoolsFromConfig(const QByteArray &applicationHostConfig)
{
    IisAppPools result;
    QString defaultIdentity;
    std::optional<QString> defaultRuntime; // the IIS 10 schema default is v4.0
    QString defaultPipeline;
    QList<bool> identitySet;
    QList<bool> runtimeSet;
    QList<bool> pipelineSet;
    bool sawConfiguration = false;
    result.issues =
        walkConfig(applicationHostConfig, QStringLiteral("applicationHost.config"), sawConfiguration,
                   [&](QXmlStreamReader &xml, const std::optional<QString> &location, bool, const QStringList &stack) {
                       if (location)
                           return;
                       const QStringView name = xml.name();
                       const QXmlStreamAttributes attrs = xml.attributes();
                       if (isPath(stack, {"system.applicationHost", "applicationPools"})) {
                           if (name == u"applicationPoolDefaults") {
                               if (attrs.hasAttribute(QLatin1String("managedRuntimeVersion")))
                                   defaultRuntime = attrs.value(QLatin1String("managedRuntimeVersion")).toString();
                               defaultPipeline = attrs.value(QLatin1String("managedPipelineMode")).toString();
                           } else if (name == u"add") {
                               IisAppPool pool;
                               pool.name = attrs.value(QLatin1String("name")).toString();
                               pool.line = int(xml.lineNumber());
                               pool.managedRuntimeVersion =
                                   attrs.value(QLatin1String("managedRuntimeVersion")).toString();
                               pool.managedPipelineMode = attrs.value(QLatin1String("managedPipelineMode")).toString();
                               pool.autoStart = iisxml::toBool(attrs.value(QLatin1String("autoStart")));
                               runtimeSet << attrs.hasAttribute(QLatin1String("managedRuntimeVersion"));
                               pipelineSet << attrs.hasAttribute(QLatin1String("managedPipelineMode"));
                               identitySet << false;
                               result.pools << pool;
                           }
                           return;
                       }
                       if (name != u"processModel")
                           return;
                       if (isPath(stack, {"system.applicationHost", "applicationPools", "applicationPoolDefaults"})) {
                           defaultIdentity = attrs.value(QLatin1String("identityType")).toString();
                       } else if (isPath(stack, {"system.applicationHost", "applicationPools", "add"})
                                  && !result.pools.isEmpty()) {
                           IisAppPool &pool = result.pools.last();
                           if (attrs.hasAttribute(QLatin1String("identityType"))) {
                               pool.identityType = attrs.value(QLatin1String("identityType")).toString();
                               identitySet.last() = true;
                           }
                           pool.userName = attrs.value(QLatin1String("userName")).toString();
                           pool.hasPassword = !attrs.value(QLatin1String("password")).isEmpty();
                       }
                   });
    if (!sawConfiguration) {
        Error e{QStringLiteral("no <configuration> in applicationHost.config"),
                QStringLiteral("applicationHost.config"),
                {}};
        for (const ConfigIssue &issue : result.issues)
            e.details << QStringLiteral("%1 at line %2").arg(issue.xml.what).arg(issue.xml.line);
        return e;
    }
    for (qsizetype i = 0; i < result.pools.size(); ++i) {
        IisAppPool &pool = result.pools[i];
        if (!identitySet.at(i))
            pool.identityType = defaultIdentity.isEmpty() ? QStringLiteral("ApplicationPoolIdentity") : defaultIdentity;
        if (!runtimeSet.at(i))
            pool.managedRuntimeVersion = defaultRuntime.value_or(QStringLiteral("v4.0"));
        if (!pipelineSet.at(i))
            pool.managedPipelineMode = defaultPipeline.isEmpty() ? QStringLiteral("Integrated") : defaultPipeline;
    }
    return result;
}

QString toString(const ConfigSource &source)
{
    QString s = configLevelName(source.level);
    if (source.level == ConfigLevel::Default)
        return s;
    s += QStringLiteral(" %1:%2").arg(source.file).arg(source.line);
    if (!source.locationPath.isEmpty())
        s += QStringLiteral(" location=\"%1\"").arg(source.locationPath);
    return s;
}

namespace {

QString issuesToString(const QList<ConfigIssue> &issues)
{
    QStringList parts;
    for (const ConfigIssue &i : issues)
        parts << QStringLiteral("%1:%2:%3 %4").arg(i.file).arg(i.xml.line).arg(i.xml.column).arg(i.xml.what);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString toString(const EffectiveRequestLimits &limits)
{
    return QStringLiteral("maxUrl=%1 (%2) maxQueryString=%3 (%4) maxAllowedContentLength=%5 (%6) issues=[%7] bad=[%8]")
        .arg(limits.limits.maxUrl)
        .arg(toString(limits.maxUrlFrom))
        .arg(limits.limits.maxQueryString)
        .arg(toString(limits.maxQueryStringFrom))
        .arg(limits.limits.maxAllowedContentLength)
        .arg(toString(limits.maxAllowedContentLengthFrom), issuesToString(limits.issues),
             issuesToString(limits.badValues));
}

QString toString(const EffectiveAuthentication &auth)
{
    return QStringLiteral("anonymous=%1 (%2) windows=%3 (%4) location=%5 overrideMode=%6 issues=[%7] bad=[%8]")
        .arg(auth.anonymous.enabled ? QStringLiteral("true") : QStringLiteral("false"), toString(auth.anonymous.from),
             auth.windows.enabled ? QStringLiteral("true") : QStringLiteral("false"), toString(auth.windows.from),
             auth.locationFound ? QStringLiteral("found") : QStringLiteral("absent"), auth.overrideMode,
             issuesToString(auth.issues), issuesToString(auth.badValues));
}

QString toString(const IisAppPools &pools)
{
    QStringList parts;
    for (const IisAppPool &p : pools.pools)
        parts << QStringLiteral("%1 identityType=%2 userName=%3 password=%4 runtime=%5 pipeline=%6 line=%7")
                     .arg(p.name, p.identityType, p.userName,
                          p.hasPassword ? QStringLiteral("set") : QStringLiteral("none"), p.managedRuntimeVersion,
                          p.managedPipelineMode)
                     .arg(p.line);
    return parts.join(QStringLiteral("; ")) + QStringLiteral(" issues=[%1]").arg(issuesToString(pools.issues));
}

} // namespace ndes::facts
