// `ndes-doctor read-device-log` as scripts see it: exit statuses, one-line reasons naming the file, the text
// form and the JSON contract of PRODUCT.md 3, over the traces of tests/fixtures/device.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ndes::testing::CliResult;
using ndes::testing::runCli;

class TestDeviceLogCli : public QObject {
    Q_OBJECT

    static CliResult run(const QStringList &args)
    {
        return runCli(QStringList{QStringLiteral("read-device-log")} + args);
    }

    static QString fixture(const QString &name)
    {
        return QStringLiteral(NDES_FIXTURES_DIR "/device/") + name;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile empty(m_dir.filePath(QStringLiteral("empty.log")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        QVERIFY(ndes::testing::writeRandomFile(m_dir.filePath(QStringLiteral("photo.heic")), 128 * 1024, 11));
        QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("The certificate does not install on my phone.\n");
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QTest::newRow("no file") << QStringList() << QStringLiteral("needs a device log");
        QTest::newRow("two files") << QStringList{notes, notes} << QStringLiteral("one file");
        QTest::newRow("missing file") << QStringList{m_dir.filePath(QStringLiteral("OMADM.log"))}
                                      << m_dir.filePath(QStringLiteral("OMADM.log"));
        QTest::newRow("folder") << QStringList{m_dir.path()} << m_dir.path();
        QTest::newRow("empty") << QStringList{m_dir.filePath(QStringLiteral("empty.log"))}
                               << QStringLiteral("not a recognised device log: ") + m_dir.filePath(QStringLiteral("empty.log"));
        QTest::newRow("binary") << QStringList{m_dir.filePath(QStringLiteral("photo.heic"))}
                                << QStringLiteral("not a recognised device log: ") + m_dir.filePath(QStringLiteral("photo.heic"));
        QTest::newRow("not a device log") << QStringList{notes} << QStringLiteral("not a recognised device log: ") + notes;
        QTest::newRow("IIS log") << QStringList{QStringLiteral(NDES_FIXTURES_DIR "/iis/u_ex240311.log")}
                                 << QStringLiteral("not a recognised device log: ");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), notes} << QStringLiteral("frobnicate");
#ifdef Q_OS_LINUX
        QTest::newRow("read error") << QStringList{QStringLiteral("/proc/self/mem")} << QStringLiteral("cannot read the file: /proc/self/mem");
#endif
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        for (const bool json : {false, true}) {
            const CliResult r = run(json ? QStringList(args) << QStringLiteral("--json") : args);
            QCOMPARE(r.exitCode, 2);
            const QString err = QString::fromUtf8(r.err).trimmed();
            QCOMPARE(err.count(QLatin1Char('\n')), 0);
            QVERIFY2(err.contains(mentions), qPrintable(err));
            QVERIFY(r.out.isEmpty());
        }
    }

    void traces_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("reached");
        QTest::addColumn<QString>("failureStage");
        QTest::addColumn<int>("failureLine");
        QTest::newRow("android installed") << "android/success-OMADM.log" << 0 << "android" << "installed" << "" << 0;
        QTest::newRow("android 403") << "android/fail-403-OMADM.log" << 1 << "android" << "ndes-contacted" << "getcacaps-ok" << 4;
        QTest::newRow("ios installed (RTF)") << "ios/success-textedit.rtf" << 0 << "ios" << "installed" << "" << 0;
        QTest::newRow("ios RA invalid") << "ios/fail-ra-invalid-console.txt" << 1 << "ios" << "ndes-contacted" << "getcacert-ok" << 4;
        QTest::newRow("windows installed") << "windows/success-wevtutil.xml" << 0 << "windows" << "installed" << "" << 0;
        QTest::newRow("windows 307, French, UTF-16") << "windows/fail-307-eventviewer-fr.txt" << 1 << "windows" << "csr-sent"
                                                     << "certrep" << 23;
    }

    void traces()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, platform);
        QFETCH(QString, reached);
        QFETCH(QString, failureStage);
        QFETCH(int, failureLine);

        const CliResult json = run({fixture(file), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, exitCode);
        QVERIFY(json.err.isEmpty());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("platform"), QStringLiteral("ndesUrl"), QStringLiteral("stages"),
                                QStringLiteral("reached"), QStringLiteral("failure")}));
        QCOMPARE(o.value(QStringLiteral("platform")).toString(), platform);
        QCOMPARE(o.value(QStringLiteral("reached")).toString(), reached);
        QVERIFY(o.value(QStringLiteral("ndesUrl")).toString().startsWith(QLatin1String("https://")));
        QVERIFY(!o.value(QStringLiteral("ndesUrl")).toString().contains(QLatin1Char('?')));
        const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
        QStringList ids;
        for (const QJsonValue &s : stages) {
            ids << s.toObject().value(QStringLiteral("stage")).toString();
            QVERIFY(s.toObject().value(QStringLiteral("reached")).isBool());
            for (const QJsonValue &e : s.toObject().value(QStringLiteral("evidence")).toArray()) {
                QVERIFY(e.toObject().value(QStringLiteral("line")).toInt() > 0);
                QVERIFY(!e.toObject().value(QStringLiteral("text")).toString().isEmpty());
            }
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("profile-received"), QStringLiteral("ndes-contacted"),
                                   QStringLiteral("getcacaps-ok"), QStringLiteral("getcacert-ok"), QStringLiteral("csr-sent"),
                                   QStringLiteral("certrep"), QStringLiteral("installed")}));
        if (failureStage.isEmpty()) {
            QVERIFY(o.value(QStringLiteral("failure")).isNull());
        } else {
            const QJsonObject f = o.value(QStringLiteral("failure")).toObject();
            QCOMPARE(f.value(QStringLiteral("stage")).toString(), failureStage);
            QCOMPARE(f.value(QStringLiteral("line")).toInt(), failureLine);
            QVERIFY(!f.value(QStringLiteral("text")).toString().isEmpty());
        }
        // The PKIOperation message never comes out.
        QVERIFY(!json.out.contains("MIAGCSqGSIb3"));

        const CliResult text = run({fixture(file)});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY(text.out.contains("reached   " + reached.toUtf8()));
        QVERIFY(text.out.contains(platform.toUtf8()));
        if (!failureStage.isEmpty())
            QVERIFY(text.out.contains("failure   " + failureStage.toUtf8()));
        else
            QVERIFY(text.out.contains("failure   none"));
        QVERIFY(!text.out.contains("MIAGCSqGSIb3"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceLogCli)
#include "tst_devicelog.moc"
