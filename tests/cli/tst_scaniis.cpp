// `ndes-doctor scan-iis-logs` as scripts see it: exit statuses, one-line reasons naming the path, and the
// JSON contract of PRODUCT.md 3, over the fixtures of tests/fixtures/iis.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ndes::testing::CliResult;
using ndes::testing::runCli;

class TestScanIis : public QObject {
    Q_OBJECT

    static CliResult run(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("scan-iis-logs")} + args);
    }

    static QString fixture(const QString &name = QString())
    {
        return QStringLiteral(NDES_FIXTURES_DIR "/iis/") + name;
    }

    static QStringList findingIds(const QJsonObject &o)
    {
        QStringList ids;
        for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
            ids << f.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("notes")));
        QFile notes(m_dir.filePath(QStringLiteral("notes/readme.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a log\n");
        QVERIFY(ndes::testing::writeRandomFile(m_dir.filePath(QStringLiteral("memory.dmp")), 512 * 1024, 3));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no path") << QStringList() << QStringLiteral("at least one");
        QTest::newRow("missing file") << QStringList{m_dir.filePath(QStringLiteral("u_ex240301.log"))} << m_dir.filePath(QStringLiteral("u_ex240301.log"));
        QTest::newRow("missing among good ones") << QStringList{fixture(QStringLiteral("u_ex240311.log")), QStringLiteral("/nonexistent/W3SVC1")} << QStringLiteral("/nonexistent/W3SVC1");
        QTest::newRow("empty folder") << QStringList{m_dir.filePath(QStringLiteral("empty"))} << m_dir.filePath(QStringLiteral("empty"));
        QTest::newRow("folder without logs") << QStringList{m_dir.filePath(QStringLiteral("notes"))} << m_dir.filePath(QStringLiteral("notes"));
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), fixture()} << QStringLiteral("frobnicate");
#ifdef Q_OS_LINUX
        QTest::newRow("read error") << QStringList{QStringLiteral("/proc/self/mem")} << QStringLiteral("/proc/self/mem");
#endif
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliResult r = run(args << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }

    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("findings");
        QTest::newRow("healthy") << QStringList{fixture(QStringLiteral("u_ex240311.log"))} << 0 << QStringList();
        QTest::newRow("info only") << QStringList{fixture(QStringLiteral("software-only.log"))} << 0 << QStringList{QStringLiteral("iis.headerless")};
        QTest::newRow("impersonation") << QStringList{fixture(QStringLiteral("u_ex240314.log"))} << 1
                                       << QStringList{QStringLiteral("iis.impersonation-1346"), QStringLiteral("iis.headerless"), QStringLiteral("iis.bad-lines")};
        QTest::newRow("pool offline") << QStringList{fixture(QStringLiteral("httperr1.log"))} << 1
                                      << QStringList{QStringLiteral("httperr.scep-pool-offline"), QStringLiteral("iis.url-too-long"),
                                                     QStringLiteral("httperr.scep-503"), QStringLiteral("httperr.scep-worker-crash")};
        QTest::newRow("wrong site") << QStringList{fixture(QStringLiteral("u_ex240317.log"))} << 1 << QStringList{QStringLiteral("iis.no-scep-traffic")};
        QTest::newRow("binary file") << QStringList{m_dir.filePath(QStringLiteral("memory.dmp"))} << 1
                                     << QStringList{QStringLiteral("iis.no-scep-traffic"), QStringLiteral("iis.not-a-w3c-log"), QStringLiteral("iis.bad-lines")};
    }

    void exitStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, findings);
        const CliResult json = run(QStringList(args) << QStringLiteral("--json"));
        QCOMPARE(json.exitCode, exitCode);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList ids = findingIds(o);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(findings.cbegin(), findings.cend()));

        const CliResult text = run(args);
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY(text.out.contains("SCEP"));
        for (const QString &id : findings)
            QVERIFY2(text.out.contains(id.toUtf8()), qPrintable(id));
    }

    void folderJson()
    {
        const CliResult r = run({fixture(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("files"), QStringLiteral("lines"), QStringLiteral("badLines"),
                                QStringLiteral("scep"), QStringLiteral("findings")}));
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), QDir(fixture()).entryList({QStringLiteral("*.log")}, QDir::Files).size());
        // Newest first: the dated names, most recent day at the top.
        QStringList dated;
        for (const QJsonValue &f : files) {
            const QString name = QFileInfo(f.toObject().value(QStringLiteral("path")).toString()).fileName();
            if (name.startsWith(QLatin1String("u_ex")))
                dated << name;
        }
        QCOMPARE(dated.first(), QStringLiteral("u_ex240317.log"));
        QCOMPARE(dated.last(), QStringLiteral("u_ex240311.log"));

        const QJsonObject scep = o.value(QStringLiteral("scep")).toObject();
        QVERIFY(scep.value(QStringLiteral("total")).toInteger() > 0);
        QCOMPARE(scep.value(QStringLiteral("byOperation")).toObject().keys(),
                 (QStringList{QStringLiteral("GetCACaps"), QStringLiteral("GetCACert"), QStringLiteral("PKIOperation-GET"),
                              QStringLiteral("PKIOperation-POST"), QStringLiteral("none"), QStringLiteral("other")}));
        const QJsonArray samples = o.value(QStringLiteral("badLines")).toObject().value(QStringLiteral("samples")).toArray();
        QVERIFY(!samples.isEmpty());
        QVERIFY(samples.first().toObject().value(QStringLiteral("at")).toString().contains(QRegularExpression(QStringLiteral("\\.log:\\d+$"))));
        for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray()) {
            const QString severity = f.toObject().value(QStringLiteral("severity")).toString();
            QVERIFY2(QStringList({QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")}).contains(severity), qPrintable(severity));
        }
        // The PKIOperation messages of the fixtures never come out.
        QVERIFY(!r.out.contains("MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgMFADCABgkq"));
        QVERIFY(r.out.contains("message=<redacted>"));
    }
};

QTEST_GUILESS_MAIN(TestScanIis)
#include "tst_scaniis.moc"
