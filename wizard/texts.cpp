#include "texts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QVariantMap>

namespace ndes::ui {

// One translation context per kind of text, so translators see related strings together.
class VerdictText {
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
};
class FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
};
class ScenarioText {
    Q_DECLARE_TR_FUNCTIONS(ScenarioText)
};
class RequestText {
    Q_DECLARE_TR_FUNCTIONS(RequestText)
};
class StageText {
    Q_DECLARE_TR_FUNCTIONS(StageText)
};
class DiagnoseText {
    Q_DECLARE_TR_FUNCTIONS(DiagnoseText)
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

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// Evidence dates are ISO 8601 strings (or QDateTime values); shown as a date in the user's language.
QString dateText(const QVariant &value)
{
    QDateTime dt = value.toDateTime();
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!dt.isValid())
        return value.toString();
    return QLocale().toString(dt.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

QString listText(const QVariant &value)
{
    return value.toStringList().join(QStringLiteral(", "));
}

QString genericFinding(const Finding &f)
{
    QStringList parts;
    for (auto it = f.evidence.cbegin(); it != f.evidence.cend(); ++it) {
        QString value;
        if (it.value().canConvert<QStringList>() && it.value().typeId() == QMetaType::QStringList)
            value = listText(it.value());
        else if (it.value().typeId() == QMetaType::QVariantMap)
            value = QStringList(it.value().toMap().keys()).join(QStringLiteral(", "));
        else
            value = it.value().toString();
        parts << QStringLiteral("%1: %2").arg(it.key(), value);
    }
    if (parts.isEmpty())
        return f.id;
    return QStringLiteral("%1 (%2)").arg(f.id, parts.join(QStringLiteral("; ")));
}

QString longUrlSource(const QString &source)
{
    if (source == QLatin1String("http.sys"))
        return FindingText::tr("HTTP.sys");
    if (source == QLatin1String("request-filtering"))
        return FindingText::tr("IIS request filtering");
    return FindingText::tr("the server");
}

} // namespace

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok403: return VerdictText::tr("URL works (403)");
    case Verdict::NdesDefaultPage: return VerdictText::tr("NDES page instead of 403");
    case Verdict::ServiceUnavailable503: return VerdictText::tr("Service unavailable (503)");
    case Verdict::GatewayTimeout: return VerdictText::tr("Gateway timeout");
    case Verdict::RequestTooLong: return VerdictText::tr("Long requests refused");
    case Verdict::PageCantBeDisplayed: return VerdictText::tr("Server unreachable");
    case Verdict::InternalError500: return VerdictText::tr("Internal error (500)");
    case Verdict::TlsError: return VerdictText::tr("Certificate not trusted");
    case Verdict::Timeout: return VerdictText::tr("No answer");
    case Verdict::UnexpectedStatus: return VerdictText::tr("Unexpected answer");
    }
    return {};
}

QString verdictSentence(Verdict verdict, int status)
{
    switch (verdict) {
    case Verdict::Ok403:
        return VerdictText::tr("The SCEP URL works: the server answers 403 Forbidden, "
                               "which is what a healthy NDES server answers to a browser.");
    case Verdict::NdesDefaultPage:
        return VerdictText::tr("The server shows the NDES welcome page instead of answering 403: "
                               "the Intune certificate connector is not active.");
    case Verdict::ServiceUnavailable503:
        return VerdictText::tr("The SCEP application pool is not running: the server answers 503 Service Unavailable.");
    case Verdict::GatewayTimeout:
        return VerdictText::tr("The application proxy cannot reach its connector: it answers GatewayTimeout.");
    case Verdict::RequestTooLong:
        return VerdictText::tr("Long requests are refused: the server rejects a URL as long as the ones devices send.");
    case Verdict::PageCantBeDisplayed:
        return VerdictText::tr("The server cannot be reached: a browser would say \"This page can't be displayed\".");
    case Verdict::InternalError500:
        return VerdictText::tr("NDES fails with 500 Internal Server Error.");
    case Verdict::TlsError:
        return VerdictText::tr("The secure connection fails: the server's certificate is not trusted.");
    case Verdict::Timeout:
        return VerdictText::tr("The server does not answer: no reply came before the time limit.");
    case Verdict::UnexpectedStatus:
        if (status > 0)
            return VerdictText::tr("The server gives an unexpected answer: HTTP %1.").arg(status);
        return VerdictText::tr("The server gives an unexpected answer.");
    }
    return {};
}

QString verdictSentence(const http::ProbeResult &result)
{
    int status = 0;
    for (const http::RawAnswer &answer : result.answers) {
        if (answer.kind == result.decidedBy)
            status = answer.status;
    }
    const QString sentence = verdictSentence(result.verdict, status);
    if (result.decidedBy == http::RequestKind::Bare || isHealthy(result.verdict))
        return sentence;
    return sentence + QLatin1Char(' ')
        + VerdictText::tr("The browser test alone looks fine; the %1 request shows where devices fail.").arg(requestKindName(result.decidedBy));
}

QString verdictMeaning(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok403:
        return VerdictText::tr(
            "A 403 on the bare URL is the expected answer: IIS, NDES and the Intune policy module are all "
            "in place, and the SCEP requests work.\n\n"
            "If devices still get no certificate, the problem is further along. Look at the IIS logs to see "
            "whether the devices reach this server, then at the logs of one device.");
    case Verdict::NdesDefaultPage:
        return VerdictText::tr(
            "NDES itself works, but the Intune certificate connector, which plugs into NDES as its policy "
            "module, is not installed or not loaded. Without it NDES answers with its own welcome page, and "
            "devices cannot enrol.\n\n"
            "Check the connector's installation log (SetupMsi.log). If the installation failed, install the "
            "connector again; if it succeeded, restart IIS.");
    case Verdict::ServiceUnavailable503:
        return VerdictText::tr(
            "The 503 page comes from HTTP.sys, the part of Windows under IIS: no IIS worker process was there "
            "to take the request. The SCEP application pool is stopped, or it starts and crashes "
            "(event 1000 for w3wp.exe in the Application log).\n\n"
            "Known causes: an intermediate CA certificate stored among the trusted root certificates, a "
            "certificate revocation list that cannot be downloaded, or Windows authentication turned on for "
            "CertificateRegistrationSvc.");
    case Verdict::GatewayTimeout:
        return VerdictText::tr(
            "The request went through Microsoft Entra application proxy, which found no working connector to "
            "pass it to the NDES server.\n\n"
            "The application proxy connector service (WAPCSvc) on the connector server is stopped, or it is "
            "not set to start automatically.");
    case Verdict::RequestTooLong:
        return VerdictText::tr(
            "The short requests work, but the long one is refused, by HTTP.sys (414) or by IIS request "
            "filtering (404.14 or 404.15). Devices send their certificate request inside the URL, up to "
            "65,534 bytes, so they fail.\n\n"
            "Raise the request filtering limits (maxUrl and maxQueryString) and the HTTP.sys limits "
            "(MaxFieldLength and MaxRequestBytes) to 65534.");
    case Verdict::PageCantBeDisplayed:
        return VerdictText::tr(
            "No HTTP answer came back: the name does not resolve, the connection is refused, or there is no "
            "route to the server.\n\n"
            "When the URL goes through the application proxy, check that the external URL of the proxy "
            "application is exactly the URL of the SCEP profile. Otherwise check the DNS name and the "
            "firewalls between the devices and the server.");
    case Verdict::InternalError500:
        return VerdictText::tr(
            "IIS received the request, but NDES could not handle it.\n\n"
            "The usual causes: the NDES service account is locked out or its password has expired, or the "
            "MSCEP-RA certificates (the NDES server's own certificates) have expired. When the IIS log shows "
            "\"500 0 1346\", the IIS_IUSRS group lacks the right to impersonate a client after "
            "authentication.");
    case Verdict::TlsError:
        return VerdictText::tr(
            "The TLS handshake failed before any HTTP exchange: the certificate chain is not trusted, the "
            "name does not match, or the certificate has expired. Devices fail in the same way.\n\n"
            "Fix the certificate bound to the IIS site, or deploy the missing trusted root certificate "
            "profile to the devices.");
    case Verdict::Timeout:
        return VerdictText::tr(
            "The connection opened, but no answer arrived in time.\n\n"
            "Something on the path (a firewall, a proxy, a load balancer) holds or drops the traffic, or the "
            "server is overloaded.");
    case Verdict::UnexpectedStatus:
        return VerdictText::tr(
            "This answer is none of the documented cases. Read the status code and the page below: the "
            "meaning of the IIS code is given with the findings.\n\n"
            "A 401 usually means Windows authentication was turned on for the SCEP site; a redirect to a "
            "sign-in page means pre-authentication is enabled on the application proxy.");
    }
    return {};
}

QString verdictCause(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok403: return VerdictText::tr("Nothing: the SCEP URL is healthy");
    case Verdict::NdesDefaultPage: return VerdictText::tr("The Intune certificate connector is not installed or not active");
    case Verdict::ServiceUnavailable503: return VerdictText::tr("The SCEP application pool is stopped");
    case Verdict::GatewayTimeout: return VerdictText::tr("The application proxy connector service is stopped");
    case Verdict::RequestTooLong: return VerdictText::tr("The request size limits were never raised");
    case Verdict::PageCantBeDisplayed: return VerdictText::tr("The URL is wrong or the host cannot be reached");
    case Verdict::InternalError500: return VerdictText::tr("The NDES service account or its RA certificates are at fault");
    case Verdict::TlsError: return VerdictText::tr("The server's TLS certificate is not trusted");
    case Verdict::Timeout: return VerdictText::tr("Something on the network drops the traffic");
    case Verdict::UnexpectedStatus: return VerdictText::tr("The SCEP site asks for a sign-in");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return FindingText::tr("Info");
    case Severity::Warning: return FindingText::tr("Warning");
    case Severity::Error: return FindingText::tr("Problem");
    }
    return {};
}

QString findingText(const Finding &f)
{
    const QVariantMap &ev = f.evidence;
    const QString &id = f.id;

    if (id == QLatin1String("request-failed")) {
        const QString request = requestKindName(str(ev, "request"));
        const int status = int(num(ev, "status"));
        const QString error = str(ev, "error");
        if (status > 0) {
            if (error.isEmpty())
                return FindingText::tr("%1 failed with HTTP %2.").arg(request).arg(status);
            return FindingText::tr("%1 failed with HTTP %2 (%3).").arg(request).arg(status).arg(error);
        }
        const QString outcome = outcomeName(str(ev, "outcome"));
        if (error.isEmpty() || error.compare(outcome, Qt::CaseInsensitive) == 0)
            return FindingText::tr("%1 failed: %2.").arg(request, outcome);
        return FindingText::tr("%1 failed: %2 (%3).").arg(request, outcome, error);
    }
    if (id == QLatin1String("capabilities"))
        return FindingText::tr("Capabilities announced by the server: %1.").arg(listText(ev.value(QStringLiteral("keywords"))));
    if (id == QLatin1String("capabilities-missing"))
        return FindingText::tr("GetCACaps answered, but announced no capability.");
    if (id == QLatin1String("post-not-supported"))
        return FindingText::tr("The server does not announce POSTPKIOperation: devices send their requests inside "
                               "the URL, so the long-URL limits matter.");
    if (id == QLatin1String("certificate")) {
        const qint64 days = num(ev, "daysLeft");
        const QString head = FindingText::tr("%1 certificate \"%2\", issued by \"%3\", valid from %4 to %5")
                                 .arg(certRoleName(str(ev, "role")), str(ev, "subject"), str(ev, "issuer"),
                                      dateText(ev.value(QStringLiteral("notBefore"))),
                                      dateText(ev.value(QStringLiteral("notAfter"))));
        if (days < 0)
            return FindingText::tr("%1: expired %n day(s) ago.", nullptr, int(num(ev, "daysAgo"))).arg(head);
        return FindingText::tr("%1: %n day(s) left.", nullptr, int(days)).arg(head);
    }
    if (id == QLatin1String("ra-certificate-expired") || id == QLatin1String("ca-certificate-expired")) {
        return FindingText::tr("The %1 certificate \"%2\" expired on %3, %n day(s) ago.", nullptr,
                               int(num(ev, "daysAgo")))
            .arg(certRoleName(str(ev, "role")), str(ev, "subject"), dateText(ev.value(QStringLiteral("notAfter"))));
    }
    if (id == QLatin1String("ra-certificate-expiring") || id == QLatin1String("ca-certificate-expiring")) {
        return FindingText::tr("The %1 certificate \"%2\" expires on %3, in %n day(s).", nullptr,
                               int(num(ev, "daysLeft")))
            .arg(certRoleName(str(ev, "role")), str(ev, "subject"), dateText(ev.value(QStringLiteral("notAfter"))));
    }
    if (id == QLatin1String("ra-certificate-missing"))
        return FindingText::tr("The GetCACert answer has no %1 certificate.").arg(certRoleName(str(ev, "role")));
    if (id == QLatin1String("getcacert-unreadable")) {
        const QString type = str(ev, "contentType");
        return FindingText::tr("The GetCACert answer could not be read (content type \"%1\"): %2")
            .arg(type.isEmpty() ? FindingText::tr("none") : type, str(ev, "error"));
    }
    if (id == QLatin1String("server-header"))
        return FindingText::tr("The server calls itself \"%1\".").arg(str(ev, "value"));
    if (id == QLatin1String("server-header-missing"))
        return FindingText::tr("The answer does not say which server sent it (no Server header).");
    if (id == QLatin1String("http-sys-answer"))
        return FindingText::tr("The %1 answer came from HTTP.sys, not from IIS: the request never reached the "
                               "SCEP application.")
            .arg(requestKindName(str(ev, "request")));
    if (id == QLatin1String("app-proxy")) {
        const QString details = str(ev, "errorDetails");
        const QStringList headers = ev.value(QStringLiteral("headers")).toMap().keys();
        QString text = FindingText::tr("The request went through Microsoft Entra application proxy (headers: %1).")
                           .arg(headers.join(QStringLiteral(", ")));
        if (!details.isEmpty())
            text += QLatin1Char(' ') + FindingText::tr("The proxy reports the error \"%1\".").arg(details);
        return text;
    }
    if (id == QLatin1String("redirects")) {
        return FindingText::tr("%1 was redirected: %2.")
            .arg(requestKindName(str(ev, "request")),
                 ev.value(QStringLiteral("chain")).toStringList().join(QStringLiteral("; ")));
    }
    if (id == QLatin1String("long-url-rejected")) {
        return FindingText::tr("A URL of %1 bytes was refused with HTTP %2 by %3.")
            .arg(number(num(ev, "bytes")))
            .arg(num(ev, "status"))
            .arg(longUrlSource(str(ev, "source")));
    }
    if (id == QLatin1String("long-url-accepted"))
        return FindingText::tr("A URL of %1 bytes was accepted.").arg(number(num(ev, "bytes")));
    if (id == QLatin1String("tls-problem"))
        return FindingText::tr("TLS problem: %1.").arg(ev.value(QStringLiteral("errors")).toStringList().join(QStringLiteral("; ")));
    if (id == QLatin1String("timing"))
        return FindingText::tr("%1 took %2 ms.").arg(requestKindName(str(ev, "request")), number(num(ev, "elapsedMs")));
    if (id == QLatin1String("body-truncated"))
        return FindingText::tr("The %1 answer was cut after %2 bytes.")
            .arg(requestKindName(str(ev, "request")), number(num(ev, "bytes")));
    if (id == QLatin1String("ndes-page-encoding"))
        return FindingText::tr("The NDES page is in %1 without a byte-order mark, exactly as real NDES servers send it.").arg(str(ev, "encoding"));
    if (id == QLatin1String("status-meaning"))
        return httpStatusMeaning(int(num(ev, "status")), ev.contains(QStringLiteral("substatus")) ? int(num(ev, "substatus")) : -1);
    return genericFinding(f);
}

QString httpStatusMeaning(int status, int substatus)
{
    const QString code = substatus >= 0 ? QStringLiteral("%1.%2").arg(status).arg(substatus) : QString::number(status);
    QString meaning;
    switch (status) {
    case 200: meaning = FindingText::tr("the request worked"); break;
    case 301:
    case 302:
    case 303:
    case 307:
    case 308: meaning = FindingText::tr("the server sends the browser elsewhere"); break;
    case 400: meaning = FindingText::tr("the server found the request malformed or too large"); break;
    case 401:
        meaning = substatus == 2 ? FindingText::tr("sign-in required: the site's authentication settings refuse anonymous access")
                                 : FindingText::tr("sign-in required: the site asks for credentials");
        break;
    case 403: meaning = FindingText::tr("access denied; on mscep.dll without a request, this is the healthy answer"); break;
    case 404:
        if (substatus == 14)
            meaning = FindingText::tr("request filtering refused a URL that is too long");
        else if (substatus == 15)
            meaning = FindingText::tr("request filtering refused a query string that is too long");
        else
            meaning = FindingText::tr("nothing at this address: check the path of the URL");
        break;
    case 405: meaning = FindingText::tr("this method is not allowed here"); break;
    case 414: meaning = FindingText::tr("the URL is longer than HTTP.sys accepts"); break;
    case 500: meaning = FindingText::tr("the application failed while handling the request"); break;
    case 502: meaning = FindingText::tr("a gateway got no valid answer from the server behind it"); break;
    case 503: meaning = FindingText::tr("no application is there to take the request"); break;
    case 504: meaning = FindingText::tr("a gateway waited too long for the server behind it"); break;
    default: meaning = FindingText::tr("no documented meaning for this code"); break;
    }
    return FindingText::tr("HTTP %1 means: %2.").arg(code, meaning);
}

QString scenarioTitle(const QString &id)
{
    if (id == QLatin1String("healthy")) return ScenarioText::tr("Healthy server");
    if (id == QLatin1String("connector-not-installed")) return ScenarioText::tr("Connector not installed");
    if (id == QLatin1String("app-pool-stopped")) return ScenarioText::tr("SCEP application pool stopped");
    if (id == QLatin1String("app-proxy-connector-stopped")) return ScenarioText::tr("Application proxy connector stopped");
    if (id == QLatin1String("request-limits-default")) return ScenarioText::tr("HTTP.sys limits left at their defaults");
    if (id == QLatin1String("request-filtering-default")) return ScenarioText::tr("Request filtering left at its defaults");
    if (id == QLatin1String("app-proxy-wrong-url")) return ScenarioText::tr("Wrong external URL");
    if (id == QLatin1String("service-account-locked")) return ScenarioText::tr("Service account locked out");
    if (id == QLatin1String("mscep-ra-expired")) return ScenarioText::tr("MSCEP-RA certificates expired");
    if (id == QLatin1String("tls-untrusted")) return ScenarioText::tr("Untrusted server certificate");
    if (id == QLatin1String("no-answer")) return ScenarioText::tr("Server never answers");
    if (id == QLatin1String("unexpected-401")) return ScenarioText::tr("Windows authentication turned on");
    if (id == QLatin1String("impersonate-right-missing")) return ScenarioText::tr("Impersonation right missing");
    if (id == QLatin1String("app-pool-intermediate-in-root")) return ScenarioText::tr("Intermediate certificate among the trusted roots");
    if (id == QLatin1String("app-pool-crl-unreachable")) return ScenarioText::tr("Revocation list out of reach");
    if (id == QLatin1String("app-pool-windows-auth")) return ScenarioText::tr("Windows authentication on CertificateRegistrationSvc");
    return id;
}

QString scenarioSymptom(const QString &id)
{
    if (id == QLatin1String("healthy"))
        return ScenarioText::tr("Everything works; the URL answers 403 as it should.");
    if (id == QLatin1String("connector-not-installed"))
        return ScenarioText::tr("The browser shows the NDES welcome page instead of an error.");
    if (id == QLatin1String("app-pool-stopped"))
        return ScenarioText::tr("Every request ends with \"Service Unavailable\".");
    if (id == QLatin1String("app-proxy-connector-stopped"))
        return ScenarioText::tr("Through the application proxy, requests end in GatewayTimeout.");
    if (id == QLatin1String("request-limits-default"))
        return ScenarioText::tr("Short requests work; long ones get \"URL too long\".");
    if (id == QLatin1String("request-filtering-default"))
        return ScenarioText::tr("Short requests work; long ones get a 404.");
    if (id == QLatin1String("app-proxy-wrong-url"))
        return ScenarioText::tr("The browser says the page can't be displayed.");
    if (id == QLatin1String("service-account-locked"))
        return ScenarioText::tr("Every NDES request fails with error 500.");
    if (id == QLatin1String("mscep-ra-expired"))
        return ScenarioText::tr("Error 500, and the server's RA certificates look old.");
    if (id == QLatin1String("tls-untrusted"))
        return ScenarioText::tr("The browser warns that the connection is not secure.");
    if (id == QLatin1String("no-answer"))
        return ScenarioText::tr("The browser keeps loading until it gives up.");
    if (id == QLatin1String("unexpected-401"))
        return ScenarioText::tr("The browser asks for a user name and password.");
    if (id == QLatin1String("impersonate-right-missing"))
        return ScenarioText::tr("The browser test looks fine, yet devices get error 500.");
    if (id == QLatin1String("app-pool-intermediate-in-root"))
        return ScenarioText::tr("\"Service Unavailable\" again soon after every restart of the SCEP pool.");
    if (id == QLatin1String("app-pool-crl-unreachable"))
        return ScenarioText::tr("\"Service Unavailable\", although the SCEP pool was started a moment ago.");
    if (id == QLatin1String("app-pool-windows-auth"))
        return ScenarioText::tr("\"Service Unavailable\" on every request since an IIS setting was changed.");
    return {};
}

QString diagnoseLabel(DiagnoseLabel label)
{
    switch (label) {
    case DiagnoseLabel::Mode: return DiagnoseText::tr("Facts from:");
    case DiagnoseLabel::Verdict: return DiagnoseText::tr("URL test:");
    case DiagnoseLabel::NotTested: return DiagnoseText::tr("not run: no URL was given, so every branch of the tree was checked");
    case DiagnoseLabel::Path: return DiagnoseText::tr("Branches walked:");
    case DiagnoseLabel::Checks: return DiagnoseText::tr("Checks:");
    case DiagnoseLabel::Cause: return DiagnoseText::tr("Cause:");
    case DiagnoseLabel::NoCause: return DiagnoseText::tr("no check found a cause");
    }
    return {};
}

QString modeName(const QString &modeId)
{
    if (modeId == QLatin1String("live")) return DiagnoseText::tr("this server");
    if (modeId == QLatin1String("snapshot")) return DiagnoseText::tr("a snapshot");
    if (modeId == QLatin1String("training")) return DiagnoseText::tr("a training scenario");
    return modeId;
}

QString difficultyName(int difficulty)
{
    switch (difficulty) {
    case 1: return ScenarioText::tr("Easy");
    case 2: return ScenarioText::tr("Medium");
    default: return ScenarioText::tr("Hard");
    }
}

QString requestKindName(http::RequestKind kind)
{
    switch (kind) {
    case http::RequestKind::Bare: return RequestText::tr("Browser test");
    case http::RequestKind::GetCACaps: return RequestText::tr("GetCACaps");
    case http::RequestKind::GetCACert: return RequestText::tr("GetCACert");
    case http::RequestKind::LongUrl: return RequestText::tr("Long URL");
    }
    return {};
}

QString requestKindName(const QString &kindId)
{
    for (http::RequestKind kind : http::kAllRequestKinds) {
        if (http::requestKindId(kind) == kindId)
            return requestKindName(kind);
    }
    return kindId;
}

QString requestKindDescription(http::RequestKind kind)
{
    switch (kind) {
    case http::RequestKind::Bare: return RequestText::tr("The URL alone, as a browser opens it");
    case http::RequestKind::GetCACaps: return RequestText::tr("What the SCEP server can do");
    case http::RequestKind::GetCACert: return RequestText::tr("The CA and RA certificates");
    case http::RequestKind::LongUrl: return RequestText::tr("A URL as long as the ones devices send");
    }
    return {};
}

QString outcomeName(http::Outcome outcome)
{
    switch (outcome) {
    case http::Outcome::Answered: return RequestText::tr("Answered");
    case http::Outcome::Timeout: return RequestText::tr("No answer in time");
    case http::Outcome::DnsFailure: return RequestText::tr("Name not found");
    case http::Outcome::ConnectionRefused: return RequestText::tr("Connection refused");
    case http::Outcome::HostUnreachable: return RequestText::tr("Host unreachable");
    case http::Outcome::TlsFailure: return RequestText::tr("Secure connection failed");
    case http::Outcome::RedirectLoop: return RequestText::tr("Redirect loop");
    case http::Outcome::Cancelled: return RequestText::tr("Cancelled");
    case http::Outcome::ProtocolError: return RequestText::tr("Not an HTTP server");
    case http::Outcome::OtherError: return RequestText::tr("Network error");
    }
    return {};
}

QString outcomeName(const QString &outcomeId)
{
    for (http::Outcome outcome :
         {http::Outcome::Answered, http::Outcome::Timeout, http::Outcome::DnsFailure, http::Outcome::ConnectionRefused,
          http::Outcome::HostUnreachable, http::Outcome::TlsFailure, http::Outcome::RedirectLoop,
          http::Outcome::Cancelled, http::Outcome::ProtocolError, http::Outcome::OtherError}) {
        if (http::outcomeId(outcome) == outcomeId)
            return outcomeName(outcome);
    }
    return outcomeId;
}

QString certRoleName(scep::CertRole role)
{
    switch (role) {
    case scep::CertRole::RaSigning: return RequestText::tr("RA signing");
    case scep::CertRole::RaEncryption: return RequestText::tr("RA encryption");
    case scep::CertRole::Ca: return RequestText::tr("CA");
    case scep::CertRole::Other: return RequestText::tr("Other");
    }
    return {};
}

QString certRoleName(const QString &roleId)
{
    for (scep::CertRole role :
         {scep::CertRole::RaSigning, scep::CertRole::RaEncryption, scep::CertRole::Ca, scep::CertRole::Other}) {
        if (scep::certRoleId(role) == roleId)
            return certRoleName(role);
    }
    return roleId;
}

QString flowStageName(int stage)
{
    switch (stage) {
    case 1: return StageText::tr("Profile deployed");
    case 2: return StageText::tr("Device to NDES");
    case 3: return StageText::tr("NDES to policy module");
    case 4: return StageText::tr("NDES to CA");
    case 5: return StageText::tr("Certificate delivered");
    case 6: return StageText::tr("Reported to Intune");
    }
    return {};
}

QString flowStageDescription(int stage)
{
    switch (stage) {
    case 1: return StageText::tr("Intune sends the SCEP certificate profile to the device.");
    case 2: return StageText::tr("The device contacts the NDES server at the SCEP URL.");
    case 3: return StageText::tr("NDES asks the Intune policy module to check the request.");
    case 4: return StageText::tr("NDES passes the request to the certification authority.");
    case 5: return StageText::tr("The certificate goes back to the device and is installed.");
    case 6: return StageText::tr("The device reports the certificate to Intune.");
    }
    return {};
}

} // namespace ndes::ui
