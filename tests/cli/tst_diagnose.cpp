// `ndes-doctor diagnose` as users and scripts see it: for every training scenario the verdict and the cause
// it documents, the fixed top-level keys of PRODUCT.md 3, recorded snapshots and their exit codes, the text
// output in French and English, --live, and bad usage.
#include "clirun.h"
#include "training/scenario.h"

#include <QDir>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ndes::testing::CliResult;
using ndes::testing::runCli;

class TestDiagnose : public QObject {
    Q_OBJECT

    static QStringList keys(const QJsonObject &o)
    {
        QStringList k = o.keys();
        k.sort();
        return k;
    }

private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const ndes::training::Scenario &s : ndes::training::scenarios())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }

    void scenario()
    {
        QFETCH(QString, scenario);
        const auto s = ndes::training::findScenario(scenario);
        QVERIFY(s);
        const CliResult r = runCli({QStringLiteral("diagnose"), QStringLiteral("--scenario"), scenario, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == (isHealthy(s->expectedVerdict) ? 0 : 1), r.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(keys(o), (QStringList{QStringLiteral("cause"), QStringLiteral("checks"), QStringLiteral("mode"),
                                       QStringLiteral("path"), QStringLiteral("verdict")}));
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("training"));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), ndes::verdictId(s->expectedVerdict));
        QCOMPARE(o.value(QStringLiteral("path")).toArray(), QJsonArray{ndes::verdictId(s->expectedVerdict)});
        if (s->cause.isEmpty())
            QVERIFY(o.value(QStringLiteral("cause")).isNull());
        else
            QCOMPARE(o.value(QStringLiteral("cause")).toString(), s->cause);
        for (const QJsonValue &c : o.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            for (const char *key : {"id", "status", "evidence", "remediation"})
                QVERIFY2(check.contains(QLatin1String(key)), key);
        }
    }

    void snapshot()
    {
        const CliResult r = runCli({QStringLiteral("diagnose"), QStringLiteral("--snapshot"),
                              QStringLiteral(NDES_FIXTURES_DIR "/checks/server-503"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("snapshot"));
        QVERIFY(o.value(QStringLiteral("verdict")).isNull());
        QCOMPARE(o.value(QStringLiteral("path")).toArray().size(), 10);
        QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), 12);
        // The stopped pool is a symptom; Windows authentication on CertificateRegistrationSvc is the cause.
        QCOMPARE(o.value(QStringLiteral("cause")).toString(), QStringLiteral("iis.auth.certregsvc"));
    }

    // A snapshot without a URL: the checks alone decide the exit code. The healthy scenario's facts, without
    // its certificate store (whose CRL distribution point only the simulator serves), fail no check.
    void snapshotWithoutFailureExitsZero()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString from = QStringLiteral(NDES_SOURCE_DIR "/resources/scenarios/healthy");
        QDir source(from);
        for (const QString &name : source.entryList(QDir::Files)) {
            if (name == QLatin1String("manifest.json"))
                continue;
            QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
        }
        for (const QString &sub : {QStringLiteral("appcmd.config.auth.certregsvc"), QStringLiteral("file.setupmsi.log"),
                                   QStringLiteral("store.root")}) {
            QVERIFY(QDir(dir.path()).mkdir(sub));
            for (const QString &name : QDir(source.filePath(sub)).entryList(QDir::Files))
                QVERIFY(QFile::copy(source.filePath(sub + QLatin1Char('/') + name), dir.filePath(sub + QLatin1Char('/') + name)));
        }
        QFile manifestIn(source.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestIn.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(manifestIn.readAll()).object();
        QJsonArray facts;
        for (const QJsonValue &f : manifest.value(QStringLiteral("facts")).toArray()) {
            if (f.toObject().value(QStringLiteral("id")).toString() != QLatin1String("store.my"))
                facts.append(f);
        }
        manifest.insert(QStringLiteral("facts"), facts);
        QFile manifestOut(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestOut.open(QIODevice::WriteOnly));
        manifestOut.write(QJsonDocument(manifest).toJson());
        manifestOut.close();

        const CliResult r = runCli({QStringLiteral("diagnose"), QStringLiteral("--snapshot"), dir.path(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("verdict")).isNull());
        QVERIFY(o.value(QStringLiteral("cause")).isNull());
        for (const QJsonValue &c : o.value(QStringLiteral("checks")).toArray())
            QVERIFY(c.toObject().value(QStringLiteral("status")).toString() != QLatin1String("fail"));
    }

    void textInLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Faits issus de"), QStringLiteral("un scénario d’entraînement"),
                                           QStringLiteral("Branches parcourues"), QStringLiteral("Vérifications"),
                                           QStringLiteral("(iis.auth.certregsvc)")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Facts from: a training scenario"), QStringLiteral("Branches walked:"),
                                           QStringLiteral("Checks:"), QStringLiteral("Cause: "),
                                           QStringLiteral("(iis.auth.certregsvc)")};
    }

    void textInLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, words);
        const CliResult r = runCli({QStringLiteral("diagnose"), QStringLiteral("--scenario"), QStringLiteral("app-pool-windows-auth"),
                              QStringLiteral("--lang"), lang});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        for (const QString &w : words)
            QVERIFY2(out.contains(w), qPrintable(w + QStringLiteral(" not in:\n") + out));
        // Sentences, not ids: the check ids appear only in the cause line.
        QVERIFY2(!out.contains(QLatin1String("windows-auth-enabled")), qPrintable(out));
    }

    void live()
    {
#ifdef Q_OS_WIN
        QSKIP("this machine has the live facts");
#else
        const CliResult r = runCli({QStringLiteral("diagnose"), QStringLiteral("--live")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("need Windows")), qPrintable(err));
#endif
    }

    void textSummary()
    {
        const CliResult r = runCli({QStringLiteral("diagnose"), QStringLiteral("--scenario"), QStringLiteral("app-pool-stopped")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("cause    apppool.scep"));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        const QString d = QStringLiteral("diagnose");
        QTest::newRow("nothing") << QStringList{d} << QStringLiteral("exactly one of");
        QTest::newRow("both") << QStringList{d, QStringLiteral("--scenario"), QStringLiteral("healthy"), QStringLiteral("--snapshot"), QStringLiteral("/tmp")}
                              << QStringLiteral("exactly one of");
        QTest::newRow("unknown scenario") << QStringList{d, QStringLiteral("--scenario"), QStringLiteral("no-such")} << QStringLiteral("no-such");
        QTest::newRow("unreadable snapshot") << QStringList{d, QStringLiteral("--snapshot"), QStringLiteral("/nonexistent/snap")}
                                             << QStringLiteral("/nonexistent/snap");
        QTest::newRow("bad lang") << QStringList{d, QStringLiteral("--scenario"), QStringLiteral("healthy"), QStringLiteral("--lang"), QStringLiteral("de")}
                                  << QStringLiteral("--lang");
        QTest::newRow("unknown option") << QStringList{d, QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("live and scenario") << QStringList{d, QStringLiteral("--live"), QStringLiteral("--scenario"), QStringLiteral("healthy")}
                                           << QStringLiteral("exactly one of");
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(reason), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
