// The simulated NDES server against a real SCEP client: micromdm's scepclient from Debian's scep
// package enrols through it, over HTTP and HTTPS, and fails where the scenario says NDES fails.
#include "scep/certinfo.h"
#include "scep/ossl.h"
#include "training/simulator.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>

using namespace ndes;

namespace {

const QString kScepClient = QStringLiteral("/usr/bin/scepclient");
const QString kChallenge = QStringLiteral("interop-challenge-0f3a");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestInteropScepClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(kScepClient).isExecutable())
            QSKIP("/usr/bin/scepclient not found: install Debian's 'scep' package (scripts/setup-deps.sh does)");
    }

    void enrol_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("issues");
        QTest::addColumn<QString>("expectedOutput");

        QTest::newRow("healthy/http") << QStringLiteral("healthy") << false << true
                                      << QStringLiteral("server returned a certificate");
        // Go reads its trusted roots from SSL_CERT_FILE: the simulator's CA is put there.
        QTest::newRow("healthy/https") << QStringLiteral("healthy") << true << true
                                       << QStringLiteral("server returned a certificate");
        QTest::newRow("connector-not-installed/http") << QStringLiteral("connector-not-installed") << false << true
                                                      << QStringLiteral("server returned a certificate");
        QTest::newRow("app-pool-stopped/http") << QStringLiteral("app-pool-stopped") << false << false
                                               << QStringLiteral("503");
        QTest::newRow("service-account-locked/http") << QStringLiteral("service-account-locked") << false << false
                                                     << QStringLiteral("500");
        QTest::newRow("tls-untrusted/https") << QStringLiteral("tls-untrusted") << true << false
                                             << QStringLiteral("certificate signed by unknown authority");
    }

    void enrol()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, tls);
        QFETCH(bool, issues);
        QFETCH(QString, expectedOutput);

        training::SimulatorOptions options;
        options.scenarioId = scenario;
        options.tls = tls;
        auto material = training::prepareSimulator(options);
        QVERIFY2(material, qPrintable(material ? QString() : material.error().toString()));
        training::Simulator simulator;
        const auto url = simulator.start(std::move(*material));
        QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));

        // scepclient keeps csr.pem and self.pem next to its key and reuses them: a fresh directory per run.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString keyPath = dir.filePath(QStringLiteral("k.key"));
        const QString certPath = dir.filePath(QStringLiteral("client.pem"));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (tls) {
            const QString caFile = dir.filePath(QStringLiteral("simulator-ca.pem"));
            QFile ca(caFile);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(simulator.trustedCaPem());
            ca.close();
            env.insert(QStringLiteral("SSL_CERT_FILE"), caFile);
            env.remove(QStringLiteral("SSL_CERT_DIR"));
        }
        int exitCode = -1;
        QString output;
        runScepClient(url->toString(), keyPath, env, exitCode, output);
        if (QTest::currentTestFailed())
            return;

        QVERIFY2(output.contains(expectedOutput), qPrintable(output));
        if (!issues) {
            QVERIFY(exitCode != 0);
            QVERIFY(!QFile::exists(certPath));
            return;
        }
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY(simulator.requestsServed() >= 3);
        checkIssued(simulator, certPath, keyPath);
    }

    // With client.pem in place, scepclient renews: a RenewalReq signed by the certificate it holds.
    void renew()
    {
        training::SimulatorOptions options;
        options.scenarioId = QStringLiteral("healthy");
        options.tls = false;
        auto material = training::prepareSimulator(options);
        QVERIFY2(material, qPrintable(material ? QString() : material.error().toString()));
        training::Simulator simulator;
        const auto url = simulator.start(std::move(*material));
        QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString keyPath = dir.filePath(QStringLiteral("k.key"));
        const QString certPath = dir.filePath(QStringLiteral("client.pem"));
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

        int exitCode = -1;
        QString output;
        runScepClient(url->toString(), keyPath, env, exitCode, output);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(exitCode == 0, qPrintable(output));
        const auto first = scep::parseCertificate(readAll(certPath));
        QVERIFY(first);

        runScepClient(url->toString(), keyPath, env, exitCode, output);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(exitCode == 0, qPrintable(output));
        // Signed by the certificate from the first run, not by a fresh "SCEP SIGNER" one.
        QVERIFY2(output.contains(QStringLiteral("signer_cn=interop-device")), qPrintable(output));
        checkIssued(simulator, certPath, keyPath);
        if (QTest::currentTestFailed())
            return;
        const auto second = scep::parseCertificate(readAll(certPath));
        QVERIFY(second);
        QVERIFY(second->serialHex != first->serialHex);
    }

private:
    // Runs scepclient to its end. The simulator answers from this thread, so the event loop runs
    // while waiting.
    void runScepClient(const QString &url, const QString &keyPath, const QProcessEnvironment &env, int &exitCode,
                       QString &output)
    {
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.setProcessEnvironment(env);
        QSignalSpy finished(&client, &QProcess::finished);
        client.start(kScepClient, {QStringLiteral("-server-url"), url, QStringLiteral("-private-key"), keyPath,
                                   QStringLiteral("-cn"), QStringLiteral("interop-device"),
                                   QStringLiteral("-challenge"), kChallenge, QStringLiteral("-debug")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
        output = QString::fromUtf8(client.readAll());
        qDebug().noquote() << "scepclient output:\n" << output;
        QCOMPARE(client.exitStatus(), QProcess::NormalExit);
        exitCode = client.exitCode();
    }

    // The certificate scepclient wrote: CN=interop-device, issued and signed by the simulator's CA,
    // for the key scepclient holds.
    void checkIssued(const training::Simulator &simulator, const QString &certPath, const QString &keyPath)
    {
        const auto issued = scep::parseCertificate(readAll(certPath));
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().toString()));
        const auto ca = scep::parseCertificate(simulator.material().pki.ca.certDer);
        QVERIFY(ca);
        QVERIFY2(issued->subject.startsWith(QStringLiteral("CN=interop-device,")), qPrintable(issued->subject));
        QCOMPARE(issued->issuer, ca->subject);
        QVERIFY(issued->extendedKeyUsages.contains(QStringLiteral("1.3.6.1.5.5.7.3.2")));

        // Signed by the simulator's CA, for the key scepclient made.
        const unsigned char *p = reinterpret_cast<const unsigned char *>(issued->der.constData());
        scep::X509Ptr cert(d2i_X509(nullptr, &p, long(issued->der.size())));
        p = reinterpret_cast<const unsigned char *>(ca->der.constData());
        scep::X509Ptr caCert(d2i_X509(nullptr, &p, long(ca->der.size())));
        QVERIFY(cert && caCert);
        QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(caCert.get())), 1);
        const QByteArray keyPem = readAll(keyPath);
        scep::BioPtr bio = scep::memBio(keyPem);
        scep::EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
        QVERIFY(key);
        QCOMPARE(EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()), 1);
    }
};

QTEST_GUILESS_MAIN(TestInteropScepClient)
#include "tst_interop_scepclient.moc"
