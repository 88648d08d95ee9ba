#pragma once

// Reads IIS configuration files (applicationHost.config, web.config) the way IIS merges them.
// Passwords (processModel, anonymousAuthentication, virtualDirectory) are never read into any result.

#include "appcmd.h"
#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ndes::facts {

enum class ConfigLevel {
    Default,       // IIS schema default, nothing set anywhere
    Server,        // applicationHost.config, outside any <location> (or path "" / ".")
    SiteLocation,  // applicationHost.config, <location path="<site>">
    SiteWebConfig, // the site's root web.config
    AppLocation,   // applicationHost.config, <location path="<site>/<app>">
    AppWebConfig,  // the application's web.config
};

QString configLevelName(ConfigLevel level);

// Where a value came from: the level, the file name, the location path if any, and the line.
struct ConfigSource {
    ConfigLevel level = ConfigLevel::Default;
    QString file;
    QString locationPath;
    int line = 0;
};

struct ConfigIssue {
    QString file;
    XmlIssue xml;
};

struct EffectiveRequestLimits {
    RequestLimits limits;
    ConfigSource maxUrlFrom;
    ConfigSource maxQueryStringFrom;
    ConfigSource maxAllowedContentLengthFrom;
    QList<ConfigIssue> issues;    // malformed or truncated files; what was read before the fault counts
    QList<ConfigIssue> badValues; // requestLimits values that are not numbers (ignored)
};

// The effective requestLimits of <site>/<app> from the server level down to the application's web.config.
// An empty siteWebConfig or appWebConfig means the file does not exist.
Expected<EffectiveRequestLimits> effectiveRequestLimits(const QByteArray &applicationHostConfig,
                                                        const QByteArray &siteWebConfig, const QByteArray &appWebConfig,
                                                        const QString &site = QStringLiteral("Default Web Site"),
                                                        const QString &app = QStringLiteral("CertSrv/mscep"));

struct AuthenticationSetting {
    bool enabled = false; // the schema default for both sections
    ConfigSource from;
};

struct EffectiveAuthentication {
    AuthenticationSetting anonymous;
    AuthenticationSetting windows;
    bool locationFound = false; // a <location> with exactly this path exists
    QString overrideMode;       // that location's overrideMode attribute, if any
    QList<ConfigIssue> issues;
    QList<ConfigIssue> badValues;
};

// Effective anonymous and Windows authentication for a path such as
// "Default Web Site/CertificateRegistrationSvc": server level, then each <location> from the site down.
Expected<EffectiveAuthentication> authenticationFor(const QByteArray &applicationHostConfig, const QString &path);

struct IisAppPool {
    QString name;
    QString identityType; // effective: the pool's, else applicationPoolDefaults', else ApplicationPoolIdentity
    QString userName;
    bool hasPassword = false;      // a password attribute is set; its value is never read
    QString managedRuntimeVersion; // effective, like identityType (schema default v4.0; empty: no managed code)
    QString managedPipelineMode;   // effective (schema default Integrated)
    std::optional<bool> autoStart;
    int line = 0;
};

struct IisAppPools {
    QList<IisAppPool> pools;
    QList<ConfigIssue> issues;

    std::optional<IisAppPool> find(const QString &name) const;
};

// <system.applicationHost><applicationPools> of applicationHost.config.
Expected<IisAppPools> appPoolsFromConfig(const QByteArray &applicationHostConfig);

// One-line descriptions for logs and test output; they hold only what the structures hold.
QString toString(const ConfigSource &source);
QString toString(const EffectiveRequestLimits &limits);
QString toString(const EffectiveAuthentication &auth);
QString toString(const IisAppPools &pools);

} // namespace ndes::facts
