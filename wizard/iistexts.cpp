#include "iistexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>
#include <limits>

namespace ndes::ui {

class IisText {
    Q_DECLARE_TR_FUNCTIONS(IisText)
};

namespace {

qint64 num(const QVariantMap &ev, const char *key)
{
    return ev.value(QLatin1String(key)).toLongLong();
}

int plural(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString listOf(const QVariant &value)
{
    return QLocale().createSeparatedList(value.toStringList());
}

QString fileNames(const QVariant &value)
{
    QStringList names;
    for (const QString &path : value.toStringList())
        names << QDir::toNativeSeparators(path).section(QDir::separator(), -1);
    return QLocale().createSeparatedList(names);
}

// "500.0.1346 (3), 500.19.13 (1)": the keys of a count map with their counts.
QString countsOf(const QVariant &value)
{
    const QVariantMap map = value.toMap();
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << IisText::tr("%1 (%2)").arg(it.key(), QLocale().toString(it.value().toLongLong()));
    return QLocale().createSeparatedList(parts);
}

} // namespace

QStringList iisFindingIds()
{
    return {QStringLiteral("httperr.scep-pool-offline"),
            QStringLiteral("iis.impersonation-1346"),
            QStringLiteral("iis.scep-500"),
            QStringLiteral("iis.url-too-long"),
            QStringLiteral("iis.verifyrequest-untrusted-root"),
            QStringLiteral("iis.verifyrequest-500"),
            QStringLiteral("iis.ios-getcacert-without-getcacaps"),
            QStringLiteral("httperr.scep-503"),
            QStringLiteral("httperr.scep-worker-crash"),
            QStringLiteral("iis.no-scep-traffic"),
            QStringLiteral("iis.not-a-w3c-log"),
            QStringLiteral("iis.headerless"),
            QStringLiteral("iis.bad-lines"),
            QStringLiteral("iis.markdown-damage")};
}

QString iisFindingText(const Finding &f)
{
    const QVariantMap &ev = f.evidence;
    const QString &id = f.id;
    const int n = plural(num(ev, "count"));
    if (id == QLatin1String("httperr.scep-pool-offline")) {
        return IisText::tr("HTTP.sys turned away %n request(s) for the SCEP application pool because the pool was "
                           "stopped or taken offline (%1).", nullptr, n)
            .arg(countsOf(ev.value(QStringLiteral("byReason"))));
    }
    if (id == QLatin1String("iis.impersonation-1346")) {
        return IisText::tr("IIS answered %n request(s) to mscep.dll with 500 0 1346: the IIS_IUSRS group lacks the "
                           "right \"Impersonate a client after authentication\".", nullptr, n);
    }
    if (id == QLatin1String("iis.scep-500")) {
        return IisText::tr("%n request(s) to mscep.dll failed with status 500 (%1): NDES failed while handling them.",
                           nullptr, n)
            .arg(countsOf(ev.value(QStringLiteral("byStatus"))));
    }
    if (id == QLatin1String("iis.url-too-long")) {
        return IisText::tr("%n SCEP request(s) were refused as too long (%1): the server's size limits are below the "
                           "65,534 bytes Intune needs.", nullptr, n)
            .arg(countsOf(ev.value(QStringLiteral("byStatus"))));
    }
    if (id == QLatin1String("iis.verifyrequest-untrusted-root")) {
        return IisText::tr("The connector refused %n VerifyRequest call(s) of the policy module with 403.16 (untrusted "
                           "root): a certificate of the chain is not trusted, often because an intermediate "
                           "certificate sits in the Trusted Root store.", nullptr, n);
    }
    if (id == QLatin1String("iis.verifyrequest-500")) {
        return IisText::tr("%n VerifyRequest call(s) of the policy module failed with status 500: the connector's "
                           "web application (CertificateRegistrationSvc) could not check the requests.", nullptr, n);
    }
    if (id == QLatin1String("iis.ios-getcacert-without-getcacaps")) {
        return IisText::tr("%n iPhone(s) or iPad(s) got the CA certificates (GetCACert 200) but never asked for "
                           "GetCACaps: they do not trust the certificate chain NDES sent (%1).", nullptr, n)
            .arg(listOf(ev.value(QStringLiteral("clients"))));
    }
    if (id == QLatin1String("httperr.scep-503")) {
        return IisText::tr("HTTP.sys answered 503 to %n request(s) for the SCEP application pool (%1): the pool "
                           "could not take them.", nullptr, n)
            .arg(countsOf(ev.value(QStringLiteral("byReason"))));
    }
    if (id == QLatin1String("httperr.scep-worker-crash")) {
        return IisText::tr("%n connection(s) to the SCEP application pool were dropped because its worker process "
                           "stopped in the middle of the request.", nullptr, n);
    }
    if (id == QLatin1String("iis.no-scep-traffic")) {
        const int files = plural(num(ev, "files"));
        const QString requests = IisText::tr("%n request(s) to other pages", nullptr, plural(num(ev, "requests")));
        return IisText::tr("No SCEP request at all: no device reached mscep.dll in the %n log file(s) read (%1). "
                           "Something between the devices and this server stops them.", nullptr, files)
            .arg(requests);
    }
    if (id == QLatin1String("iis.not-a-w3c-log")) {
        return IisText::tr("Not IIS logs (no #Fields header, no line IIS would write): %1.")
            .arg(fileNames(ev.value(QStringLiteral("files"))));
    }
    if (id == QLatin1String("iis.headerless")) {
        return IisText::tr("%n line(s) came without a #Fields header; they were read with the usual IIS columns "
                           "(%1) in %2.", nullptr, n)
            .arg(listOf(ev.value(QStringLiteral("layouts"))), fileNames(ev.value(QStringLiteral("files"))));
    }
    if (id == QLatin1String("iis.bad-lines")) {
        QStringList reasons;
        const QVariantMap byReason = ev.value(QStringLiteral("byReason")).toMap();
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
            reasons << IisText::tr("%1 (%2)").arg(badReasonName(it.key()), QLocale().toString(it.value().toLongLong()));
        return IisText::tr("%n line(s) could not be read and were skipped: %1.", nullptr, n)
            .arg(QLocale().createSeparatedList(reasons));
    }
    if (id == QLatin1String("iis.markdown-damage")) {
        return IisText::tr("%n line(s) hold links added by a chat or ticket tool ([address](link)): this log was "
                           "pasted, not copied as a file. Ask for the original file.", nullptr, n);
    }
    return id;
}

FixTarget iisFixTarget(const QString &id)
{
    static const QHash<QString, FixTarget> targets = {
        {QStringLiteral("httperr.scep-pool-offline"), {QStringLiteral("service-unavailable-503"), QStringLiteral("check-app-pool")}},
        {QStringLiteral("iis.impersonation-1346"), {QStringLiteral("internal-error-500"), QStringLiteral("cause-impersonate")}},
        {QStringLiteral("iis.scep-500"), {QStringLiteral("internal-error-500"), QStringLiteral("which-cause")}},
        {QStringLiteral("iis.url-too-long"), {QStringLiteral("request-too-long"), QStringLiteral("what-it-means")}},
        {QStringLiteral("iis.verifyrequest-untrusted-root"), {QStringLiteral("service-unavailable-503"), QStringLiteral("cause-intermediates")}},
        {QStringLiteral("iis.verifyrequest-500"), {QStringLiteral("ok-403"), QStringLiteral("next-stage")}},
        {QStringLiteral("iis.ios-getcacert-without-getcacaps"), {QStringLiteral("tls-error"), QStringLiteral("cause-untrusted-chain")}},
        {QStringLiteral("httperr.scep-503"), {QStringLiteral("service-unavailable-503"), QStringLiteral("check-app-pool")}},
        {QStringLiteral("httperr.scep-worker-crash"), {QStringLiteral("service-unavailable-503"), QStringLiteral("check-crash-events")}},
        {QStringLiteral("iis.no-scep-traffic"), {QStringLiteral("timeout"), QStringLiteral("check-path")}},
        {QStringLiteral("iis.not-a-w3c-log"), {QStringLiteral("ok-403"), QStringLiteral("iis-logs")}},
        {QStringLiteral("iis.headerless"), {QStringLiteral("ok-403"), QStringLiteral("iis-logs")}},
        {QStringLiteral("iis.bad-lines"), {QStringLiteral("ok-403"), QStringLiteral("iis-logs")}},
        {QStringLiteral("iis.markdown-damage"), {QStringLiteral("ok-403"), QStringLiteral("iis-logs")}},
    };
    return targets.value(id);
}

QString scepOperationName(logs::iis::ScepOperation op)
{
    using logs::iis::ScepOperation;
    switch (op) {
    case ScepOperation::GetCACaps: return IisText::tr("GetCACaps (capabilities)");
    case ScepOperation::GetCACert: return IisText::tr("GetCACert (CA certificates)");
    case ScepOperation::PkiOperationGet: return IisText::tr("PKIOperation by GET (certificate request)");
    case ScepOperation::PkiOperationPost: return IisText::tr("PKIOperation by POST (certificate request)");
    case ScepOperation::Other: return IisText::tr("Another operation");
    case ScepOperation::None: return IisText::tr("No operation (browser test)");
    }
    return {};
}

QString platformName(logs::iis::Platform platform)
{
    using logs::iis::Platform;
    switch (platform) {
    case Platform::Android: return IisText::tr("Android");
    case Platform::Ios: return IisText::tr("iPhone and iPad");
    case Platform::Windows: return IisText::tr("Windows");
    case Platform::Connector: return IisText::tr("Intune connector (policy module)");
    case Platform::Other: return IisText::tr("Other (browsers, tools)");
    }
    return {};
}

QString badReasonName(logs::iis::BadReason reason)
{
    using logs::iis::BadReason;
    switch (reason) {
    case BadReason::FieldCount: return IisText::tr("wrong number of fields");
    case BadReason::Status: return IisText::tr("status is not a number");
    case BadReason::Timestamp: return IisText::tr("bad date or time");
    case BadReason::NoLayout: return IisText::tr("no #Fields header");
    case BadReason::TooLong: return IisText::tr("line too long");
    }
    return {};
}

QString badReasonName(const QString &reasonId)
{
    for (int r = 0; r < logs::iis::kBadReasonCount; ++r) {
        if (logs::iis::badReasonId(logs::iis::BadReason(r)) == reasonId)
            return badReasonName(logs::iis::BadReason(r));
    }
    return reasonId;
}

QString httpErrReasonMeaning(const QString &reason)
{
    const auto is = [&reason](const char *name) { return reason.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    if (is("AppOffline"))
        return IisText::tr("the pool was taken offline after repeated crashes");
    if (is("Disabled"))
        return IisText::tr("the pool was stopped by an administrator");
    if (is("AppPoolTimer") || is("AppShutdown"))
        return IisText::tr("the pool was shutting down or recycling");
    if (is("QueueFull"))
        return IisText::tr("the pool's request queue was full");
    if (is("ConnLimit"))
        return IisText::tr("the connection limit was reached");
    if (is("Connection_Abandoned_By_AppPool"))
        return IisText::tr("the worker process stopped during the request");
    if (is("URL_Length"))
        return IisText::tr("the URL was longer than HTTP.sys accepts");
    if (is("FieldLength") || is("RequestLength"))
        return IisText::tr("a header or the whole request was too long");
    if (reason.startsWith(QLatin1String("Timer_"), Qt::CaseInsensitive))
        return IisText::tr("the connection timed out");
    if (is("N/A"))
        return IisText::tr("the service was unavailable (internal error)");
    return IisText::tr("see the HTTP.sys error log reference");
}

} // namespace ndes::ui
