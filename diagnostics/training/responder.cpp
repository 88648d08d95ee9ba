#include "responder.h"

#include "responder_p.h"
#include "core/log.h"
#include "scep/getcacert.h"
#include "scep/pkioperation.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QStringEncoder>
#include <QUuid>

#include <algorithm>

namespace ndes::training {

namespace {

// HTTP.sys MaxFieldLength and IIS requestFiltering maxQueryString, at their defaults.
constexpr qsizetype kHttpSysMaxFieldLength = 16384;
constexpr qsizetype kRequestFilteringMaxQueryString = 2048;

constexpr char kIisServer[] = "Microsoft-IIS/10.0";
constexpr char kHttpSysServer[] = "Microsoft-HTTPAPI/2.0";

// What NDES lists for GetCACaps; no newline after the last keyword.
constexpr char kNdesCaps[] = "POSTPKIOperation\r\nRenewal\r\nSHA-512\r\nSHA-256\r\nSHA-1\r\nDES3";

QByteArray pageResource(const char *name)
{
    QFile file(QStringLiteral(":/simulator/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray withCrlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace("\n", "\r\n");
    return text;
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

using Header = QPair<QByteArray, QByteArray>;

Response httpSysPage(int status, const QByteArray &reason, const QByteArray &title, const QByteArray &heading,
                     const QByteArray &message)
{
    QByteArray body = withCrlf(pageResource("httpsys.html"));
    body.replace("{{TITLE}}", title);
    body.replace("{{HEADING}}", heading);
    body.replace("{{MESSAGE}}", message);

    Response r;
    r.status = status;
    r.reason = reason;
    r.headers = {
        Header("Content-Type", "text/html; charset=us-ascii"),
        Header("Server", kHttpSysServer),
        Header("Date", httpDate()),
        Header("Connection", "close"),
    };
    r.body = body;
    return r;
}

QList<Header> iisHeaders(const QByteArray &contentType)
{
    return {
        Header("Content-Type", contentType),
        Header("Server", kIisServer),
        Header("X-Powered-By", "ASP.NET"),
        Header("Date", httpDate()),
    };
}

Response iisPage(int status, const QByteArray &reason, QByteArray body)
{
    Response r;
    r.status = status;
    r.reason = reason;
    r.headers = iisHeaders("text/html");
    r.body = std::move(body);
    return r;
}

// IIS's remote 404 page, made from the 404.15 one: same markup, the plain 404 wording.
Response iisNotFound()
{
    QByteArray body = pageResource("iis-404-15.html");
    body.replace("404.15 - Not Found: The query string is too long.", "404 - File or directory not found.");
    body.replace("The request filtering module is configured to deny a request where the query string is too long.",
                 "The resource you are looking for might have been removed, had its name changed, or is "
                 "temporarily unavailable.");
    return iisPage(404, "Not Found", body);
}

Response appProxyGatewayTimeout()
{
    const QByteArray transaction = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray date = httpDate();
    QByteArray body = pageResource("appproxy-error.html");
    body.replace("{{DATE}}", date);
    body.replace("{{TRANSACTION}}", transaction);

    Response r;
    r.status = 504;
    r.reason = "Gateway Timeout";
    r.headers = {
        Header("Content-Type", "text/html; charset=utf-8"),
        Header("x-ms-proxy-service-name", "proxy-appproxy-weu-ams3p-2"),
        Header("x-ms-proxy-data-center", "weu-ams3p"),
        Header("x-ms-proxy-subscription-id", "6f0c3a52-9d4b-4e2a-8b1f-3c5d7e9a1b24"),
        Header("x-ms-proxy-app-id", "b7e2d8c4-1a3f-4c6e-9d0b-5f8a2c4e6d13"),
        Header("x-ms-proxy-group-id", "00000000-0000-0000-0000-000000000000"),
        Header("x-ms-proxy-transaction-id", transaction),
        Header("x-ms-proxy-error-details", "EmptyConnectorGroup"),
        Header("Date", date),
    };
    r.body = body;
    return r;
}

Response ndesDefaultPage()
{
    // Real NDES sends this page as UTF-16LE, without a BOM and without a charset, whatever the markup says.
    QStringEncoder toUtf16(QStringConverter::Utf16LE);
    const QByteArray body = toUtf16.encode(QString::fromUtf8(pageResource("ndes-default.html")));
    return iisPage(200, "OK", body);
}

Response capabilities()
{
    Response r;
    r.status = 200;
    r.reason = "OK";
    r.headers = iisHeaders("text/plain");
    r.body = kNdesCaps;
    return r;
}

Response caCertificates(const scep::NdesPki &pki)
{
    const auto pkcs7 = scep::buildDegeneratePkcs7({pki.raSigning.certDer, pki.raEncryption.certDer, pki.ca.certDer});
    if (!pkcs7)
        return cannedResponse(Page::Iis500);
    Response r;
    r.status = 200;
    r.reason = "OK";
    r.headers = iisHeaders("application/x-x509-ca-ra-cert");
    r.body = pkcs7.value();
    return r;
}

// Where mscep.dll itself works, so that a valid PKIOperation reaches it and gets a certificate.
bool enrols(Behaviour behaviour)
{
    switch (behaviour) {
    case Behaviour::Healthy:
    case Behaviour::ConnectorNotInstalled:
    case Behaviour::HttpSysDefaultLimits:
    case Behaviour::RequestFilteringDefault:
    case Behaviour::WrongExternalUrl:
    case Behaviour::TlsUntrusted:
        return true;
    default:
        return false;
    }
}

// The pkiMessage of a GET PKIOperation: the `message` parameter, percent-decoded, then base64
// ('+' may arrive unescaped, line breaks escaped or not).
QByteArray queryMessage(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return {};
    for (const QByteArray &pair : target.mid(question + 1).split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0 || QByteArray::fromPercentEncoding(pair.left(eq)).toLower() != "message")
            continue;
        QByteArray text = QByteArray::fromPercentEncoding(pair.mid(eq + 1));
        text.removeIf([](char c) { return c == '\r' || c == '\n' || c == ' '; });
        const auto decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok ? decoded.decoded : QByteArray();
    }
    return {};
}

// A CertRep from the simulated PKI, or the IIS 500 page for what mscep.dll cannot read and in the
// scenarios where it fails.
Response pkiOperation(const Scenario &scenario, const Request &request, const scep::NdesPki &pki)
{
    if (!enrols(scenario.behaviour))
        return cannedResponse(Page::Iis500);
    const QByteArray message = request.method == "POST" ? request.body : queryMessage(request.target);
    const auto answer = scep::answerPkiOperation(message, pki, QDateTime::currentDateTimeUtc());
    if (!answer) {
        log::get("training")->debug("PKIOperation refused: {}", answer.error().toString());
        return cannedResponse(Page::Iis500);
    }
    log::get("training")->debug("PKIOperation transaction {} messageType {} pkiStatus {} failInfo {}",
                                answer->transactionId, answer->messageType, answer->pkiStatus, answer->failInfo);
    Response r;
    r.status = 200;
    r.reason = "OK";
    r.headers = iisHeaders("application/x-pki-message");
    r.body = answer->certRep;
    return r;
}

Response neverAnswer()
{
    Response r;
    r.status = 0;
    r.neverAnswer = true;
    return r;
}

enum class Kind { Bare, GetCACaps, GetCACert, PkiOperation };

Kind requestKind(const detail::TargetParts &parts)
{
    if (!parts.hasOperation)
        return Kind::Bare;
    const QByteArray op = parts.operation.toLower();
    if (op == "getcacaps")
        return Kind::GetCACaps;
    if (op == "getcacert")
        return Kind::GetCACert;
    if (op == "pkioperation")
        return Kind::PkiOperation;
    // mscep.dll treats an operation it does not know like a request without one.
    return Kind::Bare;
}

bool isMscepPath(const QByteArray &path)
{
    const QByteArray p = path.toLower();
    return p == "/certsrv/mscep/mscep.dll" || p == "/certsrv/mscep/mscep.dll/pkiclient.exe";
}

// The answer of a working mscep.dll with the Intune policy module, request by request.
Response healthy(Kind kind, const Scenario &scenario, const Request &request, const scep::NdesPki &pki)
{
    switch (kind) {
    case Kind::Bare: return cannedResponse(Page::Iis403);
    case Kind::GetCACaps: return capabilities();
    case Kind::GetCACert: return caCertificates(pki);
    case Kind::PkiOperation: return pkiOperation(scenario, request, pki);
    }
    return cannedResponse(Page::Iis500);
}

QByteArray decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QByteArray::fromPercentEncoding(raw);
}

} // namespace

QByteArray Response::serialize() const
{
    if (neverAnswer)
        return {};
    QByteArray out;
    out.reserve(body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

Response cannedResponse(Page page)
{
    switch (page) {
    case Page::Iis403: return iisPage(403, "Forbidden", pageResource("iis-403.html"));
    case Page::Iis401: {
        Response r = iisPage(401, "Unauthorized", pageResource("iis-401.html"));
        r.headers.insert(2, Header("WWW-Authenticate", "Negotiate"));
        r.headers.insert(3, Header("WWW-Authenticate", "NTLM"));
        return r;
    }
    case Page::Iis500: return iisPage(500, "Internal Server Error", pageResource("iis-500.html"));
    case Page::Iis404_15: return iisPage(404, "Not Found", pageResource("iis-404-15.html"));
    case Page::HttpSys503:
        return httpSysPage(503, "Service Unavailable", "Service Unavailable", "Service Unavailable",
                           "HTTP Error 503. The service is unavailable.");
    case Page::HttpSys414:
        return httpSysPage(414, "Request-URI Too Long", "Request URL Too Long", "Request URL Too Long",
                           "HTTP Error 414. The request URL is too long.");
    case Page::HttpSys400TooLong: return detail::httpSysBadRequest(detail::BadRequest::HeadersTooLong);
    case Page::NdesDefault: return ndesDefaultPage();
    case Page::AppProxyGatewayTimeout: return appProxyGatewayTimeout();
    }
    return iisPage(500, "Internal Server Error", pageResource("iis-500.html"));
}

Response respond(const Scenario &scenario, const Request &request, const scep::NdesPki &pki)
{
    // Faults in front of IIS answer whatever was asked.
    switch (scenario.behaviour) {
    case Behaviour::NoAnswer: return neverAnswer();
    case Behaviour::AppPoolStopped: return cannedResponse(Page::HttpSys503);
    case Behaviour::AppProxyConnectorStopped: return cannedResponse(Page::AppProxyGatewayTimeout);
    case Behaviour::HttpSysDefaultLimits:
        if (request.target.size() > kHttpSysMaxFieldLength)
            return cannedResponse(Page::HttpSys414);
        break;
    default: break;
    }

    const detail::TargetParts parts = detail::splitTarget(request.target);

    // Then IIS: authentication and request filtering run before any handler.
    if (scenario.behaviour == Behaviour::Unexpected401)
        return cannedResponse(Page::Iis401);
    if (scenario.behaviour == Behaviour::RequestFilteringDefault && parts.query.size() > kRequestFilteringMaxQueryString)
        return cannedResponse(Page::Iis404_15);

    if (!isMscepPath(parts.path))
        return iisNotFound();

    const Kind kind = requestKind(parts);
    switch (scenario.behaviour) {
    case Behaviour::ConnectorNotInstalled:
        if (kind == Kind::Bare)
            return cannedResponse(Page::NdesDefault);
        break;
    case Behaviour::ServiceAccountLocked:
        if (kind != Kind::PkiOperation)
            return cannedResponse(Page::Iis500);
        break;
    case Behaviour::MscepRaExpired:
        if (kind == Kind::Bare)
            return cannedResponse(Page::Iis500);
        break;
    case Behaviour::ImpersonateRightMissing:
        if (kind == Kind::GetCACert)
            return cannedResponse(Page::Iis500);
        break;
    default: break;
    }
    return healthy(kind, scenario, request, pki);
}

namespace detail {

TargetParts splitTarget(const QByteArray &target)
{
    QByteArray t = target;
    // absolute-form (a proxy-style request line): drop the scheme and authority.
    if (t.startsWith("http://") || t.startsWith("https://")) {
        const qsizetype authority = t.indexOf("//") + 2;
        const qsizetype slash = t.indexOf('/', authority);
        const qsizetype question = t.indexOf('?', authority);
        qsizetype cut = slash;
        if (cut < 0 || (question >= 0 && question < cut))
            cut = question;
        t = cut < 0 ? QByteArray("/") : (t.at(cut) == '?' ? '/' + t.mid(cut) : t.mid(cut));
    }

    TargetParts parts;
    const qsizetype question = t.indexOf('?');
    parts.path = QByteArray::fromPercentEncoding(question < 0 ? t : t.left(question));
    if (question < 0)
        return parts;
    parts.query = t.mid(question + 1);
    for (const QByteArray &pair : parts.query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = decodeComponent(eq < 0 ? pair : pair.left(eq)).toLower();
        const QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        if (name == "operation" && !parts.hasOperation) {
            parts.hasOperation = true;
            parts.operation = decodeComponent(rawValue);
        } else if (name == "message") {
            parts.messageLength = rawValue.size();
        }
    }
    return parts;
}

QByteArray redactedTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return target;
    const TargetParts parts = splitTarget(target);
    const QByteArray op = parts.operation.toLower();
    const bool harmless = op == "getcacaps" || op == "getcacert";
    QList<QByteArray> pairs = target.mid(question + 1).split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0 || decodeComponent(pair.left(eq)).toLower() != "message")
            continue;
        const qsizetype length = pair.size() - eq - 1;
        if (!harmless || length > 64)
            pair = pair.left(eq + 1) + '[' + QByteArray::number(length) + " bytes]";
    }
    return target.left(question + 1) + pairs.join('&');
}

Response httpSysBadRequest(BadRequest kind)
{
    switch (kind) {
    case BadRequest::InvalidVerb:
        return httpSysPage(400, "Bad Request", "Bad Request", "Bad Request - Invalid Verb",
                           "HTTP Error 400. The request verb is invalid.");
    case BadRequest::InvalidUrl:
        return httpSysPage(400, "Bad Request", "Bad Request", "Bad Request - Invalid URL",
                           "HTTP Error 400. The request URL is invalid.");
    case BadRequest::InvalidHostname:
        return httpSysPage(400, "Bad Request", "Bad Request", "Bad Request - Invalid Hostname",
                           "HTTP Error 400. The request hostname is invalid.");
    case BadRequest::HeadersTooLong:
        return httpSysPage(400, "Bad Request", "Bad Request", "Bad Request - Request Too Long",
                           "HTTP Error 400. The size of the request headers is too long.");
    case BadRequest::Generic: break;
    }
    return httpSysPage(400, "Bad Request", "Bad Request", "Bad Request",
                       "HTTP Error 400. The request is badly formed.");
}

Response cdpResponse(const QString &scenarioId, const Request &request)
{
    const TargetParts parts = splitTarget(request.target);
    const QByteArray name = parts.path.startsWith("/crl/") ? parts.path.mid(5) : QByteArray();
    const bool plainName = name.endsWith(".crl") && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
               || c == '.';
    }) && !name.startsWith('.');
    if ((request.method != "GET" && request.method != "HEAD") || !plainName || scenarioId.contains(QLatin1Char('/')))
        return iisNotFound();
    QFile file(QStringLiteral(":/scenarios/%1/cdp/%2").arg(scenarioId, QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly))
        return iisNotFound();
    Response r;
    r.status = 200;
    r.reason = "OK";
    r.headers = {
        Header("Content-Type", "application/pkix-crl"),
        Header("Server", kIisServer),
        Header("Date", httpDate()),
    };
    r.body = file.readAll();
    return r;
}

} // namespace detail

} // namespace ndes::training
