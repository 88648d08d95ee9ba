// The probe against a real SCEP server: micromdm's scepserver from Debian's scep package, on a loopback
// port chosen here. It must read the capabilities and the CA certificate exactly as the server has them.
#include "http/classify.h"
#include "http/probe.h"
#include "scep/certinfo.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ndes;

class TestInteropScepServer : public QObject {
    Q_OBJECT

    QString m_scepserver;
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;

    static quint16 freeLoopbackPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_scepserver = QStandardPaths::findExecutable(QStringLiteral("scepserver"));
        if (m_scepserver.isEmpty())
            QSKIP("scepserver not found: install Debian's 'scep' package (scripts/setup-deps.sh does)");
        QVERIFY(m_dir.isValid());
        const QString depot = m_dir.filePath(QStringLiteral("depot"));

        QProcess init;
        init.start(m_scepserver, {QStringLiteral("ca"), QStringLiteral("-init"), QStringLiteral("-depot"), depot,
                                  QStringLiteral("-keySize"), QStringLiteral("2048")});
        QVERIFY(init.waitForFinished(120000));
        QCOMPARE(init.exitCode(), 0);
        QVERIFY(QFile::exists(depot + QStringLiteral("/ca.pem")));

        m_port = freeLoopbackPort();
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(m_scepserver, {QStringLiteral("-depot"), depot, QStringLiteral("-port"), QString::number(m_port),
                                      QStringLiteral("-challenge"), QStringLiteral("interop-secret")});
        QVERIFY(m_server.waitForStarted(10000));
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            up = s.waitForConnected(200);
            if (!up)
                QTest::qWait(100);
        }
        QVERIFY2(up, qPrintable(QString::fromLocal8Bit(m_server.readAll())));
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(5000))
                m_server.kill();
        }
    }

    void probeReadsCapabilitiesAndCa()
    {
        QNetworkAccessManager nam;
        http::UrlProbe probe(&nam);
        QSignalSpy done(&probe, &http::UrlProbe::finished);
        http::ProbeOptions options;
        options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/scep").arg(m_port));
        options.timeoutMs = 10000;
        probe.start(options);
        QVERIFY(done.wait(30000));
        const http::ProbeResult r = http::classify(options.url, probe.answers(), QDateTime::currentDateTimeUtc());

        // scepserver's GetCACaps body, as it sends it (no final newline).
        QCOMPARE(r.capabilities.keywords,
                 (QStringList{QStringLiteral("Renewal"), QStringLiteral("SHA-1"), QStringLiteral("SHA-256"),
                              QStringLiteral("AES"), QStringLiteral("DES3"), QStringLiteral("SCEPStandard"),
                              QStringLiteral("POSTPKIOperation")}));

        // One CA certificate, DER, and it is the depot's.
        const http::RawAnswer &cert = r.answers[int(http::RequestKind::GetCACert)];
        QCOMPARE(cert.status, 200);
        QVERIFY(cert.header("Content-Type").startsWith("application/x-x509-ca-cert"));
        QCOMPARE(r.certificates.size(), 1);
        const scep::CertInfo &ca = r.certificates.first().info;
        QCOMPARE(ca.role, scep::CertRole::Ca);
        QVERIFY(ca.isCa);
        QVERIFY(ca.selfSigned);
        QVERIFY2(ca.subject.contains(QLatin1String("O=scep-ca")) && ca.subject.contains(QLatin1String("OU=SCEP CA")),
                 qPrintable(ca.subject));
        QFile depotCa(m_dir.filePath(QStringLiteral("depot/ca.pem")));
        QVERIFY(depotCa.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> expected = QSslCertificate::fromData(depotCa.readAll(), QSsl::Pem);
        QCOMPARE(expected.size(), 1);
        QCOMPARE(ca.sha256Hex, QString::fromLatin1(expected.first().digest(QCryptographicHash::Sha256).toHex().toUpper()));
        QVERIFY(!r.certificates.first().validity.expired);

        // The bare URL has no operation: scepserver refuses it with a 500, which the probe reports as it is.
        const http::RawAnswer &bare = r.answers[int(http::RequestKind::Bare)];
        QCOMPARE(bare.status, 500);
        QCOMPARE(verdictId(r.verdict), QStringLiteral("internal-error-500"));
    }

    void wrongPathIsA404()
    {
        QNetworkAccessManager nam;
        http::UrlProbe probe(&nam);
        QSignalSpy done(&probe, &http::UrlProbe::finished);
        http::ProbeOptions options;
        options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/certsrv/mscep/mscep.dll").arg(m_port));
        probe.start(options);
        QVERIFY(done.wait(30000));
        const http::ProbeResult r = http::classify(options.url, probe.answers(), QDateTime::currentDateTimeUtc());
        QCOMPARE(r.answers.first().status, 404);
        QCOMPARE(verdictId(r.verdict), QStringLiteral("unexpected-status"));
        QVERIFY(r.certificates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInteropScepServer)
#include "tst_interop_scepserver.moc"
