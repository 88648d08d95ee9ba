// Classification of raw answers into verdicts: one row per case, bodies written out here so that
// the expectations do not depend on the simulator's own pages.
#include "http/classify.h"
#include "scep/getcacert.h"
#include "scep/pki.h"

#include <QStringEncoder>
#include <QTest>

using namespace ndes;
using namespace ndes::http;

Q_DECLARE_METATYPE(ndes::Verdict)
Q_DECLARE_METATYPE(ndes::http::RequestKind)

namespace {

const QByteArray kHttpSys503 =
    "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
    "<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n"
    "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
    "<BODY><h2>Service Unavailable</h2>\r\n<hr><p>HTTP Error 503. The service is unavailable.</p>\r\n</BODY></HTML>\r\n";

const QByteArray kHttpSys414 =
    "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
    "<HTML><HEAD><TITLE>Request URL Too Long</TITLE>\r\n</HEAD>\r\n"
    "<BODY><h2>Request URL Too Long</h2>\r\n<hr><p>HTTP Error 414. The request URL is too long.</p>\r\n</BODY></HTML>\r\n";

const QByteArray kHttpSys400TooLong =
    "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
    "<HTML><HEAD><TITLE>Bad Request</TITLE>\r\n</HEAD>\r\n"
    "<BODY><h2>Bad Request - Request Too Long</h2>\r\n<hr><p>HTTP Error 400. The size of the request headers is too long.</p>\r\n</BODY></HTML>\r\n";

QByteArray iisPage(const char *title)
{
    return QByteArray("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n"
                      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>"
                      "<title>") + title + "</title></head><body><div id=\"header\"><h1>Server Error</h1></div>"
                      "<div id=\"content\"><fieldset><h2>" + title + "</h2></fieldset></div></body></html>";
}

QByteArray utf16le(const QString &text)
{
    return QStringEncoder(QStringEncoder::Utf16LE).encode(text);
}

const QString kNdesPage = QStringLiteral(
    "<HTML><Head><Meta HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=UTF-8\">"
    "<Title>Network Device Enrollment Service</Title></Head><Body BgColor=#FFFFFF>"
    "<Table><TR><TD BgColor=#008080><Font Color=#FFFFFF><LocID ID=locMSCertSrv>Microsoft Active Directory Certificate Services</LocID></Font></TD></TR></Table>"
    "<P>Network Device Enrollment Service allows you to obtain certificates for routers or other network devices.</P></Body></HTML>");

RawAnswer answered(RequestKind kind, int status, HeaderList headers, QByteArray body, QByteArray reason = {})
{
    RawAnswer a;
    a.kind = kind;
    a.url = QUrl(QStringLiteral("https://ndes.contoso.test/certsrv/mscep/mscep.dll"));
    a.finalUrl = a.url;
    a.outcome = Outcome::Answered;
    a.status = status;
    a.reason = reason;
    a.headers = std::move(headers);
    a.body = std::move(body);
    return a;
}

RawAnswer failed(RequestKind kind, Outcome outcome)
{
    RawAnswer a;
    a.kind = kind;
    a.url = QUrl(QStringLiteral("https://ndes.contoso.test/certsrv/mscep/mscep.dll"));
    a.outcome = outcome;
    a.error = QStringLiteral("transport error");
    return a;
}

const HeaderList kIis{{"Content-Type", "text/html"}, {"Server", "Microsoft-IIS/10.0"}, {"X-Powered-By", "ASP.NET"}};
const HeaderList kHttpSys{{"Content-Type", "text/html; charset=us-ascii"}, {"Server", "Microsoft-HTTPAPI/2.0"}, {"Connection", "close"}};
const QByteArray kCaps = "POSTPKIOperation\r\nRenewal\r\nSHA-256\r\nDES3";

// Four answers: the bare one as given, and the three others healthy unless overridden.
QList<RawAnswer> withBare(const RawAnswer &bare)
{
    return {bare,
            answered(RequestKind::GetCACaps, 200, {{"Content-Type", "text/plain"}, {"Server", "Microsoft-IIS/10.0"}}, kCaps),
            answered(RequestKind::GetCACert, 404, kIis, iisPage("404 - File or directory not found.")),
            answered(RequestKind::LongUrl, 200, {{"Content-Type", "text/plain"}}, kCaps)};
}

} // namespace

class TestClassify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QList<RawAnswer>>("answers");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<RequestKind>("decidedBy");

        QTest::newRow("403 from IIS is healthy")
            << withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")))
            << Verdict::Ok403 << RequestKind::Bare;
        QTest::newRow("403 with the Server header stripped")
            << withBare(answered(RequestKind::Bare, 403, {{"Content-Type", "text/html"}}, iisPage("403 - Forbidden: Access is denied.")))
            << Verdict::Ok403 << RequestKind::Bare;
        QTest::newRow("NDES page in UTF-16LE without BOM")
            << withBare(answered(RequestKind::Bare, 200, {{"Content-Type", "text/html"}}, utf16le(kNdesPage)))
            << Verdict::NdesDefaultPage << RequestKind::Bare;
        QTest::newRow("NDES page in UTF-16LE with BOM")
            << withBare(answered(RequestKind::Bare, 200, {{"Content-Type", "text/html"}}, QByteArray("\xFF\xFE") + utf16le(kNdesPage)))
            << Verdict::NdesDefaultPage << RequestKind::Bare;
        QTest::newRow("NDES page in UTF-8")
            << withBare(answered(RequestKind::Bare, 200, {{"Content-Type", "text/html; charset=utf-8"}}, kNdesPage.toUtf8()))
            << Verdict::NdesDefaultPage << RequestKind::Bare;
        QTest::newRow("200 that is not the NDES page")
            << withBare(answered(RequestKind::Bare, 200, {{"Content-Type", "text/html"}}, "<html><title>Sign in to your account</title></html>"))
            << Verdict::UnexpectedStatus << RequestKind::Bare;
        QTest::newRow("HTTP.sys 503")
            << withBare(answered(RequestKind::Bare, 503, kHttpSys, kHttpSys503, "Service Unavailable"))
            << Verdict::ServiceUnavailable503 << RequestKind::Bare;
        QTest::newRow("503 with the Server header stripped")
            << withBare(answered(RequestKind::Bare, 503, {{"Content-Type", "text/html; charset=us-ascii"}}, kHttpSys503))
            << Verdict::ServiceUnavailable503 << RequestKind::Bare;
        QTest::newRow("App Proxy 504 with a body")
            << withBare(answered(RequestKind::Bare, 504,
                                 {{"Content-Type", "text/html"}, {"x-ms-proxy-service-name", "proxy-appproxy-weu"},
                                  {"x-ms-proxy-error-details", "EmptyConnectorGroup"}},
                                 "<html><body><h1>This corporate app can't be accessed.</h1><p>Status Code: GatewayTimeout</p></body></html>"))
            << Verdict::GatewayTimeout << RequestKind::Bare;
        QTest::newRow("App Proxy answer with no body")
            << withBare(answered(RequestKind::Bare, 504, {{"x-ms-proxy-app-id", "1234"}, {"x-ms-proxy-group-id", "5678"}}, {}))
            << Verdict::GatewayTimeout << RequestKind::Bare;
        QTest::newRow("GatewayTimeout as the status text")
            << withBare(answered(RequestKind::Bare, 500, {{"x-ms-proxy-service-name", "x"}}, {}, "GatewayTimeout"))
            << Verdict::GatewayTimeout << RequestKind::Bare;
        QTest::newRow("App Proxy 403 Forbidden is not healthy")
            << withBare(answered(RequestKind::Bare, 403, {{"x-ms-proxy-error-details", "Forbidden"}},
                                 "<html>This corporate app can't be accessed. Status Code: Forbidden</html>"))
            << Verdict::UnexpectedStatus << RequestKind::Bare;
        QTest::newRow("IIS 500")
            << withBare(answered(RequestKind::Bare, 500, kIis, iisPage("500 - Internal server error.")))
            << Verdict::InternalError500 << RequestKind::Bare;
        QTest::newRow("401")
            << withBare(answered(RequestKind::Bare, 401, kIis, iisPage("401 - Unauthorized: Access is denied due to invalid credentials.")))
            << Verdict::UnexpectedStatus << RequestKind::Bare;
        QTest::newRow("404 wrong path")
            << withBare(answered(RequestKind::Bare, 404, kIis, iisPage("404 - File or directory not found.")))
            << Verdict::UnexpectedStatus << RequestKind::Bare;
        QTest::newRow("DNS failure") << withBare(failed(RequestKind::Bare, Outcome::DnsFailure))
                                     << Verdict::PageCantBeDisplayed << RequestKind::Bare;
        QTest::newRow("connection refused") << withBare(failed(RequestKind::Bare, Outcome::ConnectionRefused))
                                            << Verdict::PageCantBeDisplayed << RequestKind::Bare;
        QTest::newRow("host unreachable") << withBare(failed(RequestKind::Bare, Outcome::HostUnreachable))
                                          << Verdict::PageCantBeDisplayed << RequestKind::Bare;
        QTest::newRow("TLS failure") << withBare(failed(RequestKind::Bare, Outcome::TlsFailure))
                                     << Verdict::TlsError << RequestKind::Bare;
        QTest::newRow("timeout") << withBare(failed(RequestKind::Bare, Outcome::Timeout))
                                 << Verdict::Timeout << RequestKind::Bare;
        QTest::newRow("redirect loop") << withBare(failed(RequestKind::Bare, Outcome::RedirectLoop))
                                       << Verdict::UnexpectedStatus << RequestKind::Bare;

        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[3] = answered(RequestKind::LongUrl, 414, kHttpSys, kHttpSys414, "Request URL Too Long");
            QTest::newRow("long URL 414 from HTTP.sys") << a << Verdict::RequestTooLong << RequestKind::LongUrl;
        }
        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[3] = answered(RequestKind::LongUrl, 404, kIis, "<h3>HTTP Error 404.15 - Not Found</h3><p>The request filtering module is configured to deny a request where the query string is too long.</p>");
            QTest::newRow("long URL 404.15 from request filtering") << a << Verdict::RequestTooLong << RequestKind::LongUrl;
        }
        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[3] = answered(RequestKind::LongUrl, 404, kIis, "<h3>HTTP Error 404.14 - Not Found</h3>");
            QTest::newRow("long URL 404.14") << a << Verdict::RequestTooLong << RequestKind::LongUrl;
        }
        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[3] = answered(RequestKind::LongUrl, 400, kHttpSys, kHttpSys400TooLong, "Bad Request");
            QTest::newRow("long URL 400 Request Too Long") << a << Verdict::RequestTooLong << RequestKind::LongUrl;
        }
        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[3] = answered(RequestKind::LongUrl, 414, kHttpSys, kHttpSys414);
            a[1] = answered(RequestKind::GetCACaps, 404, kIis, iisPage("404 - File or directory not found."));
            QTest::newRow("long URL refused but the short one failed too: not a length problem")
                << a << Verdict::Ok403 << RequestKind::Bare;
        }
        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[2] = answered(RequestKind::GetCACert, 500, kIis, iisPage("500 - Internal server error."));
            QTest::newRow("403 but GetCACert 500 (impersonation right)") << a << Verdict::InternalError500 << RequestKind::GetCACert;
        }
        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[1] = answered(RequestKind::GetCACaps, 503, kHttpSys, kHttpSys503);
            QTest::newRow("403 but GetCACaps 503") << a << Verdict::ServiceUnavailable503 << RequestKind::GetCACaps;
        }
        {
            QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
            a[2] = failed(RequestKind::GetCACert, Outcome::ConnectionRefused);
            QTest::newRow("403 but GetCACert refused") << a << Verdict::PageCantBeDisplayed << RequestKind::GetCACert;
        }
    }

    void verdicts()
    {
        QFETCH(QList<RawAnswer>, answers);
        QFETCH(Verdict, verdict);
        QFETCH(RequestKind, decidedBy);
        const ProbeResult r = classify(answers.first().url, answers, QDateTime::currentDateTimeUtc());
        QCOMPARE(verdictId(r.verdict), verdictId(verdict));
        QCOMPARE(requestKindId(r.decidedBy), requestKindId(decidedBy));
    }

    void findingsNameTheFailedRequest()
    {
        QList<RawAnswer> a = withBare(answered(RequestKind::Bare, 403, kIis, iisPage("403 - Forbidden: Access is denied.")));
        a[2] = answered(RequestKind::GetCACert, 500, kIis, iisPage("500 - Internal server error."));
        const ProbeResult r = classify(a.first().url, a, QDateTime::currentDateTimeUtc());
        const auto it = std::find_if(r.findings.cbegin(), r.findings.cend(),
                                     [](const Finding &f) { return f.id == QLatin1String("request-failed"); });
        QVERIFY(it != r.findings.cend());
        QCOMPARE(it->evidence.value(QStringLiteral("request")).toString(), QStringLiteral("getcacert"));
        QCOMPARE(it->evidence.value(QStringLiteral("status")).toInt(), 500);
    }

    void serverAndProxyFindings()
    {
        auto a = withBare(answered(RequestKind::Bare, 403, {{"Content-Type", "text/html"}}, "forbidden"));
        ProbeResult r = classify(a.first().url, a, QDateTime::currentDateTimeUtc());
        QVERIFY(std::any_of(r.findings.cbegin(), r.findings.cend(),
                            [](const Finding &f) { return f.id == QLatin1String("server-header-missing"); }));

        a = withBare(answered(RequestKind::Bare, 504, {{"X-MS-Proxy-App-Id", "abc"}, {"x-ms-proxy-error-details", "EmptyConnectorGroup"}}, {}));
        r = classify(a.first().url, a, QDateTime::currentDateTimeUtc());
        const auto proxy = std::find_if(r.findings.cbegin(), r.findings.cend(),
                                        [](const Finding &f) { return f.id == QLatin1String("app-proxy"); });
        QVERIFY(proxy != r.findings.cend());
        QCOMPARE(proxy->evidence.value(QStringLiteral("errorDetails")).toString(), QStringLiteral("EmptyConnectorGroup"));
        QCOMPARE(proxy->evidence.value(QStringLiteral("headers")).toMap().value(QStringLiteral("x-ms-proxy-app-id")).toString(),
                 QStringLiteral("abc"));
    }

    void capabilities()
    {
        auto a = withBare(answered(RequestKind::Bare, 403, kIis, "x"));
        a[1].body = "renewal\nsha-256\ndes3"; // no POSTPKIOperation, lower case, LF
        const ProbeResult r = classify(a.first().url, a, QDateTime::currentDateTimeUtc());
        QCOMPARE(r.capabilities.keywords, (QStringList{QStringLiteral("renewal"), QStringLiteral("sha-256"), QStringLiteral("des3")}));
        QVERIFY(std::any_of(r.findings.cbegin(), r.findings.cend(),
                            [](const Finding &f) { return f.id == QLatin1String("post-not-supported"); }));
    }

    void expiredRaCertificates()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        const auto pki = scep::generateNdesPki({now, QStringLiteral("Test CA"), QStringLiteral("RA"), QStringLiteral("Test"), true});
        QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().toString()));
        const auto p7 = scep::buildDegeneratePkcs7({pki->raSigning.certDer, pki->raEncryption.certDer, pki->ca.certDer});
        QVERIFY(p7);
        auto a = withBare(answered(RequestKind::Bare, 500, kIis, iisPage("500 - Internal server error.")));
        a[2] = answered(RequestKind::GetCACert, 200, {{"Content-Type", "application/x-x509-ca-ra-cert"}}, *p7);
        const ProbeResult r = classify(a.first().url, a, now);
        QCOMPARE(r.verdict, Verdict::InternalError500);
        QCOMPARE(r.certificates.size(), 3);
        const int expired = int(std::count_if(r.findings.cbegin(), r.findings.cend(),
                                              [](const Finding &f) { return f.id == QLatin1String("ra-certificate-expired"); }));
        QCOMPARE(expired, 2);
        // Expired 12 days before the PKI was made; an hour later it is still "12 days ago", not 13.
        for (const Finding &f : r.findings) {
            if (f.id == QLatin1String("ra-certificate-expired"))
                QCOMPARE(f.evidence.value(QStringLiteral("daysAgo")).toLongLong(), 12);
        }
        const ProbeResult later = classify(a.first().url, a, now.addSecs(3600));
        for (const Finding &f : later.findings) {
            if (f.id == QLatin1String("ra-certificate-expired")) {
                QCOMPARE(f.evidence.value(QStringLiteral("daysAgo")).toLongLong(), 12);
                QCOMPARE(f.evidence.value(QStringLiteral("daysLeft")).toLongLong(), -13);
            }
        }
    }

    void garbagePkcs7()
    {
        auto a = withBare(answered(RequestKind::Bare, 403, kIis, "x"));
        a[2] = answered(RequestKind::GetCACert, 200, {{"Content-Type", "application/x-x509-ca-ra-cert"}}, QByteArray(4096, '\x30'));
        const ProbeResult r = classify(a.first().url, a, QDateTime::currentDateTimeUtc());
        QCOMPARE(r.verdict, Verdict::Ok403);
        QVERIFY(r.certificates.isEmpty());
        QVERIFY(std::any_of(r.findings.cbegin(), r.findings.cend(),
                            [](const Finding &f) { return f.id == QLatin1String("getcacert-unreadable"); }));
    }

    void decodeBody_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("latin-1 by default") << QByteArray("text/html") << QByteArray("caf\xE9") << QStringLiteral("café");
        QTest::newRow("utf-8 from the header") << QByteArray("text/html; charset=UTF-8") << QByteArray("caf\xC3\xA9") << QStringLiteral("café");
        QTest::newRow("utf-8 from a meta tag") << QByteArray("text/html") << QByteArray("<meta charset=\"utf-8\">caf\xC3\xA9")
                                               << QStringLiteral("<meta charset=\"utf-8\">café");
        QTest::newRow("utf-16le no BOM beats the meta tag")
            << QByteArray("text/html") << utf16le(QStringLiteral("<meta charset=UTF-8>é")) << QStringLiteral("<meta charset=UTF-8>é");
        QTest::newRow("empty") << QByteArray("text/html") << QByteArray() << QString();
    }

    void decodeBody()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const RawAnswer a = answered(RequestKind::Bare, 200, {{"Content-Type", contentType}}, body);
        QCOMPARE(http::decodeBody(a), expected);
    }
};

QTEST_GUILESS_MAIN(TestClassify)
#include "tst_classify.moc"
