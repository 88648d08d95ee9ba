// The connector log reader (diagnostics/logs/connector) on the fixtures of tests/fixtures/connector, on the same
// logs re-encoded and cut at every place, and on bad input: empty, binary, non-UTF-8, truncated, huge.
#include "logs/connector/connectorlog.h"
#include "logs/connector/connectorlog_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ndes;
using namespace ndes::logs::connector;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NDES_FIXTURES_DIR "/connector/") + name;
}

QByteArray readFixture(const QString &name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList ids(const ConnectorReport &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << f.id;
    return out;
}

const Finding *find(const ConnectorReport &r, const QString &id)
{
    for (const Finding &f : r.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

// "3:reached:2/0 6:failed:1/1" : stage, state, succeeded/failed.
QString stagesText(const QList<StageSeen> &stages)
{
    QStringList parts;
    for (const StageSeen &s : stages)
        parts << QStringLiteral("%1:%2:%3/%4").arg(s.stage).arg(stageStateId(s.state)).arg(s.succeeded).arg(s.failed);
    return parts.join(QLatin1Char(' '));
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

const QString kPluginText = QStringLiteral(
    "09:00:01 [4120] Calling VerifyRequest ...\n"
    "09:00:01 [4120] Sending request to certificate registration point.\n"
    "09:00:02 [4120] Verify challenge returns true\n"
    "09:00:02 [4120] Exiting VerifyRequest with 0x0\n"
    "09:00:03 [4121] Calling Notifyrequest ...\n"
    "09:00:03 [4121] Sending request to certificate registration point.\n"
    "09:00:04 [4121] Exiting Notify with 0x80072ee2\n"
    "09:00:05 [4120] Calling VerifyRequest ...\n"
    "09:00:05 [4120] Sending request to certificate registration point.\n"
    "09:00:06 [4120] WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID\n"
    "09:00:06 [4120] Failed to send http request /CertificateRegistrationSvc/Certificate/VerifyRequest. Error 12175\n"
    "09:00:06 [4120] Exiting VerifyRequest with 0x80072f8f\n");

} // namespace

class TestConnectorLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QString>("stages");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("badRecords");

        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromLatin1(i);
            return out;
        };
        QTest::newRow("plugin success utf16") << "ndesplugin-success.log" << "ndesplugin" << QStringList()
                                              << "3:reached:2/0 6:reached:2/0" << qint64(15) << qint64(0);
        QTest::newRow("plugin success no prefix") << "ndesplugin-success-noprefix.log" << "ndesplugin" << QStringList()
                                                  << "3:reached:1/0 6:reached:1/0" << qint64(7) << qint64(0);
        QTest::newRow("plugin 403 page") << "ndesplugin-403.log" << "ndesplugin" << l({"connector.verify-403"})
                                         << "3:failed:0/1" << qint64(4) << qint64(0);
        QTest::newRow("plugin 403 then ok") << "ndesplugin-403-then-ok.log" << "ndesplugin" << l({"connector.verify-403"})
                                            << "3:reached:1/1" << qint64(7) << qint64(0);
        QTest::newRow("plugin 12175") << "ndesplugin-12175.log" << "ndesplugin" << l({"connector.tls-12175"})
                                      << "3:failed:0/1" << qint64(5) << qint64(0);
        QTest::newRow("plugin false, notify fails")
            << "ndesplugin-false.log" << "ndesplugin" << l({"connector.challenge-rejected", "connector.notify-failed"})
            << "3:failed:0/1 6:failed:0/1" << qint64(8) << qint64(0);
        QTest::newRow("plugin stops after sending") << "ndesplugin-stops.log" << "ndesplugin" << l({"connector.no-answer"})
                                                    << "3:started:1/0 6:reached:1/0" << qint64(9) << qint64(0);
        QTest::newRow("plugin windows-1252") << "ndesplugin-cp1252.log" << "ndesplugin" << QStringList()
                                             << "3:reached:1/0" << qint64(6) << qint64(0);
        QTest::newRow("svclog success, no newline") << "crp-success.svclog" << "svclog" << QStringList()
                                                    << "3:reached:1/0" << qint64(4) << qint64(0);
        QTest::newRow("svclog signing certificate")
            << "crp-signing-cert.svclog" << "svclog" << l({"connector.signing-cert-missing"}) << "3:failed:0/1"
            << qint64(3) << qint64(0);
        QTest::newRow("svclog exception, then phase 3 false")
            << "crp-phase-false.svclog" << "svclog"
            << l({"connector.cert-context-invalid", "connector.validation-phase-failed", "connector.trace-errors"})
            << "3:failed:0/2" << qint64(8) << qint64(0);
        QTest::newRow("svclog unclosed records") << "crp-unclosed.svclog" << "svclog" << l({"connector.bad-records"})
                                                 << "3:reached:1/0" << qint64(6) << qint64(2);
        QTest::newRow("svclog of the connector service") << "ndesconnector.svclog" << "svclog"
                                                         << l({"connector.no-requests"}) << "" << qint64(2) << qint64(0);
        QTest::newRow("events success") << "events-success.xml" << "connector-events" << l({"connector.events-summary"})
                                        << "3:reached:1/0 4:reached:1/0 6:reached:1/0" << qint64(5) << qint64(0);
        QTest::newRow("events verify failure, French, newest first")
            << "events-verify-failure-fr.xml" << "connector-events"
            << l({"connector.scep-verify-failure", "connector.events-summary"}) << "3:failed:1/1" << qint64(3) << qint64(0);
        QTest::newRow("events issue and notify failures")
            << "events-issue-notify-failed.xml" << "connector-events"
            << l({"connector.scep-issued-failure", "connector.scep-notify-attempt-failed",
                  "connector.scep-notify-save-to-disk-failed", "connector.events-summary"})
            << "3:reached:1/0 4:failed:0/1 6:failed:0/3" << qint64(7) << qint64(0);
        QTest::newRow("events truncated") << "events-truncated.xml" << "connector-events"
                                          << l({"connector.events-summary", "connector.bad-records"})
                                          << "3:reached:1/0" << qint64(3) << qint64(1);
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QStringList, findings);
        QFETCH(QString, stages);
        QFETCH(qint64, records);
        QFETCH(qint64, badRecords);

        const Expected<ConnectorReport> report = readConnectorLog(fixture(file));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(logKindId(report->kind), kind);
        QCOMPARE(ids(*report), findings);
        QCOMPARE(stagesText(report->stages), stages);
        QCOMPARE(report->records, records);
        QCOMPARE(report->badRecords, badRecords);
        QCOMPARE(report->file, fixture(file));

        // The same bytes from memory give the same report.
        const Expected<ConnectorReport> again = readConnectorLogBytes(readFixture(file), fixture(file));
        QVERIFY(again);
        QCOMPARE(again->findings, report->findings);
        QCOMPARE(again->stages, report->stages);

        // Every finding says where, every failed stage names the finding that explains it.
        for (const Finding &f : report->findings) {
            const QStringList at = f.evidence.value(QStringLiteral("at")).toStringList();
            QVERIFY2(!at.isEmpty(), qPrintable(f.id));
            for (const QString &a : at)
                QVERIFY2(a.startsWith(fixture(file) + QLatin1Char(':')), qPrintable(a));
            QVERIFY(f.evidence.value(QStringLiteral("count")).toLongLong() >= 1);
            if (f.severity != Severity::Info)
                QVERIFY2(f.evidence.contains(QStringLiteral("stage")) || f.id == QLatin1String("connector.trace-errors"),
                         qPrintable(f.id));
        }
        for (const StageSeen &s : report->stages) {
            QVERIFY(!s.at.isEmpty());
            if (s.state == StageState::Failed)
                QVERIFY2(find(*report, s.findingId), qPrintable(s.findingId));
        }
    }

    void embeddedHtmlPage()
    {
        const Expected<ConnectorReport> report = readConnectorLog(fixture(QStringLiteral("ndesplugin-403.log")));
        QVERIFY(report);
        const Finding *f = find(*report, QStringLiteral("connector.verify-403"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Error);
        QCOMPARE(f->evidence.value(QStringLiteral("status")).toInt(), 403);
        QCOMPARE(f->evidence.value(QStringLiteral("substatus")).toInt(), -1);
        QCOMPARE(f->evidence.value(QStringLiteral("title")).toString(), QStringLiteral("403 - Forbidden: Access is denied."));
        QCOMPARE(f->evidence.value(QStringLiteral("heading")).toString(), QStringLiteral("403 - Forbidden: Access is denied."));
        QVERIFY(f->evidence.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("You do not have permission")));
        QCOMPARE(f->evidence.value(QStringLiteral("pageLines")).toInt(), 25);
        QCOMPARE(f->evidence.value(QStringLiteral("stage")).toInt(), 3);
        QCOMPARE(f->evidence.value(QStringLiteral("at")).toStringList(),
                 QStringList{fixture(QStringLiteral("ndesplugin-403.log")) + QStringLiteral(":3")});
        // One record, not the raw HTML: the evidence line ends with an elided page.
        const QStringList lines = f->evidence.value(QStringLiteral("lines")).toStringList();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QLatin1String("Verify challenge returns <html>")), qPrintable(lines.first()));
        QVERIFY(!lines.first().contains(QLatin1String("<style")));
        // The exit code after the page needs no second finding.
        QVERIFY(!find(*report, QStringLiteral("connector.verify-exit-error")));
        QCOMPARE(remediationFor(f->id), QStringLiteral("connector-verify#cause-error-page"));
    }

    void errorPages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("substatus");
        QTest::addColumn<QString>("title");
        QTest::newRow("detailed 403.16")
            << QStringLiteral("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\">\n<html>\n<head>\n"
                              "<title>IIS 10.0 Detailed Error - 403.16 - Forbidden</title>\n</head>\n<body>\n"
                              "<h3>HTTP Error 403.16 - Forbidden</h3>\n<h4>Your client certificate is either not trusted "
                              "or is invalid.</h4>\n</body>\n</html>")
            << QStringLiteral("connector.verify-403") << 403 << 16
            << QStringLiteral("IIS 10.0 Detailed Error - 403.16 - Forbidden");
        QTest::newRow("500 page") << QStringLiteral("<!DOCTYPE html>\n<html><head><title>500 - Internal server error.</title>"
                                                    "</head>\n<body><h2>500 - Internal server error.</h2></body>\n</html>")
                                  << QStringLiteral("connector.verify-http-error") << 500 << -1
                                  << QStringLiteral("500 - Internal server error.");
        QTest::newRow("page without status, never closed")
            << QStringLiteral("<html>\n<head><title>Service &amp; Co</title></head>\n<body>oops")
            << QStringLiteral("connector.verify-http-error") << -1 << -1 << QStringLiteral("Service & Co");
    }

    void errorPages()
    {
        QFETCH(QString, page);
        QFETCH(QString, id);
        QFETCH(int, status);
        QFETCH(int, substatus);
        QFETCH(QString, title);
        const QString log = QStringLiteral("Calling VerifyRequest ...\nSending request to certificate registration point.\n"
                                           "Verify challenge returns ")
            + page + QStringLiteral("\n");
        const Expected<ConnectorReport> report = readConnectorLogBytes(log.toUtf8(), QStringLiteral("NDESPlugin.log"));
        QVERIFY(report);
        QCOMPARE(ids(*report), QStringList{id});
        const Finding &f = report->findings.first();
        QCOMPARE(f.evidence.value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(f.evidence.value(QStringLiteral("substatus")).toInt(), substatus);
        QCOMPARE(f.evidence.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(report->records, 3);
        QCOMPARE(stagesText(report->stages), QStringLiteral("3:failed:0/1"));
    }

    void tlsAndNoAnswerEvidence()
    {
        const Expected<ConnectorReport> tls = readConnectorLog(fixture(QStringLiteral("ndesplugin-12175.log")));
        QVERIFY(tls);
        const Finding *f = find(*tls, QStringLiteral("connector.tls-12175"));
        QVERIFY(f);
        QCOMPARE(f->evidence.value(QStringLiteral("cnInvalid")).toBool(), true);
        QCOMPARE(f->evidence.value(QStringLiteral("request")).toString(),
                 QStringLiteral("/CertificateRegistrationSvc/Certificate/VerifyRequest"));
        QCOMPARE(f->evidence.value(QStringLiteral("count")).toInt(), 1);

        const Expected<ConnectorReport> stops = readConnectorLog(fixture(QStringLiteral("ndesplugin-stops.log")));
        QVERIFY(stops);
        const Finding *n = find(*stops, QStringLiteral("connector.no-answer"));
        QVERIFY(n);
        QCOMPARE(n->evidence.value(QStringLiteral("atEnd")).toBool(), true);
        QCOMPARE(n->evidence.value(QStringLiteral("at")).toStringList(),
                 QStringList{fixture(QStringLiteral("ndesplugin-stops.log")) + QStringLiteral(":9")});
        QCOMPARE(stops->stages.first().findingId, QStringLiteral("connector.no-answer"));
    }

    void svclogRecords()
    {
        const Expected<ConnectorReport> report = readConnectorLog(fixture(QStringLiteral("crp-signing-cert.svclog")));
        QVERIFY(report);
        const Finding *f = find(*report, QStringLiteral("connector.signing-cert-missing"));
        QVERIFY(f);
        QCOMPARE(f->evidence.value(QStringLiteral("exception")).toBool(), true);
        QCOMPARE(f->evidence.value(QStringLiteral("first")).toString(), QStringLiteral("2026-11-24T09:00:11.1234567Z"));
        const QString line = f->evidence.value(QStringLiteral("lines")).toStringList().value(0);
        // Time, level and source, then the unescaped text on one line.
        QVERIFY2(line.startsWith(QLatin1String("2026-11-24T09:00:11.1234567Z [Error] CertificateRegistrationPoint: "
                                               "Signing certificate could not be retrieved.")),
                 qPrintable(line));
        QVERIFY(!line.contains(QLatin1String("&#xD;")));
        // The verdict record of the same request does not add a second finding.
        QVERIFY(!find(*report, QStringLiteral("connector.challenge-rejected")));

        const Expected<ConnectorReport> phases = readConnectorLog(fixture(QStringLiteral("crp-phase-false.svclog")));
        QVERIFY(phases);
        const Finding *p = find(*phases, QStringLiteral("connector.validation-phase-failed"));
        QVERIFY(p);
        QCOMPARE(p->evidence.value(QStringLiteral("phase")).toInt(), 3);
        // Newlines between records: each record has its own line.
        QCOMPARE(p->evidence.value(QStringLiteral("at")).toStringList(),
                 QStringList{fixture(QStringLiteral("crp-phase-false.svclog")) + QStringLiteral(":6")});
        const Finding *t = find(*phases, QStringLiteral("connector.trace-errors"));
        QVERIFY(t);
        QCOMPARE(t->severity, Severity::Warning);
        QCOMPARE(t->evidence.value(QStringLiteral("bySource")).toMap().value(QStringLiteral("NDESConnector")).toInt(), 1);
    }

    void unclosedFragment()
    {
        const Expected<ConnectorReport> report = readConnectorLog(fixture(QStringLiteral("crp-unclosed.svclog")));
        QVERIFY(report);
        const Finding *bad = find(*report, QStringLiteral("connector.bad-records"));
        QVERIFY(bad);
        const QVariantMap reasons = bad->evidence.value(QStringLiteral("byReason")).toMap();
        QCOMPARE(reasons.value(QStringLiteral("record not closed before the next one")).toInt(), 1);
        QCOMPARE(reasons.value(QStringLiteral("file ends inside a record")).toInt(), 1);
    }

    void frenchEvents()
    {
        const Expected<ConnectorReport> report = readConnectorLog(fixture(QStringLiteral("events-verify-failure-fr.xml")));
        QVERIFY(report);
        const Finding *f = find(*report, QStringLiteral("connector.scep-verify-failure"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Error);
        QCOMPARE(f->evidence.value(QStringLiteral("eventId")).toInt(), 4005);
        QCOMPARE(f->evidence.value(QStringLiteral("level")).toInt(), 2);
        const QString line = f->evidence.value(QStringLiteral("lines")).toStringList().value(0);
        QVERIFY2(line.contains(QStringLiteral("Échec de la vérification de la demande SCEP")), qPrintable(line));
        // Newest first in the file: the state is the latest by time, the failure.
        QCOMPARE(report->stages.size(), 1);
        QCOMPARE(report->stages.first().state, StageState::Failed);
        QCOMPARE(report->stages.first().findingId, QStringLiteral("connector.scep-verify-failure"));
        const Finding *s = find(*report, QStringLiteral("connector.events-summary"));
        QVERIFY(s);
        QCOMPARE(s->evidence.value(QStringLiteral("byEvent")).toMap().value(QStringLiteral("4005")).toInt(), 1);
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("challenge password") << QStringLiteral("Challenge password: 5F3A9C1D7E2B4A60")
                                            << QStringLiteral("5F3A9C1D7E2B4A60");
        QTest::newRow("challengePassword=") << QStringLiteral("challengePassword=AbCdEf123456 sent")
                                            << QStringLiteral("AbCdEf123456");
        QTest::newRow("message= value") << QStringLiteral("GET /certsrv/mscep/mscep.dll?operation=PKIOperation&message=MIIHxQYJKoZIhvcNAQcCoIIHtjCCB7ICAQExCzAJBgUrDgMCGgUAMIIB")
                                        << QStringLiteral("MIIHxQYJ");
        QTest::newRow("short message=") << QStringLiteral("operation=GetCACert&message=SCEP%20Authority")
                                        << QStringLiteral("SCEP%20Authority");
        QTest::newRow("long base64") << QStringLiteral("blob ") + QString(80, QLatin1Char('A')) + QStringLiteral("== end")
                                     << QString(64, QLatin1Char('A'));
        QTest::newRow("password=") << QStringLiteral("password = 'S3cret!'") << QStringLiteral("S3cret!");
    }

    void redaction()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString out = detail::evidenceText(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("<redacted>")), qPrintable(out));
    }

    void noSecretInReports()
    {
        const Expected<ConnectorReport> report = readConnectorLog(fixture(QStringLiteral("ndesplugin-false.log")));
        QVERIFY(report);
        const QJsonObject json = connectorReportToJson(*report);
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("5F3A9C1D7E2B4A60"));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString crlf = QString(kPluginText).replace(QLatin1String("\n"), QLatin1String("\r\n"));
        const QString cr = QString(kPluginText).replace(QLatin1String("\n"), QLatin1String("\r"));
        QTest::newRow("utf-8 lf") << encode(kPluginText, QStringConverter::Utf8, false);
        QTest::newRow("utf-8 bom crlf") << encode(crlf, QStringConverter::Utf8, true);
        QTest::newRow("utf-16le crlf") << encode(crlf, QStringConverter::Utf16LE, false);
        QTest::newRow("utf-16le bom lf") << encode(kPluginText, QStringConverter::Utf16LE, true);
        QTest::newRow("utf-16be bom crlf") << encode(crlf, QStringConverter::Utf16BE, true);
        QTest::newRow("utf-8 cr only") << encode(cr, QStringConverter::Utf8, false);
        QTest::newRow("no final newline") << encode(kPluginText.chopped(1), QStringConverter::Utf8, false);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        const Expected<ConnectorReport> report = readConnectorLogBytes(bytes, QStringLiteral("NDESPlugin.log"));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->kind, LogKind::NdesPlugin);
        QCOMPARE(ids(*report), (QStringList{QStringLiteral("connector.notify-failed"), QStringLiteral("connector.tls-12175")}));
        QCOMPARE(stagesText(report->stages), QStringLiteral("3:failed:1/1 6:failed:0/1"));
        QCOMPARE(report->records, 12);
        QCOMPARE(find(*report, QStringLiteral("connector.tls-12175"))->evidence.value(QStringLiteral("at")).toStringList(),
                 QStringList{QStringLiteral("NDESPlugin.log:11")});
        QCOMPARE(find(*report, QStringLiteral("connector.notify-failed"))->evidence.value(QStringLiteral("code")).toString(),
                 QStringLiteral("0x80072ee2"));
    }

    // The splitters see the text in pieces of any size; the result must not depend on where they fall.
    void splitAnywhere_data()
    {
        QTest::addColumn<int>("piece");
        for (int piece : {1, 2, 3, 7, 64, 1000})
            QTest::newRow(qPrintable(QString::number(piece))) << piece;
    }

    void splitAnywhere()
    {
        QFETCH(int, piece);
        const QString lines = QStringLiteral("a\r\nb\rc\n\r\nd\r\re");
        QStringList whole;
        QStringList pieces;
        {
            detail::LineSplitter s([&whole](QStringView l, qint64 n, bool) { whole << QStringLiteral("%1:%2").arg(n).arg(l); });
            s.feed(lines);
            s.finish();
        }
        {
            detail::LineSplitter s([&pieces](QStringView l, qint64 n, bool) { pieces << QStringLiteral("%1:%2").arg(n).arg(l); });
            for (qsizetype i = 0; i < lines.size(); i += piece)
                s.feed(QStringView(lines).mid(i, piece));
            s.finish();
        }
        QCOMPARE(whole, (QStringList{QStringLiteral("1:a"), QStringLiteral("2:b"), QStringLiteral("3:c"), QStringLiteral("4:"),
                                     QStringLiteral("5:d"), QStringLiteral("6:"), QStringLiteral("7:e")}));
        QCOMPARE(pieces, whole);

        const QString xml = QStringLiteral("junk<Event a='1'><EventData/></Event>\n<Events><Event>x</Event>"
                                           "<Event><Event>y</Event> tail <Event>open");
        QStringList frags;
        QStringList bad;
        detail::FragmentSplitter f(
            QStringLiteral("Event"), [&frags](QStringView t, qint64 line) { frags << QStringLiteral("%1:%2").arg(line).arg(t); },
            [&bad](qint64 line, const QString &reason) { bad << QStringLiteral("%1:%2").arg(line).arg(reason); });
        for (qsizetype i = 0; i < xml.size(); i += piece)
            f.feed(QStringView(xml).mid(i, piece));
        f.finish();
        QCOMPARE(frags, (QStringList{QStringLiteral("1:<Event a='1'><EventData/></Event>"), QStringLiteral("2:<Event>x</Event>"),
                                     QStringLiteral("2:<Event>y</Event>")}));
        QCOMPARE(bad, (QStringList{QStringLiteral("2:record not closed before the next one"),
                                   QStringLiteral("2:file ends inside a record")}));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");

        QRandomGenerator rng(7);
        QByteArray binary(256 * 1024, Qt::Uninitialized);
        for (char &c : binary)
            c = char(rng.bounded(256));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("NDESPlugin.log") << QStringLiteral("the file is empty");
        QTest::newRow("binary named like the log") << binary << QStringLiteral("NDESPlugin.log")
                                                   << QStringLiteral("not a text file");
        QTest::newRow("binary svclog") << binary << QStringLiteral("x.svclog") << QStringLiteral("not a text file");
        QTest::newRow("text that is no connector log")
            << QByteArray("2018-02-27T05:16:08.2500000  INFO  Event  com.microsoft.omadm  1  2  There are 1 requests\n")
            << QStringLiteral("OMADM.log") << QStringLiteral("not a connector log");
        QTest::newRow("IIS log naming VerifyRequest")
            << QByteArray("#Software: Microsoft Internet Information Services 10.0\n#Fields: date time cs-uri-stem\n"
                          "2024-03-11 10:00:00 /CertificateRegistrationSvc/Certificate/VerifyRequest\n")
            << QStringLiteral("u_ex240311.log") << QStringLiteral("not a connector log");
        QTest::newRow("wevtutil events of another provider")
            << QByteArray("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
                          "<Provider Name='Application Error'/><EventID>1000</EventID></System></Event>")
            << QStringLiteral("app.xml") << QStringLiteral("not a connector log");
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, error);
        const Expected<ConnectorReport> report = readConnectorLogBytes(bytes, name);
        QVERIFY(!report);
        QVERIFY2(report.error().what.startsWith(error), qPrintable(report.error().what));
        QCOMPARE(report.error().where, name);
    }

    void damagedButReadable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stages");
        QTest::addColumn<qint64>("badRecords");

        const QByteArray utf16 = encode(kPluginText, QStringConverter::Utf16LE, true);
        QTest::newRow("utf-16 cut in the middle of a character") << utf16.left(utf16.size() - 9)
                                                                 << QStringLiteral("NDESPlugin.log")
                                                                 << QStringLiteral("3:failed:1/1 6:failed:0/1") << qint64(0);
        QByteArray invalid = kPluginText.toUtf8();
        invalid.replace("Sending", "Sen\xff\xfe\xc3" "ding");
        QTest::newRow("invalid utf-8 bytes") << invalid << QStringLiteral("NDESPlugin.log")
                                             << QStringLiteral("3:failed:1/1 6:failed:0/1") << qint64(0);
        QByteArray longLine = "Calling VerifyRequest ...\n" + QByteArray(3 * 1024 * 1024, 'x') + "\nVerify challenge returns true\n";
        QTest::newRow("a 3 MB line") << longLine << QStringLiteral("NDESPlugin.log") << QStringLiteral("3:reached:1/0") << qint64(1);
        const QByteArray record = readFixture(QStringLiteral("crp-success.svclog"));
        QByteArray endless = record + "<E2ETraceEvent xmlns=\"x\"><ApplicationData>" + QByteArray(3 * 1024 * 1024, 'y');
        QTest::newRow("a record that never closes") << endless << QStringLiteral("x.svclog") << QStringLiteral("3:reached:1/0")
                                                    << qint64(1);
        QByteArray garbage = record;
        garbage.replace("Validation Phase 1", QByteArray("Validation \x01<<&& Phase 1"));
        QTest::newRow("garbage inside a record") << garbage << QStringLiteral("x.svclog") << QStringLiteral("3:reached:1/0")
                                                 << qint64(1);
    }

    void damagedButReadable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, stages);
        QFETCH(qint64, badRecords);
        const Expected<ConnectorReport> report = readConnectorLogBytes(bytes, name);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(stagesText(report->stages), stages);
        QCOMPARE(report->badRecords, badRecords);
    }

    // Read as a stream: a file far larger than one chunk, with the failure at its very end.
    void largeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("NDESPlugin.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray cycle = encode(QStringLiteral("Calling VerifyRequest ...\r\nSending request to certificate registration point.\r\n"
                                                       "Verify challenge returns true\r\nExiting VerifyRequest with 0x0\r\n"),
                                        QStringConverter::Utf16LE, false);
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += cycle;
        f.write("\xff\xfe");
        const int blocks = 200; // about 57 MB
        for (int i = 0; i < blocks; ++i)
            QCOMPARE(f.write(block), block.size());
        f.write(encode(QStringLiteral("Calling VerifyRequest ...\r\nSending request to certificate registration point.\r\n"),
                       QStringConverter::Utf16LE, false));
        f.close();

        const Expected<ConnectorReport> report = readConnectorLog(path);
        QVERIFY(report);
        QCOMPARE(report->records, qint64(blocks) * 1000 * 4 + 2);
        QCOMPARE(report->bytes, f.size());
        QCOMPARE(stagesText(report->stages), QStringLiteral("3:started:%1/0").arg(qint64(blocks) * 1000));
        const Finding *n = find(*report, QStringLiteral("connector.no-answer"));
        QVERIFY(n);
        QCOMPARE(n->evidence.value(QStringLiteral("at")).toStringList(),
                 QStringList{path + QStringLiteral(":%1").arg(qint64(blocks) * 1000 * 4 + 2)});
    }

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("kind"); // -1: none
        QTest::newRow("svclog") << readFixture(QStringLiteral("crp-success.svclog")).left(300) << int(LogKind::SvcLog);
        QTest::newRow("plugin utf-16") << readFixture(QStringLiteral("ndesplugin-success.log")) << int(LogKind::NdesPlugin);
        QTest::newRow("events utf-16") << readFixture(QStringLiteral("events-verify-failure-fr.xml")) << int(LogKind::ConnectorEvents);
        QTest::newRow("events") << readFixture(QStringLiteral("events-success.xml")) << int(LogKind::ConnectorEvents);
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("plain text") << QByteArray("hello\nworld\n") << -1;
        QTest::newRow("iis log") << QByteArray("#Software: Microsoft Internet Information Services 10.0\n#Fields: date time\n"
                                               "2024-01-01 00:00:00 POST /CertificateRegistrationSvc/Certificate/VerifyRequest\n")
                                 << -1;
    }

    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, kind);
        const std::optional<LogKind> got = logs::connector::sniff(head);
        QCOMPARE(got ? int(*got) : -1, kind);
    }

    void collect()
    {
        const Expected<QStringList> files = collectConnectorLogs({QStringLiteral(NDES_FIXTURES_DIR "/connector")});
        QVERIFY(files);
        QStringList names;
        for (const QString &f : *files)
            names << QFileInfo(f).fileName();
        QVERIFY(names.contains(QStringLiteral("ndesplugin-success.log")));
        QVERIFY(names.contains(QStringLiteral("crp-unclosed.svclog")));
        QVERIFY(names.contains(QStringLiteral("events-verify-failure-fr.xml")));
        QVERIFY(!names.contains(QStringLiteral("make_fixtures.py")));
        QVERIFY(!names.contains(QStringLiteral("README.md")));

        QTemporaryDir empty;
        QVERIFY(!collectConnectorLogs({empty.path()}));
        QVERIFY(!collectConnectorLogs({empty.filePath(QStringLiteral("missing"))}));
    }

    // Every id a fixture produces has a fix page in both languages, or is information only.
    void remediationPagesExist()
    {
        const QDir dir(QStringLiteral(NDES_FIXTURES_DIR "/connector"));
        QSet<QString> seen;
        for (const QString &name : dir.entryList(QDir::Files)) {
            const Expected<ConnectorReport> r = readConnectorLog(dir.filePath(name));
            if (!r)
                continue;
            for (const Finding &f : r->findings) {
                seen.insert(f.id);
                const QString page = remediationFor(f.id);
                if (f.severity == Severity::Info) {
                    QVERIFY2(page.isEmpty(), qPrintable(f.id));
                    continue;
                }
                QVERIFY2(!page.isEmpty(), qPrintable(f.id));
                const QString file = page.section(QLatin1Char('#'), 0, 0);
                const QString anchor = page.section(QLatin1Char('#'), 1);
                for (const char *lang : {"en", "fr"}) {
                    QFile md(QStringLiteral(NDES_SOURCE_DIR "/resources/content/%1/%2.md").arg(QLatin1String(lang), file));
                    QVERIFY2(md.open(QIODevice::ReadOnly), qPrintable(md.fileName()));
                    QVERIFY2(md.readAll().contains(QStringLiteral("{#%1}").arg(anchor).toUtf8()), qPrintable(page));
                }
            }
        }
        QVERIFY(seen.size() >= 14);
    }

    void json()
    {
        QList<ConnectorReport> reports;
        for (const char *name : {"ndesplugin-403.log", "events-success.xml"}) {
            Expected<ConnectorReport> r = readConnectorLog(fixture(QLatin1String(name)));
            QVERIFY(r);
            reports << std::move(r).value();
        }
        const QJsonObject o = connectorReportsToJson(reports);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("files"), QStringLiteral("findings"), QStringLiteral("stages")}));
        QCOMPARE(o.value(QStringLiteral("files")).toArray().size(), 2);
        const QJsonObject file = o.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("kind")).toString(), QStringLiteral("ndesplugin"));
        const QJsonObject finding = o.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("connector.verify-403"));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(finding.value(QStringLiteral("remediation")).toString(), QStringLiteral("connector-verify#cause-error-page"));
        QCOMPARE(finding.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("status")).toInt(), 403);
        // Stages merged in file order: the failure of the first file, then the events' success.
        const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 3);
        QCOMPARE(stages.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("reached"));
        QCOMPARE(stages.at(0).toObject().value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(stages.at(0).toObject().value(QStringLiteral("succeeded")).toInt(), 1);

        const QJsonObject one = connectorReportToJson(reports.first());
        QCOMPARE(one.value(QStringLiteral("stages")).toArray().first().toObject().value(QStringLiteral("finding")).toString(),
                 QStringLiteral("connector.verify-403"));
    }
};

QTEST_GUILESS_MAIN(TestConnectorLog)
#include "tst_connectorlog.moc"
