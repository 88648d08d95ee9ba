#include "facts/parsers/certstore.h"
#include "scep/getcacert.h"
#include "scep/pki.h"

#include <QCryptographicHash>
#include <QStringEncoder>
#include <QTest>

using namespace ndes::facts;
using namespace ndes::scep;

namespace {

const QString kCra = QStringLiteral("1.3.6.1.4.1.311.20.2.1");
const QString kServerAuth = QStringLiteral("1.3.6.1.5.5.7.3.1");

// A fixed "now" for every validity edge.
QDateTime now()
{
    return QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
}

CertSpec spec(const QString &cn, qint64 daysLeft = 365, bool ca = false)
{
    CertSpec s;
    s.commonName = cn;
    s.organization = QStringLiteral("Contoso");
    s.country = QStringLiteral("FR");
    s.notBefore = now().addDays(-30);
    s.notAfter = now().addDays(daysLeft);
    s.isCa = ca;
    s.keyUsage = ca ? (KeyUsage::KeyCertSign | KeyUsage::CrlSign) : 0;
    s.keyType = KeyType::EcP256;
    return s;
}

IssuedCert issue(const CertSpec &s, const IssuedCert *issuer)
{
    ndes::Expected<IssuedCert> c = issueCertificate(s, issuer);
    if (!c)
        qFatal("issueCertificate: %s", qPrintable(c.error().toString()));
    return std::move(c).value();
}

QStringList names(const QList<StoreCertificate> &certs)
{
    QStringList out;
    for (const StoreCertificate &c : certs)
        out.append(c.fileName + QLatin1Char('#') + QString::number(c.indexInFile));
    return out;
}

QString thumbprintOf(const IssuedCert &c)
{
    return QString::fromLatin1(QCryptographicHash::hash(c.certDer, QCryptographicHash::Sha1).toHex().toUpper());
}

} // namespace

class TestParserCertStore : public QObject {
    Q_OBJECT
private:
    IssuedCert m_root;      // Contoso Root CA, self-signed
    IssuedCert m_otherRoot; // a second "Contoso Root CA" with another key
    IssuedCert m_fabrikam;  // Fabrikam Root, self-signed
    IssuedCert m_issuing;   // Contoso Issuing CA, signed by m_root
    IssuedCert m_cross;     // subject == issuer == "Contoso Root CA", signed by m_otherRoot's key

private Q_SLOTS:
    void initTestCase()
    {
        m_root = issue(spec(QStringLiteral("Contoso Root CA"), 3650, true), nullptr);
        m_otherRoot = issue(spec(QStringLiteral("Contoso Root CA"), 3650, true), nullptr);
        m_fabrikam = issue(spec(QStringLiteral("Fabrikam Root"), 3650, true), nullptr);
        m_issuing = issue(spec(QStringLiteral("Contoso Issuing CA"), 1825, true), &m_root);
        m_cross = issue(spec(QStringLiteral("Contoso Root CA"), 1825, true), &m_otherRoot);
    }

    void rootStore()
    {
        const ndes::Expected<QByteArray> bundle = buildDegeneratePkcs7({m_fabrikam.certDer, m_issuing.certDer});
        QVERIFY(bundle.hasValue());
        const QByteArray p7b = *bundle;
        const QList<QPair<QString, QByteArray>> files = {
            {QStringLiteral("root.cer"), m_root.certDer},
            {QStringLiteral("issuing.pem"), m_issuing.certPem()},
            {QStringLiteral("cross.cer"), m_cross.certDer},
            {QStringLiteral("bundle.pem"), QByteArray("Bag Attributes\n") + m_root.certPem() + "\n" + m_fabrikam.certPem()},
            {QStringLiteral("garbage.cer"), QByteArray("\x30\x03\x02\x01", 4)},
            {QStringLiteral("notes.txt"), QByteArray("exported by certutil")},
            {QStringLiteral("empty.cer"), QByteArray()},
            {QStringLiteral("store.p7b"), p7b},
            {QStringLiteral("store-pem.p7b"), "-----BEGIN PKCS7-----\r\n" + p7b.toBase64() + "\r\n-----END PKCS7-----\r\n"},
        };
        const ndes::Expected<CertificateStore> store = parseCertificateStore(files);
        QVERIFY(store.hasValue());
        QCOMPARE(names(store->certificates),
                 (QStringList{QStringLiteral("root.cer#0"), QStringLiteral("issuing.pem#0"), QStringLiteral("cross.cer#0"),
                              QStringLiteral("bundle.pem#0"), QStringLiteral("bundle.pem#1"), QStringLiteral("store.p7b#0"),
                              QStringLiteral("store.p7b#1"), QStringLiteral("store-pem.p7b#0"), QStringLiteral("store-pem.p7b#1")}));
        QStringList unreadable;
        for (const UnreadableFile &f : store->unreadable) {
            unreadable.append(f.fileName);
            QVERIFY(!f.reason.isEmpty());
        }
        QCOMPARE(unreadable, (QStringList{QStringLiteral("garbage.cer"), QStringLiteral("notes.txt"), QStringLiteral("empty.cer")}));

        const StoreCertificate &cross = store->certificates.at(2);
        QCOMPARE(cross.info.subject, cross.info.issuer);
        QVERIFY(cross.info.selfIssued);
        QVERIFY(!cross.info.selfSigned);
        QCOMPARE(names(intermediatesInRoot(*store)),
                 (QStringList{QStringLiteral("issuing.pem#0"), QStringLiteral("cross.cer#0"), QStringLiteral("store.p7b#1"),
                              QStringLiteral("store-pem.p7b#1")}));
    }

    void pemBundleWithBadBlock()
    {
        QByteArray broken = m_fabrikam.certPem();
        broken.replace(70, 8, "AAAAAAAA");
        const ndes::Expected<CertificateStore> store =
            parseCertificateStore({{QStringLiteral("bundle.pem"), m_root.certPem() + broken}});
        QVERIFY(store.hasValue());
        QCOMPARE(store->certificates.size(), 1);
        QCOMPARE(store->unreadable.size(), 1);
        QVERIFY(store->unreadable.first().reason.startsWith(QStringLiteral("certificate 2: ")));
    }

    void nothingReadable()
    {
        const ndes::Expected<CertificateStore> bad = parseCertificateStore({{QStringLiteral("a.cer"), QByteArray("x")}});
        QVERIFY(!bad.hasValue());
        QCOMPARE(bad.error().details, QStringList{QStringLiteral("a.cer: neither DER nor a PEM certificate")});
        const ndes::Expected<CertificateStore> empty = parseCertificateStore({});
        QVERIFY(empty.hasValue());
        QVERIFY(empty->certificates.isEmpty());
    }

    void raCertificates_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QStringList>("ekus");
        QTest::addColumn<int>("keyUsage");
        QTest::addColumn<QString>("found"); // "signing", "encryption" or "none"
        QTest::addColumn<bool>("byTemplate");
        const int sig = KeyUsage::DigitalSignature;
        const int enc = KeyUsage::KeyEncipherment;
        QTest::newRow("EnrollmentAgentOffline") << QStringLiteral("EnrollmentAgentOffline") << QStringList{kCra} << sig
                                                << QStringLiteral("signing") << true;
        QTest::newRow("CEPEncryption") << QStringLiteral("CEPEncryption") << QStringList{kCra} << enc
                                       << QStringLiteral("encryption") << true;
        QTest::newRow("template name decides over key usage")
            << QStringLiteral("CEPEncryption") << QStringList{kCra} << sig << QStringLiteral("encryption") << true;
        QTest::newRow("no template, CRA EKU, signing") << QString() << QStringList{kCra} << sig << QStringLiteral("signing") << false;
        QTest::newRow("no template, CRA EKU, encipherment")
            << QString() << QStringList{kCra} << enc << QStringLiteral("encryption") << false;
        QTest::newRow("no template, CRA EKU, both usages") << QString() << QStringList{kCra} << (sig | enc)
                                                           << QStringLiteral("none") << false;
        QTest::newRow("TLS server certificate") << QString() << QStringList{kServerAuth} << (sig | enc)
                                                << QStringLiteral("none") << false;
        QTest::newRow("other template") << QStringLiteral("WebServer") << QStringList{kServerAuth} << sig
                                        << QStringLiteral("none") << false;
    }

    void raCertificates()
    {
        QFETCH(QString, templateName);
        QFETCH(QStringList, ekus);
        QFETCH(int, keyUsage);
        QFETCH(QString, found);
        QFETCH(bool, byTemplate);
        CertSpec s = spec(QStringLiteral("NDES01-MSCEP-RA"));
        s.msTemplateName = templateName;
        s.extendedKeyUsages = ekus;
        s.keyUsage = keyUsage;
        const IssuedCert ra = issue(s, &m_issuing);
        const ndes::Expected<CertificateStore> store =
            parseCertificateStore({{QStringLiteral("ra.cer"), ra.certDer}, {QStringLiteral("issuing.cer"), m_issuing.certDer}});
        QVERIFY(store.hasValue());
        QCOMPARE(store->certificates.first().info.templateName, templateName);
        const MscepRaCertificates ras = findMscepRaCertificates(*store);
        const QList<MscepRaCertificate> &list = found == QLatin1String("signing") ? ras.signing : ras.encryption;
        QCOMPARE(ras.signing.size() + ras.encryption.size(), found == QLatin1String("none") ? 0 : 1);
        if (found != QLatin1String("none")) {
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().certificate.fileName, QStringLiteral("ra.cer"));
            QCOMPARE(list.first().byTemplateName, byTemplate);
        }
    }

    void validity_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("soon");
        QTest::newRow("expired yesterday") << -1 << true << false;
        QTest::newRow("29 days left") << 29 << false << true;
        QTest::newRow("31 days left") << 31 << false << false;
    }

    void validity()
    {
        QFETCH(int, daysLeft);
        QFETCH(bool, expired);
        QFETCH(bool, soon);
        CertSpec s = spec(QStringLiteral("NDES01-MSCEP-RA"), daysLeft);
        s.msTemplateName = QStringLiteral("EnrollmentAgentOffline");
        s.extendedKeyUsages = {kCra};
        s.keyUsage = KeyUsage::DigitalSignature;
        const IssuedCert ra = issue(s, &m_issuing);
        const ndes::Expected<CertificateStore> store = parseCertificateStore({{QStringLiteral("ra.pem"), ra.certPem()}});
        QVERIFY(store.hasValue());
        const MscepRaCertificates ras = findMscepRaCertificates(*store);
        QCOMPARE(ras.signing.size(), 1);
        const Validity v = validityAt(ras.signing.first().certificate.info, now());
        QCOMPARE(v.expired, expired);
        QCOMPARE(v.expiringSoon, soon);
        QCOMPARE(v.daysLeft, qint64(daysLeft));
    }

    void privateKeys_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QByteArray>("keyBytes"); // "%ROOT%" and "%ISSUING%" stand for the thumbprints
        QTest::addColumn<int>("root");            // -1 unknown, 0 false, 1 true
        QTest::addColumn<int>("issuing");
        QTest::addColumn<bool>("keyFileReadable");
        QTest::newRow("keys.json array")
            << QStringLiteral("keys.json")
            << QByteArray("[\r\n    {\r\n        \"Thumbprint\":  \"%ROOT%\",\r\n        \"HasPrivateKey\":  false\r\n    },\r\n"
                          "    {\r\n        \"Thumbprint\":  \"%ISSUING%\",\r\n        \"HasPrivateKey\":  true\r\n    }\r\n]\r\n")
            << 0 << 1 << true;
        QTest::newRow("keys.json single object (one certificate)")
            << QStringLiteral("keys.json")
            << QByteArray("{\r\n    \"Thumbprint\":  \"%ISSUING%\",\r\n    \"HasPrivateKey\":  true\r\n}\r\n") << -1 << 1 << true;
        QTest::newRow("keys.json lower-case thumbprint, string boolean")
            << QStringLiteral("export/KEYS.JSON") << QByteArray("[{\"thumbprint\":\"%root%\",\"hasPrivateKey\":\"True\"}]") << 1 << -1 << true;
        QTest::newRow("keys.json UTF-16LE with BOM (Windows PowerShell redirection)")
            << QStringLiteral("keys.json") << QByteArray("\xFF\xFE") + QByteArray("{\"Thumbprint\":\"%ROOT%\",\"HasPrivateKey\":true}")
            << 1 << -1 << true;
        QTest::newRow("keys.json broken") << QStringLiteral("keys.json") << QByteArray("[{\"Thumbprint\": ") << -1 << -1 << false;
        QTest::newRow("keys.json without pairs") << QStringLiteral("keys.json") << QByteArray("[]") << -1 << -1 << false;
        QTest::newRow("key-info false") << QStringLiteral("%ROOT%.key-info") << QByteArray("HasPrivateKey=false\r\n") << 0 << -1 << true;
        QTest::newRow("key-info true with colon") << QStringLiteral("%ISSUING%.key-info") << QByteArray("HasPrivateKey: True\n")
                                                  << -1 << 1 << true;
        QTest::newRow("private-keys.txt from the live export: listed has a key, unlisted has none")
            << QStringLiteral("store.my/private-keys.txt") << QByteArray("%ISSUING%\r\n") << 0 << 1 << true;
        QTest::newRow("private-keys.txt empty: no certificate has a key")
            << QStringLiteral("private-keys.txt") << QByteArray() << 0 << 0 << true;
        QTest::newRow("key-info not named by a thumbprint") << QStringLiteral("root.key-info") << QByteArray("HasPrivateKey=true")
                                                            << -1 << -1 << false;
    }

    void privateKeys()
    {
        QFETCH(QString, keyFile);
        QFETCH(QByteArray, keyBytes);
        QFETCH(int, root);
        QFETCH(int, issuing);
        QFETCH(bool, keyFileReadable);
        const QString rootThumb = thumbprintOf(m_root);
        const QString issuingThumb = thumbprintOf(m_issuing);
        keyFile.replace(QStringLiteral("%ROOT%"), rootThumb).replace(QStringLiteral("%ISSUING%"), issuingThumb);
        if (keyBytes.startsWith("\xFF\xFE")) {
            QString text = QString::fromLatin1(keyBytes.mid(2));
            text.replace(QStringLiteral("%ROOT%"), rootThumb);
            keyBytes = QByteArray("\xFF\xFE") + QStringEncoder(QStringEncoder::Utf16LE).encode(text);
        } else {
            keyBytes.replace("%ROOT%", rootThumb.toLatin1()).replace("%root%", rootThumb.toLower().toLatin1());
            keyBytes.replace("%ISSUING%", issuingThumb.toLatin1());
        }
        const ndes::Expected<CertificateStore> store = parseCertificateStore(
            {{QStringLiteral("root.cer"), m_root.certDer}, {keyFile, keyBytes}, {QStringLiteral("issuing.cer"), m_issuing.certDer}});
        QVERIFY(store.hasValue());
        QCOMPARE(store->certificates.size(), 2);
        QCOMPARE(store->certificates.at(0).info.sha1Hex, rootThumb);
        auto state = [](const std::optional<bool> &b) { return b ? int(*b) : -1; };
        QCOMPARE(state(store->certificates.at(0).hasPrivateKey), root);
        QCOMPARE(state(store->certificates.at(1).hasPrivateKey), issuing);
        QCOMPARE(store->unreadable.isEmpty(), keyFileReadable);
    }
};

QTEST_GUILESS_MAIN(TestParserCertStore)
#include "tst_parser_certstore.moc"
