#include "core/log.h"
#include "scep/certinfo.h"
#include "scep/getcacert.h"
#include "training/simulator.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>

#include <memory>
#include <sstream>

using namespace ndes;
using namespace ndes::training;

namespace {

constexpr int kWaitMs = 20000; // upper bound for "eventually"; never a timing assertion

const QByteArray kMscep = "/certsrv/mscep/mscep.dll";

QByteArray getRequest(const QByteArray &target, const QByteArray &extraHeaders = "Connection: close\r\n")
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: tst_simulator\r\n" + extraHeaders + "\r\n";
}

// The size of the first complete response in `bytes`, or -1 while it is incomplete.
qsizetype completeResponseSize(const QByteArray &bytes, bool headRequest = false)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : bytes.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + (headRequest ? 0 : length);
    return bytes.size() >= total ? total : -1;
}

QByteArray headerLine(const QByteArray &response, const QByteArray &name)
{
    const QByteArray head = response.left(response.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.trimmed();
    }
    return {};
}

QByteArray bodyOf(const QByteArray &response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<Simulator> m_sim;
    std::ostringstream m_log;

    // Starts the simulator for `scenario`, or fails the test.
    void start(const QString &scenario, bool tls)
    {
        m_sim.reset();
        SimulatorOptions options;
        options.scenarioId = scenario;
        options.tls = tls;
        auto material = prepareSimulator(options);
        QVERIFY2(material.hasValue(), material.hasValue() ? "" : qPrintable(material.error().toString()));
        m_sim = std::make_unique<Simulator>();
        const auto url = m_sim->start(std::move(material).value());
        QVERIFY2(url.hasValue(), url.hasValue() ? "" : qPrintable(url.error().toString()));
        QVERIFY(m_sim->isRunning());
    }

    quint16 port() const { return quint16(m_sim->url().port()); }

    std::unique_ptr<QTcpSocket> connectClient(bool tls)
    {
        if (!tls) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port());
            return socket;
        }
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromData(m_sim->trustedCaPem(), QSsl::Pem));
        socket->setSslConfiguration(config);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port());
        return socket;
    }

    // Sends `request` on a new connection and collects the first complete response.
    void exchange(bool tls, const QByteArray &request, QByteArray &response)
    {
        auto socket = connectClient(tls);
        if (tls)
            QTRY_VERIFY_WITH_TIMEOUT(static_cast<QSslSocket *>(socket.get())->isEncrypted(), kWaitMs);
        else
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::ConnectedState, kWaitMs);
        socket->write(request);
        const bool head = request.startsWith("HEAD ");
        QTRY_VERIFY_WITH_TIMEOUT((response += socket->readAll(), completeResponseSize(response, head) >= 0
                                                                     || socket->state() == QAbstractSocket::UnconnectedState),
                                 kWaitMs);
        response += socket->readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Captures the "training" logger (made from the default logger on first use) at debug level.
        auto logger = std::make_shared<spdlog::logger>("tst_simulator",
                                                       std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log));
        logger->set_level(spdlog::level::debug);
        spdlog::set_default_logger(logger);
        QVERIFY(log::get("training")->should_log(spdlog::level::debug));
    }

    void cleanupTestCase()
    {
        // The capturing sink must not outlive m_log.
        spdlog::drop_all();
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("tst_simulator"));
    }

    void cleanup() { m_sim.reset(); }

    void unknownScenario()
    {
        SimulatorOptions options;
        options.scenarioId = QStringLiteral("no-such-scenario");
        const auto material = prepareSimulator(options);
        QVERIFY(!material.hasValue());
        QVERIFY(material.error().toString().contains(QLatin1String("no-such-scenario")));
    }

    void urls()
    {
        start(QStringLiteral("healthy"), false);
        QCOMPARE(m_sim->url().scheme(), QStringLiteral("http"));
        QCOMPARE(m_sim->url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_sim->url().port() > 0);
        QCOMPARE(m_sim->url().path(), QStringLiteral("/certsrv/mscep/mscep.dll"));
        QVERIFY(m_sim->trustedCaPem().startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(m_sim->material().options.now.isValid());

        start(QStringLiteral("app-proxy-wrong-url"), true);
        QCOMPARE(m_sim->url().scheme(), QStringLiteral("https"));
        QVERIFY(m_sim->url().host().endsWith(QLatin1String(".invalid")));
        QCOMPARE(m_sim->url().path(), QStringLiteral("/certsrv/mscep/mscep.dll"));
    }

    void rawAnswers_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<QByteArrayList>("headerLines");

        const QByteArray caps = kMscep + "?operation=GetCACaps&message=default";
        const QByteArray cert = kMscep + "?operation=GetCACert&message=default";
        for (bool tls : {false, true}) {
            const char *scheme = tls ? "https" : "http";
            QTest::addRow("healthy/bare/%s", scheme)
                << QStringLiteral("healthy") << tls << getRequest(kMscep) << QByteArray("HTTP/1.1 403 Forbidden")
                << QByteArrayList{"Content-Type: text/html", "Server: Microsoft-IIS/10.0", "X-Powered-By: ASP.NET"};
            QTest::addRow("healthy/caps/%s", scheme)
                << QStringLiteral("healthy") << tls << getRequest(caps) << QByteArray("HTTP/1.1 200 OK")
                << QByteArrayList{"Content-Type: text/plain", "Content-Length: 56"};
            QTest::addRow("app-pool-stopped/%s", scheme)
                << QStringLiteral("app-pool-stopped") << tls << getRequest(kMscep)
                << QByteArray("HTTP/1.1 503 Service Unavailable")
                << QByteArrayList{"Content-Type: text/html; charset=us-ascii", "Server: Microsoft-HTTPAPI/2.0",
                                  "Connection: close", "Content-Length: 326"};
        }
        QTest::newRow("connector-not-installed/bare")
            << QStringLiteral("connector-not-installed") << true << getRequest(kMscep) << QByteArray("HTTP/1.1 200 OK")
            << QByteArrayList{"Content-Type: text/html", "Server: Microsoft-IIS/10.0"};
        QTest::newRow("app-proxy-connector-stopped")
            << QStringLiteral("app-proxy-connector-stopped") << true << getRequest(caps)
            << QByteArray("HTTP/1.1 504 Gateway Timeout")
            << QByteArrayList{"x-ms-proxy-error-details: EmptyConnectorGroup", "x-ms-proxy-service-name:"};
        QTest::newRow("unexpected-401")
            << QStringLiteral("unexpected-401") << false << getRequest(kMscep) << QByteArray("HTTP/1.1 401 Unauthorized")
            << QByteArrayList{"WWW-Authenticate: Negotiate", "Server: Microsoft-IIS/10.0"};
        QTest::newRow("service-account-locked")
            << QStringLiteral("service-account-locked") << false << getRequest(cert)
            << QByteArray("HTTP/1.1 500 Internal Server Error") << QByteArrayList{"Server: Microsoft-IIS/10.0"};
        QTest::newRow("impersonate-right-missing/cert")
            << QStringLiteral("impersonate-right-missing") << true << getRequest(cert)
            << QByteArray("HTTP/1.1 500 Internal Server Error") << QByteArrayList{"Content-Type: text/html"};
        QTest::newRow("healthy/unknown-path")
            << QStringLiteral("healthy") << false << getRequest("/iisstart.htm") << QByteArray("HTTP/1.1 404 Not Found")
            << QByteArrayList{"Server: Microsoft-IIS/10.0"};
        QTest::newRow("healthy/post-pkioperation")
            << QStringLiteral("healthy") << false
            << QByteArray("POST " + kMscep + "?operation=PKIOperation HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/x-pki-message\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
            << QByteArray("HTTP/1.1 500 Internal Server Error") << QByteArrayList{"Server: Microsoft-IIS/10.0"};
        QTest::newRow("healthy/http-1.0")
            << QStringLiteral("healthy") << false << QByteArray("GET " + kMscep + " HTTP/1.0\r\n\r\n")
            << QByteArray("HTTP/1.1 403 Forbidden") << QByteArrayList{};
        QTest::newRow("healthy/no-host")
            << QStringLiteral("healthy") << false << QByteArray("GET " + kMscep + " HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request") << QByteArrayList{"Server: Microsoft-HTTPAPI/2.0"};
        QTest::newRow("healthy/bad-version")
            << QStringLiteral("healthy") << false << QByteArray("GET " + kMscep + " HTTP/9.9\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request") << QByteArrayList{"Connection: close"};
        QTest::newRow("healthy/bare-lf")
            << QStringLiteral("healthy") << false
            << QByteArray("GET " + kMscep + " HTTP/1.1\nHost: 127.0.0.1\nConnection: close\n\n")
            << QByteArray("HTTP/1.1 403 Forbidden") << QByteArrayList{};
    }

    void rawAnswers()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, tls);
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        QFETCH(QByteArrayList, headerLines);
        start(scenario, tls);
        QSignalSpy served(m_sim.get(), &Simulator::requestServed);

        QByteArray response;
        exchange(tls, request, response);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(response.startsWith(statusLine + "\r\n"), response.left(200).constData());
        const QByteArray head = response.left(response.indexOf("\r\n\r\n") + 2);
        for (const QByteArray &line : headerLines)
            QVERIFY2(head.contains("\r\n" + line), line.constData());
        QVERIFY(head.contains("\r\nDate: "));
        QCOMPARE(completeResponseSize(response), response.size());

        QCOMPARE(served.size(), 1);
        QCOMPARE(served.at(0).at(2).toInt(), statusLine.mid(9, 3).toInt());
        QCOMPARE(m_sim->requestsServed(), 1);

        if (scenario == QLatin1String("connector-not-installed")) {
            const QByteArray body = bodyOf(response);
            QVERIFY(body.startsWith(QByteArray("<\0", 2)));
        }
    }

    void expiredRaOverHttps()
    {
        start(QStringLiteral("mscep-ra-expired"), true);
        QByteArray response;
        exchange(true, getRequest(kMscep + "?operation=GetCACert&message=default"), response);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
        QCOMPARE(headerLine(response, "Content-Type"), QByteArray("Content-Type: application/x-x509-ca-ra-cert"));
        const auto certs = scep::parseGetCACert("application/x-x509-ca-ra-cert", bodyOf(response));
        QVERIFY2(certs.hasValue(), certs.hasValue() ? "" : qPrintable(certs.error().toString()));
        QCOMPARE(certs->size(), 3);
        const QDateTime now = m_sim->material().options.now;
        int expired = 0;
        for (const auto &cert : certs.value()) {
            if (scep::validityAt(cert, now).expired)
                ++expired;
        }
        QCOMPARE(expired, 2);

        response.clear();
        exchange(true, getRequest(kMscep), response);
        QVERIFY(response.startsWith("HTTP/1.1 500 Internal Server Error\r\n"));
    }

    void untrustedTls()
    {
        start(QStringLiteral("tls-untrusted"), true);
        auto client = connectClient(true);
        auto *socket = static_cast<QSslSocket *>(client.get());
        QSignalSpy errors(socket, &QSslSocket::sslErrors);
        QSignalSpy encrypted(socket, &QSslSocket::encrypted);
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() > 0, kWaitMs);
        const auto list = errors.at(0).at(0).value<QList<QSslError>>();
        bool untrustedIssuer = false;
        for (const QSslError &error : list) {
            untrustedIssuer |= error.error() == QSslError::UnableToGetLocalIssuerCertificate
                               || error.error() == QSslError::UnableToVerifyFirstCertificate
                               || error.error() == QSslError::CertificateUntrusted
                               || error.error() == QSslError::SelfSignedCertificateInChain;
        }
        QVERIFY(untrustedIssuer);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, kWaitMs);
        QCOMPARE(encrypted.size(), 0);
        QVERIFY(!socket->isEncrypted());

        // The same server, trusted explicitly, still answers like a healthy one.
        QSslSocket trusting;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromData(m_sim->material().untrustedTls.ca.certPem(), QSsl::Pem));
        trusting.setSslConfiguration(config);
        trusting.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port());
        QTRY_VERIFY_WITH_TIMEOUT(trusting.isEncrypted(), kWaitMs);
        trusting.write(getRequest(kMscep));
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += trusting.readAll(), completeResponseSize(response) >= 0), kWaitMs);
        QVERIFY(response.startsWith("HTTP/1.1 403 Forbidden\r\n"));
    }

    void trustedTlsVerifiesName()
    {
        start(QStringLiteral("healthy"), true);
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            QSslSocket socket;
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setCaCertificates(QSslCertificate::fromData(m_sim->trustedCaPem(), QSsl::Pem));
            socket.setSslConfiguration(config);
            QSignalSpy errors(&socket, &QSslSocket::sslErrors);
            socket.connectToHostEncrypted(host, port());
            QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState,
                                     kWaitMs);
            QVERIFY2(socket.isEncrypted(), qPrintable(host));
            QCOMPARE(errors.size(), 0);
        }
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(20250602);
        for (char &c : random)
            c = char(generator.bounded(256));
        random[0] = '\x01'; // make sure it cannot start like a method
        QTest::newRow("random") << random;
        QTest::newRow("tls hello to http") << QByteArray::fromHex("160301020001000200030300112233445566778899");
        QTest::newRow("nul bytes") << QByteArray(64, '\0');
        QTest::newRow("space first") << QByteArray(" GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n");
        QTest::newRow("bad target") << QByteArray("GET mscep.dll HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -4\r\n\r\n");
        QTest::newRow("long method") << QByteArray(40, 'G');
    }

    void garbage()
    {
        QFETCH(QByteArray, bytes);
        start(QStringLiteral("healthy"), false);
        auto socket = connectClient(false);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::ConnectedState, kWaitMs);
        socket->write(bytes);
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += socket->readAll(), socket->state() == QAbstractSocket::UnconnectedState),
                                 kWaitMs);
        response += socket->readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 400 Bad Request\r\n"), response.left(100).constData());
        QVERIFY(response.contains("\r\nServer: Microsoft-HTTPAPI/2.0\r\n"));
        QCOMPARE(completeResponseSize(response), response.size());

        // The server is still there.
        QByteArray next;
        exchange(false, getRequest(kMscep), next);
        QVERIFY(next.startsWith("HTTP/1.1 403 Forbidden\r\n"));
    }

    void plainHttpToTlsServer()
    {
        start(QStringLiteral("healthy"), true);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, kWaitMs);
        socket.write(getRequest(kMscep));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);

        QByteArray response;
        exchange(true, getRequest(kMscep), response);
        QVERIFY(response.startsWith("HTTP/1.1 403 Forbidden\r\n"));
    }

    void longRequestLine_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("limits 70000") << QStringLiteral("request-limits-default") << 70000
                                      << QByteArray("HTTP/1.1 414 Request-URI Too Long");
        QTest::newRow("filtering 70000") << QStringLiteral("request-filtering-default") << 70000
                                         << QByteArray("HTTP/1.1 404 Not Found");
        QTest::newRow("healthy 70000") << QStringLiteral("healthy") << 70000 << QByteArray("HTTP/1.1 200 OK");
        QTest::newRow("healthy 90000") << QStringLiteral("healthy") << 90000 << QByteArray("HTTP/1.1 400 Bad Request");
    }

    void longRequestLine()
    {
        QFETCH(QString, scenario);
        QFETCH(int, length);
        QFETCH(QByteArray, statusLine);
        start(scenario, false);
        const QByteArray prefix = "GET " + kMscep + "?operation=GetCACaps&message=";
        const QByteArray requestLine = prefix + QByteArray(length - prefix.size() - 9, 'A') + " HTTP/1.1\r\n";
        QCOMPARE(requestLine.size(), length + 2);
        QByteArray response;
        exchange(false, requestLine + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n", response);
        QVERIFY2(response.startsWith(statusLine + "\r\n"), response.left(100).constData());
    }

    void keepAlive()
    {
        start(QStringLiteral("healthy"), false);
        auto socket = connectClient(false);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::ConnectedState, kWaitMs);

        // Two requests in one write (pipelined), the first with a body to skip, then a HEAD.
        const QByteArray post = "POST " + kMscep + "?operation=PKIOperation HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Length: 10\r\n\r\n0123456789";
        socket->write(post + getRequest(kMscep + "?operation=GetCACaps", {}));
        QByteArray bytes;
        QTRY_VERIFY_WITH_TIMEOUT((bytes += socket->readAll(), bytes.contains("DES3")), kWaitMs);
        QVERIFY(bytes.startsWith("HTTP/1.1 500 Internal Server Error\r\n"));
        const qsizetype first = completeResponseSize(bytes);
        QVERIFY(first > 0);
        QVERIFY(bytes.mid(first).startsWith("HTTP/1.1 200 OK\r\n"));
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

        bytes.clear();
        socket->write("HEAD " + kMscep + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT((bytes += socket->readAll(), socket->state()), QAbstractSocket::UnconnectedState,
                                  kWaitMs);
        bytes += socket->readAll();
        QVERIFY(bytes.startsWith("HTTP/1.1 403 Forbidden\r\n"));
        QVERIFY(bytes.endsWith("\r\n\r\n")); // no body after a HEAD
        QVERIFY(!headerLine(bytes, "Content-Length").endsWith(" 0"));
        QCOMPARE(m_sim->requestsServed(), 3);
    }

    void servedSignalHidesMessage()
    {
        start(QStringLiteral("healthy"), false);
        QSignalSpy served(m_sim.get(), &Simulator::requestServed);
        QByteArray response;
        exchange(false, getRequest(kMscep + "?operation=PKIOperation&message=c2VjcmV0LWNoYWxsZW5nZQ"), response);
        QCOMPARE(served.size(), 1);
        QCOMPARE(served.at(0).at(0).toByteArray(), QByteArray("GET"));
        const QByteArray target = served.at(0).at(1).toByteArray();
        QVERIFY(!target.contains("c2VjcmV0"));
        QVERIFY(target.startsWith(kMscep + "?operation=PKIOperation&message="));
        QCOMPARE(served.at(0).at(2).toInt(), 500);

        const std::string logged = m_log.str();
        QVERIFY2(logged.find("GET /certsrv/mscep/mscep.dll operation=PKIOperation message-length=22 status=500")
                     != std::string::npos, logged.c_str());
        QVERIFY(logged.find("c2VjcmV0") == std::string::npos);
    }

    void noAnswer()
    {
        start(QStringLiteral("no-answer"), false);
        QSignalSpy served(m_sim.get(), &Simulator::requestServed);
        auto socket = connectClient(false);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::ConnectedState, kWaitMs);
        QSignalSpy readyRead(socket.get(), &QTcpSocket::readyRead);
        QSignalSpy disconnected(socket.get(), &QTcpSocket::disconnected);
        socket->write(getRequest(kMscep));
        QTRY_COMPARE_WITH_TIMEOUT(served.size(), 1, kWaitMs);
        QCOMPARE(served.at(0).at(2).toInt(), 0);

        QTest::qWait(1000);
        QCOMPARE(readyRead.size(), 0);
        QCOMPARE(disconnected.size(), 0);
        QCOMPARE(socket->bytesAvailable(), 0);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

        m_sim->stop();
        QVERIFY(!m_sim->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, kWaitMs);
        QCOMPARE(readyRead.size(), 0);
    }

    void stopClosesEverything()
    {
        start(QStringLiteral("healthy"), true);
        const quint16 listening = port();
        auto idle = connectClient(true);
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<QSslSocket *>(idle.get())->isEncrypted(), kWaitMs);
        auto partial = connectClient(true);
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<QSslSocket *>(partial.get())->isEncrypted(), kWaitMs);
        partial->write("GET " + kMscep + " HTTP/1.1\r\nHost: 127");

        QTest::qWait(50);
        m_sim->stop();
        QVERIFY(!m_sim->isRunning());
        QVERIFY(m_sim->url().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(idle->state(), QAbstractSocket::UnconnectedState, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(partial->state(), QAbstractSocket::UnconnectedState, kWaitMs);

        QTcpSocket refused;
        QSignalSpy error(&refused, &QTcpSocket::errorOccurred);
        refused.connectToHost(QHostAddress::LocalHost, listening);
        QTRY_VERIFY_WITH_TIMEOUT(error.size() > 0, kWaitMs);
        QCOMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void restart()
    {
        start(QStringLiteral("app-pool-stopped"), false);
        QByteArray response;
        exchange(false, getRequest(kMscep), response);
        QVERIFY(response.startsWith("HTTP/1.1 503 "));

        SimulatorOptions options;
        options.scenarioId = QStringLiteral("healthy");
        options.tls = false;
        auto material = prepareSimulator(options);
        QVERIFY(material.hasValue());
        QVERIFY(m_sim->start(std::move(material).value()).hasValue());
        response.clear();
        exchange(false, getRequest(kMscep), response);
        QVERIFY(response.startsWith("HTTP/1.1 403 "));
        QCOMPARE(m_sim->material().scenario.id, QStringLiteral("healthy"));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
