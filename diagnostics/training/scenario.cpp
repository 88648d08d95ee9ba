#include "scenario.h"

namespace ndes::training {

namespace {

QList<Scenario> makeScenarios()
{
    using B = Behaviour;
    using V = Verdict;
    const auto s = [](const char *id, B behaviour, V verdict, const char *cause, int difficulty) {
        return Scenario{QString::fromLatin1(id), behaviour, verdict, QString::fromLatin1(cause), difficulty};
    };
    return {
        s("healthy", B::Healthy, V::Ok403, "", 1),
        s("connector-not-installed", B::ConnectorNotInstalled, V::NdesDefaultPage, "connector.install", 1),
        s("app-pool-stopped", B::AppPoolStopped, V::ServiceUnavailable503, "apppool.scep", 1),
        s("app-proxy-connector-stopped", B::AppProxyConnectorStopped, V::GatewayTimeout, "service.appproxy", 2),
        s("request-limits-default", B::HttpSysDefaultLimits, V::RequestTooLong, "limits.httpsys", 2),
        s("request-filtering-default", B::RequestFilteringDefault, V::RequestTooLong, "limits.requestfiltering", 3),
        s("app-proxy-wrong-url", B::WrongExternalUrl, V::PageCantBeDisplayed, "", 2),
        s("service-account-locked", B::ServiceAccountLocked, V::InternalError500, "account.ndes-service", 2),
        s("mscep-ra-expired", B::MscepRaExpired, V::InternalError500, "certs.mscep-ra", 2),
        s("tls-untrusted", B::TlsUntrusted, V::TlsError, "", 2),
        s("no-answer", B::NoAnswer, V::Timeout, "", 3),
        s("unexpected-401", B::Unexpected401, V::UnexpectedStatus, "", 2),
        s("impersonate-right-missing", B::ImpersonateRightMissing, V::InternalError500, "rights.impersonate", 3),
        // The three causes of a crashing SCEP pool: IIS stops the pool, so from outside they look like app-pool-stopped.
        s("app-pool-intermediate-in-root", B::AppPoolStopped, V::ServiceUnavailable503, "rootstore.intermediates", 2),
        s("app-pool-crl-unreachable", B::AppPoolStopped, V::ServiceUnavailable503, "crl.reachable", 3),
        s("app-pool-windows-auth", B::AppPoolStopped, V::ServiceUnavailable503, "iis.auth.certregsvc", 2),
    };
}

} // namespace

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> table = makeScenarios();
    return table;
}

std::optional<Scenario> findScenario(QStringView id)
{
    for (const Scenario &scenario : scenarios()) {
        if (scenario.id == id)
            return scenario;
    }
    return std::nullopt;
}

} // namespace ndes::training
