// The local checks on snapshot folders written to a temporary directory and read back by SnapshotSource.
// Facts are recorded outputs from tests/fixtures/facts/ or small outputs written here; certificates are
// issued by scep::issueCertificate around a fixed "now".

#include "checks/catalogue.h"
#include "checks/check.h"
#include "checks/crlreachability.h"
#include "facts/snapshotsource.h"
#include "scep/certinfo.h"
#include "scep/ossl.h"
#include "scep/pki.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace ndes;
using ndes::facts::RawFact;

namespace {

const QDateTime fixedNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

QByteArray fixture(const QString &rel)
{
    QFile f(QStringLiteral(NDES_FIXTURES_DIR "/facts/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(rel));
    return f.readAll();
}

// A fact for the table: single-part bytes, or parts, with an exit code or a status.
QVariant single(const QByteArray &bytes, int exitCode = 0)
{
    return QVariantMap{{QStringLiteral("bytes"), bytes}, {QStringLiteral("exitCode"), exitCode}};
}

QVariant parts(const QVariantMap &files, int exitCode = 0)
{
    return QVariantMap{{QStringLiteral("files"), files}, {QStringLiteral("exitCode"), exitCode}};
}

QVariant withStatus(const QString &status)
{
    return QVariantMap{{QStringLiteral("status"), status}};
}

std::unique_ptr<facts::SnapshotSource> writeAndOpen(const QTemporaryDir &dir, const QVariantMap &table)
{
    QList<RawFact> list;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        const QVariantMap spec = it.value().toMap();
        RawFact f;
        f.id = it.key();
        f.status = RawFact::Present;
        if (spec.contains(QStringLiteral("status"))) {
            f.status = *facts::statusFromName(spec.value(QStringLiteral("status")).toString());
            f.error = QStringLiteral("recorded as ") + spec.value(QStringLiteral("status")).toString();
        }
        f.exitCode = spec.value(QStringLiteral("exitCode")).toInt();
        f.origin = QStringLiteral("test:") + f.id;
        f.bytes = spec.value(QStringLiteral("bytes")).toByteArray();
        const QVariantMap files = spec.value(QStringLiteral("files")).toMap();
        for (auto p = files.cbegin(); p != files.cend(); ++p)
            f.files.append({p.key(), p.value().toByteArray()});
        list.append(f);
    }
    const auto written = facts::writeSnapshot(dir.path(), list, QStringLiteral("NDES01"), fixedNow);
    if (!written)
        qFatal("writeSnapshot: %s", qPrintable(written.error().toString()));
    auto opened = facts::SnapshotSource::open(dir.path());
    if (!opened)
        qFatal("open: %s", qPrintable(opened.error().toString()));
    return std::move(opened.value());
}

// ---- certificates

scep::IssuedCert issue(const scep::CertSpec &spec, const scep::IssuedCert *issuer)
{
    auto c = scep::issueCertificate(spec, issuer);
    if (!c)
        qFatal("issueCertificate: %s", qPrintable(c.error().toString()));
    return c.value();
}

QString thumbprint(const QByteArray &der)
{
    return scep::parseCertificate(der)->sha1Hex;
}

struct Pki {
    scep::IssuedCert root;
    scep::IssuedCert intermediate;
};

const Pki &pki()
{
    static const Pki p = [] {
        Pki out;
        scep::CertSpec root;
        root.commonName = QStringLiteral("Contoso Root CA");
        root.organization = QStringLiteral("Contoso");
        root.notBefore = fixedNow.addYears(-5);
        root.notAfter = fixedNow.addYears(10);
        root.isCa = true;
        root.keyUsage = scep::KeyUsage::KeyCertSign | scep::KeyUsage::CrlSign;
        out.root = issue(root, nullptr);
        scep::CertSpec inter = root;
        inter.commonName = QStringLiteral("Contoso Issuing CA");
        out.intermediate = issue(inter, &out.root);
        return out;
    }();
    return p;
}

scep::IssuedCert raCert(bool signing, const QDateTime &notAfter, const QStringList &crlUrls = {})
{
    scep::CertSpec s;
    s.commonName = signing ? QStringLiteral("NDES01-MSCEP-RA signing") : QStringLiteral("NDES01-MSCEP-RA encryption");
    s.organization = QStringLiteral("Contoso");
    s.notBefore = fixedNow.addYears(-1);
    s.notAfter = notAfter;
    s.keyUsage = signing ? scep::KeyUsage::DigitalSignature : scep::KeyUsage::KeyEncipherment;
    s.extendedKeyUsages = {QStringLiteral("1.3.6.1.4.1.311.20.2.1")};
    s.msTemplateName = signing ? QStringLiteral("EnrollmentAgentOffline") : QStringLiteral("CEPEncryption");
    s.crlUrls = crlUrls;
    return issue(s, &pki().intermediate);
}

// store.my with the two RA certificates; `keys` lists which ones have a private key.
QVariant myStore(const QList<scep::IssuedCert> &certs, const QList<bool> &keys)
{
    QVariantMap files;
    QByteArray keyList;
    for (qsizetype i = 0; i < certs.size(); ++i) {
        const QString t = thumbprint(certs.at(i).certDer);
        files.insert(t + QStringLiteral(".cer"), certs.at(i).certDer);
        if (keys.value(i, true))
            keyList += t.toLatin1() + "\r\n";
    }
    files.insert(QStringLiteral("private-keys.txt"), keyList);
    return parts(files);
}

QVariant rootStore(const QList<scep::IssuedCert> &certs)
{
    QVariantMap files;
    for (const auto &c : certs)
        files.insert(thumbprint(c.certDer) + QStringLiteral(".cer"), c.certDer);
    return parts(files);
}

// ---- events

QByteArray crashEvent(const QDateTime &when, qint64 record, const QString &app = QStringLiteral("w3wp.exe"))
{
    return QStringLiteral(
               "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Application Error'/>"
               "<EventID Qualifiers='0'>1000</EventID><Version>0</Version><Level>2</Level><Task>100</Task><Opcode>0</Opcode>"
               "<Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='%1'/><EventRecordID>%2</EventRecordID>"
               "<Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>Application</Channel>"
               "<Computer>NDES01.contoso.local</Computer><Security/></System><EventData>"
               "<Data Name='AppName'>%3</Data><Data Name='AppVersion'>10.0.20348.1</Data><Data Name='AppTimeStamp'>a4b1c2d3</Data>"
               "<Data Name='ModuleName'>KERNELBASE.dll</Data><Data Name='ModuleVersion'>10.0.20348.2227</Data>"
               "<Data Name='ModuleTimeStamp'>5e4f3a2b</Data><Data Name='ExceptionCode'>e0434352</Data>"
               "<Data Name='FaultingOffset'>000000000003f19c</Data></EventData></Event>\r\n")
        .arg(when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000Z")))
        .arg(record)
        .arg(app)
        .toUtf8();
}

const QByteArray windowsOff = "<system.webServer>\n  <security>\n    <authentication>\n"
                              "      <windowsAuthentication enabled=\"false\" />\n    </authentication>\n  </security>\n</system.webServer>\n";
const QByteArray anonymousOn = "<system.webServer>\n  <security>\n    <authentication>\n"
                               "      <anonymousAuthentication enabled=\"true\" userName=\"IUSR\" />\n    </authentication>\n  </security>\n</system.webServer>\n";
const QByteArray anonymousOff = "<system.webServer>\n  <security>\n    <authentication>\n"
                                "      <anonymousAuthentication enabled=\"false\" userName=\"IUSR\" />\n    </authentication>\n  </security>\n</system.webServer>\n";

QByteArray appHost(const QByteArray &requestLimits, const QByteArray &scepPool)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n  <system.applicationHost>\n    <applicationPools>\n"
           "      " + scepPool + "\n    </applicationPools>\n  </system.applicationHost>\n  <system.webServer>\n"
           "    <security>\n      <requestFiltering>\n        " + requestLimits + "\n      </requestFiltering>\n"
           "    </security>\n  </system.webServer>\n</configuration>\n";
}

QByteArray httpJson(const QByteArray &values)
{
    return "{\"key\": \"HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\HTTP\\\\Parameters\", \"found\": true, "
           "\"values\": [" + values + "]}";
}

const QByteArray scQueryRunning = "\r\nSERVICE_NAME: WAPCSvc\r\n        TYPE               : 10  WIN32_OWN_PROCESS\r\n"
                                  "        STATE              : 4  RUNNING\r\n"
                                  "                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)\r\n"
                                  "        WIN32_EXIT_CODE    : 0  (0x0)\r\n        SERVICE_EXIT_CODE  : 0  (0x0)\r\n"
                                  "        CHECKPOINT         : 0x0\r\n        WAIT_HINT          : 0x0\r\n";

QByteArray scQcDemand()
{
    QByteArray b = fixture(QStringLiteral("services/sc-qc-wapcsvc-delayed.txt"));
    b.replace("2   AUTO_START  (DELAYED)", "3   DEMAND_START");
    return b;
}

// ---- CRL

QByteArray makeCrl(const QDateTime &thisUpdate, const QDateTime &nextUpdate, bool pem)
{
    const scep::IssuedCert &ca = pki().intermediate;
    const auto *p = reinterpret_cast<const unsigned char *>(ca.certDer.constData());
    scep::X509Ptr caCert(d2i_X509(nullptr, &p, long(ca.certDer.size())));
    scep::BioPtr keyBio = scep::memBio(ca.keyPem);
    scep::EvpPkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    std::unique_ptr<X509_CRL, scep::OsslDeleter<X509_CRL_free>> crl(X509_CRL_new());
    scep::Asn1TimePtr last(ASN1_TIME_new());
    scep::Asn1TimePtr next(ASN1_TIME_new());
    if (!caCert || !key || !crl || !last || !next || X509_CRL_set_version(crl.get(), 1) != 1
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(caCert.get())) != 1
        || !scep::setTime(last.get(), thisUpdate) || !scep::setTime(next.get(), nextUpdate)
        || X509_CRL_set1_lastUpdate(crl.get(), last.get()) != 1 || X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1
        || X509_CRL_sign(crl.get(), key.get(), EVP_sha256()) <= 0)
        qFatal("CRL: %s", qPrintable(scep::drainOpenSslErrors().join(QLatin1String("; "))));
    if (pem) {
        scep::BioPtr out(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509_CRL(out.get(), crl.get());
        return scep::bioContents(out.get());
    }
    unsigned char *der = nullptr;
    const int len = i2d_X509_CRL(crl.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

// A loopback HTTP server: path -> body (200), "404" for a 404, "hang" for a request never answered.
class CrlServer : public QObject {
public:
    QHash<QString, QByteArray> routes;

    CrlServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        const QString path = QString::fromLatin1(buf.split(' ').value(1));
        const auto it = routes.constFind(path);
        if (it != routes.constEnd() && it.value() == "hang")
            return;
        QByteArray answer;
        if (it == routes.constEnd() || it.value() == "404") {
            answer = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            answer = "HTTP/1.1 200 OK\r\nContent-Type: application/pkix-crl\r\nContent-Length: "
                     + QByteArray::number(it.value().size()) + "\r\nConnection: close\r\n\r\n" + it.value();
        }
        s->write(answer);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A port that refuses connections: bound once, then closed.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogue();
    void checks_data();
    void checks();
    void snapshotFolder_data();
    void snapshotFolder();
    void crl_data();
    void crl();
};

void TestChecks::catalogue()
{
    const QStringList expected{QStringLiteral("apppool.scep"), QStringLiteral("events.w3wp-crash"),
                               QStringLiteral("rootstore.intermediates"), QStringLiteral("crl.reachable"),
                               QStringLiteral("iis.auth.certregsvc"), QStringLiteral("service.appproxy"),
                               QStringLiteral("limits.requestfiltering"), QStringLiteral("limits.httpsys"),
                               QStringLiteral("account.ndes-service"), QStringLiteral("certs.mscep-ra"),
                               QStringLiteral("connector.install"), QStringLiteral("rights.impersonate")};
    QCOMPARE(checks::checkIds(), expected);
    QVERIFY(checks::isAsyncCheck(QStringLiteral("crl.reachable")));
    QVERIFY(!checks::runCheck(QStringLiteral("crl.reachable"), {}));
    QVERIFY(!checks::runCheck(QStringLiteral("no.such.check"), {}));

    // An empty snapshot: every synchronous check is skipped, naming the fact it wanted.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto source = writeAndOpen(dir, {});
    const checks::CheckContext ctx{source.get(), fixedNow};
    for (const QString &id : expected) {
        if (checks::isAsyncCheck(id))
            continue;
        const auto r = checks::runCheck(id, ctx);
        QVERIFY(r);
        QCOMPARE(r->id, id);
        QCOMPARE(checkStatusId(r->status), QStringLiteral("skipped"));
        QVERIFY2(r->reason == QLatin1String("fact-missing") || r->reason == QLatin1String("log-absent"),
                 qPrintable(id + QLatin1Char(' ') + r->reason));
        QVERIFY2(!r->evidence.value(QStringLiteral("fact")).toString().isEmpty(), qPrintable(id));
        QVERIFY(r->remediation.isEmpty());
    }
    // No source at all does not crash either.
    QCOMPARE(checks::runCheck(QStringLiteral("apppool.scep"), {nullptr, fixedNow})->reason, QStringLiteral("fact-missing"));
}

void TestChecks::checks_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QVariantMap>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QVariantMap>("evidence"); // keys ("a.b" for nested maps, "a.0" for a list item) that must hold these values
    QTest::addColumn<QString>("remediation");

    const QString pool = QStringLiteral("apppool.scep");
    const QString state = QStringLiteral("appcmd.apppool.scep.state");
    const QString poolFix = QStringLiteral("service-unavailable-503#check-app-pool");
    QTest::newRow("apppool started") << pool << QVariantMap{{state, single(fixture(QStringLiteral("appcmd/apppool-scep-state.txt")))}}
                                     << "pass" << "pool-started" << QVariantMap{{QStringLiteral("state"), QStringLiteral("Started")}} << QString();
    QTest::newRow("apppool starting") << pool << QVariantMap{{state, single("Starting\r\n")}}
                                      << "warn" << "pool-starting" << QVariantMap{} << poolFix;
    QTest::newRow("apppool stopped") << pool << QVariantMap{{state, single(fixture(QStringLiteral("appcmd/apppool-scep-state-stopped-lf.txt")))}}
                                     << "fail" << "pool-stopped" << QVariantMap{{QStringLiteral("state"), QStringLiteral("Stopped")}} << poolFix;
    QTest::newRow("apppool missing (fr)") << pool << QVariantMap{{state, single(fixture(QStringLiteral("appcmd/apppool-notfound-fr.txt")), 1168)}}
                                          << "fail" << "pool-missing" << QVariantMap{{QStringLiteral("exitCode"), 1168}} << poolFix;
    QTest::newRow("apppool from list") << pool << QVariantMap{{QStringLiteral("appcmd.apppool.list"), single(fixture(QStringLiteral("appcmd/list-apppool.txt")))}}
                                       << "fail" << "pool-stopped" << QVariantMap{{QStringLiteral("line"), 5}} << poolFix;
    QTest::newRow("apppool not in list") << pool << QVariantMap{{QStringLiteral("appcmd.apppool.list"), single("APPPOOL \"DefaultAppPool\" (MgdVersion:v4.0,MgdMode:Integrated,state:Started)\r\n")}}
                                         << "fail" << "pool-missing" << QVariantMap{{QStringLiteral("pools"), QStringList{QStringLiteral("DefaultAppPool")}}} << poolFix;
    QTest::newRow("apppool not available") << pool << QVariantMap{{state, withStatus(QStringLiteral("not-available"))}}
                                           << "skipped" << "not-available" << QVariantMap{{QStringLiteral("fact"), state}} << QString();

    const QString rights = QStringLiteral("rights.impersonate");
    const QString secedit = QStringLiteral("secedit.user_rights");
    QTest::newRow("rights granted") << rights << QVariantMap{{secedit, single(fixture(QStringLiteral("userrights/secedit-iis.inf")))}}
                                    << "pass" << "iis-iusrs-granted" << QVariantMap{} << QString();
    QTest::newRow("rights missing (fr)") << rights << QVariantMap{{secedit, single(fixture(QStringLiteral("userrights/secedit-fr-no-iis.inf")))}}
                                         << "fail" << "iis-iusrs-missing"
                                         << QVariantMap{{QStringLiteral("principals"), QStringList{QStringLiteral("*S-1-5-19"), QStringLiteral("*S-1-5-20"), QStringLiteral("*S-1-5-32-544"), QStringLiteral("*S-1-5-6")}}}
                                         << QStringLiteral("internal-error-500#cause-impersonate");
    QTest::newRow("rights by name only") << rights << QVariantMap{{secedit, single("[Unicode]\r\nUnicode=yes\r\n[Privilege Rights]\r\nSeImpersonatePrivilege = *S-1-5-19,IIS_IUSRS\r\n[Version]\r\nsignature=\"$CHICAGO$\"\r\nRevision=1\r\n")}}
                                         << "fail" << "iis-iusrs-missing" << QVariantMap{} << QStringLiteral("internal-error-500#cause-impersonate");
    QTest::newRow("rights no section") << rights << QVariantMap{{secedit, single(fixture(QStringLiteral("userrights/secedit-no-section.inf")))}}
                                       << "skipped" << "fact-unreadable" << QVariantMap{{QStringLiteral("fact"), secedit}} << QString();
    QTest::newRow("rights failed") << rights << QVariantMap{{secedit, withStatus(QStringLiteral("failed"))}}
                                   << "skipped" << "fact-unreadable" << QVariantMap{{QStringLiteral("fact"), secedit}} << QString();

    const QString proxy = QStringLiteral("service.appproxy");
    const QString query = QStringLiteral("sc.query.wapcsvc");
    const QString qc = QStringLiteral("sc.qc.wapcsvc");
    const QByteArray qcAuto = fixture(QStringLiteral("services/sc-qc-wapcsvc-delayed.txt"));
    QTest::newRow("appproxy running auto") << proxy << QVariantMap{{query, single(scQueryRunning)}, {qc, single(qcAuto)}}
                                           << "pass" << "service-running-automatic" << QVariantMap{{QStringLiteral("state"), 4}, {QStringLiteral("startType"), 2}, {QStringLiteral("delayed"), true}} << QString();
    QTest::newRow("appproxy stopped") << proxy << QVariantMap{{query, single(fixture(QStringLiteral("services/sc-query-wapcsvc-stopped-lf.txt")))}, {qc, single(qcAuto)}}
                                      << "fail" << "service-not-running" << QVariantMap{{QStringLiteral("state"), 1}} << QStringLiteral("gateway-timeout#fix");
    QTest::newRow("appproxy manual") << proxy << QVariantMap{{query, single(scQueryRunning)}, {qc, single(scQcDemand())}}
                                     << "fail" << "service-not-automatic" << QVariantMap{{QStringLiteral("startType"), 3}} << QStringLiteral("gateway-timeout#fix");
    QTest::newRow("appproxy absent (fr)") << proxy << QVariantMap{{query, single(fixture(QStringLiteral("services/sc-query-notfound-fr.txt")), 1060)}}
                                          << "skipped" << "not-installed" << QVariantMap{{QStringLiteral("code"), 1060}} << QString();
    QTest::newRow("appproxy missing") << proxy << QVariantMap{}
                                      << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), query}} << QString();

    const QString rf = QStringLiteral("limits.requestfiltering");
    const QString host = QStringLiteral("file.applicationhost.config");
    const QString rfFix = QStringLiteral("request-too-long#fix-request-filtering");
    const QByteArray poolSpecific = "<add name=\"SCEP\" managedRuntimeVersion=\"v4.0\"><processModel identityType=\"SpecificUser\" userName=\"CONTOSO\\svc-ndes\" /></add>";
    QTest::newRow("requestfiltering raised") << rf << QVariantMap{{host, single(appHost("<requestLimits maxUrl=\"65534\" maxQueryString=\"65534\" />", poolSpecific))}}
                                             << "pass" << "limits-sufficient" << QVariantMap{{QStringLiteral("maxUrl"), 65534}, {QStringLiteral("maxQueryString"), 65534}} << QString();
    QTest::newRow("requestfiltering defaults") << rf << QVariantMap{{host, single(appHost("", poolSpecific))}}
                                               << "fail" << "limits-too-low" << QVariantMap{{QStringLiteral("maxUrl"), 4096}, {QStringLiteral("maxQueryString"), 2048}} << rfFix;
    QTest::newRow("requestfiltering site web.config lowers") << rf
        << QVariantMap{{host, single(appHost("<requestLimits maxUrl=\"65534\" maxQueryString=\"65534\" />", poolSpecific))},
                       {QStringLiteral("file.web.config.site"), single("<?xml version=\"1.0\"?>\n<configuration>\n<system.webServer>\n<security>\n<requestFiltering>\n"
                                                                        "<requestLimits maxQueryString=\"4096\" />\n</requestFiltering>\n</security>\n</system.webServer>\n</configuration>\n")}}
        << "fail" << "limits-too-low" << QVariantMap{{QStringLiteral("maxUrl"), 65534}, {QStringLiteral("maxQueryString"), 4096}} << rfFix;
    const QString mscepWeb = QStringLiteral("file.web.config.mscep");
    QTest::newRow("requestfiltering mscep web.config lowers") << rf
        << QVariantMap{{host, single(appHost("<requestLimits maxUrl=\"65534\" maxQueryString=\"65534\" />", poolSpecific))},
                       {mscepWeb, single(fixture(QStringLiteral("iisconfig/mscep-web-lowers.config")))}}
        << "fail" << "limits-too-low"
        << QVariantMap{{QStringLiteral("maxUrl"), 65534}, {QStringLiteral("maxQueryString"), 2048},
                       {QStringLiteral("maxQueryStringFrom"), QStringLiteral("app-web.config Default Web Site/CertSrv/mscep/web.config:6")}}
        << rfFix;
    QTest::newRow("requestfiltering mscep web.config raises over site") << rf
        << QVariantMap{{host, single(appHost("<requestLimits maxUrl=\"65534\" maxQueryString=\"65534\" />", poolSpecific))},
                       {QStringLiteral("file.web.config.site"), single("<?xml version=\"1.0\"?>\n<configuration>\n<system.webServer>\n<security>\n<requestFiltering>\n"
                                                                        "<requestLimits maxQueryString=\"4096\" />\n</requestFiltering>\n</security>\n</system.webServer>\n</configuration>\n")},
                       {mscepWeb, single(fixture(QStringLiteral("iisconfig/app-web.config")))}}
        << "pass" << "limits-sufficient"
        << QVariantMap{{QStringLiteral("maxQueryString"), 65534},
                       {QStringLiteral("maxQueryStringFrom"), QStringLiteral("app-web.config Default Web Site/CertSrv/mscep/web.config:6")}}
        << QString();
    QTest::newRow("requestfiltering appcmd defaults") << rf << QVariantMap{{QStringLiteral("appcmd.config.requestfiltering"), single(fixture(QStringLiteral("appcmd/requestfiltering-defaults.xml")))}}
                                                      << "fail" << "limits-too-low" << QVariantMap{{QStringLiteral("maxUrlFrom"), QStringLiteral("default")}} << rfFix;
    QTest::newRow("requestfiltering missing") << rf << QVariantMap{}
                                              << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), host}} << QString();

    const QString hs = QStringLiteral("limits.httpsys");
    const QString reg = QStringLiteral("reg.http.parameters");
    const QString hsFix = QStringLiteral("request-too-long#fix-httpsys");
    QTest::newRow("httpsys raised") << hs << QVariantMap{{reg, single(httpJson("{\"name\": \"MaxFieldLength\", \"type\": \"number\", \"value\": 65534}, {\"name\": \"MaxRequestBytes\", \"type\": \"number\", \"value\": 65534}"))}}
                                    << "pass" << "limits-sufficient" << QVariantMap{{QStringLiteral("MaxFieldLength"), 65534}} << QString();
    QTest::newRow("httpsys absent") << hs << QVariantMap{{reg, single(httpJson(""))}}
                                    << "warn" << "values-absent" << QVariantMap{{QStringLiteral("absent"), QStringList{QStringLiteral("MaxFieldLength"), QStringLiteral("MaxRequestBytes")}}} << hsFix;
    QTest::newRow("httpsys low") << hs << QVariantMap{{reg, single(httpJson("{\"name\": \"MaxFieldLength\", \"type\": \"number\", \"value\": 16384}, {\"name\": \"MaxRequestBytes\", \"type\": \"number\", \"value\": 65534}"))}}
                                 << "fail" << "limits-too-low" << QVariantMap{{QStringLiteral("belowMinimum"), QStringList{QStringLiteral("MaxFieldLength")}}, {QStringLiteral("MaxFieldLength"), 16384}} << hsFix;
    QTest::newRow("httpsys missing") << hs << QVariantMap{}
                                     << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), reg}} << QString();

    const QString auth = QStringLiteral("iis.auth.certregsvc");
    const QString authFact = QStringLiteral("appcmd.config.auth.certregsvc");
    const QString authFix = QStringLiteral("service-unavailable-503#cause-windows-auth");
    const QString anonPart = QStringLiteral("anonymousAuthentication.xml");
    const QString winPart = QStringLiteral("windowsAuthentication.xml");
    QTest::newRow("auth anonymous only") << auth << QVariantMap{{authFact, parts({{anonPart, anonymousOn}, {winPart, windowsOff}})}}
                                         << "pass" << "anonymous-only" << QVariantMap{{QStringLiteral("anonymousEnabled"), true}, {QStringLiteral("windowsEnabled"), false}} << QString();
    QTest::newRow("auth windows on") << auth << QVariantMap{{authFact, parts({{anonPart, anonymousOn}, {winPart, fixture(QStringLiteral("appcmd/auth-windows-on.xml"))}})}}
                                     << "fail" << "windows-auth-enabled" << QVariantMap{{QStringLiteral("windowsEnabled"), true}} << authFix;
    QTest::newRow("auth anonymous off") << auth << QVariantMap{{authFact, parts({{anonPart, anonymousOff}, {winPart, windowsOff}})}}
                                        << "fail" << "anonymous-disabled" << QVariantMap{{QStringLiteral("anonymousEnabled"), false}} << authFix;
    const QByteArray siteNotFound = fixture(QStringLiteral("appcmd/site-notfound-en.txt"));
    QTest::newRow("auth no application") << auth << QVariantMap{{authFact, parts({{anonPart, siteNotFound}, {winPart, siteNotFound}}, 1168)}}
                                         << "skipped" << "not-present" << QVariantMap{} << QString();
    QTest::newRow("auth missing") << auth << QVariantMap{}
                                  << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), authFact}} << QString();

    const QString ra = QStringLiteral("certs.mscep-ra");
    const QString my = QStringLiteral("store.my");
    const QString raFix = QStringLiteral("internal-error-500#cause-ra-expired");
    const auto pair = [](const QDateTime &signingEnd, const QDateTime &encryptionEnd) {
        return QList<scep::IssuedCert>{raCert(true, signingEnd), raCert(false, encryptionEnd)};
    };
    const QDateTime year = fixedNow.addDays(365);
    QTest::newRow("ra valid") << ra << QVariantMap{{my, myStore(pair(year, year), {true, true})}}
                              << "pass" << "ra-valid" << QVariantMap{{QStringLiteral("signing.daysLeft"), 365}, {QStringLiteral("encryption.hasPrivateKey"), true}, {QStringLiteral("signing.byTemplateName"), true}} << QString();
    QTest::newRow("ra 31 days left") << ra << QVariantMap{{my, myStore(pair(fixedNow.addDays(31), year), {true, true})}}
                                     << "pass" << "ra-valid" << QVariantMap{{QStringLiteral("signing.daysLeft"), 31}, {QStringLiteral("signing.grade"), QStringLiteral("ra-valid")}} << QString();
    QTest::newRow("ra 29 days left") << ra << QVariantMap{{my, myStore(pair(year, fixedNow.addDays(29)), {true, true})}}
                                     << "warn" << "ra-expiring" << QVariantMap{{QStringLiteral("encryption.daysLeft"), 29}, {QStringLiteral("encryption.grade"), QStringLiteral("ra-expiring")}} << raFix;
    QTest::newRow("ra expires today") << ra << QVariantMap{{my, myStore(pair(fixedNow.addSecs(3 * 3600), year), {true, true})}}
                                      << "warn" << "ra-expiring" << QVariantMap{{QStringLiteral("signing.daysLeft"), 0}} << raFix;
    QTest::newRow("ra expired") << ra << QVariantMap{{my, myStore(pair(fixedNow.addDays(-12), year), {true, true})}}
                                << "fail" << "ra-expired" << QVariantMap{{QStringLiteral("signing.daysLeft"), -12}, {QStringLiteral("signing.grade"), QStringLiteral("ra-expired")}} << raFix;
    QTest::newRow("ra no private key") << ra << QVariantMap{{my, myStore(pair(year, year), {true, false})}}
                                       << "fail" << "ra-no-private-key" << QVariantMap{{QStringLiteral("encryption.hasPrivateKey"), false}} << raFix;
    QTest::newRow("ra encryption missing") << ra << QVariantMap{{my, myStore({raCert(true, year)}, {true})}}
                                           << "fail" << "ra-missing" << QVariantMap{{QStringLiteral("encryption.grade"), QStringLiteral("ra-missing")}} << raFix;
    QTest::newRow("ra missing fact") << ra << QVariantMap{}
                                     << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), my}} << QString();

    const QString rootCheck = QStringLiteral("rootstore.intermediates");
    const QString root = QStringLiteral("store.root");
    QTest::newRow("root clean") << rootCheck << QVariantMap{{root, rootStore({pki().root})}}
                                << "pass" << "root-store-clean" << QVariantMap{{QStringLiteral("certificates"), 1}} << QString();
    QTest::newRow("root holds intermediate") << rootCheck << QVariantMap{{root, rootStore({pki().root, pki().intermediate})}}
                                             << "fail" << "intermediates-in-root"
                                             << QVariantMap{{QStringLiteral("certificates"), 2},
                                                            {QStringLiteral("intermediates.0.thumbprint"), thumbprint(pki().intermediate.certDer)},
                                                            {QStringLiteral("intermediates.0.subject"), QStringLiteral("CN=Contoso Issuing CA, O=Contoso")},
                                                            {QStringLiteral("intermediates.0.issuer"), QStringLiteral("CN=Contoso Root CA, O=Contoso")},
                                                            {QStringLiteral("intermediates.0.selfSigned"), false}}
                                             << QStringLiteral("service-unavailable-503#cause-intermediates");
    QTest::newRow("root empty") << rootCheck << QVariantMap{{root, parts({})}}
                                << "skipped" << "store-empty" << QVariantMap{{QStringLiteral("certificates"), 0}} << QString();
    QTest::newRow("root missing") << rootCheck << QVariantMap{}
                                  << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), root}} << QString();

    const QString crash = QStringLiteral("events.w3wp-crash");
    const QString events = QStringLiteral("events.application.1000");
    QTest::newRow("crash recent") << crash << QVariantMap{{events, single(crashEvent(fixedNow.addDays(-1), 12) + crashEvent(fixedNow.addDays(-3), 11)
                                                                          + crashEvent(fixedNow.addDays(-2), 10, QStringLiteral("notepad.exe")) + crashEvent(fixedNow.addDays(-20), 9))}}
                                  << "fail" << "w3wp-crashes"
                                  << QVariantMap{{QStringLiteral("count"), 2}, {QStringLiteral("newest"), fixedNow.addDays(-1).toString(Qt::ISODate)},
                                                 {QStringLiteral("faultingModule"), QStringLiteral("KERNELBASE.dll")}, {QStringLiteral("exceptionCode"), QStringLiteral("e0434352")},
                                                 {QStringLiteral("recordId"), 12}, {QStringLiteral("olderCount"), 1}}
                                  << QStringLiteral("service-unavailable-503#check-crash-events");
    QTest::newRow("crash old only") << crash << QVariantMap{{events, single(fixture(QStringLiteral("events/w3wp-crash-named.xml")))}}
                                    << "pass" << "only-older-crashes" << QVariantMap{{QStringLiteral("newestOlder"), QStringLiteral("2024-03-01T08:15:42Z")}} << QString();
    QTest::newRow("crash none") << crash << QVariantMap{{events, single("")}}
                                << "pass" << "no-crashes" << QVariantMap{} << QString();
    QTest::newRow("crash missing") << crash << QVariantMap{}
                                   << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), events}} << QString();

    const QString install = QStringLiteral("connector.install");
    const QString msi = QStringLiteral("file.setupmsi.log");
    const QString msiPart = QStringLiteral("NDESConnectorSetup.SetupMsi.log");
    QTest::newRow("install success") << install << QVariantMap{{msi, parts({{msiPart, fixture(QStringLiteral("setupmsi/success-en.log"))}})}}
                                     << "pass" << "install-succeeded" << QVariantMap{} << QString();
    QTest::newRow("install failure (fr)") << install << QVariantMap{{msi, parts({{msiPart, fixture(QStringLiteral("setupmsi/failure-fr.log"))}})}}
                                          << "fail" << "install-failed" << QVariantMap{{QStringLiteral("logs.0.outcome"), QStringLiteral("failure")}, {QStringLiteral("logs.0.file"), msiPart}} << QStringLiteral("ndes-default-page#fix-reinstall");
    QTest::newRow("install cancelled") << install << QVariantMap{{msi, parts({{msiPart, fixture(QStringLiteral("setupmsi/cancelled-en.log"))}})}}
                                       << "warn" << "install-cancelled" << QVariantMap{} << QStringLiteral("ndes-default-page#check-setup-log");
    QTest::newRow("install no log") << install << QVariantMap{}
                                    << "skipped" << "log-absent" << QVariantMap{{QStringLiteral("fact"), msi}} << QString();

    const QString account = QStringLiteral("account.ndes-service");
    const QString ad = QStringLiteral("ad.service-account");
    const QString adFix = QStringLiteral("internal-error-500#cause-account");
    const QVariant specificHost = single(appHost("", poolSpecific));
    QTest::newRow("account usable") << account << QVariantMap{{host, specificHost}, {ad, single(fixture(QStringLiteral("adaccount/user-ok-ps51.json")))}}
                                    << "pass" << "account-usable" << QVariantMap{{QStringLiteral("kind"), QStringLiteral("user")}, {QStringLiteral("identityType"), QStringLiteral("SpecificUser")}} << QString();
    QTest::newRow("account gmsa") << account << QVariantMap{{ad, single(fixture(QStringLiteral("adaccount/gmsa.json")))}}
                                  << "pass" << "account-usable" << QVariantMap{{QStringLiteral("kind"), QStringLiteral("gmsa")}, {QStringLiteral("passwordManaged"), true}} << QString();
    QTest::newRow("account locked and expired") << account << QVariantMap{{ad, single(fixture(QStringLiteral("adaccount/user-locked-expired-ps7.json")))}}
                                                << "fail" << "account-locked"
                                                << QVariantMap{{QStringLiteral("problems"), QStringList{QStringLiteral("account-locked"), QStringLiteral("password-expired"), QStringLiteral("account-expired")}}}
                                                << adFix;
    QTest::newRow("account disabled") << account << QVariantMap{{ad, single(fixture(QStringLiteral("adaccount/user-disabled-ps51.json")))}}
                                      << "fail" << "account-disabled" << QVariantMap{} << adFix;
    QTest::newRow("account built-in") << account << QVariantMap{{host, single(appHost("", "<add name=\"SCEP\" managedRuntimeVersion=\"v4.0\" />"))}}
                                      << "skipped" << "built-in-identity" << QVariantMap{{QStringLiteral("identityType"), QStringLiteral("ApplicationPoolIdentity")}} << QString();
    QTest::newRow("account missing") << account << QVariantMap{{host, specificHost}}
                                     << "skipped" << "fact-missing" << QVariantMap{{QStringLiteral("fact"), ad}} << QString();
}

void TestChecks::checks()
{
    QFETCH(QString, check);
    QFETCH(QVariantMap, facts);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, evidence);
    QFETCH(QString, remediation);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto source = writeAndOpen(dir, facts);
    QVERIFY2(source->problems().isEmpty(), qPrintable(source->problems().join(QLatin1String("; "))));
    const auto r = checks::runCheck(check, {source.get(), fixedNow});
    QVERIFY(r);
    const QString dump = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(r->evidence)).toJson(QJsonDocument::Compact));
    QCOMPARE(r->id, check);
    QVERIFY2(checkStatusId(r->status) == status, qPrintable(checkStatusId(r->status) + QLatin1Char(' ') + r->reason + QLatin1Char(' ') + dump));
    QVERIFY2(r->reason == reason, qPrintable(r->reason + QLatin1Char(' ') + dump));
    QCOMPARE(r->remediation, remediation);
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        // "a.b" names key b of the map under key a.
        const QStringList path = it.key().split(QLatin1Char('.'));
        QVariant value = r->evidence.value(path.first());
        for (qsizetype i = 1; i < path.size(); ++i) {
            bool isIndex = false;
            const int index = path.at(i).toInt(&isIndex);
            value = isIndex ? value.toList().value(index) : value.toMap().value(path.at(i));
        }
        QVERIFY2(value == it.value(), qPrintable(it.key() + QLatin1Char(' ') + dump));
    }
    QVERIFY2(!dump.contains(QLatin1String("AnonPa55")), "a password reached the evidence");
}

void TestChecks::snapshotFolder_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("apppool.scep") << "apppool.scep" << "fail" << "pool-stopped";
    QTest::newRow("events.w3wp-crash") << "events.w3wp-crash" << "fail" << "w3wp-crashes";
    QTest::newRow("rootstore.intermediates") << "rootstore.intermediates" << "skipped" << "fact-missing";
    QTest::newRow("iis.auth.certregsvc") << "iis.auth.certregsvc" << "fail" << "windows-auth-enabled";
    QTest::newRow("service.appproxy") << "service.appproxy" << "skipped" << "not-installed";
    QTest::newRow("limits.requestfiltering") << "limits.requestfiltering" << "skipped" << "fact-unreadable";
    QTest::newRow("limits.httpsys") << "limits.httpsys" << "warn" << "values-absent";
    QTest::newRow("account.ndes-service") << "account.ndes-service" << "fail" << "account-locked";
    QTest::newRow("certs.mscep-ra") << "certs.mscep-ra" << "skipped" << "not-available";
    QTest::newRow("connector.install") << "connector.install" << "skipped" << "log-absent";
    QTest::newRow("rights.impersonate") << "rights.impersonate" << "pass" << "iis-iusrs-granted";
}

// A snapshot folder written by hand (tests/fixtures/checks/server-503/README.md).
void TestChecks::snapshotFolder()
{
    QFETCH(QString, check);
    QFETCH(QString, status);
    QFETCH(QString, reason);

    auto source = facts::SnapshotSource::open(QStringLiteral(NDES_FIXTURES_DIR "/checks/server-503"));
    QVERIFY(source);
    QVERIFY((*source)->hasManifest());
    QVERIFY2((*source)->problems().isEmpty(), qPrintable((*source)->problems().join(QLatin1String("; "))));
    const QDateTime now(QDate(2024, 3, 3), QTime(0, 0), Qt::UTC);
    const auto r = checks::runCheck(check, {source->get(), now});
    QVERIFY(r);
    const QString dump = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(r->evidence)).toJson(QJsonDocument::Compact));
    QVERIFY2(checkStatusId(r->status) == status, qPrintable(checkStatusId(r->status) + QLatin1Char(' ') + r->reason + QLatin1Char(' ') + dump));
    QVERIFY2(r->reason == reason, qPrintable(r->reason + QLatin1Char(' ') + dump));
}

void TestChecks::crl_data()
{
    QTest::addColumn<QStringList>("routes");   // "path=fresh|stale|pem|404|hang|garbage"
    QTest::addColumn<QStringList>("cdp");      // CDP URLs; "{srv}" is the server, "{closed}" a refused port
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QVariantMap>("fetched"); // what the last fetched URL's evidence must hold
    QTest::addColumn<bool>("onConnector");    // the CDP is on the connector certificate, not on the RA ones

    QTest::newRow("fresh") << QStringList{QStringLiteral("/ca.crl=fresh")} << QStringList{QStringLiteral("{srv}/ca.crl")} << "pass" << "crls-fresh"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("fresh")}, {QStringLiteral("nextUpdate"), fixedNow.addDays(6).toString(Qt::ISODate)}} << false;
    QTest::newRow("fresh pem") << QStringList{QStringLiteral("/ca.crl=pem")} << QStringList{QStringLiteral("{srv}/ca.crl")} << "pass" << "crls-fresh"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("fresh")}} << false;
    QTest::newRow("stale") << QStringList{QStringLiteral("/ca.crl=stale")} << QStringList{QStringLiteral("{srv}/ca.crl")} << "fail" << "crl-stale"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("stale")}, {QStringLiteral("nextUpdate"), fixedNow.addDays(-2).toString(Qt::ISODate)}} << false;
    QTest::newRow("404") << QStringList{} << QStringList{QStringLiteral("{srv}/missing.crl")} << "fail" << "crl-unreachable"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("unreachable")}, {QStringLiteral("httpStatus"), 404}} << false;
    QTest::newRow("refused") << QStringList{} << QStringList{QStringLiteral("{closed}/ca.crl")} << "fail" << "crl-unreachable"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("unreachable")}, {QStringLiteral("networkError"), int(QNetworkReply::ConnectionRefusedError)}} << false;
    QTest::newRow("timeout") << QStringList{QStringLiteral("/ca.crl=hang")} << QStringList{QStringLiteral("{srv}/ca.crl")} << "fail" << "crl-unreachable"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("unreachable")}, {QStringLiteral("error"), QStringLiteral("timeout")}} << false;
    QTest::newRow("not a crl") << QStringList{QStringLiteral("/ca.crl=garbage")} << QStringList{QStringLiteral("{srv}/ca.crl")} << "fail" << "crl-invalid"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("not-a-crl")}} << false;
    QTest::newRow("ldap only") << QStringList{} << QStringList{QStringLiteral("ldap:///CN=Contoso%20Issuing%20CA,CN=CDP?certificateRevocationList")} << "warn" << "ldap-not-tested"
        << QVariantMap{} << false;
    QTest::newRow("fresh and ldap") << QStringList{QStringLiteral("/ca.crl=fresh")}
                                    << QStringList{QStringLiteral("ldap:///CN=Contoso%20Issuing%20CA,CN=CDP?certificateRevocationList"), QStringLiteral("{srv}/ca.crl")}
                                    << "warn" << "ldap-not-tested"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("fresh")}} << false;
    QTest::newRow("connector certificate") << QStringList{QStringLiteral("/connector.crl=fresh")} << QStringList{QStringLiteral("{srv}/connector.crl")} << "pass" << "crls-fresh"
        << QVariantMap{{QStringLiteral("outcome"), QStringLiteral("fresh")}} << true;
    QTest::newRow("no cdp") << QStringList{} << QStringList{} << "skipped" << "no-cdp"
        << QVariantMap{} << false;
}

void TestChecks::crl()
{
    QFETCH(QStringList, routes);
    QFETCH(QStringList, cdp);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, fetched);
    QFETCH(bool, onConnector);

    CrlServer server;
    for (const QString &r : routes) {
        const QString path = r.section(QLatin1Char('='), 0, 0);
        const QString kind = r.section(QLatin1Char('='), 1);
        QByteArray body = kind.toLatin1();
        if (kind == QLatin1String("fresh"))
            body = makeCrl(fixedNow.addDays(-1), fixedNow.addDays(6), false);
        else if (kind == QLatin1String("pem"))
            body = makeCrl(fixedNow.addDays(-1), fixedNow.addDays(6), true);
        else if (kind == QLatin1String("stale"))
            body = makeCrl(fixedNow.addDays(-9), fixedNow.addDays(-2), false);
        server.routes.insert(path, body);
    }
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
    QStringList urls;
    for (QString u : cdp)
        urls.append(u.replace(QLatin1String("{srv}"), server.url({})).replace(QLatin1String("{closed}"), closed));

    const QDateTime year = fixedNow.addDays(365);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVariantMap facts;
    if (onConnector) {
        // The Intune connector's client certificate, named by the NDES policy module's registry value.
        scep::CertSpec spec;
        spec.commonName = QStringLiteral("NDES01.contoso.local");
        spec.notBefore = fixedNow.addYears(-1);
        spec.notAfter = year;
        spec.keyUsage = scep::KeyUsage::DigitalSignature | scep::KeyUsage::KeyEncipherment;
        spec.extendedKeyUsages = {QStringLiteral("1.3.6.1.5.5.7.3.2")};
        spec.crlUrls = urls;
        const scep::IssuedCert connector = issue(spec, &pki().intermediate);
        facts.insert(QStringLiteral("store.my"), myStore({raCert(true, year), raCert(false, year), connector}, {true, true, true}));
        facts.insert(QStringLiteral("reg.mscep"), parts({{QStringLiteral("NDESPolicy.json"),
            "{\"key\": \"HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\Cryptography\\\\MSCEP\\\\Modules\\\\NDESPolicy\", \"found\": true, "
            "\"values\": [{\"name\": \"NDESCertThumbprint\", \"type\": \"string\", \"value\": \"" + thumbprint(connector.certDer).toLower().toLatin1() + "\"}]}"}}));
    } else {
        facts.insert(QStringLiteral("store.my"), myStore({raCert(true, year, urls), raCert(false, year, urls)}, {true, true}));
    }
    auto source = writeAndOpen(dir, facts);

    QNetworkAccessManager network;
    checks::CrlReachability check(&network);
    check.setTimeout(300);
    QSignalSpy spy(&check, &checks::CrlReachability::finished);
    check.start({source.get(), fixedNow});
    if (spy.isEmpty())
        QVERIFY(spy.wait(30000));
    QCOMPARE(spy.size(), 1);
    const auto r = spy.at(0).at(0).value<CheckResult>();
    const QString dump = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(r.evidence)).toJson(QJsonDocument::Compact));
    QCOMPARE(r.id, QStringLiteral("crl.reachable"));
    QVERIFY2(checkStatusId(r.status) == status, qPrintable(checkStatusId(r.status) + QLatin1Char(' ') + r.reason + QLatin1Char(' ') + dump));
    QVERIFY2(r.reason == reason, qPrintable(r.reason + QLatin1Char(' ') + dump));
    QCOMPARE(check.urls(), urls);
    const QVariantList list = r.evidence.value(QStringLiteral("fetched")).toList();
    if (!fetched.isEmpty())
        QVERIFY2(!list.isEmpty(), qPrintable(dump));
    for (auto it = fetched.cbegin(); it != fetched.cend(); ++it)
        QVERIFY2(list.last().toMap().value(it.key()) == it.value(), qPrintable(it.key() + QLatin1Char(' ') + dump));
    QCOMPARE(r.remediation.isEmpty(), status == QLatin1String("pass") || status == QLatin1String("skipped"));
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
