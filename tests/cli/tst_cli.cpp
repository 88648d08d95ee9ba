// The command line as users and scripts see it: exit statuses, one-line reasons, and the JSON contract
// of PRODUCT.md 3, against the simulator started by the CLI itself.
#include "clirun.h"
#include "core/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using ndes::testing::CliResult;
using ndes::testing::runCli;

class TestCli : public QObject {
    Q_OBJECT

    static CliResult run(const QStringList &args) { return runCli(args, 60000); }

    // Starts `simulate` and returns its URL (and CA file when TLS).
    static bool startSimulator(QProcess &sim, const QString &scenario, bool tls, QString &url, QString &caFile)
    {
        QStringList args{QStringLiteral("simulate"), QStringLiteral("--scenario"), scenario};
        if (tls)
            args << QStringLiteral("--tls");
        sim.start(QStringLiteral(NDES_DOCTOR_BIN), args);
        if (!sim.waitForStarted(10000))
            return false;
        QByteArray out;
        while (out.count('\n') < (tls ? 2 : 1)) {
            if (!sim.waitForReadyRead(30000))
                return false;
            out += sim.readAllStandardOutput();
        }
        const QList<QByteArray> lines = out.split('\n');
        url = QString::fromUtf8(lines.value(0).trimmed());
        if (tls)
            caFile = QString::fromUtf8(lines.value(1).trimmed().mid(int(sizeof("ca-file ") - 1)));
        return true;
    }

    static void stop(QProcess &sim)
    {
        sim.terminate();
        if (!sim.waitForFinished(5000))
            sim.kill();
    }

private Q_SLOTS:
    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not http") << QStringList{QStringLiteral("check-url"), QStringLiteral("ftp://ndes/certsrv/mscep/mscep.dll")} << QStringLiteral("http");
        QTest::newRow("empty host") << QStringList{QStringLiteral("check-url"), QStringLiteral("https:///certsrv/mscep/mscep.dll")} << QStringLiteral("host");
        QTest::newRow("no URL") << QStringList{QStringLiteral("check-url")} << QStringLiteral("URL");
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("check-url"), QStringLiteral("https://h/x"), QStringLiteral("--timeout-ms"), QStringLiteral("soon")} << QStringLiteral("timeout-ms");
        QTest::newRow("missing CA file") << QStringList{QStringLiteral("check-url"), QStringLiteral("https://h/x"), QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")} << QStringLiteral("/nonexistent/ca.pem");
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("simulate"), QStringLiteral("--scenario"), QStringLiteral("nope")} << QStringLiteral("nope");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("scenarios"), QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }

    void scenariosJson()
    {
        const CliResult r = run({QStringLiteral("scenarios"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().keys(), QStringList{QStringLiteral("scenarios")});
        const QJsonArray list = doc.object().value(QStringLiteral("scenarios")).toArray();
        QVERIFY(list.size() >= 11);
        QSet<QString> verdicts;
        for (const QJsonValue &v : list) {
            const QJsonObject s = v.toObject();
            QVERIFY(!s.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(s.contains(QStringLiteral("cause")));
            const QString verdict = s.value(QStringLiteral("verdict")).toString();
            QVERIFY2(ndes::verdictFromId(verdict).has_value(), qPrintable(verdict));
            verdicts.insert(verdict);
        }
        QCOMPARE(verdicts.size(), int(ndes::kAllVerdicts.size())); // every verdict has a scenario
    }

    void checkUrlAgainstSimulator_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("healthy https") << QStringLiteral("healthy") << true << QStringLiteral("ok-403") << 0;
        QTest::newRow("app pool stopped") << QStringLiteral("app-pool-stopped") << false << QStringLiteral("service-unavailable-503") << 1;
        QTest::newRow("RA expired") << QStringLiteral("mscep-ra-expired") << true << QStringLiteral("internal-error-500") << 1;
    }

    void checkUrlAgainstSimulator()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, tls);
        QFETCH(QString, verdict);
        QFETCH(int, exitCode);
        QProcess sim;
        QString url, caFile;
        QVERIFY(startSimulator(sim, scenario, tls, url, caFile));
        QStringList args{QStringLiteral("check-url"), url, QStringLiteral("--json")};
        if (tls)
            args << QStringLiteral("--ca-file") << caFile;
        const CliResult r = run(args);
        stop(sim);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("url"), QStringLiteral("verdict"), QStringLiteral("decidedBy"),
                                QStringLiteral("requests"), QStringLiteral("capabilities"),
                                QStringLiteral("certificates"), QStringLiteral("findings")}));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), verdict);
        const QJsonArray requests = o.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 4);
        QStringList names;
        for (const QJsonValue &v : requests) {
            names << v.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(v.toObject().contains(QStringLiteral("elapsedMs")));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("bare"), QStringLiteral("getcacaps"), QStringLiteral("getcacert"),
                                     QStringLiteral("long-url")}));
        for (const QJsonValue &v : o.value(QStringLiteral("certificates")).toArray()) {
            const QString role = v.toObject().value(QStringLiteral("role")).toString();
            QVERIFY2(QStringList({QStringLiteral("ra-signing"), QStringLiteral("ra-encryption"), QStringLiteral("ca"),
                                  QStringLiteral("other")}).contains(role), qPrintable(role));
        }
        if (scenario == QLatin1String("mscep-ra-expired")) {
            int expired = 0;
            for (const QJsonValue &v : o.value(QStringLiteral("certificates")).toArray())
                expired += v.toObject().value(QStringLiteral("expired")).toBool() ? 1 : 0;
            QCOMPARE(expired, 2);
        }
    }

    void untrustedWithoutCaFile()
    {
        QProcess sim;
        QString url, caFile;
        QVERIFY(startSimulator(sim, QStringLiteral("healthy"), true, url, caFile));
        const CliResult r = run({QStringLiteral("check-url"), url, QStringLiteral("--json")});
        stop(sim);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("verdict")).toString(), QStringLiteral("tls-error"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
