#include "facts/parsers/setupmsi.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace ndes::facts;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(NDES_FIXTURES_DIR "/facts/setupmsi/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString utf16ToText(const QByteArray &bytes)
{
    const QByteArray body = bytes.startsWith("\xFF\xFE") ? bytes.mid(2) : bytes;
    return QStringDecoder(QStringDecoder::Utf16LE).decode(body);
}

} // namespace

class TestParserSetupMsi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outcome_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QList<qint64>>("decidingLines");
        QTest::addColumn<QStringList>("signatures");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("complete");

        const QString connector = QStringLiteral("Microsoft Intune Connector");
        const QString v = QStringLiteral("6.1711.4.0");
        struct Row {
            const char *file;
            const char *outcome;
            QList<qint64> deciding;
            QStringList signatures;
            QString product, version;
            bool complete;
        };
        const Row rows[] = {
            {"success-en.log", "success", {10, 15, 16, 17}, {}, connector, v, true},
            {"failure-iis-en.log", "failure", {14, 19, 20, 21}, {QStringLiteral("msi-iis-default-web-site-missing")}, connector, v, true},
            {"failure-fr.log", "failure", {9, 13, 14, 15}, {QStringLiteral("msi-ra-key-bad-provider-type")}, connector, v, true},
            {"cancelled-en.log", "cancelled", {6, 7, 8}, {}, connector, v, true},
            {"status-only-de.log", "failure", {3}, {}, {}, {}, true},
            {"truncated.log", "unknown", {}, {QStringLiteral("msi-iis-default-web-site-missing")}, {}, {}, false},
        };
        for (const Row &r : rows) {
            const QByteArray recorded = fixture(QString::fromLatin1(r.file));
            const QString text = utf16ToText(recorded);
            QTest::addRow("%s, as recorded", r.file) << recorded << QString::fromLatin1(r.outcome) << r.deciding
                                                     << r.signatures << r.product << r.version << r.complete;
            QTest::addRow("%s, utf-8 lf", r.file) << QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).toUtf8()
                                                  << QString::fromLatin1(r.outcome) << r.deciding << r.signatures
                                                  << r.product << r.version << r.complete;
        }
    }

    void outcome()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, outcome);
        QFETCH(QList<qint64>, decidingLines);
        QFETCH(QStringList, signatures);
        QFETCH(QString, product);
        QFETCH(QString, version);
        QFETCH(bool, complete);
        const ndes::Expected<SetupMsiLog> log = parseSetupMsiLog(bytes);
        QVERIFY2(log.hasValue(), qPrintable(log.hasValue() ? QString() : log.error().toString()));
        QCOMPARE(msiOutcomeId(log->outcome), outcome);
        QList<qint64> lines;
        for (const MsiMarkerLine &m : log->deciding) {
            lines.append(m.line);
            QVERIFY(!m.text.isEmpty());
        }
        QCOMPARE(lines, decidingLines);
        QCOMPARE(log->signatures, signatures);
        QCOMPARE(log->productName, product);
        QCOMPARE(log->productVersion, version);
        QVERIFY(log->hasHeader);
        QCOMPARE(log->complete, complete);
    }

    void markerDetails()
    {
        const ndes::Expected<SetupMsiLog> log = parseSetupMsiLog(fixture(QStringLiteral("failure-iis-en.log")));
        QVERIFY(log.hasValue());
        QCOMPARE(log->lines, 22);
        QCOMPARE(log->engineLines, 8);
        // Three HRESULT lines, one custom action exit code, two "Return value 3" (InstallFinalize is not INSTALL),
        // the status line and two MainEngineThread lines.
        int hresults = 0, exitCodes = 0, installEnded = 0;
        for (const MsiMarkerLine &m : log->markers) {
            if (m.kind == MsiMarkerLine::Kind::CustomActionHresult) {
                ++hresults;
                QCOMPARE(m.action, QStringLiteral("WriteIIS7ConfigChanges"));
                QCOMPARE(m.code, Q_INT64_C(0x80070002));
            } else if (m.kind == MsiMarkerLine::Kind::CustomActionExitCode) {
                ++exitCodes;
                QCOMPARE(m.action, QStringLiteral("WriteIIS7ConfigChanges"));
                QCOMPARE(m.code, 1603);
                QCOMPARE(m.line, 12);
            } else if (m.kind == MsiMarkerLine::Kind::InstallActionEnded) {
                ++installEnded;
                QCOMPARE(m.code, 3);
            }
        }
        QCOMPARE(hresults, 3);
        QCOMPARE(exitCodes, 1);
        QCOMPARE(installEnded, 1);
        QCOMPARE(log->deciding.first().text, QStringLiteral("Action ended 16:44:57: INSTALL. Return value 3."));
        QCOMPARE(log->deciding.last().kind, MsiMarkerLine::Kind::MainEngineReturning);
        QCOMPARE(log->deciding.last().code, 1603);
    }

    void lines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("engine exit 3010 is success (reboot)")
            << QStringLiteral("MSI (s) (C4:48) [16:44:57:895]: MainEngineThread is returning 3010") << QStringLiteral("success");
        QTest::newRow("engine exit 1641 is success (reboot started)")
            << QStringLiteral("MSI (s) (C4:48) [16:44:57:895]: MainEngineThread is returning 1641") << QStringLiteral("success");
        QTest::newRow("engine exit 1602 is cancel")
            << QStringLiteral("MSI (s) (C4:48) [16:44:57:895]: MainEngineThread is returning 1602") << QStringLiteral("cancelled");
        QTest::newRow("engine exit 1618 is failure")
            << QStringLiteral("MSI (s) (C4:48) [16:44:57:895]: MainEngineThread is returning 1618") << QStringLiteral("failure");
        QTest::newRow("INSTALL return value 0 says nothing")
            << QStringLiteral("=== x ===\nAction ended 16:44:57: INSTALL. Return value 0.") << QStringLiteral("unknown");
        QTest::newRow("action start is not a result")
            << QStringLiteral("=== x ===\nAction start 16:44:57: INSTALL.") << QStringLiteral("unknown");
        QTest::newRow("other action failing is not the result")
            << QStringLiteral("=== x ===\nAction ended 16:44:57: InstallFinalize. Return value 3.") << QStringLiteral("unknown");
        QTest::newRow("English words without numbers")
            << QStringLiteral("MSI (s) (C4:48) [16:44:57:880]: Product: X -- Installation failed.") << QStringLiteral("unknown");
        QTest::newRow("INSTALL wins over the engine exit code")
            << QStringLiteral("Action ended 16:44:57: INSTALL. Return value 1.\r\n"
                              "MSI (c) (A0:B4) [16:44:57:911]: MainEngineThread is returning 1603")
            << QStringLiteral("success");
    }

    void lines()
    {
        QFETCH(QString, text);
        QFETCH(QString, outcome);
        const ndes::Expected<SetupMsiLog> log = parseSetupMsiLog(text.toUtf8());
        QVERIFY(log.hasValue());
        QCOMPARE(msiOutcomeId(log->outcome), outcome);
    }

    void notALog()
    {
        QVERIFY(!parseSetupMsiLog("<html><body>hello</body></html>").hasValue());
        const ndes::Expected<SetupMsiLog> empty = parseSetupMsiLog(QByteArray());
        QVERIFY(empty.hasValue());
        QCOMPARE(empty->outcome, MsiOutcome::Unknown);
        QVERIFY(!empty->hasHeader);
    }
};

QTEST_GUILESS_MAIN(TestParserSetupMsi)
#include "tst_parser_setupmsi.moc"
