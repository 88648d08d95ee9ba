#include "checktexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace ndes::ui {

// The translation context of every text about the local checks.
class CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckText)
};

namespace {

QString str(const QVariantMap &ev, const char *key)
{
    return ev.value(QLatin1String(key)).toString();
}

qint64 num(const QVariantMap &ev, const char *key)
{
    return ev.value(QLatin1String(key)).toLongLong();
}

bool has(const QVariantMap &ev, const char *key)
{
    return ev.contains(QLatin1String(key));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

bool isDateText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return true;
    const QString s = value.toString();
    return s.size() >= 19 && s.at(4) == QLatin1Char('-') && s.at(10) == QLatin1Char('T')
           && QDateTime::fromString(s, Qt::ISODate).isValid();
}

// Evidence dates are ISO 8601 strings in UTC; shown as a date and time in the user's language.
QString dateText(const QVariant &value)
{
    QDateTime dt = value.toDateTime();
    if (!dt.isValid() || value.typeId() == QMetaType::QString)
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!dt.isValid())
        return value.toString();
    return QLocale().toString(dt.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

QString dateTimeText(const QVariant &value)
{
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!dt.isValid())
        return value.toString();
    dt = dt.toUTC();
    return CheckText::tr("%1 at %2 UTC")
        .arg(QLocale().toString(dt.date(), QStringLiteral("d MMMM yyyy")), dt.time().toString(QStringLiteral("HH:mm")));
}

QString listText(const QVariant &value)
{
    return value.toStringList().join(QStringLiteral(", "));
}

QString yesNo(bool b)
{
    return b ? CheckText::tr("yes") : CheckText::tr("no");
}

QString quoted(const QString &s)
{
    return CheckText::tr("\"%1\"").arg(s);
}

// The common name of a subject ("CN=NDES-RA, O=Contoso" gives "NDES-RA"), else the whole subject.
QString commonName(const QString &subject)
{
    for (QString part : subject.split(QLatin1Char(','))) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("CN="), Qt::CaseInsensitive))
            return part.mid(3);
    }
    return subject;
}

QString raRoleName(const QString &role)
{
    if (role == QLatin1String("signing"))
        return CheckText::tr("signing certificate (Exchange Enrollment Agent)");
    if (role == QLatin1String("encryption"))
        return CheckText::tr("encryption certificate (CEP Encryption)");
    if (role == QLatin1String("ra-signing"))
        return CheckText::tr("RA signing certificate");
    if (role == QLatin1String("ra-encryption"))
        return CheckText::tr("RA encryption certificate");
    if (role == QLatin1String("connector"))
        return CheckText::tr("connector certificate");
    return role;
}

// The RA role ("signing" or "encryption") whose grade is the check's reason.
QString raRoleWithGrade(const QVariantMap &ev, const QString &grade)
{
    for (const char *role : {"signing", "encryption"}) {
        if (ev.value(QLatin1String(role)).toMap().value(QStringLiteral("grade")).toString() == grade)
            return QLatin1String(role);
    }
    return {};
}

QString factText(const QVariantMap &ev)
{
    const QString fact = str(ev, "fact");
    return fact.isEmpty() ? CheckText::tr("the facts this check reads") : quoted(fact);
}

// Entries of a list of maps whose `key` is `value`, as `field` values.
QStringList fetchedWith(const QVariantMap &ev, const QString &outcome)
{
    QStringList urls;
    for (const QVariant &v : ev.value(QStringLiteral("fetched")).toList()) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("outcome")).toString() == outcome)
            urls << m.value(QStringLiteral("url")).toString();
    }
    return urls;
}

QString accountName(const QVariantMap &ev)
{
    QString name = str(ev, "samAccountName");
    if (name.isEmpty())
        name = str(ev, "userName");
    return name.isEmpty() ? CheckText::tr("(unknown)") : name;
}

std::optional<QString> skippedSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    const QString &reason = r.reason;
    if (reason == QLatin1String("fact-missing"))
        return CheckText::tr("Not checked: %1 was not found among the facts read from the server.").arg(factText(ev));
    if (reason == QLatin1String("not-available"))
        return CheckText::tr("Not checked: %1 cannot be read on this computer; local checks need the NDES "
                             "server itself (Windows) or a snapshot taken there.")
            .arg(factText(ev));
    if (reason == QLatin1String("fact-unreadable")) {
        const QString error = str(ev, "error");
        if (error.isEmpty())
            return CheckText::tr("Not checked: %1 was found but could not be read.").arg(factText(ev));
        return CheckText::tr("Not checked: %1 was found but could not be read (%2).").arg(factText(ev), error);
    }
    if (reason == QLatin1String("needs-network"))
        return CheckText::tr("Not checked yet: this check downloads the CRLs over the network.");
    if (reason == QLatin1String("unknown-check"))
        return CheckText::tr("Not checked: this version of NDES Doctor does not know this check.");
    return std::nullopt;
}

std::optional<QString> appPoolSentence(const CheckResult &r)
{
    const QString &reason = r.reason;
    const QString pool = str(r.evidence, "pool").isEmpty() ? QStringLiteral("SCEP") : str(r.evidence, "pool");
    if (reason == QLatin1String("pool-started"))
        return CheckText::tr("The %1 application pool is started.").arg(pool);
    if (reason == QLatin1String("pool-stopped"))
        return CheckText::tr("The %1 application pool is stopped, so IIS answers 503 to every SCEP request.").arg(pool);
    if (reason == QLatin1String("pool-stopping"))
        return CheckText::tr("The %1 application pool is stopping: it no longer serves SCEP requests.").arg(pool);
    if (reason == QLatin1String("pool-starting"))
        return CheckText::tr("The %1 application pool is still starting: look again in a minute.").arg(pool);
    if (reason == QLatin1String("pool-state-unknown"))
        return CheckText::tr("IIS did not give a known state for the %1 application pool.").arg(pool);
    if (reason == QLatin1String("pool-missing"))
        return CheckText::tr("IIS has no application pool named %1: the NDES role is not installed, or its pool "
                             "was removed.")
            .arg(pool);
    return std::nullopt;
}

std::optional<QString> crashSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    const int window = int(num(ev, "windowDays"));
    if (r.reason == QLatin1String("no-crashes"))
        return CheckText::tr("The IIS worker process (w3wp.exe) did not crash in the last %n day(s).", nullptr, window);
    if (r.reason == QLatin1String("only-older-crashes"))
        return CheckText::tr("No recent crash of w3wp.exe: the newest one, on %1, is older than %n day(s).", nullptr,
                             window)
            .arg(dateText(ev.value(QStringLiteral("newestOlder"))));
    if (r.reason == QLatin1String("w3wp-crashes")) {
        const QString module = str(ev, "faultingModule").isEmpty() ? CheckText::tr("unknown module")
                                                                    : str(ev, "faultingModule");
        return CheckText::tr("The IIS worker process (w3wp.exe) crashed %n time(s) in the last %1 days, last on %2 "
                             "(faulting module: %3).",
                             nullptr, int(num(ev, "count")))
            .arg(number(window), dateTimeText(ev.value(QStringLiteral("newest"))), module);
    }
    return std::nullopt;
}

std::optional<QString> rootStoreSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    if (r.reason == QLatin1String("store-empty"))
        return CheckText::tr("Not checked: the export of the trusted root store holds no certificate.");
    if (r.reason == QLatin1String("root-store-clean"))
        return CheckText::tr("The %n certificate(s) in the trusted root store are all self-signed roots.", nullptr,
                             int(num(ev, "certificates")));
    if (r.reason == QLatin1String("intermediates-in-root")) {
        const QVariantList bad = ev.value(QStringLiteral("intermediates")).toList();
        const QString first = bad.isEmpty() ? QString()
                                            : commonName(bad.first().toMap().value(QStringLiteral("subject")).toString());
        return CheckText::tr("The trusted root store holds %n certificate(s) that are not roots, such as %1: they "
                             "belong in the intermediate store, and IIS cannot start the SCEP pool meanwhile.",
                             nullptr, int(bad.size()))
            .arg(quoted(first));
    }
    return std::nullopt;
}

std::optional<QString> crlSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    const QString &reason = r.reason;
    if (reason == QLatin1String("no-certificates"))
        return CheckText::tr("Not checked: neither the NDES RA certificates nor the connector certificate were "
                             "found, so there is no CRL address to test.");
    if (reason == QLatin1String("no-cdp"))
        return CheckText::tr("Not checked: the NDES certificates name no CRL distribution point.");
    if (reason == QLatin1String("no-http-cdp"))
        return CheckText::tr("Not checked: the certificates name no CRL address that can be downloaded over HTTP.");
    if (reason == QLatin1String("crl-unreachable")) {
        const QStringList urls = fetchedWith(ev, QStringLiteral("unreachable"));
        return CheckText::tr("%n CRL(s) could not be downloaded, such as %1: the SCEP pool fails when it checks "
                             "its certificates.",
                             nullptr, int(urls.size()))
            .arg(urls.value(0));
    }
    if (reason == QLatin1String("crl-stale")) {
        const QStringList urls = fetchedWith(ev, QStringLiteral("stale"));
        return CheckText::tr("%n CRL(s) are past their next update date, such as %1: the CA must publish them "
                             "again.",
                             nullptr, int(urls.size()))
            .arg(urls.value(0));
    }
    if (reason == QLatin1String("crl-invalid")) {
        const QStringList urls = fetchedWith(ev, QStringLiteral("not-a-crl"));
        return CheckText::tr("%n address(es) answered with something that is not a CRL, such as %1.", nullptr,
                             int(urls.size()))
            .arg(urls.value(0));
    }
    if (reason == QLatin1String("ldap-not-tested"))
        return CheckText::tr("The CRLs downloaded over HTTP are up to date, but %n LDAP address(es) could not be "
                             "tested from here.",
                             nullptr, int(ev.value(QStringLiteral("ldapNotTested")).toStringList().size()));
    if (reason == QLatin1String("crls-fresh"))
        return CheckText::tr("All %n CRL(s) were downloaded and are up to date.", nullptr,
                             int(ev.value(QStringLiteral("fetched")).toList().size()));
    return std::nullopt;
}

std::optional<QString> authSentence(const CheckResult &r)
{
    const QString &reason = r.reason;
    if (reason == QLatin1String("not-present"))
        return CheckText::tr("Not checked: IIS has no CertificateRegistrationSvc application under the Default Web "
                             "Site.");
    if (reason == QLatin1String("windows-auth-enabled"))
        return CheckText::tr("Windows authentication is on for CertificateRegistrationSvc: it must be off, with "
                             "anonymous authentication on.");
    if (reason == QLatin1String("anonymous-disabled"))
        return CheckText::tr("Anonymous authentication is off for CertificateRegistrationSvc: it must be on.");
    if (reason == QLatin1String("section-missing"))
        return CheckText::tr("Not checked: the authentication settings of CertificateRegistrationSvc were not "
                             "found.");
    if (reason == QLatin1String("anonymous-only"))
        return CheckText::tr("CertificateRegistrationSvc uses anonymous authentication only, as it should.");
    return std::nullopt;
}

std::optional<QString> appProxySentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    const QString &reason = r.reason;
    if (reason == QLatin1String("not-installed"))
        return CheckText::tr("Not checked: the application proxy connector service (WAPCSvc) is not installed on "
                             "this server.");
    if (reason == QLatin1String("service-not-running"))
        return CheckText::tr("The application proxy connector service (WAPCSvc) is not running (state: %1).")
            .arg(str(ev, "stateName").isEmpty() ? number(num(ev, "state")) : str(ev, "stateName"));
    if (reason == QLatin1String("service-not-automatic"))
        return CheckText::tr("The application proxy connector service (WAPCSvc) is running but does not start "
                             "automatically (start type: %1).")
            .arg(str(ev, "startTypeName").isEmpty() ? number(num(ev, "startType")) : str(ev, "startTypeName"));
    if (reason == QLatin1String("service-running-automatic"))
        return CheckText::tr("The application proxy connector service (WAPCSvc) is running and starts "
                             "automatically.");
    // Running, but its start type could not be read.
    if (has(ev, "state") && (reason == QLatin1String("fact-missing") || reason == QLatin1String("not-available")
                             || reason == QLatin1String("fact-unreadable")))
        return CheckText::tr("The application proxy connector service (WAPCSvc) is running, but its start type "
                             "could not be read.");
    return std::nullopt;
}

std::optional<QString> requestFilteringSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    if (r.reason == QLatin1String("limits-too-low"))
        return CheckText::tr("The request filtering limits are too low for SCEP: maxUrl is %1 and maxQueryString "
                             "is %2, and both must be at least %3.")
            .arg(number(num(ev, "maxUrl")), number(num(ev, "maxQueryString")), number(num(ev, "minimum")));
    if (r.reason == QLatin1String("limits-sufficient"))
        return CheckText::tr("Request filtering lets long SCEP requests through (maxUrl %1, maxQueryString %2).")
            .arg(number(num(ev, "maxUrl")), number(num(ev, "maxQueryString")));
    return std::nullopt;
}

std::optional<QString> httpSysSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    if (r.reason == QLatin1String("limits-too-low")) {
        QStringList parts;
        for (const QString &name : ev.value(QStringLiteral("belowMinimum")).toStringList())
            parts << QStringLiteral("%1 = %2").arg(name, number(ev.value(name).toLongLong()));
        return CheckText::tr("The HTTP.sys limits are too low (%1); they must be at least %2, or long SCEP "
                             "requests are refused.")
            .arg(parts.join(QStringLiteral(", ")), number(num(ev, "minimum")));
    }
    if (r.reason == QLatin1String("values-absent"))
        return CheckText::tr("Not set in the registry: %1. HTTP.sys then uses its default of 16 KB, too small for "
                             "long SCEP requests.")
            .arg(listText(ev.value(QStringLiteral("absent"))));
    if (r.reason == QLatin1String("limits-sufficient"))
        return CheckText::tr("The HTTP.sys limits are high enough (MaxFieldLength %1, MaxRequestBytes %2).")
            .arg(number(num(ev, "MaxFieldLength")), number(num(ev, "MaxRequestBytes")));
    return std::nullopt;
}

std::optional<QString> accountSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    const QString &reason = r.reason;
    const QString name = accountName(ev);
    if (reason == QLatin1String("built-in-identity"))
        return CheckText::tr("Not checked: the SCEP pool runs as the built-in identity %1, which cannot be locked "
                             "out and has no password to expire.")
            .arg(str(ev, "builtInIdentity"));
    if (reason == QLatin1String("account-disabled"))
        return CheckText::tr("The NDES service account %1 is disabled in Active Directory.").arg(name);
    if (reason == QLatin1String("account-locked"))
        return CheckText::tr("The NDES service account %1 is locked out in Active Directory.").arg(name);
    if (reason == QLatin1String("password-expired"))
        return CheckText::tr("The password of the NDES service account %1 has expired.").arg(name);
    if (reason == QLatin1String("account-expired"))
        return CheckText::tr("The NDES service account %1 expired on %2.")
            .arg(name, dateText(ev.value(QStringLiteral("accountExpires"))));
    if (reason == QLatin1String("account-usable"))
        return CheckText::tr("The NDES service account %1 is enabled and not locked out, and its password is valid.")
            .arg(name);
    return std::nullopt;
}

std::optional<QString> raSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    const QString &reason = r.reason;
    if (reason == QLatin1String("ra-valid")) {
        qint64 days = -1;
        for (const char *role : {"signing", "encryption"}) {
            const qint64 d = ev.value(QLatin1String(role)).toMap().value(QStringLiteral("daysLeft")).toLongLong();
            days = days < 0 ? d : std::min(days, d);
        }
        return CheckText::tr("Both NDES RA certificates are valid and have their private key; the first one "
                             "expires in %n day(s).",
                             nullptr, int(days));
    }
    const QString role = raRoleWithGrade(ev, reason);
    if (role.isEmpty())
        return std::nullopt;
    const QVariantMap cert = ev.value(role).toMap();
    const QString roleName = raRoleName(role);
    if (reason == QLatin1String("ra-missing"))
        return CheckText::tr("The NDES RA %1 is missing from the computer's personal store.").arg(roleName);
    if (reason == QLatin1String("ra-expired"))
        return CheckText::tr("The NDES RA %1 expired on %2, so NDES cannot sign or decrypt SCEP messages.")
            .arg(roleName, dateText(cert.value(QStringLiteral("notAfter"))));
    if (reason == QLatin1String("ra-no-private-key"))
        return CheckText::tr("The NDES RA %1 has no private key on this server.").arg(roleName);
    if (reason == QLatin1String("ra-not-yet-valid"))
        return CheckText::tr("The NDES RA %1 is not valid yet: check the server's clock.").arg(roleName);
    if (reason == QLatin1String("ra-expiring"))
        return CheckText::tr("The NDES RA %1 expires on %2, in %n day(s): renew it before then.", nullptr,
                             int(cert.value(QStringLiteral("daysLeft")).toLongLong()))
            .arg(roleName, dateText(cert.value(QStringLiteral("notAfter"))));
    return std::nullopt;
}

std::optional<QString> connectorSentence(const CheckResult &r)
{
    const QVariantMap &ev = r.evidence;
    const QString &reason = r.reason;
    QString version;
    QString failedLog;
    for (const QVariant &v : ev.value(QStringLiteral("logs")).toList()) {
        const QVariantMap log = v.toMap();
        if (version.isEmpty())
            version = log.value(QStringLiteral("productVersion")).toString();
        if (failedLog.isEmpty() && log.value(QStringLiteral("outcome")).toString() == QLatin1String("failure"))
            failedLog = log.value(QStringLiteral("file")).toString();
    }
    if (reason == QLatin1String("log-absent"))
        return CheckText::tr("Not checked: no installation log (SetupMsi.log) of the Intune Certificate Connector "
                             "was found.");
    if (reason == QLatin1String("fact-unreadable") && has(ev, "logs"))
        return CheckText::tr("Not checked: the installation logs of the Intune Certificate Connector could not be "
                             "read.");
    if (reason == QLatin1String("install-succeeded")) {
        if (version.isEmpty())
            return CheckText::tr("The Intune Certificate Connector was installed successfully.");
        return CheckText::tr("The Intune Certificate Connector (version %1) was installed successfully.").arg(version);
    }
    if (reason == QLatin1String("install-failed"))
        return CheckText::tr("The installation of the Intune Certificate Connector failed (see %1): NDES runs "
                             "without its policy module.")
            .arg(failedLog.isEmpty() ? QStringLiteral("SetupMsi.log") : failedLog);
    if (reason == QLatin1String("install-cancelled"))
        return CheckText::tr("The installation of the Intune Certificate Connector was cancelled before it "
                             "finished.");
    if (reason == QLatin1String("outcome-unknown"))
        return CheckText::tr("The installation log of the Intune Certificate Connector does not say whether it "
                             "succeeded.");
    return std::nullopt;
}

std::optional<QString> impersonateSentence(const CheckResult &r)
{
    const QString &reason = r.reason;
    if (reason == QLatin1String("iis-iusrs-granted"))
        return CheckText::tr("IIS_IUSRS holds the right \"Impersonate a client after authentication\".");
    if (reason == QLatin1String("iis-iusrs-missing"))
        return CheckText::tr("IIS_IUSRS (S-1-5-32-568) lacks the right \"Impersonate a client after "
                             "authentication\" (SeImpersonatePrivilege): IIS answers 500 with status 1346.");
    if (reason == QLatin1String("right-not-granted"))
        return CheckText::tr("The local policy gives the right \"Impersonate a client after authentication\" "
                             "(SeImpersonatePrivilege) to nobody: IIS_IUSRS needs it.");
    return std::nullopt;
}

std::optional<QString> sentence(const CheckResult &r)
{
    std::optional<QString> s;
    const QString &id = r.id;
    if (id == QLatin1String("apppool.scep"))
        s = appPoolSentence(r);
    else if (id == QLatin1String("events.w3wp-crash"))
        s = crashSentence(r);
    else if (id == QLatin1String("rootstore.intermediates"))
        s = rootStoreSentence(r);
    else if (id == QLatin1String("crl.reachable"))
        s = crlSentence(r);
    else if (id == QLatin1String("iis.auth.certregsvc"))
        s = authSentence(r);
    else if (id == QLatin1String("service.appproxy"))
        s = appProxySentence(r);
    else if (id == QLatin1String("limits.requestfiltering"))
        s = requestFilteringSentence(r);
    else if (id == QLatin1String("limits.httpsys"))
        s = httpSysSentence(r);
    else if (id == QLatin1String("account.ndes-service"))
        s = accountSentence(r);
    else if (id == QLatin1String("certs.mscep-ra"))
        s = raSentence(r);
    else if (id == QLatin1String("connector.install"))
        s = connectorSentence(r);
    else if (id == QLatin1String("rights.impersonate"))
        s = impersonateSentence(r);
    if (!s)
        s = skippedSentence(r);
    return s;
}

// ---- evidence lines

QString label(const QString &key)
{
    static const QList<QPair<const char *, const char *>> labels{
        {"fact", QT_TRANSLATE_NOOP("CheckText", "Fact")},
        {"factStatus", QT_TRANSLATE_NOOP("CheckText", "Fact status")},
        {"origin", QT_TRANSLATE_NOOP("CheckText", "Read from")},
        {"configOrigin", QT_TRANSLATE_NOOP("CheckText", "Configuration read from")},
        {"error", QT_TRANSLATE_NOOP("CheckText", "Error")},
        {"pool", QT_TRANSLATE_NOOP("CheckText", "Application pool")},
        {"pools", QT_TRANSLATE_NOOP("CheckText", "Application pools found")},
        {"state", QT_TRANSLATE_NOOP("CheckText", "State")},
        {"stateName", QT_TRANSLATE_NOOP("CheckText", "State as printed")},
        {"exitCode", QT_TRANSLATE_NOOP("CheckText", "Exit code")},
        {"line", QT_TRANSLATE_NOOP("CheckText", "Line")},
        {"right", QT_TRANSLATE_NOOP("CheckText", "User right")},
        {"sid", QT_TRANSLATE_NOOP("CheckText", "SID looked for")},
        {"principals", QT_TRANSLATE_NOOP("CheckText", "Holders of the right")},
        {"service", QT_TRANSLATE_NOOP("CheckText", "Service")},
        {"code", QT_TRANSLATE_NOOP("CheckText", "Error code")},
        {"startType", QT_TRANSLATE_NOOP("CheckText", "Start type")},
        {"startTypeName", QT_TRANSLATE_NOOP("CheckText", "Start type as printed")},
        {"delayed", QT_TRANSLATE_NOOP("CheckText", "Delayed start")},
        {"maxUrl", QT_TRANSLATE_NOOP("CheckText", "maxUrl")},
        {"maxQueryString", QT_TRANSLATE_NOOP("CheckText", "maxQueryString")},
        {"maxUrlFrom", QT_TRANSLATE_NOOP("CheckText", "maxUrl set in")},
        {"maxQueryStringFrom", QT_TRANSLATE_NOOP("CheckText", "maxQueryString set in")},
        {"minimum", QT_TRANSLATE_NOOP("CheckText", "Minimum needed")},
        {"issues", QT_TRANSLATE_NOOP("CheckText", "Configuration problems found")},
        {"keyFound", QT_TRANSLATE_NOOP("CheckText", "Registry key found")},
        {"MaxFieldLength", QT_TRANSLATE_NOOP("CheckText", "MaxFieldLength")},
        {"MaxRequestBytes", QT_TRANSLATE_NOOP("CheckText", "MaxRequestBytes")},
        {"belowMinimum", QT_TRANSLATE_NOOP("CheckText", "Below the minimum")},
        {"absent", QT_TRANSLATE_NOOP("CheckText", "Not set")},
        {"path", QT_TRANSLATE_NOOP("CheckText", "IIS path")},
        {"anonymousEnabled", QT_TRANSLATE_NOOP("CheckText", "Anonymous authentication on")},
        {"windowsEnabled", QT_TRANSLATE_NOOP("CheckText", "Windows authentication on")},
        {"anonymousFrom", QT_TRANSLATE_NOOP("CheckText", "Anonymous authentication set in")},
        {"windowsFrom", QT_TRANSLATE_NOOP("CheckText", "Windows authentication set in")},
        {"warningDays", QT_TRANSLATE_NOOP("CheckText", "Warning when fewer days left than")},
        {"privateKeys", QT_TRANSLATE_NOOP("CheckText", "Private keys")},
        {"certificates", QT_TRANSLATE_NOOP("CheckText", "Certificates")},
        {"unreadable", QT_TRANSLATE_NOOP("CheckText", "Unreadable files")},
        {"windowDays", QT_TRANSLATE_NOOP("CheckText", "Days looked back")},
        {"since", QT_TRANSLATE_NOOP("CheckText", "Looked back to")},
        {"count", QT_TRANSLATE_NOOP("CheckText", "Crashes")},
        {"newest", QT_TRANSLATE_NOOP("CheckText", "Newest crash")},
        {"faultingModule", QT_TRANSLATE_NOOP("CheckText", "Faulting module")},
        {"exceptionCode", QT_TRANSLATE_NOOP("CheckText", "Exception code")},
        {"recordId", QT_TRANSLATE_NOOP("CheckText", "Event record")},
        {"olderCount", QT_TRANSLATE_NOOP("CheckText", "Older crashes")},
        {"newestOlder", QT_TRANSLATE_NOOP("CheckText", "Newest older crash")},
        {"identityType", QT_TRANSLATE_NOOP("CheckText", "Pool identity type")},
        {"userName", QT_TRANSLATE_NOOP("CheckText", "Pool identity")},
        {"builtInIdentity", QT_TRANSLATE_NOOP("CheckText", "Built-in identity")},
        {"kind", QT_TRANSLATE_NOOP("CheckText", "Account kind")},
        {"samAccountName", QT_TRANSLATE_NOOP("CheckText", "Account")},
        {"distinguishedName", QT_TRANSLATE_NOOP("CheckText", "Distinguished name")},
        {"passwordManaged", QT_TRANSLATE_NOOP("CheckText", "Password managed by Windows")},
        {"accountExpires", QT_TRANSLATE_NOOP("CheckText", "Account expires")},
        {"passwordLastSet", QT_TRANSLATE_NOOP("CheckText", "Password last set")},
        {"problems", QT_TRANSLATE_NOOP("CheckText", "Problems")},
        {"connectorThumbprint", QT_TRANSLATE_NOOP("CheckText", "Connector certificate thumbprint")},
        {"now", QT_TRANSLATE_NOOP("CheckText", "Checked at")},
        {"ldapNotTested", QT_TRANSLATE_NOOP("CheckText", "LDAP addresses not tested")},
        {"subject", QT_TRANSLATE_NOOP("CheckText", "Subject")},
        {"issuer", QT_TRANSLATE_NOOP("CheckText", "Issuer")},
        {"thumbprint", QT_TRANSLATE_NOOP("CheckText", "Thumbprint")},
        {"notAfter", QT_TRANSLATE_NOOP("CheckText", "Valid until")},
        {"file", QT_TRANSLATE_NOOP("CheckText", "File")},
        {"hasPrivateKey", QT_TRANSLATE_NOOP("CheckText", "Private key")},
        {"byTemplateName", QT_TRANSLATE_NOOP("CheckText", "Found by template name")},
        {"candidates", QT_TRANSLATE_NOOP("CheckText", "Candidates")},
        {"selfIssued", QT_TRANSLATE_NOOP("CheckText", "Self-issued")},
        {"selfSigned", QT_TRANSLATE_NOOP("CheckText", "Self-signed")},
        {"crlUrls", QT_TRANSLATE_NOOP("CheckText", "CRL addresses")},
        {"url", QT_TRANSLATE_NOOP("CheckText", "Address")},
        {"httpStatus", QT_TRANSLATE_NOOP("CheckText", "HTTP status")},
        {"networkError", QT_TRANSLATE_NOOP("CheckText", "Network error code")},
        {"timeoutMs", QT_TRANSLATE_NOOP("CheckText", "Timeout (ms)")},
        {"thisUpdate", QT_TRANSLATE_NOOP("CheckText", "CRL published")},
        {"nextUpdate", QT_TRANSLATE_NOOP("CheckText", "Next update")},
        {"productVersion", QT_TRANSLATE_NOOP("CheckText", "Version")},
        {"deciding", QT_TRANSLATE_NOOP("CheckText", "Deciding lines")},
        {"signatures", QT_TRANSLATE_NOOP("CheckText", "Known signatures")},
        {"complete", QT_TRANSLATE_NOOP("CheckText", "Log complete")},
    };
    for (const auto &[k, text] : labels) {
        if (key == QLatin1String(k))
            return QCoreApplication::translate("CheckText", text);
    }
    return key;
}

QString gradeName(const QString &grade)
{
    if (grade == QLatin1String("ra-valid"))
        return CheckText::tr("valid");
    if (grade == QLatin1String("ra-expiring"))
        return CheckText::tr("expiring soon");
    if (grade == QLatin1String("ra-not-yet-valid"))
        return CheckText::tr("not valid yet");
    if (grade == QLatin1String("ra-no-private-key"))
        return CheckText::tr("no private key");
    if (grade == QLatin1String("ra-expired"))
        return CheckText::tr("expired");
    if (grade == QLatin1String("ra-missing"))
        return CheckText::tr("missing");
    return grade;
}

QString crlOutcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("fresh"))
        return CheckText::tr("up to date");
    if (outcome == QLatin1String("stale"))
        return CheckText::tr("past its next update");
    if (outcome == QLatin1String("unreachable"))
        return CheckText::tr("could not be downloaded");
    if (outcome == QLatin1String("not-a-crl"))
        return CheckText::tr("not a CRL");
    return outcome;
}

QString msiOutcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("success"))
        return CheckText::tr("succeeded");
    if (outcome == QLatin1String("failure"))
        return CheckText::tr("failed");
    if (outcome == QLatin1String("cancelled"))
        return CheckText::tr("cancelled");
    if (outcome == QLatin1String("unknown"))
        return CheckText::tr("outcome unknown");
    if (outcome == QLatin1String("unreadable"))
        return CheckText::tr("unreadable");
    return outcome;
}

QString valueText(const QString &key, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return yesNo(value.toBool());
    case QMetaType::QStringList: return listText(value);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        if (key == QLatin1String("exceptionCode") || key == QLatin1String("recordId") || key == QLatin1String("line")
            || key == QLatin1String("code") || key == QLatin1String("exitCode"))
            return value.toString();
        return number(value.toLongLong());
    default: break;
    }
    if (key == QLatin1String("factStatus")) {
        const QString s = value.toString();
        if (s == QLatin1String("missing"))
            return CheckText::tr("not recorded");
        if (s == QLatin1String("failed"))
            return CheckText::tr("reading failed");
        if (s == QLatin1String("not-available"))
            return CheckText::tr("not available here");
        if (s == QLatin1String("present"))
            return CheckText::tr("read");
    }
    if (key == QLatin1String("problems")) {
        QStringList out;
        for (const QString &p : value.toStringList()) {
            if (p == QLatin1String("account-disabled"))
                out << CheckText::tr("disabled");
            else if (p == QLatin1String("account-locked"))
                out << CheckText::tr("locked out");
            else if (p == QLatin1String("password-expired"))
                out << CheckText::tr("password expired");
            else if (p == QLatin1String("account-expired"))
                out << CheckText::tr("account expired");
            else
                out << p;
        }
        return out.join(QStringLiteral(", "));
    }
    if (key == QLatin1String("privateKeys") && value.toString() == QLatin1String("unknown"))
        return CheckText::tr("not listed in the export");
    if (key == QLatin1String("hasPrivateKey") && value.toString() == QLatin1String("unknown"))
        return CheckText::tr("unknown");
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << v.toString();
        return parts.join(QStringLiteral(", "));
    }
    if (isDateText(value))
        return dateTimeText(value);
    return value.toString();
}

// A certificate: subject first, then issuer, validity, days left, the rest.
void certificateLines(QStringList &out, const QString &heading, const QVariantMap &cert)
{
    const QString indent = QStringLiteral("    ");
    out << heading;
    if (cert.contains(QStringLiteral("grade")) && !cert.contains(QStringLiteral("subject"))) {
        out << indent + CheckText::tr("%1: %2").arg(CheckText::tr("State"), gradeName(cert.value(QStringLiteral("grade")).toString()));
        return;
    }
    const QStringList order{QStringLiteral("subject"), QStringLiteral("issuer"), QStringLiteral("notAfter")};
    for (const QString &key : order) {
        if (cert.contains(key))
            out << indent + CheckText::tr("%1: %2").arg(label(key), key == QLatin1String("notAfter")
                                                                         ? dateTimeText(cert.value(key))
                                                                         : cert.value(key).toString());
    }
    if (cert.contains(QStringLiteral("daysLeft"))) {
        const qint64 days = cert.value(QStringLiteral("daysLeft")).toLongLong();
        out << indent + (days >= 0 ? CheckText::tr("Days left: %1").arg(number(days))
                                   : CheckText::tr("Expired %n day(s) ago", nullptr, int(-days)));
    }
    if (cert.contains(QStringLiteral("grade")))
        out << indent + CheckText::tr("%1: %2").arg(CheckText::tr("State"), gradeName(cert.value(QStringLiteral("grade")).toString()));
    for (auto it = cert.cbegin(); it != cert.cend(); ++it) {
        if (order.contains(it.key()) || it.key() == QLatin1String("daysLeft") || it.key() == QLatin1String("grade")
            || it.key() == QLatin1String("role"))
            continue;
        out << indent + CheckText::tr("%1: %2").arg(label(it.key()), valueText(it.key(), it.value()));
    }
}

void mapLines(QStringList &out, const QString &heading, const QVariantMap &map, const QString &first)
{
    const QString indent = QStringLiteral("    ");
    out << heading;
    if (map.contains(first))
        out << indent + CheckText::tr("%1: %2").arg(label(first), valueText(first, map.value(first)));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() == first)
            continue;
        if (it.key() == QLatin1String("outcome")) {
            const QString name = map.contains(QStringLiteral("url")) ? crlOutcomeName(it.value().toString())
                                                                     : msiOutcomeName(it.value().toString());
            out << indent + CheckText::tr("%1: %2").arg(CheckText::tr("Outcome"), name);
            continue;
        }
        if (it.key() == QLatin1String("deciding")) {
            out << indent + CheckText::tr("%1:").arg(label(it.key()));
            for (const QString &line : it.value().toStringList())
                out << indent + indent + line;
            continue;
        }
        out << indent + CheckText::tr("%1: %2").arg(label(it.key()), valueText(it.key(), it.value()));
    }
}

} // namespace

QString checkTitle(const QString &checkId)
{
    if (checkId == QLatin1String("apppool.scep"))
        return CheckText::tr("SCEP application pool");
    if (checkId == QLatin1String("events.w3wp-crash"))
        return CheckText::tr("IIS worker process crashes");
    if (checkId == QLatin1String("rootstore.intermediates"))
        return CheckText::tr("Trusted root store");
    if (checkId == QLatin1String("crl.reachable"))
        return CheckText::tr("Certificate revocation lists");
    if (checkId == QLatin1String("iis.auth.certregsvc"))
        return CheckText::tr("CertificateRegistrationSvc authentication");
    if (checkId == QLatin1String("service.appproxy"))
        return CheckText::tr("Application proxy connector service");
    if (checkId == QLatin1String("limits.requestfiltering"))
        return CheckText::tr("IIS request filtering limits");
    if (checkId == QLatin1String("limits.httpsys"))
        return CheckText::tr("HTTP.sys request limits");
    if (checkId == QLatin1String("account.ndes-service"))
        return CheckText::tr("NDES service account");
    if (checkId == QLatin1String("certs.mscep-ra"))
        return CheckText::tr("NDES RA certificates");
    if (checkId == QLatin1String("connector.install"))
        return CheckText::tr("Intune Certificate Connector installation");
    if (checkId == QLatin1String("rights.impersonate"))
        return CheckText::tr("Impersonation right of IIS_IUSRS");
    return checkId;
}

QString checkQuestion(const QString &checkId)
{
    if (checkId == QLatin1String("apppool.scep"))
        return CheckText::tr("Is the SCEP application pool in IIS started?");
    if (checkId == QLatin1String("events.w3wp-crash"))
        return CheckText::tr("Did the IIS worker process (w3wp.exe) crash recently (event 1000 in the Application "
                             "log)?");
    if (checkId == QLatin1String("rootstore.intermediates"))
        return CheckText::tr("Does the computer's trusted root store hold only self-signed root certificates?");
    if (checkId == QLatin1String("crl.reachable"))
        return CheckText::tr("Can the CRLs named in the NDES and connector certificates be downloaded, and are "
                             "they up to date?");
    if (checkId == QLatin1String("iis.auth.certregsvc"))
        return CheckText::tr("Does CertificateRegistrationSvc use anonymous authentication, with Windows "
                             "authentication off?");
    if (checkId == QLatin1String("service.appproxy"))
        return CheckText::tr("Is the application proxy connector service (WAPCSvc) running, and does it start "
                             "automatically?");
    if (checkId == QLatin1String("limits.requestfiltering"))
        return CheckText::tr("Do the IIS request filtering limits (maxUrl, maxQueryString) let long SCEP requests "
                             "through?");
    if (checkId == QLatin1String("limits.httpsys"))
        return CheckText::tr("Are the HTTP.sys limits MaxFieldLength and MaxRequestBytes raised to 65534 in the "
                             "registry?");
    if (checkId == QLatin1String("account.ndes-service"))
        return CheckText::tr("Is the account the SCEP pool runs as usable: not locked out, disabled or expired?");
    if (checkId == QLatin1String("certs.mscep-ra"))
        return CheckText::tr("Are both NDES RA certificates present, valid for more than 30 days, and with their "
                             "private key?");
    if (checkId == QLatin1String("connector.install"))
        return CheckText::tr("Did the installation of the Intune Certificate Connector succeed?");
    if (checkId == QLatin1String("rights.impersonate"))
        return CheckText::tr("Does IIS_IUSRS hold the right \"Impersonate a client after authentication\"?");
    return checkId;
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return CheckText::tr("OK");
    case CheckStatus::Warn: return CheckText::tr("Warning");
    case CheckStatus::Fail: return CheckText::tr("Problem");
    case CheckStatus::Skipped: return CheckText::tr("Not checked");
    }
    return {};
}

bool hasCheckSentence(const CheckResult &result)
{
    return sentence(result).has_value();
}

QString checkResultSentence(const CheckResult &result)
{
    if (auto s = sentence(result))
        return *s;
    return CheckText::tr("%1: %2 (%3).").arg(checkTitle(result.id), checkStatusName(result.status), result.reason);
}

QStringList checkEvidenceLines(const CheckResult &result)
{
    QStringList out;
    const QVariantMap &ev = result.evidence;
    for (auto it = ev.cbegin(); it != ev.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        if (key == QLatin1String("signing") || key == QLatin1String("encryption")) {
            certificateLines(out, CheckText::tr("%1:").arg(raRoleName(key)), value.toMap());
        } else if (key == QLatin1String("intermediates")) {
            for (const QVariant &v : value.toList())
                certificateLines(out, CheckText::tr("Not a root certificate:"), v.toMap());
        } else if (key == QLatin1String("certificates") && value.typeId() == QMetaType::QVariantList) {
            for (const QVariant &v : value.toList()) {
                const QVariantMap cert = v.toMap();
                certificateLines(out, CheckText::tr("%1:").arg(raRoleName(cert.value(QStringLiteral("role")).toString())),
                                 cert);
            }
        } else if (key == QLatin1String("fetched")) {
            for (const QVariant &v : value.toList())
                mapLines(out, CheckText::tr("CRL download:"), v.toMap(), QStringLiteral("url"));
        } else if (key == QLatin1String("logs")) {
            for (const QVariant &v : value.toList())
                mapLines(out, CheckText::tr("Installation log:"), v.toMap(), QStringLiteral("file"));
        } else if (key == QLatin1String("state") && value.typeId() == QMetaType::QString) {
            out << CheckText::tr("%1: %2").arg(label(key), value.toString());
        } else {
            out << CheckText::tr("%1: %2").arg(label(key), valueText(key, value));
        }
    }
    return out;
}

} // namespace ndes::ui
