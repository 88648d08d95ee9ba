// Bad input and hostile servers: each gets a clear verdict or message, and nothing hangs or crashes.
// The hostile server is a real socket server on loopback; only its behaviour is unusual.
#include "http/classify.h"
#include "http/probe.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ndes;

namespace {

enum class Hostility { HugeBody, Trickle, RedirectLoop, RedirectChain, GarbagePkcs7, NotHttp, CloseAtOnce };

class HostileServer : public QTcpServer {
public:
    explicit HostileServer(Hostility h) : m_hostility(h)
    {
        connect(this, &QTcpServer::newConnection, this, &HostileServer::onConnection);
        listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path = QStringLiteral("/certsrv/mscep/mscep.dll")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    qint64 bytesSent = 0;

private:
    void onConnection()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request[socket] += socket->readAll();
                if (m_request[socket].contains("\r\n\r\n"))
                    answer(socket, m_request.take(socket));
            });
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &request)
    {
        const QByteArray target = request.split(' ').value(1);
        switch (m_hostility) {
        case Hostility::HugeBody: {
            // Announces 2 GB and keeps sending for as long as the client reads.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2147483648\r\n\r\n");
            auto pump = [this, socket] {
                static const QByteArray chunk(64 * 1024, 'x');
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
                    socket->write(chunk);
                    bytesSent += chunk.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            pump();
            break;
        }
        case Hostility::Trickle: {
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 100000\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(1000);
            break;
        }
        case Hostility::RedirectLoop:
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + target + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            break;
        case Hostility::RedirectChain: {
            // /0 -> /1 -> /2 -> ... never ends, never repeats.
            const QByteArray next = "/hop" + QByteArray::number(++m_hops);
            socket->write("HTTP/1.1 301 Moved Permanently\r\nLocation: " + next + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            break;
        }
        case Hostility::GarbagePkcs7: {
            QByteArray body;
            QByteArray status = "403 Forbidden";
            QByteArray type = "text/html";
            if (target.contains("GetCACert")) {
                body.resize(8192);
                QRandomGenerator rng(42);
                for (char &c : body)
                    c = char(rng.bounded(256));
                body[0] = 0x30; // looks like DER for one byte
                status = "200 OK";
                type = "application/x-x509-ca-ra-cert";
            } else if (target.contains("GetCACaps")) {
                static const char caps[] = "POSTPKIOperation\0\xFF\xFE garbage\r\n\r\nSHA-256";
                body = QByteArray(caps, sizeof(caps) - 1);
                status = "200 OK";
                type = "text/plain";
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            break;
        }
        case Hostility::NotHttp:
            socket->write("SSH-2.0-OpenSSH_9.2\r\n\x00\x01\x02garbage that is not HTTP\r\n\r\n");
            socket->disconnectFromHost();
            break;
        case Hostility::CloseAtOnce:
            socket->abort();
            break;
        }
    }

    Hostility m_hostility;
    int m_hops = 0;
    QHash<QTcpSocket *, QByteArray> m_request;
};

http::ProbeResult probe(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager nam;
    http::UrlProbe probe(&nam);
    QSignalSpy done(&probe, &http::UrlProbe::finished);
    http::ProbeOptions options;
    options.url = url;
    options.timeoutMs = timeoutMs;
    probe.start(options);
    if (!done.wait(timeoutMs * 3 + 10000))
        qWarning("probe did not finish");
    return http::classify(url, probe.answers(), QDateTime::currentDateTimeUtc());
}

bool hasFinding(const http::ProbeResult &r, const char *id)
{
    return std::any_of(r.findings.cbegin(), r.findings.cend(), [id](const Finding &f) { return f.id == QLatin1String(id); });
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("pathWarning");
        QTest::newRow("ftp") << QStringLiteral("ftp://ndes.contoso.com/certsrv/mscep/mscep.dll") << QStringLiteral("not-http") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("not-http") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QStringLiteral("not-http") << false;
        QTest::newRow("empty") << QString() << QStringLiteral("empty") << false;
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty") << false;
        QTest::newRow("empty host") << QStringLiteral("https:///certsrv/mscep/mscep.dll") << QStringLiteral("no-host") << false;
        QTest::newRow("scheme only") << QStringLiteral("https://") << QStringLiteral("no-host") << false;
        QTest::newRow("good") << QStringLiteral("https://ndes.contoso.com/certsrv/mscep/mscep.dll") << QString() << false;
        QTest::newRow("good, upper case") << QStringLiteral("HTTPS://NDES.contoso.com/CertSrv/mscep/MSCEP.DLL") << QString() << false;
        QTest::newRow("no scheme means https") << QStringLiteral("ndes.contoso.com/certsrv/mscep/mscep.dll") << QString() << false;
        QTest::newRow("misspelt msecp.dll warns") << QStringLiteral("https://contoso.com/certsrv/mscep/msecp.dll") << QString() << true;
        QTest::newRow("host and port without scheme") << QStringLiteral("ndes.contoso.com:8443/certsrv/mscep/mscep.dll") << QString() << false;
        QTest::newRow("mailto") << QStringLiteral("mailto:helpdesk@contoso.com") << QStringLiteral("not-http") << false;
        QTest::newRow("no path warns") << QStringLiteral("https://contoso.com") << QString() << true;
    }

    void urls()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QFETCH(bool, pathWarning);
        const http::UrlCheck check = http::checkScepUrl(text);
        QCOMPARE(check.problem, problem);
        if (problem.isEmpty())
            QCOMPARE(check.pathWarning, pathWarning);
    }

    void hugeBodyIsCapped()
    {
        HostileServer server(Hostility::HugeBody);
        const http::ProbeResult r = probe(server.url(), 20000);
        for (const http::RawAnswer &a : r.answers) {
            QCOMPARE(http::outcomeId(a.outcome), QStringLiteral("answered"));
            QVERIFY(a.bodyTruncated);
            QVERIFY(a.body.size() <= 1024 * 1024);
        }
        QVERIFY(hasFinding(r, "body-truncated"));
        QCOMPARE(verdictId(r.verdict), QStringLiteral("unexpected-status"));
        QVERIFY2(server.bytesSent < qint64(64) * 1024 * 1024, "the probe stopped reading early");
    }

    void tricklingServerTimesOut()
    {
        HostileServer server(Hostility::Trickle);
        const http::ProbeResult r = probe(server.url(), 2500);
        QCOMPARE(verdictId(r.verdict), QStringLiteral("timeout"));
        for (const http::RawAnswer &a : r.answers)
            QCOMPARE(http::outcomeId(a.outcome), QStringLiteral("timeout"));
    }

    void redirectLoop()
    {
        HostileServer server(Hostility::RedirectLoop);
        const http::ProbeResult r = probe(server.url(), 8000);
        QCOMPARE(http::outcomeId(r.answers.first().outcome), QStringLiteral("redirect-loop"));
        QCOMPARE(verdictId(r.verdict), QStringLiteral("unexpected-status"));
        QVERIFY(!r.answers.first().redirects.isEmpty());
    }

    void endlessRedirectChainStopsAtFive()
    {
        HostileServer server(Hostility::RedirectChain);
        const http::ProbeResult r = probe(server.url(), 8000);
        const http::RawAnswer &bare = r.answers.first();
        QCOMPARE(http::outcomeId(bare.outcome), QStringLiteral("redirect-loop"));
        QCOMPARE(bare.redirects.size(), 6); // five followed, the sixth refused
        QVERIFY(hasFinding(r, "redirects"));
    }

    void garbagePkcs7AndCaps()
    {
        HostileServer server(Hostility::GarbagePkcs7);
        const http::ProbeResult r = probe(server.url(), 8000);
        QCOMPARE(verdictId(r.verdict), QStringLiteral("ok-403"));
        QVERIFY(hasFinding(r, "getcacert-unreadable"));
        QVERIFY(r.certificates.isEmpty());
        QVERIFY(r.capabilities.has(u"SHA-256"));
    }

    void notHttpAtAll()
    {
        HostileServer server(Hostility::NotHttp);
        const http::ProbeResult r = probe(server.url(), 8000);
        QVERIFY(r.answers.first().outcome != http::Outcome::Answered || r.answers.first().status == 0
                || verdictId(r.verdict) == QLatin1String("unexpected-status"));
        QVERIFY(verdictId(r.verdict) != QLatin1String("ok-403"));
    }

    void connectionDropped()
    {
        HostileServer server(Hostility::CloseAtOnce);
        const http::ProbeResult r = probe(server.url(), 8000);
        QCOMPARE(verdictId(r.verdict), QStringLiteral("page-cant-be-displayed"));
    }

    void nothingListening()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        const http::ProbeResult r = probe(QUrl(QStringLiteral("http://127.0.0.1:%1/certsrv/mscep/mscep.dll").arg(port)), 8000);
        QCOMPARE(verdictId(r.verdict), QStringLiteral("page-cant-be-displayed"));
        QCOMPARE(http::outcomeId(r.answers.first().outcome), QStringLiteral("connection-refused"));
    }

    void cancelStopsEverything()
    {
        HostileServer server(Hostility::Trickle);
        QNetworkAccessManager nam;
        http::UrlProbe probe(&nam);
        QSignalSpy done(&probe, &http::UrlProbe::finished);
        http::ProbeOptions options;
        options.url = server.url();
        options.timeoutMs = 600000;
        probe.start(options);
        QVERIFY(probe.isRunning());
        QTest::qWait(200);
        probe.cancel();
        QCOMPARE(done.count(), 1);
        QVERIFY(!probe.isRunning());
        for (const http::RawAnswer &a : probe.answers())
            QCOMPARE(http::outcomeId(a.outcome), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
