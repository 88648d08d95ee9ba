#include "core/verdict.h"
#include "scep/certinfo.h"
#include "scep/getcacert.h"
#include "scep/pki.h"
#include "training/responder.h"
#include "training/responder_p.h"
#include "training/scenario.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

using namespace ndes;
using namespace ndes::training;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC);

const QByteArray kMscep = "/certsrv/mscep/mscep.dll";

enum class Kind { Bare, Caps, Cert, LongCaps, UnknownPath };

QByteArray targetFor(Kind kind)
{
    switch (kind) {
    case Kind::Bare: return kMscep;
    case Kind::Caps: return kMscep + "?operation=GetCACaps&message=default";
    case Kind::Cert: return kMscep + "?operation=GetCACert&message=default";
    case Kind::LongCaps: return kMscep + "?operation=GetCACaps&message=" + QByteArray(20000, 'A');
    case Kind::UnknownPath: return "/certsrv/mscep_admin/";
    }
    return {};
}

Request get(const QByteArray &target)
{
    Request r;
    r.method = "GET";
    r.target = target;
    r.version = "HTTP/1.1";
    r.headers = {{"Host", "127.0.0.1"}};
    return r;
}

// A target of exactly `length` bytes: GetCACaps with a padded message.
QByteArray capsTargetOfLength(qsizetype length)
{
    const QByteArray head = kMscep + "?operation=GetCACaps&message=";
    return head + QByteArray(length - head.size(), 'A');
}

// A target whose query string is exactly `length` bytes.
QByteArray capsQueryOfLength(qsizetype length)
{
    const QByteArray head = "operation=GetCACaps&message=";
    return kMscep + '?' + head + QByteArray(length - head.size(), 'A');
}

QList<QByteArray> headerValues(const Response &r, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &[n, v] : r.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            values.append(v);
    }
    return values;
}

QByteArray header(const Response &r, const QByteArray &name)
{
    return headerValues(r, name).value(0);
}

QString fromUtf16Le(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf16LE);
    return decoder.decode(bytes);
}

QByteArray httpSysBody(const QByteArray &title, const QByteArray &heading, const QByteArray &message)
{
    return "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
           "<HTML><HEAD><TITLE>" + title + "</TITLE>\r\n"
           "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
           "<BODY><h2>" + heading + "</h2>\r\n"
           "<hr><p>" + message + "</p>\r\n"
           "</BODY></HTML>\r\n";
}

} // namespace

class TestResponder : public QObject {
    Q_OBJECT
private:
    scep::NdesPki m_pki;
    scep::NdesPki m_expiredPki;

    const scep::NdesPki &pkiFor(const Scenario &s) const
    {
        return s.behaviour == Behaviour::MscepRaExpired ? m_expiredPki : m_pki;
    }

private Q_SLOTS:
    void initTestCase()
    {
        scep::NdesPkiOptions options;
        options.now = kNow;
        auto pki = scep::generateNdesPki(options);
        QVERIFY2(pki.hasValue(), pki.hasValue() ? "" : qPrintable(pki.error().toString()));
        m_pki = pki.value();
        options.raExpired = true;
        auto expired = scep::generateNdesPki(options);
        QVERIFY2(expired.hasValue(), expired.hasValue() ? "" : qPrintable(expired.error().toString()));
        m_expiredPki = expired.value();
    }

    void scenarioTable()
    {
        QSet<QString> ids;
        QSet<Verdict> verdicts;
        for (const Scenario &s : scenarios()) {
            QVERIFY2(!s.id.isEmpty(), "every scenario has an id");
            QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
            ids.insert(s.id);
            verdicts.insert(s.expectedVerdict);
            QVERIFY2(s.difficulty >= 1 && s.difficulty <= 3, qPrintable(s.id));
            const auto found = findScenario(s.id);
            QVERIFY(found.has_value());
            QCOMPARE(found->behaviour, s.behaviour);
        }
        QCOMPARE(ids.size(), 16);
        for (Verdict v : kAllVerdicts)
            QVERIFY2(verdicts.contains(v), qPrintable(verdictId(v)));
        QVERIFY(!findScenario(u"no-such-scenario").has_value());
        QVERIFY(!findScenario(u"").has_value());
        QVERIFY(!findScenario(u"Healthy").has_value());
    }

    void scenarioEntries_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<int>("difficulty");
        const auto row = [](const char *id, const char *verdict, const char *cause, int difficulty) {
            QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(verdict) << QString::fromLatin1(cause)
                              << difficulty;
        };
        row("healthy", "ok-403", "", 1);
        row("connector-not-installed", "ndes-default-page", "connector.install", 1);
        row("app-pool-stopped", "service-unavailable-503", "apppool.scep", 1);
        row("app-proxy-connector-stopped", "gateway-timeout", "service.appproxy", 2);
        row("request-limits-default", "request-too-long", "limits.httpsys", 2);
        row("request-filtering-default", "request-too-long", "limits.requestfiltering", 3);
        row("app-proxy-wrong-url", "page-cant-be-displayed", "", 2);
        row("service-account-locked", "internal-error-500", "account.ndes-service", 2);
        row("mscep-ra-expired", "internal-error-500", "certs.mscep-ra", 2);
        row("tls-untrusted", "tls-error", "", 2);
        row("no-answer", "timeout", "", 3);
        row("unexpected-401", "unexpected-status", "", 2);
        row("impersonate-right-missing", "internal-error-500", "rights.impersonate", 3);
        row("app-pool-intermediate-in-root", "service-unavailable-503", "rootstore.intermediates", 2);
        row("app-pool-crl-unreachable", "service-unavailable-503", "crl.reachable", 3);
        row("app-pool-windows-auth", "service-unavailable-503", "iis.auth.certregsvc", 2);
    }

    void scenarioEntries()
    {
        QFETCH(QString, id);
        QFETCH(QString, verdict);
        QFETCH(QString, cause);
        QFETCH(int, difficulty);
        const auto s = findScenario(id);
        QVERIFY(s.has_value());
        QCOMPARE(verdictId(s->expectedVerdict), verdict);
        QCOMPARE(s->cause, cause);
        QCOMPARE(s->difficulty, difficulty);
    }

    void respondMatrix_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");

        // Statuses for: bare, GetCACaps, GetCACert, GetCACaps with a 20,000-byte message, unknown path.
        // 0 means the server never answers.
        const QList<QPair<const char *, QList<int>>> table = {
            {"healthy", {403, 200, 200, 200, 404}},
            {"connector-not-installed", {200, 200, 200, 200, 404}},
            {"app-pool-stopped", {503, 503, 503, 503, 503}},
            {"app-proxy-connector-stopped", {504, 504, 504, 504, 504}},
            {"request-limits-default", {403, 200, 200, 414, 404}},
            {"request-filtering-default", {403, 200, 200, 404, 404}},
            {"app-proxy-wrong-url", {403, 200, 200, 200, 404}},
            {"service-account-locked", {500, 500, 500, 500, 404}},
            {"mscep-ra-expired", {500, 200, 200, 200, 404}},
            {"tls-untrusted", {403, 200, 200, 200, 404}},
            {"no-answer", {0, 0, 0, 0, 0}},
            {"unexpected-401", {401, 401, 401, 401, 401}},
            {"impersonate-right-missing", {403, 200, 500, 200, 404}},
            {"app-pool-intermediate-in-root", {503, 503, 503, 503, 503}},
            {"app-pool-crl-unreachable", {503, 503, 503, 503, 503}},
            {"app-pool-windows-auth", {503, 503, 503, 503, 503}},
        };
        QCOMPARE(table.size(), scenarios().size());
        const char *kindNames[] = {"bare", "caps", "cert", "long-caps", "unknown-path"};
        for (const auto &[id, statuses] : table) {
            for (int k = 0; k < 5; ++k) {
                QTest::addRow("%s/%s", id, kindNames[k]) << QString::fromLatin1(id) << k << statuses.at(k);
            }
        }
    }

    void respondMatrix()
    {
        QFETCH(QString, scenario);
        QFETCH(int, kind);
        QFETCH(int, status);
        const auto s = findScenario(scenario);
        QVERIFY(s.has_value());
        const Kind k = Kind(kind);
        const Response r = respond(*s, get(targetFor(k)), pkiFor(*s));

        if (status == 0) {
            QVERIFY(r.neverAnswer);
            QVERIFY(r.serialize().isEmpty());
            return;
        }
        QVERIFY(!r.neverAnswer);
        QCOMPARE(r.status, status);
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(headerValues(r, "Content-Length").isEmpty()); // serialize() adds it
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"))
                    .match(QString::fromLatin1(header(r, "Date")))
                    .hasMatch());

        const QByteArray server = header(r, "Server");
        const QByteArray type = header(r, "Content-Type");
        switch (status) {
        case 200:
            QCOMPARE(server, QByteArray("Microsoft-IIS/10.0"));
            QCOMPARE(header(r, "X-Powered-By"), QByteArray("ASP.NET"));
            if (k == Kind::Bare) {
                QCOMPARE(type, QByteArray("text/html"));
                QVERIFY(r.body.startsWith(QByteArray("<\0", 2)));
                QVERIFY(fromUtf16Le(r.body).contains(QLatin1String("Network Device Enrollment Service")));
            } else if (k == Kind::Cert) {
                QCOMPARE(type, QByteArray("application/x-x509-ca-ra-cert"));
                const auto certs = scep::parseGetCACert(type, r.body);
                QVERIFY2(certs.hasValue(), certs.hasValue() ? "" : qPrintable(certs.error().toString()));
                QCOMPARE(certs->size(), 3);
            } else {
                QCOMPARE(type, QByteArray("text/plain"));
                QCOMPARE(r.body, QByteArray("POSTPKIOperation\r\nRenewal\r\nSHA-512\r\nSHA-256\r\nSHA-1\r\nDES3"));
            }
            break;
        case 401:
        case 403:
        case 404:
        case 500:
            QCOMPARE(server, QByteArray("Microsoft-IIS/10.0"));
            QCOMPARE(type, QByteArray("text/html"));
            QCOMPARE(header(r, "X-Powered-By"), QByteArray("ASP.NET"));
            QVERIFY(r.body.contains("<h1>Server Error</h1>"));
            QVERIFY(r.body.contains("<h2>" + QByteArray::number(status)));
            if (status == 404) {
                // Request filtering rejects the long query string before any handler runs.
                const bool filtered = s->behaviour == Behaviour::RequestFilteringDefault && k == Kind::LongCaps;
                QCOMPARE(r.body.contains("404.15"), filtered);
                QCOMPARE(r.body.contains("404 - File or directory not found."), !filtered);
            }
            break;
        case 414:
        case 503:
            QCOMPARE(server, QByteArray("Microsoft-HTTPAPI/2.0"));
            QCOMPARE(type, QByteArray("text/html; charset=us-ascii"));
            QCOMPARE(header(r, "Connection"), QByteArray("close"));
            QVERIFY(r.body.contains("strict.dtd\">\r\n"));
            QVERIFY(r.body.contains("HTTP Error " + QByteArray::number(status) + '.'));
            break;
        case 504:
            QVERIFY(server.isEmpty());
            QCOMPARE(header(r, "x-ms-proxy-error-details"), QByteArray("EmptyConnectorGroup"));
            QVERIFY(r.body.contains("This corporate app can't be accessed"));
            QVERIFY(r.body.contains("GatewayTimeout"));
            break;
        default:
            QFAIL("status not covered by the test");
        }
    }

    void serialize()
    {
        Response r;
        r.status = 403;
        r.reason = "Forbidden";
        r.headers = {{"Content-Type", "text/html"}, {"Server", "Microsoft-IIS/10.0"}};
        r.body = "abc";
        QCOMPARE(r.serialize(), QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\n"
                                           "Server: Microsoft-IIS/10.0\r\nContent-Length: 3\r\n\r\nabc"));
        r.body.clear();
        QVERIFY(r.serialize().endsWith("Content-Length: 0\r\n\r\n"));
        r.neverAnswer = true;
        QVERIFY(r.serialize().isEmpty());
    }

    void httpSysTemplate_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("length");
        QTest::newRow("503") << int(Page::HttpSys503) << 503 << QByteArray("HTTP/1.1 503 Service Unavailable\r\n")
                             << httpSysBody("Service Unavailable", "Service Unavailable",
                                            "HTTP Error 503. The service is unavailable.")
                             << 326;
        QTest::newRow("414") << int(Page::HttpSys414) << 414 << QByteArray("HTTP/1.1 414 Request-URI Too Long\r\n")
                             << httpSysBody("Request URL Too Long", "Request URL Too Long",
                                            "HTTP Error 414. The request URL is too long.")
                             << 329;
        QTest::newRow("400-too-long") << int(Page::HttpSys400TooLong) << 400 << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                                      << httpSysBody("Bad Request", "Bad Request - Request Too Long",
                                                     "HTTP Error 400. The size of the request headers is too long.")
                                      << 346;
    }

    void httpSysTemplate()
    {
        QFETCH(int, page);
        QFETCH(int, status);
        QFETCH(QByteArray, statusLine);
        QFETCH(QByteArray, body);
        QFETCH(int, length);
        const Response r = cannedResponse(Page(page));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body);
        QCOMPARE(r.body.size(), length);
        QVERIFY(r.body.startsWith("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://"));
        QCOMPARE(r.body.count("\r\n"), r.body.count('\n')); // every line break is CRLF

        const QByteArray wire = r.serialize();
        QVERIFY(wire.startsWith(statusLine));
        const QByteArray head = statusLine + "Content-Type: text/html; charset=us-ascii\r\n"
                                             "Server: Microsoft-HTTPAPI/2.0\r\nDate: " + header(r, "Date") +
                                "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
        QCOMPARE(wire, head + body);
    }

    void badRequestPages()
    {
        using detail::BadRequest;
        const QList<QPair<BadRequest, QByteArray>> cases = {
            {BadRequest::Generic, "<h2>Bad Request</h2>"},
            {BadRequest::InvalidVerb, "<h2>Bad Request - Invalid Verb</h2>"},
            {BadRequest::InvalidUrl, "<h2>Bad Request - Invalid URL</h2>"},
            {BadRequest::InvalidHostname, "<h2>Bad Request - Invalid Hostname</h2>"},
            {BadRequest::HeadersTooLong, "<h2>Bad Request - Request Too Long</h2>"},
        };
        for (const auto &[kind, marker] : cases) {
            const Response r = detail::httpSysBadRequest(kind);
            QCOMPARE(r.status, 400);
            QCOMPARE(header(r, "Server"), QByteArray("Microsoft-HTTPAPI/2.0"));
            QVERIFY2(r.body.contains(marker), marker.constData());
            QVERIFY(r.body.contains("HTTP Error 400. "));
        }
        // The "Invalid Verb" body is the documented 326 bytes.
        QCOMPARE(detail::httpSysBadRequest(BadRequest::InvalidVerb).body.size(), 326);
    }

    void iisPages_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("title");
        QTest::addColumn<QByteArray>("detail");
        QTest::newRow("403") << int(Page::Iis403) << 403 << QByteArray("Forbidden")
                             << QByteArray("403 - Forbidden: Access is denied.")
                             << QByteArray("You do not have permission to view this directory or page using the "
                                           "credentials that you supplied.");
        QTest::newRow("401") << int(Page::Iis401) << 401 << QByteArray("Unauthorized")
                             << QByteArray("401 - Unauthorized: Access is denied due to invalid credentials.")
                             << QByteArray("You do not have permission to view this directory or page using the "
                                           "credentials that you supplied.");
        QTest::newRow("500") << int(Page::Iis500) << 500 << QByteArray("Internal Server Error")
                             << QByteArray("500 - Internal server error.")
                             << QByteArray("There is a problem with the resource you are looking for, and it "
                                           "cannot be displayed.");
        QTest::newRow("404.15") << int(Page::Iis404_15) << 404 << QByteArray("Not Found")
                                << QByteArray("404.15 - Not Found: The query string is too long.")
                                << QByteArray("request filtering module is configured to deny a request where the "
                                              "query string is too long.");
    }

    void iisPages()
    {
        QFETCH(int, page);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, title);
        QFETCH(QByteArray, detail);
        const Response r = cannedResponse(Page(page));
        QCOMPARE(r.status, status);
        QCOMPARE(r.reason, reason);
        QVERIFY(r.body.startsWith("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\""));
        QVERIFY(r.body.contains("charset=iso-8859-1\"/>"));
        QVERIFY(r.body.contains("<div id=\"header\"><h1>Server Error</h1></div>"));
        QVERIFY(r.body.contains("<title>" + title + "</title>"));
        QVERIFY(r.body.contains("<fieldset>"));
        QVERIFY(r.body.contains("<h2>" + title + "</h2>"));
        QVERIFY(r.body.contains(detail));

        QList<QByteArray> names;
        for (const auto &h : r.headers)
            names.append(h.first);
        if (status == 401) {
            QCOMPARE(names, (QList<QByteArray>{"Content-Type", "Server", "WWW-Authenticate", "WWW-Authenticate",
                                               "X-Powered-By", "Date"}));
            QCOMPARE(headerValues(r, "WWW-Authenticate"), (QList<QByteArray>{"Negotiate", "NTLM"}));
        } else {
            QCOMPARE(names, (QList<QByteArray>{"Content-Type", "Server", "X-Powered-By", "Date"}));
        }
    }

    void ndesPage()
    {
        const Response r = cannedResponse(Page::NdesDefault);
        QCOMPARE(r.status, 200);
        QCOMPARE(header(r, "Content-Type"), QByteArray("text/html")); // no charset, as NDES sends it
        QVERIFY(!r.body.startsWith("\xff\xfe"));                       // no BOM
        QCOMPARE(r.body.at(0), '<');
        QCOMPARE(r.body.at(1), '\0');
        QCOMPARE(r.body.size() % 2, 0);
        QVERIFY(!r.body.contains("Network Device")); // not readable as single-byte text
        const QString text = fromUtf16Le(r.body);
        QVERIFY(text.contains(QLatin1String("<Title>Network Device Enrollment Service</Title>")));
        QVERIFY(text.contains(QLatin1String("BgColor=#008080")));
        QVERIFY(text.contains(QLatin1String("Simple Certificate Enrollment Protocol (SCEP)")));
    }

    void appProxyPage()
    {
        const Response r = cannedResponse(Page::AppProxyGatewayTimeout);
        QCOMPARE(r.status, 504);
        QCOMPARE(r.reason, QByteArray("Gateway Timeout"));
        for (const char *name : {"x-ms-proxy-service-name", "x-ms-proxy-data-center", "x-ms-proxy-subscription-id",
                                 "x-ms-proxy-app-id", "x-ms-proxy-group-id", "x-ms-proxy-transaction-id"}) {
            QVERIFY2(!header(r, name).isEmpty(), name);
        }
        QCOMPARE(header(r, "x-ms-proxy-error-details"), QByteArray("EmptyConnectorGroup"));
        QVERIFY(headerValues(r, "x-ms-proxy-connector-id").isEmpty());
        QVERIFY(r.body.contains("Status Code:</b> GatewayTimeout"));
        QVERIFY(r.body.contains(header(r, "x-ms-proxy-transaction-id")));
        QVERIFY(!r.body.contains("{{"));
    }

    void limits_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("httpsys-16384") << QStringLiteral("request-limits-default") << capsTargetOfLength(16384) << 200;
        QTest::newRow("httpsys-16385") << QStringLiteral("request-limits-default") << capsTargetOfLength(16385) << 414;
        QTest::newRow("httpsys-65534") << QStringLiteral("request-limits-default") << capsTargetOfLength(65534) << 414;
        QTest::newRow("httpsys-bare-long") << QStringLiteral("request-limits-default")
                                           << QByteArray(kMscep + '?' + QByteArray(17000, 'x')) << 414;
        QTest::newRow("filtering-2048") << QStringLiteral("request-filtering-default") << capsQueryOfLength(2048) << 200;
        QTest::newRow("filtering-2049") << QStringLiteral("request-filtering-default") << capsQueryOfLength(2049) << 404;
        QTest::newRow("healthy-65534") << QStringLiteral("healthy") << capsTargetOfLength(65534) << 200;
    }

    void limits()
    {
        QFETCH(QString, scenario);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        const auto s = findScenario(scenario);
        QVERIFY(s.has_value());
        const Response r = respond(*s, get(target), m_pki);
        QCOMPARE(r.status, status);
        if (status == 414)
            QCOMPARE(header(r, "Server"), QByteArray("Microsoft-HTTPAPI/2.0"));
        if (status == 404)
            QVERIFY(r.body.contains("404.15"));
    }

    void routing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("upper-case path") << QByteArray("GET") << QByteArray("/CertSrv/MSCEP/MSCEP.DLL") << 403
                                         << QByteArray("text/html");
        QTest::newRow("pkiclient.exe") << QByteArray("GET")
                                       << QByteArray("/certsrv/mscep/mscep.dll/pkiclient.exe?operation=GetCACaps")
                                       << 200 << QByteArray("text/plain");
        QTest::newRow("encoded path") << QByteArray("GET") << QByteArray("/certsrv/mscep/mscep%2Edll") << 403
                                      << QByteArray("text/html");
        QTest::newRow("param case") << QByteArray("GET") << QByteArray(kMscep + "?OPERATION=getcacaps") << 200
                                    << QByteArray("text/plain");
        QTest::newRow("operation second") << QByteArray("GET")
                                          << QByteArray(kMscep + "?message=default&operation=GetCACert") << 200
                                          << QByteArray("application/x-x509-ca-ra-cert");
        QTest::newRow("absolute form") << QByteArray("GET")
                                       << QByteArray("http://ndes.contoso.com" + kMscep + "?operation=GetCACaps")
                                       << 200 << QByteArray("text/plain");
        QTest::newRow("unknown operation") << QByteArray("GET") << QByteArray(kMscep + "?operation=Bogus") << 403
                                           << QByteArray("text/html");
        QTest::newRow("empty operation") << QByteArray("GET") << QByteArray(kMscep + "?operation=") << 403
                                         << QByteArray("text/html");
        QTest::newRow("pkioperation get") << QByteArray("GET")
                                          << QByteArray(kMscep + "?operation=PKIOperation&message=MIAGCSqGSIb3")
                                          << 500 << QByteArray("text/html");
        QTest::newRow("pkioperation post") << QByteArray("POST") << QByteArray(kMscep + "?operation=PKIOperation")
                                           << 500 << QByteArray("text/html");
        QTest::newRow("root") << QByteArray("GET") << QByteArray("/") << 404 << QByteArray("text/html");
        QTest::newRow("mscep.dll prefix") << QByteArray("GET") << QByteArray("/certsrv/mscep/mscep.dllx") << 404
                                          << QByteArray("text/html");
    }

    void routing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        Request request = get(target);
        request.method = method;
        const Response r = respond(*findScenario(u"healthy"), request, m_pki);
        QCOMPARE(r.status, status);
        QCOMPARE(header(r, "Content-Type"), contentType);
    }

    void caCertificates_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::newRow("healthy") << false;
        QTest::newRow("mscep-ra-expired") << true;
    }

    void caCertificates()
    {
        QFETCH(bool, expired);
        const auto s = findScenario(expired ? u"mscep-ra-expired" : u"healthy");
        QVERIFY(s.has_value());
        const Response r = respond(*s, get(targetFor(Kind::Cert)), pkiFor(*s));
        QCOMPARE(r.status, 200);
        const auto certs = scep::parseGetCACert(header(r, "Content-Type"), r.body);
        QVERIFY2(certs.hasValue(), certs.hasValue() ? "" : qPrintable(certs.error().toString()));
        QCOMPARE(certs->size(), 3);

        QList<scep::CertRole> roles;
        for (const scep::CertInfo &cert : certs.value()) {
            roles.append(cert.role);
            const scep::Validity validity = scep::validityAt(cert, kNow);
            if (cert.role == scep::CertRole::Ca)
                QVERIFY(!validity.expired);
            else
                QCOMPARE(validity.expired, expired);
        }
        QCOMPARE(roles, (QList<scep::CertRole>{scep::CertRole::RaSigning, scep::CertRole::RaEncryption,
                                               scep::CertRole::Ca}));
    }

    void capabilities()
    {
        const Response r = respond(*findScenario(u"healthy"), get(targetFor(Kind::Caps)), m_pki);
        QVERIFY(!r.body.endsWith('\n'));
        const scep::Capabilities caps = scep::parseCapabilities(r.body);
        QCOMPARE(caps.keywords, (QStringList{QStringLiteral("POSTPKIOperation"), QStringLiteral("Renewal"),
                                             QStringLiteral("SHA-512"), QStringLiteral("SHA-256"),
                                             QStringLiteral("SHA-1"), QStringLiteral("DES3")}));
    }

    void redaction_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no query") << kMscep << kMscep;
        QTest::newRow("caps default") << QByteArray(kMscep + "?operation=GetCACaps&message=default")
                                      << QByteArray(kMscep + "?operation=GetCACaps&message=default");
        QTest::newRow("pkioperation") << QByteArray(kMscep + "?operation=PKIOperation&message=c2VjcmV0")
                                      << QByteArray(kMscep + "?operation=PKIOperation&message=[8 bytes]");
        QTest::newRow("message first") << QByteArray(kMscep + "?MESSAGE=c2VjcmV0&operation=pkioperation")
                                       << QByteArray(kMscep + "?MESSAGE=[8 bytes]&operation=pkioperation");
        QTest::newRow("long caps") << QByteArray(kMscep + "?operation=GetCACaps&message=" + QByteArray(100, 'A'))
                                   << QByteArray(kMscep + "?operation=GetCACaps&message=[100 bytes]");
    }

    void redaction()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, expected);
        QCOMPARE(detail::redactedTarget(target), expected);
    }

    void splitTarget()
    {
        const auto parts = detail::splitTarget(kMscep + "?operation=Get%43ACaps&message=abc%20d");
        QCOMPARE(parts.path, kMscep);
        QCOMPARE(parts.query, QByteArray("operation=Get%43ACaps&message=abc%20d"));
        QVERIFY(parts.hasOperation);
        QCOMPARE(parts.operation, QByteArray("GetCACaps"));
        QCOMPARE(parts.messageLength, 7); // raw length, as sent
        const auto bare = detail::splitTarget(kMscep);
        QVERIFY(!bare.hasOperation);
        QVERIFY(bare.query.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResponder)
#include "tst_responder.moc"
