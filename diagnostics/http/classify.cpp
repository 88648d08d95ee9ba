#include "classify.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace ndes::http {

namespace {

bool isHttpSys(const RawAnswer &a)
{
    return a.header("Server").startsWith("Microsoft-HTTPAPI");
}

// The App Proxy cloud service adds x-ms-proxy-* headers; its own error pages say so in the body too.
bool isAppProxyError(const RawAnswer &a, const QString &body)
{
    return !a.header("x-ms-proxy-error-details").isEmpty()
        || body.contains(QLatin1String("This corporate app can't be accessed"), Qt::CaseInsensitive);
}

bool isAppProxyGatewayTimeout(const RawAnswer &a, const QString &body)
{
    if (a.status == 504)
        return true;
    if (a.reason.contains("GatewayTimeout"))
        return true;
    return isAppProxyError(a, body) && body.contains(QLatin1String("GatewayTimeout"), Qt::CaseInsensitive);
}

// The IIS substatus, where the page gives it away ("HTTP Error 404.15", "404.15 - Not Found").
int iisSubstatus(const QString &body, int status)
{
    static const QRegularExpression re(QStringLiteral("\\b(\\d{3})\\.(\\d{1,3})\\b"));
    auto it = re.globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).toInt() == status)
            return m.captured(2).toInt();
    }
    return -1;
}

// Which layer refused a long request, or empty when it was not refused for its length.
QString lengthRejection(const RawAnswer &a, const QString &body)
{
    if (a.outcome != Outcome::Answered)
        return {};
    if (a.status == 414)
        return isHttpSys(a) ? QStringLiteral("http.sys") : QStringLiteral("other");
    if (a.status == 404) {
        const int sub = iisSubstatus(body, 404);
        if (sub == 14 || sub == 15)
            return QStringLiteral("request-filtering");
        if (body.contains(QLatin1String("query string is too long"), Qt::CaseInsensitive)
            || body.contains(QLatin1String("URL is too long"), Qt::CaseInsensitive))
            return QStringLiteral("request-filtering");
    }
    if (a.status == 400
        && (body.contains(QLatin1String("Request Too Long"), Qt::CaseInsensitive)
            || body.contains(QLatin1String("too long"), Qt::CaseInsensitive)))
        return isHttpSys(a) ? QStringLiteral("http.sys") : QStringLiteral("other");
    return {};
}

bool isServerFailure(const RawAnswer &a)
{
    switch (a.outcome) {
    case Outcome::Answered: return a.status >= 500;
    case Outcome::ConnectionRefused:
    case Outcome::HostUnreachable:
    case Outcome::TlsFailure:
    case Outcome::Timeout: return true;
    default: return false;
    }
}

const RawAnswer *answerOf(const QList<RawAnswer> &answers, RequestKind kind)
{
    for (const RawAnswer &a : answers) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

QString dateText(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

void addCertificateFindings(ProbeResult &result, const QDateTime &now)
{
    bool haveSigning = false;
    bool haveEncryption = false;
    for (const SeenCertificate &seen : result.certificates) {
        const scep::CertInfo &c = seen.info;
        const QString role = scep::certRoleId(c.role);
        QVariantMap ev{{QStringLiteral("subject"), c.subject},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("notBefore"), dateText(c.notBefore)},
                       {QStringLiteral("notAfter"), dateText(c.notAfter)},
                       {QStringLiteral("daysLeft"), seen.validity.daysLeft}};
        if (seen.validity.expired) // whole days since expiry, as people count them: 12 days and a minute is 12
            ev.insert(QStringLiteral("daysAgo"), c.notAfter.secsTo(now) / 86400);
        result.findings.append({QStringLiteral("certificate"), Severity::Info, ev});
        haveSigning |= c.role == scep::CertRole::RaSigning;
        haveEncryption |= c.role == scep::CertRole::RaEncryption;
        const bool isRa = c.role == scep::CertRole::RaSigning || c.role == scep::CertRole::RaEncryption;
        const bool isCa = c.role == scep::CertRole::Ca;
        if (!isRa && !isCa)
            continue;
        ev.remove(QStringLiteral("issuer"));
        ev.remove(QStringLiteral("notBefore"));
        const QString prefix = isRa ? QStringLiteral("ra-certificate-") : QStringLiteral("ca-certificate-");
        if (seen.validity.expired)
            result.findings.append({prefix + QStringLiteral("expired"), Severity::Error, ev});
        else if (seen.validity.expiringSoon)
            result.findings.append({prefix + QStringLiteral("expiring"), Severity::Warning, ev});
    }
    if (!result.certificates.isEmpty()) {
        // NDES always hands out both RA certificates; a plain CA (another SCEP server) has neither.
        const bool anyRa = haveSigning || haveEncryption;
        if (anyRa && !haveSigning)
            result.findings.append({QStringLiteral("ra-certificate-missing"), Severity::Warning,
                                    {{QStringLiteral("role"), QStringLiteral("ra-signing")}}});
        if (anyRa && !haveEncryption)
            result.findings.append({QStringLiteral("ra-certificate-missing"), Severity::Warning,
                                    {{QStringLiteral("role"), QStringLiteral("ra-encryption")}}});
    }
}

} // namespace

QString decodeBody(const RawAnswer &answer)
{
    const QByteArray &b = answer.body;
    if (b.isEmpty())
        return {};
    if (b.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(b.mid(2));
    if (b.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(b.mid(2));
    if (b.startsWith("\xEF\xBB\xBF"))
        return QStringDecoder(QStringDecoder::Utf8).decode(b.mid(3));
    // UTF-16 without a BOM (real NDES pages): ASCII markup leaves every other byte NUL.
    if (b.size() >= 4) {
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0)
            return QStringDecoder(QStringDecoder::Utf16LE).decode(b);
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)
            return QStringDecoder(QStringDecoder::Utf16BE).decode(b);
    }
    QByteArray charset;
    const QByteArray contentType = answer.header("Content-Type").toLower();
    if (const int at = contentType.indexOf("charset="); at >= 0)
        charset = contentType.mid(at + 8).split(';').first().trimmed().replace('"', "");
    if (charset.isEmpty()) {
        static const QRegularExpression meta(QStringLiteral("charset=[\"']?([A-Za-z0-9_-]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
        const auto m = meta.match(QString::fromLatin1(b.left(2048)));
        if (m.hasMatch())
            charset = m.captured(1).toLatin1().toLower();
    }
    if (charset == "utf-8" || charset == "utf8")
        return QStringDecoder(QStringDecoder::Utf8).decode(b);
    if (charset == "utf-16" || charset == "utf-16le")
        return QStringDecoder(QStringDecoder::Utf16LE).decode(b);
    if (charset == "utf-16be")
        return QStringDecoder(QStringDecoder::Utf16BE).decode(b);
    // us-ascii, iso-8859-1, windows-1252 and anything unknown: Latin-1 never fails and keeps ASCII intact.
    return QString::fromLatin1(b);
}

Verdict verdictOf(const RawAnswer &a)
{
    switch (a.outcome) {
    case Outcome::Answered: break;
    case Outcome::Timeout:
    case Outcome::Cancelled: return Verdict::Timeout;
    case Outcome::TlsFailure: return Verdict::TlsError;
    case Outcome::DnsFailure:
    case Outcome::ConnectionRefused:
    case Outcome::HostUnreachable:
    case Outcome::OtherError: return Verdict::PageCantBeDisplayed;
    case Outcome::RedirectLoop:
    case Outcome::ProtocolError: return Verdict::UnexpectedStatus;
    }
    const QString body = decodeBody(a);
    if (isAppProxyGatewayTimeout(a, body))
        return Verdict::GatewayTimeout;
    if (!lengthRejection(a, body).isEmpty())
        return Verdict::RequestTooLong;
    switch (a.status) {
    case 403: return isAppProxyError(a, body) ? Verdict::UnexpectedStatus : Verdict::Ok403;
    case 503: return Verdict::ServiceUnavailable503;
    case 500: return Verdict::InternalError500;
    case 200:
        if (body.contains(QLatin1String("Network Device Enrollment Service"), Qt::CaseInsensitive))
            return Verdict::NdesDefaultPage;
        return Verdict::UnexpectedStatus;
    default: return Verdict::UnexpectedStatus;
    }
}

ProbeResult classify(const QUrl &url, const QList<RawAnswer> &answers, const QDateTime &now)
{
    ProbeResult result;
    result.url = url;
    result.answers = answers;
    const RawAnswer *bare = answerOf(answers, RequestKind::Bare);
    const RawAnswer *caps = answerOf(answers, RequestKind::GetCACaps);
    const RawAnswer *cert = answerOf(answers, RequestKind::GetCACert);
    const RawAnswer *longUrl = answerOf(answers, RequestKind::LongUrl);
    if (!bare) {
        result.verdict = Verdict::UnexpectedStatus;
        return result;
    }

    result.verdict = verdictOf(*bare);
    result.decidedBy = RequestKind::Bare;

    // Behind a healthy 403, devices still fail where GetCACaps or GetCACert fails (PRODUCT.md 2.1).
    if (result.verdict == Verdict::Ok403) {
        for (const RawAnswer *a : {caps, cert}) {
            if (a && isServerFailure(*a)) {
                result.verdict = verdictOf(*a);
                result.decidedBy = a->kind;
                break;
            }
        }
    }
    // The long URL is refused while the short GetCACaps worked: the length limits are too low.
    const bool shortWorked = caps && caps->outcome == Outcome::Answered && caps->status == 200;
    if (longUrl && shortWorked && result.verdict == Verdict::Ok403
        && !lengthRejection(*longUrl, decodeBody(*longUrl)).isEmpty()) {
        result.verdict = Verdict::RequestTooLong;
        result.decidedBy = RequestKind::LongUrl;
    }

    // Findings, in the order people read them: what failed, then what the server is, then details.
    for (const RawAnswer &a : answers) {
        if (a.kind != RequestKind::Bare && a.outcome != Outcome::Answered && a.outcome != Outcome::Cancelled) {
            result.findings.append({QStringLiteral("request-failed"), Severity::Error,
                                    {{QStringLiteral("request"), requestKindId(a.kind)},
                                     {QStringLiteral("outcome"), outcomeId(a.outcome)},
                                     {QStringLiteral("status"), a.status},
                                     {QStringLiteral("error"), a.error}}});
        } else if (a.kind != RequestKind::Bare && a.kind != RequestKind::LongUrl && a.outcome == Outcome::Answered
                   && a.status >= 400) {
            result.findings.append({QStringLiteral("request-failed"), Severity::Error,
                                    {{QStringLiteral("request"), requestKindId(a.kind)},
                                     {QStringLiteral("outcome"), outcomeId(a.outcome)},
                                     {QStringLiteral("status"), a.status},
                                     {QStringLiteral("error"), QString::fromLatin1(a.reason)}}});
        }
    }

    if (bare->outcome == Outcome::Answered) {
        const QByteArray server = bare->header("Server");
        if (server.isEmpty())
            result.findings.append({QStringLiteral("server-header-missing"), Severity::Info, {}});
        else
            result.findings.append({QStringLiteral("server-header"), Severity::Info,
                                    {{QStringLiteral("value"), QString::fromLatin1(server)}}});
    }
    for (const RawAnswer &a : answers) {
        if (a.outcome == Outcome::Answered && isHttpSys(a) && a.status >= 400)
            result.findings.append({QStringLiteral("http-sys-answer"), Severity::Info,
                                    {{QStringLiteral("request"), requestKindId(a.kind)}}});
    }
    if (bare->outcome == Outcome::Answered && bare->hasHeaderPrefix("x-ms-proxy-")) {
        QVariantMap headers;
        for (const auto &[name, value] : bare->headers) {
            if (name.toLower().startsWith("x-ms-proxy-"))
                headers.insert(QString::fromLatin1(name.toLower()), QString::fromLatin1(value));
        }
        result.findings.append({QStringLiteral("app-proxy"), Severity::Info,
                                {{QStringLiteral("headers"), headers},
                                 {QStringLiteral("errorDetails"),
                                  QString::fromLatin1(bare->header("x-ms-proxy-error-details"))}}});
    }
    if (bare->outcome == Outcome::Answered && bare->status == 200) {
        const QByteArray &b = bare->body;
        if (b.size() >= 4 && b[1] == 0 && b[3] == 0 && !b.startsWith("\xFF\xFE"))
            result.findings.append({QStringLiteral("ndes-page-encoding"), Severity::Info,
                                    {{QStringLiteral("encoding"), QStringLiteral("UTF-16LE")}, {QStringLiteral("bom"), false}}});
    }
    if (bare->outcome == Outcome::TlsFailure || !bare->tlsErrors.isEmpty()) {
        QStringList errors = bare->tlsErrors;
        if (errors.isEmpty())
            errors << bare->error;
        result.findings.append({QStringLiteral("tls-problem"), Severity::Error,
                                {{QStringLiteral("errors"), errors}}});
    }
    for (const RawAnswer &a : answers) {
        if (a.redirects.isEmpty())
            continue;
        QStringList chain;
        for (const Redirect &r : a.redirects)
            chain << QStringLiteral("%1 %2 → %3").arg(r.status).arg(r.from.toString(QUrl::RemoveQuery),
                                                         r.to.toString(QUrl::RemoveQuery));
        result.findings.append({QStringLiteral("redirects"), Severity::Info,
                                {{QStringLiteral("request"), requestKindId(a.kind)},
                                 {QStringLiteral("chain"), chain}}});
    }
    if (result.verdict == Verdict::UnexpectedStatus && bare->outcome == Outcome::Answered) {
        result.findings.append({QStringLiteral("status-meaning"), Severity::Info,
                                {{QStringLiteral("status"), bare->status},
                                 {QStringLiteral("substatus"), iisSubstatus(decodeBody(*bare), bare->status)}}});
    }

    // Long-URL probe.
    if (longUrl && longUrl->outcome == Outcome::Answered) {
        const QString source = lengthRejection(*longUrl, decodeBody(*longUrl));
        const int bytes = int(longUrl->url.toEncoded().size());
        if (!source.isEmpty())
            result.findings.append({QStringLiteral("long-url-rejected"), Severity::Error,
                                    {{QStringLiteral("status"), longUrl->status},
                                     {QStringLiteral("bytes"), bytes},
                                     {QStringLiteral("source"), source}}});
        else if (longUrl->status == 200)
            result.findings.append({QStringLiteral("long-url-accepted"), Severity::Info,
                                    {{QStringLiteral("bytes"), bytes}}});
    }

    // Capabilities.
    if (caps && caps->outcome == Outcome::Answered && caps->status == 200) {
        result.capabilities = scep::parseCapabilities(caps->body);
        if (result.capabilities.keywords.isEmpty()) {
            result.findings.append({QStringLiteral("capabilities-missing"), Severity::Warning, {}});
        } else {
            result.findings.append({QStringLiteral("capabilities"), Severity::Info,
                                    {{QStringLiteral("keywords"), result.capabilities.keywords}}});
            if (!result.capabilities.has(u"POSTPKIOperation") && !result.capabilities.has(u"SCEPStandard"))
                result.findings.append({QStringLiteral("post-not-supported"), Severity::Warning, {}});
        }
    }

    // Certificates.
    if (cert && cert->outcome == Outcome::Answered && cert->status == 200) {
        const auto parsed = scep::parseGetCACert(cert->header("Content-Type"), cert->body);
        if (parsed) {
            for (const scep::CertInfo &info : *parsed)
                result.certificates.append({info, scep::validityAt(info, now)});
            addCertificateFindings(result, now);
        } else {
            result.findings.append({QStringLiteral("getcacert-unreadable"), Severity::Error,
                                    {{QStringLiteral("contentType"), QString::fromLatin1(cert->header("Content-Type"))},
                                     {QStringLiteral("error"), parsed.error().toString()}}});
        }
    }

    for (const RawAnswer &a : answers) {
        if (a.bodyTruncated)
            result.findings.append({QStringLiteral("body-truncated"), Severity::Warning,
                                    {{QStringLiteral("request"), requestKindId(a.kind)},
                                     {QStringLiteral("bytes"), a.body.size()}}});
    }
    for (const RawAnswer &a : answers) {
        result.findings.append({QStringLiteral("timing"), Severity::Info,
                                {{QStringLiteral("request"), requestKindId(a.kind)},
                                 {QStringLiteral("elapsedMs"), a.elapsedMs}}});
    }
    return result;
}

} // namespace ndes::http
