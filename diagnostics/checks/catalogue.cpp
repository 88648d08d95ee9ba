#include "checks/catalogue.h"

namespace ndes::checks {

namespace {

using CheckFn = CheckResult (*)(const CheckContext &);

struct Entry {
    QString id;
    CheckFn fn; // null for asynchronous checks
};

const QList<Entry> &entries()
{
    static const QList<Entry> list{
        {QStringLiteral("apppool.scep"), &checkAppPoolScep},
        {QStringLiteral("events.w3wp-crash"), &checkEventsW3wpCrash},
        {QStringLiteral("rootstore.intermediates"), &checkRootStoreIntermediates},
        {QStringLiteral("crl.reachable"), nullptr},
        {QStringLiteral("iis.auth.certregsvc"), &checkIisAuthCertRegSvc},
        {QStringLiteral("service.appproxy"), &checkServiceAppProxy},
        {QStringLiteral("limits.requestfiltering"), &checkLimitsRequestFiltering},
        {QStringLiteral("limits.httpsys"), &checkLimitsHttpSys},
        {QStringLiteral("account.ndes-service"), &checkAccountNdesService},
        {QStringLiteral("certs.mscep-ra"), &checkCertsMscepRa},
        {QStringLiteral("connector.install"), &checkConnectorInstall},
        {QStringLiteral("rights.impersonate"), &checkRightsImpersonate},
    };
    return list;
}

} // namespace

const QStringList &checkIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const Entry &e : entries())
            out.append(e.id);
        return out;
    }();
    return ids;
}

bool isAsyncCheck(const QString &id)
{
    for (const Entry &e : entries()) {
        if (e.id == id)
            return e.fn == nullptr;
    }
    return false;
}

std::optional<CheckResult> runCheck(const QString &id, const CheckContext &ctx)
{
    for (const Entry &e : entries()) {
        if (e.id == id && e.fn)
            return e.fn(ctx);
    }
    return std::nullopt;
}

} // namespace ndes::checks
