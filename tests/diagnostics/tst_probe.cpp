// The real probe against the real simulator on loopback, for every scenario, over HTTP and HTTPS.
#include "http/classify.h"
#include "http/probe.h"
#include "training/simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace ndes;

class TestProbe : public QObject {
    Q_OBJECT

    struct Run {
        http::ProbeResult result;
        QUrl url;
    };

    static Run probeScenario(const QString &id, bool tls, int timeoutMs)
    {
        Run run;
        training::SimulatorOptions options;
        options.scenarioId = id;
        options.tls = tls;
        options.now = QDateTime::currentDateTimeUtc();
        auto material = training::prepareSimulator(options);
        if (!material) {
            qWarning("%s", qPrintable(material.error().toString()));
            return run;
        }
        training::Simulator simulator;
        auto url = simulator.start(std::move(material.value()));
        if (!url) {
            qWarning("%s", qPrintable(url.error().toString()));
            return run;
        }
        run.url = *url;
        QNetworkAccessManager nam;
        http::UrlProbe probe(&nam);
        QSignalSpy done(&probe, &http::UrlProbe::finished);
        http::ProbeOptions probeOptions;
        probeOptions.url = *url;
        probeOptions.timeoutMs = timeoutMs;
        probeOptions.extraCaCertificates = QSslCertificate::fromData(simulator.trustedCaPem(), QSsl::Pem);
        probe.start(probeOptions);
        if (!done.wait(timeoutMs * 3 + 5000))
            qWarning("probe did not finish");
        run.result = http::classify(*url, probe.answers(), options.now);
        return run;
    }

private Q_SLOTS:
    void everyScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("tls");
        for (const training::Scenario &s : training::scenarios()) {
            QTest::addRow("%s over http", qPrintable(s.id)) << s.id << false;
            QTest::addRow("%s over https", qPrintable(s.id)) << s.id << true;
        }
    }

    void everyScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, tls);
        const auto expected = training::findScenario(scenario);
        QVERIFY(expected);
        // A short timeout keeps the no-answer scenario quick; loopback answers take milliseconds.
        const Run run = probeScenario(scenario, tls, expected->behaviour == training::Behaviour::NoAnswer ? 1500 : 8000);
        QVERIFY(run.url.isValid());
        QCOMPARE(run.result.answers.size(), 4);
        if (expected->behaviour == training::Behaviour::TlsUntrusted && !tls) {
            // Without TLS there is nothing untrusted to see: the server answers as a healthy one.
            QCOMPARE(verdictId(run.result.verdict), QStringLiteral("ok-403"));
            return;
        }
        QCOMPARE(verdictId(run.result.verdict), verdictId(expected->expectedVerdict));
    }

    void healthyDetails()
    {
        const Run run = probeScenario(QStringLiteral("healthy"), true, 8000);
        QCOMPARE(run.result.verdict, Verdict::Ok403);
        QVERIFY(run.result.capabilities.has(u"POSTPKIOperation"));
        QCOMPARE(run.result.certificates.size(), 3);
        QSet<QString> roles;
        for (const auto &c : run.result.certificates) {
            roles.insert(scep::certRoleId(c.info.role));
            QVERIFY(!c.validity.expired);
        }
        QCOMPARE(roles, (QSet<QString>{QStringLiteral("ra-signing"), QStringLiteral("ra-encryption"), QStringLiteral("ca")}));
        for (const http::RawAnswer &a : run.result.answers)
            QCOMPARE(http::outcomeId(a.outcome), QStringLiteral("answered"));
    }

    void expiredRaVisibleFromOutside()
    {
        const Run run = probeScenario(QStringLiteral("mscep-ra-expired"), true, 8000);
        QCOMPARE(run.result.verdict, Verdict::InternalError500);
        int expiredRa = 0;
        for (const auto &c : run.result.certificates) {
            if (c.info.role == scep::CertRole::RaSigning || c.info.role == scep::CertRole::RaEncryption) {
                QVERIFY(c.validity.expired);
                ++expiredRa;
            }
        }
        QCOMPARE(expiredRa, 2);
    }

    void longUrlRejectedByHttpSys()
    {
        const Run run = probeScenario(QStringLiteral("request-limits-default"), false, 8000);
        QCOMPARE(run.result.verdict, Verdict::RequestTooLong);
        QCOMPARE(run.result.decidedBy, http::RequestKind::LongUrl);
        const auto &longUrl = run.result.answers[int(http::RequestKind::LongUrl)];
        QCOMPARE(longUrl.status, 414);
        QCOMPARE(longUrl.header("Server"), QByteArray("Microsoft-HTTPAPI/2.0"));
    }

    void tlsUntrustedSaysWhy()
    {
        const Run run = probeScenario(QStringLiteral("tls-untrusted"), true, 8000);
        QCOMPARE(run.result.verdict, Verdict::TlsError);
        const auto &bare = run.result.answers[int(http::RequestKind::Bare)];
        QVERIFY(!bare.tlsErrors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
