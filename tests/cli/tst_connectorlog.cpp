// `ndes-doctor read-connector-log` as scripts see it: exit statuses (0 nothing wrong, 1 a problem, 2 unreadable),
// one-line reasons naming the path, and the JSON keys, over the fixtures of tests/fixtures/connector.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ndes::testing::CliResult;
using ndes::testing::runCli;

class TestConnectorLogCli : public QObject {
    Q_OBJECT

    static CliResult run(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("read-connector-log")} + args);
    }

    static QString fixture(const QString &name = QString())
    {
        return QStringLiteral(NDES_FIXTURES_DIR "/connector/") + name;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
        QFile empty(m_dir.filePath(QStringLiteral("NDESPlugin.log")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(ndes::testing::writeRandomFile(m_dir.filePath(QStringLiteral("trace.svclog")), 64 * 1024, 11));
    }

    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions"); // on stderr, for exit status 2

        QTest::newRow("plugin success") << QStringList{fixture(QStringLiteral("ndesplugin-success.log"))} << 0 << QString();
        QTest::newRow("svclog success") << QStringList{fixture(QStringLiteral("crp-success.svclog"))} << 0 << QString();
        QTest::newRow("events success") << QStringList{fixture(QStringLiteral("events-success.xml"))} << 0 << QString();
        QTest::newRow("svclog without requests") << QStringList{fixture(QStringLiteral("ndesconnector.svclog"))} << 0 << QString();
        QTest::newRow("403 page") << QStringList{fixture(QStringLiteral("ndesplugin-403.log"))} << 1 << QString();
        QTest::newRow("12175") << QStringList{fixture(QStringLiteral("ndesplugin-12175.log")), QStringLiteral("--json")} << 1
                               << QString();
        QTest::newRow("signing certificate") << QStringList{fixture(QStringLiteral("crp-signing-cert.svclog"))} << 1 << QString();
        QTest::newRow("event 4005") << QStringList{fixture(QStringLiteral("events-verify-failure-fr.xml"))} << 1 << QString();
        QTest::newRow("folder") << QStringList{fixture()} << 1 << QString();
        QTest::newRow("no path") << QStringList() << 2 << QStringLiteral("at least one");
        QTest::newRow("missing file") << QStringList{m_dir.filePath(QStringLiteral("missing.log"))} << 2
                                      << m_dir.filePath(QStringLiteral("missing.log"));
        QTest::newRow("empty file") << QStringList{m_dir.filePath(QStringLiteral("NDESPlugin.log"))} << 2
                                    << QStringLiteral("empty");
        QTest::newRow("binary file") << QStringList{m_dir.filePath(QStringLiteral("trace.svclog"))} << 2
                                     << QStringLiteral("not a text file");
        QTest::newRow("folder without logs") << QStringList{m_dir.filePath(QStringLiteral("empty"))} << 2
                                             << m_dir.filePath(QStringLiteral("empty"));
        QTest::newRow("bad option") << QStringList{QStringLiteral("--frobnicate"), fixture(QStringLiteral("crp-success.svclog"))}
                                    << 2 << QStringLiteral("frobnicate");
    }

    void exitStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2) {
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            const QString err = QString::fromUtf8(r.err).trimmed();
            QCOMPARE(err.count(QLatin1Char('\n')), 0);
            QVERIFY2(err.contains(mentions), qPrintable(err));
        } else {
            QVERIFY(!r.out.isEmpty());
        }
    }

    void json()
    {
        const CliResult r = run({fixture(QStringLiteral("ndesplugin-403.log")), fixture(QStringLiteral("crp-signing-cert.svclog")),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("files"), QStringLiteral("findings"), QStringLiteral("stages")}));

        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ndesplugin"));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("svclog"));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("records")).toInt(), 3);

        QStringList ids;
        for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            ids << f.value(QStringLiteral("id")).toString();
            QVERIFY(f.contains(QStringLiteral("severity")));
            QVERIFY(f.contains(QStringLiteral("file")));
            QVERIFY(f.value(QStringLiteral("evidence")).toObject().contains(QStringLiteral("at")));
            QVERIFY(f.value(QStringLiteral("remediation")).toString().startsWith(QLatin1String("connector-verify#")));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("connector.verify-403"), QStringLiteral("connector.signing-cert-missing")}));

        const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 1);
        const QJsonObject s = stages.first().toObject();
        QCOMPARE(s.value(QStringLiteral("stage")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("finding")).toString(), QStringLiteral("connector.signing-cert-missing"));
    }

    void text()
    {
        const CliResult r = run({fixture(QStringLiteral("ndesplugin-false.log"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("connector.challenge-rejected"));
        QVERIFY(r.out.contains("fix=connector-verify#cause-challenge-rejected"));
        QVERIFY(!r.out.contains("5F3A9C1D7E2B4A60"));
    }
};

QTEST_GUILESS_MAIN(TestConnectorLogCli)
#include "tst_connectorlog.moc"
