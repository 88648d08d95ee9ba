// The device log reader over the hand-written traces of tests/fixtures/device and over bytes made here:
// platform and format recognition, stages, failure, NDES URL, redaction, RTF residue, encodings, bad input
// and the bounds on memory (long lines, many lines).
#include "logs/device/devicelog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ndes::logs::device;
using ndes::Expected;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NDES_FIXTURES_DIR "/device/") + name;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QStringList reachedIds(const DeviceLogReport &r)
{
    QStringList ids;
    for (const StageResult &s : r.stages) {
        if (s.reached)
            ids << stageId(s.stage);
    }
    return ids;
}

const StageResult &stage(const DeviceLogReport &r, Stage s)
{
    return r.stages.at(int(s));
}

QList<qint64> evidenceLines(const StageResult &s)
{
    QList<qint64> lines;
    for (const Evidence &e : s.evidence)
        lines << e.line;
    return lines;
}

QString allText(const DeviceLogReport &r)
{
    return QString::fromUtf8(QJsonDocument(deviceLogToJson(r)).toJson());
}

const QString kAndroidUrl = QStringLiteral("https://ndes-contoso.msappproxy.net/certsrv/mscep/mscep.dll");
const QString kContosoUrl = QStringLiteral("https://ndes.contoso.com/certsrv/mscep/mscep.dll");
const QString kWindowsUrl = QStringLiteral("https://ndes.contoso.com/certsrv/mscep/mscep.dll/pkiclient.exe");
const QString kAll = QStringLiteral("profile-received ndes-contacted getcacaps-ok getcacert-ok csr-sent certrep installed");

QByteArray omadm(const QByteArray &message, const QByteArray &logger = "org.jscep.transport.UrlConnectionGetTransport",
                 const QByteArray &level = "VERB")
{
    return "2024-03-11T09:15:09.5530000  " + level + "  Event  " + logger + "  18327    10  " + message + '\n';
}

} // namespace

class TestDeviceLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void traces_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("reachedStages");
        QTest::addColumn<QString>("reached");
        QTest::addColumn<QString>("failureStage");
        QTest::addColumn<QString>("failureKind");
        QTest::addColumn<qint64>("failureLine");
        QTest::addColumn<QString>("failureCode");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("certRep");

        QTest::newRow("android success") << "android/success-OMADM.log" << "android" << "android-omadm" << kAll
                                         << "installed" << "" << "" << qint64(0) << "" << kAndroidUrl << "SUCCESS";
        QTest::newRow("android 403 on GetCACaps")
            << "android/fail-403-OMADM.log" << "android" << "android-omadm" << "profile-received ndes-contacted"
            << "ndes-contacted" << "getcacaps-ok" << "http-403" << qint64(4) << "" << kContosoUrl << "";
        QTest::newRow("android CertRep FAILURE")
            << "android/fail-certrep-OMADM.log" << "android" << "android-omadm"
            << "profile-received ndes-contacted getcacaps-ok getcacert-ok csr-sent certrep" << "certrep" << "certrep"
            << "certrep-failure" << qint64(9) << "" << kContosoUrl << "FAILURE";
        QTest::newRow("android cannot connect (CloudExtension.log)")
            << "android/fail-connect-CloudExtension.log" << "android" << "android-omadm" << "profile-received"
            << "profile-received" << "ndes-contacted" << "connect-failed" << qint64(5) << ""
            << "https://ndes.internal.contoso.com/certsrv/mscep/mscep.dll" << "";
        QTest::newRow("ios success (console)") << "ios/success-console.txt" << "ios" << "ios-console" << kAll << "installed"
                                               << "" << "" << qint64(0) << "" << kAndroidUrl << "SUCCESS";
        QTest::newRow("ios success (TextEdit RTF)") << "ios/success-textedit.rtf" << "ios" << "ios-rtf" << kAll << "installed"
                                                    << "" << "" << qint64(0) << "" << kAndroidUrl << "SUCCESS";
        QTest::newRow("ios RA response invalid")
            << "ios/fail-ra-invalid-console.txt" << "ios" << "ios-console" << "profile-received ndes-contacted"
            << "ndes-contacted" << "getcacert-ok" << "ra-response-invalid" << qint64(4) << "" << kContosoUrl << "";
        QTest::newRow("ios trust failure (syslog)")
            << "ios/fail-trust-syslog.log" << "ios" << "ios-syslog" << "profile-received" << "profile-received"
            << "getcacert-ok" << "trust-failed" << qint64(3) << "" << kContosoUrl << "";
        QTest::newRow("windows success (xml)") << "windows/success-wevtutil.xml" << "windows" << "windows-xml" << kAll
                                               << "installed" << "" << "" << qint64(0) << "" << kWindowsUrl << "SUCCESS";
        QTest::newRow("windows success (text)") << "windows/success-wevtutil.txt" << "windows" << "windows-text" << kAll
                                                << "installed" << "" << "" << qint64(0) << "" << kWindowsUrl << "SUCCESS";
        QTest::newRow("windows event 32 (xml, positional data)")
            << "windows/fail-32-wevtutil.xml" << "windows" << "windows-xml"
            << "profile-received ndes-contacted getcacaps-ok getcacert-ok csr-sent" << "csr-sent" << "certrep"
            << "windows-scep-error" << qint64(52) << "0x800b0109" << kWindowsUrl << "";
        QTest::newRow("windows event 306 error (xml)")
            << "windows/fail-306-wevtutil.xml" << "windows" << "windows-xml" << "profile-received" << "profile-received"
            << "ndes-contacted" << "windows-scep-error" << qint64(1) << "0x80090016" << "" << "";
        QTest::newRow("windows event 307 (French Event Viewer text, UTF-16)")
            << "windows/fail-307-eventviewer-fr.txt" << "windows" << "windows-text"
            << "profile-received ndes-contacted getcacaps-ok getcacert-ok csr-sent" << "csr-sent" << "certrep"
            << "windows-scep-error" << qint64(23) << "0x800b0109" << kWindowsUrl << "";
    }

    void traces()
    {
        QFETCH(QString, file);
        QFETCH(QString, platform);
        QFETCH(QString, format);
        QFETCH(QString, reachedStages);
        QFETCH(QString, reached);
        QFETCH(QString, failureStage);
        QFETCH(QString, failureKind);
        QFETCH(qint64, failureLine);
        QFETCH(QString, failureCode);
        QFETCH(QString, url);
        QFETCH(QString, certRep);

        const Expected<DeviceLogReport> r = readDeviceLog(fixture(file));
        QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().toString()));
        QCOMPARE(platformId(r->platform), platform);
        QCOMPARE(formatId(r->format), format);
        QCOMPARE(r->stages.size(), kStageCount);
        for (int i = 0; i < kStageCount; ++i)
            QCOMPARE(r->stages.at(i).stage, Stage(i));
        QCOMPARE(reachedIds(*r).join(QLatin1Char(' ')), reachedStages);
        QCOMPARE(r->reached ? stageId(*r->reached) : QString(), reached);
        QCOMPARE(r->installed(), reached == QLatin1String("installed"));
        if (failureKind.isEmpty()) {
            QVERIFY2(!r->failure, qPrintable(r->failure ? r->failure->kind : QString()));
        } else {
            QVERIFY(r->failure);
            QCOMPARE(stageId(r->failure->stage), failureStage);
            QCOMPARE(r->failure->kind, failureKind);
            QCOMPARE(r->failure->line, failureLine);
            QCOMPARE(r->failure->code, failureCode);
            QVERIFY(!r->failure->text.isEmpty());
        }
        QCOMPARE(r->ndesUrl, url);
        QCOMPARE(stage(*r, Stage::CertRep).detail, certRep);
        QCOMPARE(r->file, fixture(file));

        // Every stage reached on its own has a line to show for it; evidence is never beyond the last line.
        for (const StageResult &s : r->stages) {
            if (s.reached && !s.implied)
                QVERIFY2(!s.evidence.isEmpty(), qPrintable(stageId(s.stage)));
            QVERIFY(s.evidence.size() <= kMaxEvidencePerStage);
            for (const Evidence &e : s.evidence) {
                QVERIFY(e.line >= 1 && e.line <= r->lines);
                QVERIFY(!e.text.isEmpty());
            }
        }
        // The same bytes in memory give the same report.
        const Expected<DeviceLogReport> fromBytes = readDeviceLogBytes(fixtureBytes(file), fixture(file));
        QVERIFY(fromBytes.hasValue());
        QCOMPARE(deviceLogToJson(*fromBytes), deviceLogToJson(*r));
        QVERIFY(looksLikeDeviceLog(fixtureBytes(file).left(4096)));
    }

    void evidenceLines()
    {
        const Expected<DeviceLogReport> android = readDeviceLog(fixture(QStringLiteral("android/success-OMADM.log")));
        QVERIFY(android.hasValue());
        QCOMPARE(::evidenceLines(stage(*android, Stage::ProfileReceived)), (QList<qint64>{2, 3}));
        // The request and its answer.
        QCOMPARE(::evidenceLines(stage(*android, Stage::GetCaCapsOk)), (QList<qint64>{4, 5}));
        QCOMPARE(::evidenceLines(stage(*android, Stage::GetCaCertOk)), (QList<qint64>{6, 7}));
        QCOMPARE(::evidenceLines(stage(*android, Stage::CsrSent)), (QList<qint64>{8, 9, 10}));
        QCOMPARE(::evidenceLines(stage(*android, Stage::CertRep)), (QList<qint64>{11}));
        // The root certificate's state machine is not the SCEP certificate's.
        QCOMPARE(::evidenceLines(stage(*android, Stage::Installed)), (QList<qint64>{13, 14, 15}));
        QVERIFY(stage(*android, Stage::GetCaCapsOk).evidence.constLast().text.contains(QLatin1String("Received '200 OK'")));

        // A stage not reached still shows the lines that concern it.
        const Expected<DeviceLogReport> refused = readDeviceLog(fixture(QStringLiteral("android/fail-403-OMADM.log")));
        QVERIFY(refused.hasValue());
        QVERIFY(!stage(*refused, Stage::GetCaCapsOk).reached);
        QCOMPARE(::evidenceLines(stage(*refused, Stage::GetCaCapsOk)), (QList<qint64>{3, 4}));

        const Expected<DeviceLogReport> ios = readDeviceLog(fixture(QStringLiteral("ios/success-console.txt")));
        QVERIFY(ios.hasValue());
        // profiled logs requests, not answers: GetCACert (line 3) is answered when GetCACaps (line 4) follows.
        QCOMPARE(::evidenceLines(stage(*ios, Stage::GetCaCertOk)), (QList<qint64>{3}));
        QCOMPARE(::evidenceLines(stage(*ios, Stage::GetCaCapsOk)), (QList<qint64>{4}));
        QCOMPARE(::evidenceLines(stage(*ios, Stage::CsrSent)), (QList<qint64>{5, 6, 7}));
        QVERIFY(stage(*ios, Stage::CertRep).implied);
        QCOMPARE(::evidenceLines(stage(*ios, Stage::Installed)), (QList<qint64>{8, 9}));
        // The RTF residue of a Console copy (a trailing backslash) is not part of the evidence.
        for (const StageResult &s : ios->stages) {
            for (const Evidence &e : s.evidence)
                QVERIFY2(!e.text.endsWith(QLatin1Char('\\')), qPrintable(e.text));
        }

        const Expected<DeviceLogReport> windows = readDeviceLog(fixture(QStringLiteral("windows/success-wevtutil.txt")));
        QVERIFY(windows.hasValue());
        QCOMPARE(::evidenceLines(stage(*windows, Stage::ProfileReceived)), (QList<qint64>{14}));
        QCOMPARE(::evidenceLines(stage(*windows, Stage::NdesContacted)), (QList<qint64>{29}));
        QCOMPARE(::evidenceLines(stage(*windows, Stage::Installed)), (QList<qint64>{44}));
        QVERIFY(stage(*windows, Stage::GetCaCapsOk).implied);
        QVERIFY(stage(*windows, Stage::GetCaCapsOk).evidence.isEmpty());
        QVERIFY(stage(*windows, Stage::NdesContacted).evidence.constFirst().text.startsWith(
            QLatin1String("Event 36: SCEP: Certificate request generated successfully.")));

        const Expected<DeviceLogReport> xml = readDeviceLog(fixture(QStringLiteral("windows/success-wevtutil.xml")));
        QVERIFY(xml.hasValue());
        // One record per line; the Kernel-General event on line 1 is not ours.
        QCOMPARE(::evidenceLines(stage(*xml, Stage::ProfileReceived)), (QList<qint64>{2}));
        QCOMPARE(::evidenceLines(stage(*xml, Stage::NdesContacted)), (QList<qint64>{3}));
        QCOMPARE(::evidenceLines(stage(*xml, Stage::Installed)), (QList<qint64>{4}));
        QVERIFY(stage(*xml, Stage::NdesContacted).evidence.constFirst().text.contains(kWindowsUrl));
    }

    void certRepDetails_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("failInfo");
        QTest::addColumn<QString>("failureKind");
        QTest::newRow("success") << QByteArray("failInfo=<null>,pkiStatus=SUCCESS") << "SUCCESS" << "" << "";
        QTest::newRow("failure badMessageCheck") << QByteArray("failInfo=badMessageCheck,pkiStatus=FAILURE") << "FAILURE"
                                                 << "badMessageCheck" << "certrep-failure";
        QTest::newRow("pending") << QByteArray("failInfo=<null>,pkiStatus=PENDING") << "PENDING" << "" << "certrep-pending";
    }

    void certRepDetails()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, status);
        QFETCH(QString, failInfo);
        QFETCH(QString, failureKind);
        const QByteArray log = omadm("Signing pkiMessage using key belonging to [dn=CN=alice; serial=1]",
                                     "org.jscep.message.PkiMessageEncoder")
            + omadm("Response: org.jscep.message.CertRep@5a1c0c4[" + response + ",messageType=CERT_REP]",
                    "org.jscep.transaction.EnrollmentTransaction");
        const Expected<DeviceLogReport> r = readDeviceLogBytes(log, QStringLiteral("certrep.log"));
        QVERIFY(r.hasValue());
        QCOMPARE(stage(*r, Stage::CertRep).detail, status);
        QCOMPARE(stage(*r, Stage::CertRep).failInfo, failInfo);
        QCOMPARE(r->reached, std::optional<Stage>(Stage::CertRep));
        QCOMPARE(r->failure ? r->failure->kind : QString(), failureKind);
        if (r->failure) {
            QCOMPARE(r->failure->stage, Stage::CertRep);
            QCOMPARE(r->failure->line, qint64(2));
        }
        const QJsonObject certrep = deviceLogToJson(*r).value(QStringLiteral("stages")).toArray().at(5).toObject();
        QCOMPARE(certrep.value(QStringLiteral("status")).toString(), status);
    }

    void iosShapes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        const QByteArray request = "Performing synchronous URL request: https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACert&message=SCEP%20Authority";
        const QByteArray invalid = "MC: Cannot retrieve SCEP identity: NSError: Desc   : The Registration Authority's response is invalid.";
        QTest::newRow("log show") << QByteArray("2024-05-23 14:15:36.123456-0500 0x1a2b     Default     0x0                  150    0    profiled: [com.apple.ManagedConfiguration:SCEP] " + request + "\n"
                                                "2024-05-23 14:15:36.623456-0500 0x1a2b     Error       0x0                  150    0    profiled: [com.apple.ManagedConfiguration:SCEP] " + invalid + "\n")
                                  << "ios-console";
        QTest::newRow("Console, capitalised types") << QByteArray("Debug    14:15:36.123456 -0500    profiled    " + request + "\n"
                                                                  "Error    14:15:36.623456 -0500    profiled    " + invalid + "\n")
                                                    << "ios-console";
        QTest::newRow("syslog") << QByteArray("May 23 14:15:36 Contoso-iPhone profiled[150] <Notice>: " + request + "\n"
                                              "May 23 14:15:36 Contoso-iPhone profiled[150] <Error>: " + invalid + "\n")
                                << "ios-syslog";
    }

    void iosShapes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        const Expected<DeviceLogReport> r = readDeviceLogBytes(bytes, QStringLiteral("console.txt"));
        QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().toString()));
        QCOMPARE(formatId(r->format), format);
        QCOMPARE(r->ndesUrl, kContosoUrl);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->kind, QStringLiteral("ra-response-invalid"));
        QCOMPARE(r->failure->stage, Stage::GetCaCertOk);
        QCOMPARE(r->failure->line, qint64(2));
        QVERIFY(r->failure->text.startsWith(QLatin1String("MC: Cannot retrieve SCEP identity")));
    }

    void iosErrorLine()
    {
        // A tab-separated Console copy: an "error" line about SCEP is a failure of the step in progress.
        const QByteArray log = "debug\t09:12:03.802211 +0100\tprofiled\tPerforming synchronous URL request: "
                               "https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACert&message=SCEP%20Authority\n"
                               "default\t09:12:04.000000 +0100\tprofiled\tSCEP retry scheduled\n"
                               "error\t09:12:04.118930 +0100\tprofiled\tSCEP enrollment aborted\n";
        const Expected<DeviceLogReport> r = readDeviceLogBytes(log, QStringLiteral("console.txt"));
        QVERIFY(r.hasValue());
        QVERIFY(r->failure);
        QCOMPARE(r->failure->kind, QStringLiteral("error"));
        QCOMPARE(r->failure->stage, Stage::GetCaCertOk);
        QCOMPARE(r->failure->line, qint64(3));
        QCOMPARE(r->failure->text, QStringLiteral("SCEP enrollment aborted"));
    }

    void bareJscepLines()
    {
        // jscep lines without the OMADM.log columns, as logcat shows them.
        const QByteArray log =
            "03-11 09:15:09.553 18327 18340 D jscep   : Sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca\n"
            "03-11 09:15:09.901 18327 18340 D jscep   : Received '500 Internal Server Error' when sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca\n";
        QVERIFY(looksLikeDeviceLog(log));
        const Expected<DeviceLogReport> r = readDeviceLogBytes(log, QStringLiteral("logcat.txt"));
        QVERIFY(r.hasValue());
        QCOMPARE(r->platform, Platform::Android);
        QCOMPARE(r->ndesUrl, kContosoUrl);
        QCOMPARE(r->reached, std::optional<Stage>(Stage::NdesContacted));
        QVERIFY(r->failure);
        QCOMPARE(r->failure->kind, QStringLiteral("http-500"));
        QCOMPARE(r->failure->stage, Stage::GetCaCapsOk);
        QCOMPARE(r->failure->line, qint64(2));
    }

    void retrySupersedesFailure()
    {
        // A 503 on the first attempt, then a complete enrollment: nothing failed in the end.
        QByteArray ok = fixtureBytes(QStringLiteral("android/success-OMADM.log"));
        const QByteArray failed = omadm("Sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca")
            + omadm("Received '503 Service Unavailable' when sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca");
        Expected<DeviceLogReport> r = readDeviceLogBytes(failed + ok, QStringLiteral("retry.log"));
        QVERIFY(r.hasValue());
        QVERIFY(r->installed());
        QVERIFY(!r->failure);
        // The URL is the first one the device used.
        QCOMPARE(r->ndesUrl, kContosoUrl);

        // The same failure alone stops the device at GetCACaps.
        r = readDeviceLogBytes(failed, QStringLiteral("503.log"));
        QVERIFY(r.hasValue());
        QVERIFY(r->failure);
        QCOMPARE(r->failure->kind, QStringLiteral("http-503"));
        QCOMPARE(r->failure->stage, Stage::GetCaCapsOk);
        QCOMPARE(r->failure->line, qint64(2));
        QCOMPARE(r->failure->text, QStringLiteral("503 Service Unavailable"));
    }

    void redaction_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        const QByteArray b64 = QByteArray("MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgMFADCABgkqhkiG9w0BBwGggCSABIIZfz").repeated(3);
        QTest::newRow("ios PKIOperation message")
            << QByteArray("debug    18:30:55.487908 -0500    profiled    Performing synchronous URL request: "
                          "https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=PKIOperation&message=" + b64 + "\n"
                          "default    18:30:57.150003 -0500    profiled    Profile 'x' installed.\n")
            << QString::fromLatin1(b64.left(40)) << "operation=PKIOperation&message=<redacted>";
        QTest::newRow("ios short PKIOperation message")
            << QByteArray("debug    18:30:55.487908 -0500    profiled    Performing synchronous URL request: "
                          "https://ndes.contoso.com/certsrv/mscep/mscep.dll?message=c2VjcmV0&operation=PKIOperation\n")
            << "c2VjcmV0" << "message=<redacted>&operation=PKIOperation";
        QTest::newRow("android challenge in a failure line")
            << omadm("Sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca")
                   + omadm("Enrollment rejected for challengePassword=Xy7!pQ2zR9 : org.jscep.transport.TransportException: 403 Forbidden",
                           "com.microsoft.omadm.platforms.android.certmgr.CertificateEnrollmentManager", "ERRO")
            << "Xy7!pQ2zR9" << "challengePassword=<redacted>";
        QTest::newRow("windows challenge element")
            << QByteArray("Event[0]:\n  Source: Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider\n"
                          "  Event ID: 32\n  Description: \nSCEP: Certificate enroll failed. <Challenge>A1B2C3D4E5</Challenge> Result: (0x80070057).\n")
            << "A1B2C3D4E5" << "<Challenge><redacted></Challenge>";
    }

    void redaction()
    {
        QFETCH(QByteArray, log);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const Expected<DeviceLogReport> r = readDeviceLogBytes(log, QStringLiteral("secret.log"));
        QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().toString()));
        const QString json = allText(*r);
        QVERIFY2(!json.contains(secret), qPrintable(json));
        QVERIFY2(json.contains(kept), qPrintable(json));
    }

    void fixturesNeverLeakPkiMessages()
    {
        for (const char *name : {"ios/success-console.txt", "ios/success-textedit.rtf"}) {
            const Expected<DeviceLogReport> r = readDeviceLog(fixture(QLatin1String(name)));
            QVERIFY(r.hasValue());
            const QString json = allText(*r);
            QVERIFY(json.contains(QLatin1String("message=<redacted>")));
            QVERIFY(!json.contains(QLatin1String("MIAGCSqGSIb3")));
            // GetCACert's message is the CA name, not a secret.
            QVERIFY(json.contains(QLatin1String("operation=GetCACert&message=SCEP%20Authority")));
        }
    }

    void rtfResidue()
    {
        const Expected<DeviceLogReport> r = readDeviceLog(fixture(QStringLiteral("ios/success-textedit.rtf")));
        QVERIFY(r.hasValue());
        QCOMPARE(r->lines, qint64(14));
        for (const StageResult &s : r->stages) {
            for (const Evidence &e : s.evidence) {
                QVERIFY2(!e.text.contains(QLatin1Char('\\')), qPrintable(e.text));
                QVERIFY2(!e.text.contains(QLatin1Char('{')) && !e.text.contains(QLatin1Char('}')), qPrintable(e.text));
                QVERIFY2(!e.text.contains(QLatin1String("Helvetica")), qPrintable(e.text));
            }
        }
        const StageResult &installed = stage(*r, Stage::Installed);
        QCOMPARE(::evidenceLines(installed), (QList<qint64>{14}));
        // \'93 and \'94 are Windows-1252 curly quotes.
        QCOMPARE(installed.evidence.constFirst().text,
                 QStringLiteral("default\t18:30:57.150003 -0500\tprofiled\tProfile \u201Cwww.windowsintune.com.SCEP.ModelName=AC_51bad41f\u201D installed."));
        QCOMPARE(stage(*r, Stage::ProfileReceived).evidence.constFirst().text,
                 QStringLiteral("default\t18:30:52.120044 -0500\tprofiled\tBeginning profile installation..."));

        // RTF residue in a plain text file: \'xx escapes and line-end backslashes.
        const QByteArray residue = "debug    18:30:53.691033 -0500    profiled    Performing synchronous URL request: "
                                   "https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACert&message=SCEP%20Authority\\\n"
                                   "error    18:30:54.118930 -0500    profiled    MC: Cannot retrieve SCEP identity: NSError: "
                                   "\\'93The Registration Authority\\'92s response is invalid.\\'94\\\n";
        const Expected<DeviceLogReport> plain = readDeviceLogBytes(residue, QStringLiteral("residue.txt"));
        QVERIFY(plain.hasValue());
        QVERIFY(plain->failure);
        QCOMPARE(plain->failure->kind, QStringLiteral("ra-response-invalid"));
        QCOMPARE(plain->failure->text,
                 QStringLiteral("MC: Cannot retrieve SCEP identity: NSError: \u201CThe Registration Authority\u2019s response is invalid.\u201D"));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray lf = fixtureBytes(QStringLiteral("android/success-OMADM.log"));
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QByteArray cr = lf;
        cr.replace('\n', '\r');
        const auto utf16 = [](const QByteArray &utf8) {
            const QString s = QString::fromUtf8(utf8);
            return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        };
        QTest::newRow("LF") << lf;
        QTest::newRow("CRLF") << crlf;
        QTest::newRow("CR") << cr;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + crlf;
        QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE") + utf16(crlf);
        QTest::newRow("UTF-16LE without BOM") << utf16(lf);
        QTest::newRow("no newline at the end") << lf.chopped(1);
        QTest::newRow("CRLF, no newline at the end") << crlf.chopped(2);
        QTest::newRow("Latin-1 bytes") << QByteArray(lf).replace("CN=alice", "CN=Ren\xE9\xE9");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        const Expected<DeviceLogReport> r = readDeviceLogBytes(bytes, QStringLiteral("OMADM.log"));
        QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().toString()));
        QCOMPARE(r->lines, qint64(15));
        QVERIFY(r->installed());
        QCOMPARE(r->ndesUrl, kAndroidUrl);
        QCOMPARE(::evidenceLines(stage(*r, Stage::Installed)), (QList<qint64>{13, 14, 15}));
        QCOMPARE(r->truncatedLastLine, !bytes.endsWith('\n') && !bytes.endsWith('\r') && !bytes.endsWith(QByteArray("\n\0", 2)));
        QVERIFY(stage(*r, Stage::Installed).evidence.constLast().text.endsWith(QLatin1String("CERT_ACCESS_GRANTED")));
    }

    void windowsShapes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reached");
        QTest::addColumn<bool>("truncated");
        const QByteArray xml = fixtureBytes(QStringLiteral("windows/success-wevtutil.xml"));
        QByteArray oneLine = xml;
        oneLine.replace("\r\n", "");
        oneLine += '\n';
        QTest::newRow("records on one line") << oneLine << "installed" << false;
        QTest::newRow("/e:Events root") << QByteArray("<Events>" + xml + "</Events>\n") << "installed" << false;
        const qsizetype lastRecord = xml.lastIndexOf("<Event ");
        QTest::newRow("cut inside the last record") << xml.left(lastRecord + 300) << "csr-sent" << true;
        const QString text = QString::fromUtf8(fixtureBytes(QStringLiteral("windows/success-wevtutil.txt")));
        QTest::newRow("text as UTF-16LE with BOM")
            << QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)
            << "installed" << false;
        QString french = text;
        french.replace(QLatin1String("Event["), QStringLiteral("\u00C9v\u00E9nement["))
            .replace(QLatin1String("Log Name:"), QStringLiteral("Nom du journal :"))
            .replace(QLatin1String("Event ID:"), QStringLiteral("ID de l\u2019\u00E9v\u00E9nement :"))
            .replace(QLatin1String("Description:"), QStringLiteral("Description :"));
        QTest::newRow("French wevtutil labels") << french.toUtf8() << "installed" << false;
    }

    void windowsShapes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reached);
        QFETCH(bool, truncated);
        const Expected<DeviceLogReport> r = readDeviceLogBytes(bytes, QStringLiteral("events"));
        QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().toString()));
        QCOMPARE(r->platform, Platform::Windows);
        QCOMPARE(r->reached ? stageId(*r->reached) : QString(), reached);
        QCOMPARE(r->ndesUrl, kWindowsUrl);
        QCOMPARE(r->truncatedLastLine, truncated);
    }

    void newestFirst_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("failureLine");
        // wevtutil /rd:true: the event 32 comes first, then 36, then 306.
        const QByteArray xml = fixtureBytes(QStringLiteral("windows/fail-32-wevtutil.xml"));
        QList<QByteArray> records;
        for (qsizetype at = xml.indexOf("<Event "); at >= 0;) {
            const qsizetype end = xml.indexOf("</Event>", at) + 8;
            records.prepend(xml.mid(at, end - at) + '\n');
            at = xml.indexOf("<Event ", end);
        }
        QVERIFY(records.size() == 3);
        QByteArray reversed;
        for (const QByteArray &r : std::as_const(records))
            reversed += r;
        QTest::newRow("xml, by EventRecordID") << reversed << qint64(1);

        const auto record = [](int n, const char *date, int id, const char *description) {
            return QByteArray("Event[") + QByteArray::number(n) + "]:\n"
                + "  Log Name: Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin\n"
                + "  Source: Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider\n"
                + "  Date: " + date + "\n  Event ID: " + QByteArray::number(id) + "\n  Description: \n" + description + "\n\n";
        };
        const QByteArray text = record(0, "2024-03-15T11:00:05.3000000Z", 32, "SCEP: Certificate enroll failed. Result: (0x800b0109).")
            + record(1, "2024-03-15T11:00:02.2000000Z", 36, "SCEP: Certificate request generated successfully. NDES URL: (https://ndes.contoso.com/certsrv/mscep/mscep.dll/pkiclient.exe).")
            + record(2, "2024-03-15T11:00:00.1000000Z", 306, "SCEP: CspExecute for UniqueId : (x) Result : (Unknown Win32 Error code: 0x2ab0003).");
        QTest::newRow("text, by date") << text << qint64(7);
        QByteArray french = text;
        french.replace("2024-03-15T11:00:05.3000000Z", "15/03/2024 11:00:05")
            .replace("2024-03-15T11:00:02.2000000Z", "15/03/2024 11:00:02")
            .replace("2024-03-15T11:00:00.1000000Z", "15/03/2024 11:00:00");
        QTest::newRow("text, by local date") << french << qint64(7);
    }

    void newestFirst()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, failureLine);
        const Expected<DeviceLogReport> r = readDeviceLogBytes(bytes, QStringLiteral("newest-first"));
        QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().toString()));
        QCOMPARE(r->reached, std::optional<Stage>(Stage::CsrSent));
        QVERIFY(r->failure);
        QCOMPARE(r->failure->stage, Stage::CertRep);
        QCOMPARE(r->failure->code, QStringLiteral("0x800b0109"));
        QCOMPARE(r->failure->line, failureLine);
        QCOMPARE(r->ndesUrl, kWindowsUrl);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QRandomGenerator rng(7);
        QByteArray binary(256 * 1024, Qt::Uninitialized);
        for (char &c : binary)
            c = char(rng.bounded(256));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\r\n\n   \n");
        QTest::newRow("binary") << binary;
        QTest::newRow("NUL bytes") << QByteArray(4096, '\0');
        QTest::newRow("prose") << QByteArray("Bonjour,\nle certificat ne s'installe pas sur mon iPhone.\n");
        QTest::newRow("IIS log") << QByteArray("#Software: Microsoft Internet Information Services 10.0\n#Fields: date time cs-method cs-uri-stem\n"
                                               "2024-03-11 09:15:09 GET /certsrv/mscep/mscep.dll\n");
        QTest::newRow("another provider's events")
            << QByteArray("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Application Error'/>"
                          "<EventID>1000</EventID></System><EventData><Data>w3wp.exe</Data></EventData></Event>\n");
        QTest::newRow("RTF without a device log") << QByteArray("{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\\f0 Hello\\\nWorld}\n");
        QTest::newRow("JSON") << QByteArray("{\"platform\": \"ios\", \"stages\": []}\n");
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        const Expected<DeviceLogReport> r = readDeviceLogBytes(bytes, QStringLiteral("input.bin"));
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().what, QStringLiteral("not a recognised device log"));
        QCOMPARE(r.error().where, QStringLiteral("input.bin"));
        QVERIFY(!looksLikeDeviceLog(bytes.left(64 * 1024)));
    }

    void unreadableFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Expected<DeviceLogReport> r = readDeviceLog(dir.filePath(QStringLiteral("missing.log")));
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().where, dir.filePath(QStringLiteral("missing.log")));
        r = readDeviceLog(dir.path());
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().where, dir.path());
    }

    void progressAndCancel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("OMADM.log")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray retry = omadm("Sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca");
        for (int i = 0; i < 20000; ++i)
            f.write(retry);
        f.close();

        qint64 done = -1, total = -1;
        int calls = 0;
        const std::atomic<bool> no{false};
        const Expected<DeviceLogReport> r = readDeviceLog(f.fileName(), [&](qint64 d, qint64 t) {
            QVERIFY(d >= done);
            done = d;
            total = t;
            ++calls;
        }, no);
        QVERIFY(r.hasValue());
        QCOMPARE(r->lines, qint64(20000));
        QVERIFY(calls > 1);
        QCOMPARE(done, f.size());
        QCOMPARE(total, f.size());

        const std::atomic<bool> yes{true};
        const Expected<DeviceLogReport> cancelled = readDeviceLog(f.fileName(), ReadProgress(), yes);
        QVERIFY(!cancelled.hasValue());
        QCOMPARE(cancelled.error().what, QStringLiteral("cancelled"));
    }

    void longLines()
    {
        // A SyncML document far longer than the line cap, in the middle of a trace: the line is counted and cut,
        // the lines after it keep their numbers.
        QByteArray log = fixtureBytes(QStringLiteral("android/success-OMADM.log"));
        const qsizetype third = log.indexOf('\n', log.indexOf('\n') + 1) + 1;
        const QByteArray syncml = omadm("<SyncML>" + QByteArray("<Data>challenge=abc</Data>").repeated(20000) + "</SyncML>",
                                        "com.microsoft.omadm.syncml.SyncmlSession");
        QVERIFY(syncml.size() > 4 * kMaxLineChars);
        log.insert(third, syncml);
        const Expected<DeviceLogReport> r = readDeviceLogBytes(log, QStringLiteral("OMADM.log"));
        QVERIFY(r.hasValue());
        QCOMPARE(r->lines, qint64(16));
        QCOMPARE(r->cutLines, qint64(1));
        QVERIFY(r->installed());
        QCOMPARE(::evidenceLines(stage(*r, Stage::Installed)), (QList<qint64>{14, 15, 16}));

        // One line of 20 MB and no newline at all: read piece by piece, nothing recognised.
        const QByteArray huge(20 * 1024 * 1024, 'A');
        const Expected<DeviceLogReport> h = readDeviceLogBytes(huge, QStringLiteral("huge"));
        QVERIFY(!h.hasValue());
    }

    void evidenceIsBounded()
    {
        // Thousands of retries: the evidence per stage stays bounded and still holds a line that proves the stage.
        QByteArray log;
        for (int i = 0; i < 5000; ++i)
            log += omadm("Sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca");
        log += omadm("Received '200 OK' when sending GetCACaps(ca) to https://ndes.contoso.com/certsrv/mscep/mscep.dll?operation=GetCACaps&message=ca");
        const Expected<DeviceLogReport> r = readDeviceLogBytes(log, QStringLiteral("retries.log"));
        QVERIFY(r.hasValue());
        QCOMPARE(r->lines, qint64(5001));
        const StageResult &contacted = stage(*r, Stage::NdesContacted);
        QCOMPARE(contacted.evidence.size(), kMaxEvidencePerStage);
        QCOMPARE(contacted.evidence.constLast().line, qint64(5001));
        QVERIFY(stage(*r, Stage::GetCaCapsOk).reached);
    }

    void json()
    {
        const Expected<DeviceLogReport> r = readDeviceLog(fixture(QStringLiteral("android/fail-certrep-OMADM.log")));
        QVERIFY(r.hasValue());
        const QJsonObject o = deviceLogToJson(*r);
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("platform"), QStringLiteral("ndesUrl"), QStringLiteral("stages"),
                                QStringLiteral("reached"), QStringLiteral("failure")}));
        QCOMPARE(o.value(QStringLiteral("platform")).toString(), QStringLiteral("android"));
        QCOMPARE(o.value(QStringLiteral("ndesUrl")).toString(), kContosoUrl);
        QCOMPARE(o.value(QStringLiteral("reached")).toString(), QStringLiteral("certrep"));
        const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), kStageCount);
        for (int i = 0; i < kStageCount; ++i) {
            const QJsonObject s = stages.at(i).toObject();
            QCOMPARE(s.value(QStringLiteral("stage")).toString(), stageId(Stage(i)));
            QVERIFY(s.value(QStringLiteral("reached")).isBool());
            QVERIFY(s.value(QStringLiteral("evidence")).isArray());
        }
        const QJsonObject certrep = stages.at(5).toObject();
        QCOMPARE(certrep.value(QStringLiteral("status")).toString(), QStringLiteral("FAILURE"));
        QCOMPARE(certrep.value(QStringLiteral("failInfo")).toString(), QStringLiteral("badRequest"));
        QCOMPARE(certrep.value(QStringLiteral("evidence")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 9);
        const QJsonObject failure = o.value(QStringLiteral("failure")).toObject();
        QCOMPARE(failure.value(QStringLiteral("stage")).toString(), QStringLiteral("certrep"));
        QCOMPARE(failure.value(QStringLiteral("kind")).toString(), QStringLiteral("certrep-failure"));
        QCOMPARE(failure.value(QStringLiteral("line")).toInt(), 9);
        QVERIFY(failure.value(QStringLiteral("text")).toString().contains(QLatin1String("pkiStatus=FAILURE")));

        const Expected<DeviceLogReport> ok = readDeviceLog(fixture(QStringLiteral("windows/success-wevtutil.xml")));
        QVERIFY(ok.hasValue());
        QVERIFY(deviceLogToJson(*ok).value(QStringLiteral("failure")).isNull());
        const Expected<DeviceLogReport> noUrl = readDeviceLog(fixture(QStringLiteral("windows/fail-306-wevtutil.xml")));
        QVERIFY(noUrl.hasValue());
        QVERIFY(deviceLogToJson(*noUrl).value(QStringLiteral("ndesUrl")).isNull());
    }

    void ids()
    {
        QCOMPARE(allStages().size(), kStageCount);
        for (Stage s : allStages())
            QCOMPARE(stageFromId(stageId(s)), std::optional<Stage>(s));
        QVERIFY(!stageFromId(QStringLiteral("nope")));
        QCOMPARE(platformId(Platform::Ios), QStringLiteral("ios"));
        QCOMPARE(formatId(Format::WindowsText), QStringLiteral("windows-text"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceLog)
#include "tst_devicelog.moc"
