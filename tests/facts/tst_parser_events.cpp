#include "facts/parsers/events.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace ndes::facts;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(NDES_FIXTURES_DIR "/facts/events/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

enum class Variant { AsIs, Utf16LeBom, Utf16Le, Lf };

QByteArray transform(const QByteArray &utf8, Variant v)
{
    const QString text = QString::fromUtf8(utf8);
    switch (v) {
    case Variant::AsIs: return utf8;
    case Variant::Utf16LeBom: return QByteArray("\xFF\xFE") + QStringEncoder(QStringEncoder::Utf16LE).encode(text);
    case Variant::Utf16Le: return QStringEncoder(QStringEncoder::Utf16LE).encode(text);
    case Variant::Lf: return QByteArray(utf8).replace("\r\n", "\n");
    }
    return utf8;
}

EventLog parse(const QByteArray &bytes)
{
    ndes::Expected<EventLog> log = parseWevtutilXml(bytes);
    if (!log)
        qFatal("parse failed: %s", qPrintable(log.error().toString()));
    return std::move(log).value();
}

} // namespace

class TestParserEvents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("crashes");
        QTest::addColumn<QString>("connector");
        QTest::addColumn<int>("badLine");   // 0: no bad record
        QTest::addColumn<int>("cutLine");   // 0: not truncated
        const QString allScep = QStringLiteral(
            "scep-request-success,scep-request-issued-failure,scep-request-upload-failure,scep-request-received,"
            "scep-verify-success,scep-verify-failure,scep-issued-success,scep-issued-failure,scep-notify-success,"
            "scep-notify-attempt-failed,scep-notify-save-to-disk-failed");
        struct File {
            const char *name;
            int events, crashes;
            QString connector;
            int badLine, cutLine;
        };
        const File files[] = {
            {"w3wp-crash-named.xml", 3, 1, {}, 0, 0},
            {"w3wp-crash-positional.xml", 2, 1, {}, 0, 0},
            {"connector.xml", 13, 0, allScep, 0, 0},
            {"userdata-rooted.xml", 2, 0, {}, 0, 0},
            {"truncated.xml", 2, 2, {}, 0, 3},
            {"malformed-record.xml", 2, 2, {}, 2, 0},
        };
        const std::pair<Variant, const char *> variants[] = {
            {Variant::AsIs, "as recorded"}, {Variant::Utf16LeBom, "utf-16le bom"},
            {Variant::Utf16Le, "utf-16le no bom"}, {Variant::Lf, "lf"}};
        for (const File &f : files) {
            const QByteArray bytes = fixture(QString::fromLatin1(f.name));
            for (const auto &[v, label] : variants) {
                QTest::addRow("%s, %s", f.name, label)
                    << transform(bytes, v) << f.events << f.crashes << f.connector << f.badLine << f.cutLine;
            }
        }
    }

    void files()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, events);
        QFETCH(int, crashes);
        QFETCH(QString, connector);
        QFETCH(int, badLine);
        QFETCH(int, cutLine);
        const EventLog log = parse(bytes);
        QCOMPARE(log.events.size(), events);
        int crashCount = 0;
        QStringList ids;
        for (const EventRecord &e : log.events) {
            crashCount += isW3wpCrash(e);
            if (const QString id = connectorEvent(e); !id.isEmpty())
                ids.append(id);
        }
        QCOMPARE(crashCount, crashes);
        QCOMPARE(ids.join(QLatin1Char(',')), connector);
        QCOMPARE(log.badRecords.size(), badLine ? 1 : 0);
        if (badLine) {
            QCOMPARE(log.badRecords.first().line, badLine);
            QVERIFY(!log.badRecords.first().reason.isEmpty());
        }
        QCOMPARE(log.truncation.has_value(), cutLine != 0);
        if (cutLine) {
            QCOMPARE(log.truncation->line, cutLine);
            QCOMPARE(log.truncation->column, 1);
            QVERIFY(log.truncation->offset > 0);
            QVERIFY2(log.truncation->reason.contains(QStringLiteral("at line %1 column ").arg(cutLine)),
                     qPrintable(log.truncation->reason));
        }
    }

    void namedFields()
    {
        const EventLog log = parse(fixture(QStringLiteral("w3wp-crash-named.xml")));
        const EventRecord &e = log.events.at(0);
        QCOMPARE(e.provider, QStringLiteral("Application Error"));
        QCOMPARE(e.eventId, 1000);
        QCOMPARE(e.qualifiers, std::optional<int>(0));
        QCOMPARE(e.level, 2);
        QCOMPARE(e.task, 100);
        QCOMPARE(e.recordId, 51234);
        QCOMPARE(e.timeCreatedRaw, QStringLiteral("2024-03-01T08:15:42.1234567Z"));
        QCOMPARE(e.timeCreated, QDateTime(QDate(2024, 3, 1), QTime(8, 15, 42, 123), Qt::UTC));
        QCOMPARE(e.computer, QStringLiteral("NDES01.contoso.local"));
        QCOMPARE(e.channel, QStringLiteral("Application"));
        QCOMPARE(e.line, 1);
        QCOMPARE(e.data.size(), 15);
        QCOMPARE(e.dataValue(QStringLiteral("appname")), QStringLiteral("w3wp.exe"));
        QCOMPARE(e.dataValue(QStringLiteral("ProcessId")), QStringLiteral("0x1a2c"));
        QCOMPARE(e.dataValue(QStringLiteral("AppPath")), QStringLiteral("c:\\windows\\system32\\inetsrv\\w3wp.exe"));
        QVERIFY(e.dataValue(QStringLiteral("PackageFullName")).isEmpty());
        QVERIFY(e.dataValue(QStringLiteral("NoSuchName")).isNull());
        // Windows Error Reporting names W3WP.EXE in its data but is not the crash event.
        QCOMPARE(log.events.at(1).eventId, 1001);
        QVERIFY(!isW3wpCrash(log.events.at(1)));
        QCOMPARE(log.events.at(2).line, 3);
    }

    void positionalFields()
    {
        const EventLog log = parse(fixture(QStringLiteral("w3wp-crash-positional.xml")));
        const EventRecord &e = log.events.at(0);
        QCOMPARE(e.timeCreated, QDateTime(QDate(2020, 2, 18), QTime(2, 52, 37, 121), Qt::UTC));
        QCOMPARE(e.data.size(), 15);
        QVERIFY(e.data.at(0).name.isEmpty());
        QCOMPARE(e.dataAt(0), QStringLiteral("W3WP.EXE"));
        QCOMPARE(e.dataAt(6), QStringLiteral("e0434352"));
        QVERIFY(e.dataAt(15).isNull());
        QVERIFY(isW3wpCrash(e));
        QVERIFY(!isW3wpCrash(log.events.at(1)));
    }

    void connectorFields()
    {
        const EventLog log = parse(fixture(QStringLiteral("connector.xml")));
        const EventRecord &first = log.events.at(0);
        QCOMPARE(first.eventId, 4000);
        QVERIFY(!first.qualifiers.has_value());
        QCOMPARE(first.channel, QStringLiteral("Microsoft-Intune-CertificateConnectors/Operational"));
        QCOMPARE(first.providerGuid, QStringLiteral("{B8D2B4A0-6C2E-4E0B-9F1A-2D3C4E5F6A7B}"));
        QCOMPARE(first.userSid, QStringLiteral("S-1-5-18"));
        QVERIFY(first.dataValue(QStringLiteral("Message")).startsWith(QStringLiteral("ScepRequestProcessing\r\nTransactionId: ")));
        const EventRecord &received = log.events.at(3);
        QCOMPARE(connectorEvent(received), QStringLiteral("scep-request-received"));
        QCOMPARE(received.dataValue(QStringLiteral("Message")),
                 QStringLiteral("Request received.\nCallerInfo: CertificateRegistrationSvc\n"
                                "Thumbprint: 1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D"));
        QCOMPARE(log.events.at(10).level, 2);
        QCOMPARE(connectorEvent(log.events.at(10)), QStringLiteral("scep-notify-save-to-disk-failed"));
        QVERIFY(connectorEvent(log.events.at(11)).isNull()); // PKCS 1000
        QVERIFY(connectorEvent(log.events.at(12)).isNull()); // CAPI2 4001
    }

    void userData()
    {
        const EventLog log = parse(fixture(QStringLiteral("userdata-rooted.xml")));
        const EventRecord &cleared = log.events.at(0);
        QCOMPARE(cleared.line, 2);
        QVERIFY(cleared.data.isEmpty());
        QCOMPARE(cleared.userData.size(), 6);
        QCOMPARE(cleared.userData.at(1).name, QStringLiteral("LogFileCleared/SubjectUserName"));
        QCOMPARE(cleared.userData.at(1).value, QStringLiteral("Administrateur"));
        QCOMPARE(cleared.userData.at(5).name, QStringLiteral("LogFileCleared/BackupPath"));
        QVERIFY(cleared.userData.at(5).value.isEmpty());
        const EventRecord &msi = log.events.at(1);
        QCOMPARE(msi.provider, QStringLiteral("MsiInstaller"));
        QCOMPARE(msi.eventId, 11708);
        QCOMPARE(msi.dataAt(0), QStringLiteral("Produit : Microsoft Intune Connector -- L\u2019installation a \u00e9chou\u00e9."));
    }

    void edges_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("bad");
        QTest::addColumn<bool>("cut");
        QTest::newRow("empty") << QByteArray() << true << 0 << 0 << false;
        QTest::newRow("whitespace") << QByteArray("\r\n  \r\n") << true << 0 << 0 << false;
        QTest::newRow("not xml") << QByteArray("Event[0]:\r\n  Log Name: Application\r\n") << false << 0 << 0 << false;
        QTest::newRow("empty events root") << QByteArray("<Events></Events>") << false << 0 << 0 << false;
        QTest::newRow("bare tag at the end") << QByteArray("<Event") << true << 0 << 0 << true;
        QTest::newRow("self-closed event") << QByteArray("<Event/>") << true << 1 << 0 << false;
        QTest::newRow("xml declaration") << QByteArray("<?xml version='1.0'?><Event><System><EventID>7</EventID></System></Event>")
                                         << true << 1 << 0 << false;
        QTest::newRow("extra close between events")
            << QByteArray("<Event><System><EventID>1</EventID></System></Event></x>\n<Event></Event>") << true << 2 << 0 << false;
        QTest::newRow("unclosed, then another") << QByteArray("<Event><System>\n<Event></Event>") << true << 1 << 1 << false;
    }

    void edges()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(int, events);
        QFETCH(int, bad);
        QFETCH(bool, cut);
        const ndes::Expected<EventLog> log = parseWevtutilXml(bytes);
        QCOMPARE(log.hasValue(), ok);
        if (!ok)
            return;
        QCOMPARE(log->events.size(), events);
        QCOMPARE(log->badRecords.size(), bad);
        QCOMPARE(log->truncation.has_value(), cut);
    }
};

QTEST_GUILESS_MAIN(TestParserEvents)
#include "tst_parser_events.moc"
