#include "scep/certinfo.h"
#include "scep/getcacert.h"
#include "scep/ossl.h"
#include "scep/pki.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <openssl/err.h>
#include <openssl/pem.h>

#include <algorithm>

using namespace ndes;
using namespace ndes::scep;

Q_DECLARE_METATYPE(ndes::scep::CertSpec)

namespace {

const char kCra[] = "1.3.6.1.4.1.311.20.2.1";
const char kServerAuth[] = "1.3.6.1.5.5.7.3.1";
const char kClientAuth[] = "1.3.6.1.5.5.7.3.2";

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QDateTime utc(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC);
}

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(NDES_FIXTURES_DIR "/certs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList sortedRoles(const QList<CertInfo> &certs)
{
    QStringList roles;
    for (const CertInfo &c : certs)
        roles.append(certRoleId(c.role));
    roles.sort();
    return roles;
}

QByteArray pemOf(const QByteArray &der, const char *label)
{
    QByteArray b64 = der.toBase64();
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += QByteArray("-----END ") + label + "-----\n";
    return out;
}

// A copy of `cert` with one more extension, re-signed with its own key (made with OpenSSL directly).
QByteArray withExtension(const IssuedCert &cert, const char *oid, const QByteArray &valueDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(cert.certDer.constData());
    X509Ptr x(d2i_X509(nullptr, &p, long(cert.certDer.size())));
    BioPtr bio = memBio(cert.keyPem);
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    std::unique_ptr<ASN1_OBJECT, OsslDeleter<ASN1_OBJECT_free>> obj(OBJ_txt2obj(oid, 1));
    std::unique_ptr<ASN1_OCTET_STRING, OsslDeleter<ASN1_OCTET_STRING_free>> os(ASN1_OCTET_STRING_new());
    if (!x || !key || !obj || !os)
        return {};
    ASN1_OCTET_STRING_set(os.get(), reinterpret_cast<const unsigned char *>(valueDer.constData()),
                          int(valueDer.size()));
    X509ExtensionPtr ext(X509_EXTENSION_create_by_OBJ(nullptr, obj.get(), 0, os.get()));
    if (!ext || X509_add_ext(x.get(), ext.get(), -1) != 1 || X509_sign(x.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_X509(x.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray derOid(const char *oid)
{
    std::unique_ptr<ASN1_OBJECT, OsslDeleter<ASN1_OBJECT_free>> obj(OBJ_txt2obj(oid, 1));
    unsigned char *der = nullptr;
    const int len = i2d_ASN1_OBJECT(obj.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray tlv(char tag, const QByteArray &content)
{
    Q_ASSERT(content.size() < 128);
    return QByteArray(1, tag) + char(content.size()) + content;
}

QByteArray utf16be(const QString &s)
{
    QByteArray out;
    for (const QChar c : s) {
        out += char(c.unicode() >> 8);
        out += char(c.unicode() & 0xff);
    }
    return out;
}

bool keyMatches(const IssuedCert &cert)
{
    const auto *p = reinterpret_cast<const unsigned char *>(cert.certDer.constData());
    X509Ptr x(d2i_X509(nullptr, &p, long(cert.certDer.size())));
    BioPtr bio = memBio(cert.keyPem);
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    return x && key && X509_check_private_key(x.get(), key.get()) == 1;
}

bool signedBy(const QByteArray &certDer, const QByteArray &issuerDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(certDer.constData());
    X509Ptr x(d2i_X509(nullptr, &p, long(certDer.size())));
    const auto *q = reinterpret_cast<const unsigned char *>(issuerDer.constData());
    X509Ptr issuer(d2i_X509(nullptr, &q, long(issuerDer.size())));
    return x && issuer && X509_verify(x.get(), X509_get0_pubkey(issuer.get())) == 1;
}

} // namespace

class TestScep : public QObject {
    Q_OBJECT

private:
    QDateTime m_now;
    IssuedCert m_ca;    // RSA CA, "CN=Test Issuing CA, O=Contoso, C=FR"
    NdesPki m_pki;
    QByteArray m_p7;    // raSigning, ca, raEncryption
    CertInfo m_fixed;   // valid 2030-01-01 00:00:00 to 2032-06-15 12:00:00 UTC

    CertSpec baseSpec(const QString &cn) const
    {
        CertSpec s;
        s.commonName = cn;
        s.notBefore = m_now.addDays(-1);
        s.notAfter = m_now.addDays(100);
        s.keyType = KeyType::EcP256;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_now = QDateTime::currentDateTimeUtc();
        CertSpec ca;
        ca.commonName = str("Test Issuing CA");
        ca.organization = str("Contoso");
        ca.country = str("FR");
        ca.notBefore = m_now.addYears(-1);
        ca.notAfter = m_now.addYears(9);
        ca.isCa = true;
        ca.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
        auto issued = issueCertificate(ca, nullptr);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().toString()));
        m_ca = *issued;

        NdesPkiOptions options;
        options.now = m_now;
        auto pki = generateNdesPki(options);
        QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().toString()));
        m_pki = *pki;
        auto p7 = buildDegeneratePkcs7({m_pki.raSigning.certDer, m_pki.ca.certDer, m_pki.raEncryption.certDer});
        QVERIFY(p7);
        m_p7 = *p7;

        CertSpec fixed;
        fixed.commonName = str("Fixed Dates");
        fixed.notBefore = utc(2030, 1, 1);
        fixed.notAfter = utc(2032, 6, 15, 12);
        fixed.keyType = KeyType::EcP256;
        auto f = issueCertificate(fixed, &m_ca);
        QVERIFY(f);
        auto info = parseCertificate(f->certDer);
        QVERIFY(info);
        m_fixed = *info;
    }

    // --- issueCertificate + parseCertificate -------------------------------------------------

    void parseIssued_data()
    {
        QTest::addColumn<CertSpec>("spec");
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("keyAlgorithm");
        QTest::addColumn<int>("keyBits");
        QTest::addColumn<QString>("signatureAlgorithm");
        QTest::addColumn<QStringList>("dnsNames");
        QTest::addColumn<QString>("role");

        CertSpec ra;
        ra.commonName = str("NDES01-MSCEP-RA");
        ra.organization = str("Contoso");
        ra.organizationalUnit = str("IT");
        ra.country = str("FR");
        ra.notBefore = utc(2025, 3, 1, 8, 30, 15);
        ra.notAfter = utc(2027, 3, 1, 8, 30, 15);
        ra.keyUsage = KeyUsage::DigitalSignature;
        ra.extendedKeyUsages = {str(kCra)};
        ra.msTemplateName = str("EnrollmentAgentOffline");
        ra.crlUrls = {str("http://pki.contoso.com/CertEnroll/Contoso%20Issuing%20CA.crl"),
                      str("ldap:///CN=Contoso,CN=CDP,DC=contoso,DC=com?certificateRevocationList")};
        ra.keyType = KeyType::Rsa2048;
        QTest::newRow("rsa ra signing") << ra << false << str("CN=NDES01-MSCEP-RA, OU=IT, O=Contoso, C=FR")
                                        << str("RSA") << 2048 << str("sha256WithRSAEncryption") << QStringList()
                                        << str("ra-signing");

        CertSpec tls;
        tls.commonName = str("ndes.contoso.com");
        tls.notBefore = utc(2026, 1, 2, 3, 4, 5);
        tls.notAfter = utc(2050, 12, 31, 23, 59, 59); // GeneralizedTime
        tls.keyUsage = KeyUsage::DigitalSignature;
        tls.extendedKeyUsages = {str(kServerAuth), str(kClientAuth)};
        tls.dnsNames = {str("ndes.contoso.com"), str("10.0.0.5"), str("ndes"), str("fe80::1")};
        tls.keyType = KeyType::EcP256;
        QTest::newRow("ec tls server") << tls << false << str("CN=ndes.contoso.com") << str("EC") << 256
                                       << str("sha256WithRSAEncryption")
                                       << QStringList{str("ndes.contoso.com"), str("ndes")} << str("other");

        CertSpec root;
        root.commonName = str("Société Générale Root ÄÖ 証明書");
        root.organization = str("Contoso, Inc.");
        root.country = str("FR");
        root.notBefore = utc(2020, 1, 1);
        root.notAfter = utc(2040, 1, 1);
        root.isCa = true;
        root.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign | KeyUsage::DigitalSignature;
        root.keyType = KeyType::Rsa2048;
        QTest::newRow("self-signed utf-8 ca") << root << true
                                              << str("CN=Société Générale Root ÄÖ 証明書, O=Contoso\\, Inc., C=FR")
                                              << str("RSA") << 2048 << str("sha256WithRSAEncryption")
                                              << QStringList() << str("ca");

        CertSpec enc;
        enc.commonName = str("NDES01-MSCEP-RA");
        enc.notBefore = utc(2025, 3, 1);
        enc.notAfter = utc(2027, 3, 1);
        enc.keyUsage = KeyUsage::KeyEncipherment | KeyUsage::DataEncipherment;
        enc.extendedKeyUsages = {str(kCra)};
        enc.msTemplateName = str("CEPEncryption");
        enc.keyType = KeyType::EcP256;
        QTest::newRow("self-signed ec ra encryption") << enc << true << str("CN=NDES01-MSCEP-RA") << str("EC") << 256
                                                      << str("ecdsa-with-SHA256") << QStringList() << str("ra-encryption");
    }

    void parseIssued()
    {
        QFETCH(CertSpec, spec);
        QFETCH(bool, selfSigned);
        QFETCH(QString, subject);
        QFETCH(QString, keyAlgorithm);
        QFETCH(int, keyBits);
        QFETCH(QString, signatureAlgorithm);
        QFETCH(QStringList, dnsNames);
        QFETCH(QString, role);

        auto issued = issueCertificate(spec, selfSigned ? nullptr : &m_ca);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().toString()));
        QVERIFY(keyMatches(*issued));
        QVERIFY(issued->keyPem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(issued->certPem().startsWith("-----BEGIN CERTIFICATE-----\n"));

        for (const QByteArray &input : {issued->certDer, issued->certPem()}) {
            auto info = parseCertificate(input);
            QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
            QCOMPARE(info->der, issued->certDer);
            QCOMPARE(info->subject, subject);
            QCOMPARE(info->issuer, selfSigned ? subject : str("CN=Test Issuing CA, O=Contoso, C=FR"));
            QVERIFY(!info->serialHex.isEmpty());
            QVERIFY(info->serialHex.size() <= 16);
            QCOMPARE(info->serialHex, info->serialHex.toUpper());
            bool ok = false;
            QVERIFY(info->serialHex.toULongLong(&ok, 16) != 0 && ok);
            QCOMPARE(info->sha1Hex, QString::fromLatin1(
                                        QCryptographicHash::hash(issued->certDer, QCryptographicHash::Sha1).toHex().toUpper()));
            QCOMPARE(info->sha256Hex,
                     QString::fromLatin1(
                         QCryptographicHash::hash(issued->certDer, QCryptographicHash::Sha256).toHex().toUpper()));
            QCOMPARE(info->notBefore, spec.notBefore);
            QCOMPARE(info->notAfter, spec.notAfter);
            QCOMPARE(info->notBefore.timeSpec(), Qt::UTC);
            QCOMPARE(info->isCa, spec.isCa);
            QCOMPARE(info->selfIssued, selfSigned);
            QCOMPARE(info->selfSigned, selfSigned);
            QCOMPARE(info->hasKeyUsage, spec.keyUsage != 0);
            QCOMPARE(info->digitalSignature, bool(spec.keyUsage & KeyUsage::DigitalSignature));
            QCOMPARE(info->keyEncipherment, bool(spec.keyUsage & KeyUsage::KeyEncipherment));
            QCOMPARE(info->dataEncipherment, bool(spec.keyUsage & KeyUsage::DataEncipherment));
            QCOMPARE(info->keyCertSign, bool(spec.keyUsage & KeyUsage::KeyCertSign));
            QCOMPARE(info->extendedKeyUsages, spec.extendedKeyUsages);
            QCOMPARE(info->templateName, spec.msTemplateName);
            QCOMPARE(info->templateOid, QString());
            QCOMPARE(info->dnsNames, dnsNames);
            QCOMPARE(info->crlUrls, spec.crlUrls);
            QCOMPARE(info->keyAlgorithm, keyAlgorithm);
            QCOMPARE(info->keyBits, keyBits);
            QCOMPARE(info->signatureAlgorithm, signatureAlgorithm);
            QCOMPARE(certRoleId(info->role), role);
        }
    }

    void serialsAreRandom()
    {
        auto a = parseCertificate(issueCertificate(baseSpec(str("a")), &m_ca)->certDer);
        auto b = parseCertificate(issueCertificate(baseSpec(str("a")), &m_ca)->certDer);
        QVERIFY(a && b);
        QVERIFY(a->serialHex != b->serialHex);
    }

    // Extensions our issuer does not write, added with OpenSSL directly.
    void templateExtensions_data()
    {
        QTest::addColumn<QByteArray>("oid");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("templateOid");
        QTest::addColumn<QString>("role");

        QTest::newRow("v1 name as UTF8String")
            << QByteArray("1.3.6.1.4.1.311.20.2") << tlv(0x0c, "CEPEncryption") << str("CEPEncryption") << QString()
            << str("ra-encryption");
        QTest::newRow("v1 name as BMPString")
            << QByteArray("1.3.6.1.4.1.311.20.2") << tlv(0x1e, utf16be(str("EnrollmentAgentOffline")))
            << str("EnrollmentAgentOffline") << QString() << str("ra-signing");
        QTest::newRow("v1 name odd-length BMPString")
            << QByteArray("1.3.6.1.4.1.311.20.2") << tlv(0x1e, QByteArray("\x00" "A\x00", 3)) << QString()
            << QString() << str("other");
        QTest::newRow("v1 name not a string")
            << QByteArray("1.3.6.1.4.1.311.20.2") << tlv(0x02, QByteArray(1, 5)) << QString() << QString()
            << str("other");
        const QByteArray oid = derOid("1.3.6.1.4.1.311.21.8.1234567.89.1.2");
        QTest::newRow("v2 template with minor")
            << QByteArray("1.3.6.1.4.1.311.21.7")
            << tlv(0x30, oid + tlv(0x02, QByteArray(1, 100)) + tlv(0x02, QByteArray(1, 4))) << QString()
            << str("1.3.6.1.4.1.311.21.8.1234567.89.1.2") << str("other");
        QTest::newRow("v2 template without minor")
            << QByteArray("1.3.6.1.4.1.311.21.7") << tlv(0x30, oid + tlv(0x02, QByteArray(1, 100))) << QString()
            << str("1.3.6.1.4.1.311.21.8.1234567.89.1.2") << str("other");
        QTest::newRow("v2 template garbage")
            << QByteArray("1.3.6.1.4.1.311.21.7") << QByteArray("\x30\x05\x02\x01", 4) << QString() << QString()
            << str("other");
    }

    void templateExtensions()
    {
        QFETCH(QByteArray, oid);
        QFETCH(QByteArray, value);
        QFETCH(QString, templateName);
        QFETCH(QString, templateOid);
        QFETCH(QString, role);

        CertSpec spec = baseSpec(str("template test"));
        spec.keyUsage = KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment; // no role by key usage
        auto issued = issueCertificate(spec, &m_ca);
        QVERIFY(issued);
        const QByteArray der = withExtension(*issued, oid.constData(), value);
        QVERIFY(!der.isEmpty());
        auto info = parseCertificate(der);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->templateName, templateName);
        QCOMPARE(info->templateOid, templateOid);
        QCOMPARE(certRoleId(info->role), role);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    // --- classifyRole ---------------------------------------------------------------------

    void classifyRole_data()
    {
        QTest::addColumn<bool>("isCa");
        QTest::addColumn<int>("keyUsage");
        QTest::addColumn<QStringList>("eku");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("role");

        const QStringList cra{str(kCra)};
        using namespace KeyUsage;
        QTest::newRow("ra signing by template") << false << int(KeyEncipherment) << cra << str("EnrollmentAgentOffline") << str("ra-signing");
        QTest::newRow("ra signing by template, any case") << false << 0 << QStringList() << str("enrollmentagentoffline") << str("ra-signing");
        QTest::newRow("ra signing by key usage") << false << int(DigitalSignature) << cra << QString() << str("ra-signing");
        QTest::newRow("ra signing by key usage, no eku") << false << int(DigitalSignature | NonRepudiation) << QStringList() << QString() << str("ra-signing");
        QTest::newRow("ra encryption by template") << false << int(DigitalSignature) << cra << str("CEPEncryption") << str("ra-encryption");
        QTest::newRow("ra encryption by key usage") << false << int(KeyEncipherment) << cra << QString() << str("ra-encryption");
        QTest::newRow("ra encryption by data encipherment") << false << int(DataEncipherment) << QStringList() << QString() << str("ra-encryption");
        QTest::newRow("ca") << true << int(KeyCertSign | CrlSign) << QStringList() << QString() << str("ca");
        QTest::newRow("ca with signing usage") << true << int(KeyCertSign | DigitalSignature) << QStringList() << QString() << str("ca");
        QTest::newRow("tls server") << false << int(DigitalSignature) << QStringList{str(kServerAuth)} << QString() << str("other");
        QTest::newRow("signing and encipherment") << false << int(DigitalSignature | KeyEncipherment) << cra << QString() << str("other");
        QTest::newRow("no key usage") << false << 0 << cra << QString() << str("other");
        QTest::newRow("unrelated template") << false << 0 << QStringList() << str("WebServer") << str("other");
    }

    void classifyRole()
    {
        QFETCH(bool, isCa);
        QFETCH(int, keyUsage);
        QFETCH(QStringList, eku);
        QFETCH(QString, templateName);
        QFETCH(QString, role);

        CertSpec spec = baseSpec(str("role test"));
        spec.isCa = isCa;
        spec.keyUsage = keyUsage;
        spec.extendedKeyUsages = eku;
        spec.msTemplateName = templateName;
        auto issued = issueCertificate(spec, &m_ca);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().toString()));
        auto info = parseCertificate(issued->certDer);
        QVERIFY(info);
        QCOMPARE(certRoleId(info->role), role);
        QCOMPARE(certRoleId(ndes::scep::classifyRole(*info)), role);
    }

    // --- validityAt -------------------------------------------------------------------------

    void validity_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("notYetValid");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("expiringSoon");
        QTest::addColumn<qint64>("daysLeft");

        const QDateTime end = utc(2032, 6, 15, 12);
        QTest::newRow("expired 1 s ago") << end.addSecs(1) << false << true << false << qint64(-1);
        QTest::newRow("expired 40 days ago") << end.addDays(40) << false << true << false << qint64(-40);
        QTest::newRow("expired 39 days and 1 s ago") << end.addDays(39).addSecs(1) << false << true << false << qint64(-40);
        QTest::newRow("expires this very second") << end << false << false << true << qint64(0);
        QTest::newRow("expires later today") << end.addSecs(-5 * 3600) << false << false << true << qint64(0);
        QTest::newRow("1 day left") << end.addDays(-1) << false << false << true << qint64(1);
        QTest::newRow("29 days left") << end.addDays(-29).addSecs(-3600) << false << false << true << qint64(29);
        QTest::newRow("30 days left exactly") << end.addDays(-30) << false << false << false << qint64(30);
        QTest::newRow("31 days left") << end.addDays(-31).addSecs(-3600) << false << false << false << qint64(31);
        QTest::newRow("valid, years left") << utc(2030, 6, 1) << false << false << false << qint64(745);
        QTest::newRow("first valid second") << utc(2030, 1, 1) << false << false << false << qint64(896);
        QTest::newRow("not yet valid") << utc(2029, 12, 31, 23, 59, 59) << true << false << false << qint64(896);
    }

    void validity()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, notYetValid);
        QFETCH(bool, expired);
        QFETCH(bool, expiringSoon);
        QFETCH(qint64, daysLeft);

        QCOMPARE(m_fixed.notBefore, utc(2030, 1, 1));
        QCOMPARE(m_fixed.notAfter, utc(2032, 6, 15, 12));
        const Validity v = validityAt(m_fixed, now);
        QCOMPARE(v.notYetValid, notYetValid);
        QCOMPARE(v.expired, expired);
        QCOMPARE(v.expiringSoon, expiringSoon);
        QCOMPARE(v.daysLeft, daysLeft);
    }

    void validitySoonDays()
    {
        const QDateTime now = utc(2032, 6, 15, 12).addDays(-50);
        QVERIFY(!validityAt(m_fixed, now).expiringSoon);
        QVERIFY(validityAt(m_fixed, now, 60).expiringSoon);
        QVERIFY(!validityAt(m_fixed, now, 0).expiringSoon);
    }

    // --- generateNdesPki / generateTlsMaterial ------------------------------------------------

    void ndesPki_data()
    {
        QTest::addColumn<bool>("raExpired");
        QTest::newRow("valid") << false;
        QTest::newRow("ra expired") << true;
    }

    void ndesPki()
    {
        QFETCH(bool, raExpired);
        const QDateTime now = utc(2026, 5, 20, 10);
        NdesPkiOptions options;
        options.now = now;
        options.raExpired = raExpired;
        auto pki = generateNdesPki(options);
        QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().toString()));

        auto ca = parseCertificate(pki->ca.certDer);
        auto sig = parseCertificate(pki->raSigning.certDer);
        auto enc = parseCertificate(pki->raEncryption.certDer);
        QVERIFY(ca && sig && enc);
        for (const IssuedCert *c : {&pki->ca, &pki->raSigning, &pki->raEncryption})
            QVERIFY(keyMatches(*c));

        QCOMPARE(ca->subject, str("CN=Contoso Issuing CA, O=Contoso, C=FR"));
        QCOMPARE(ca->role, CertRole::Ca);
        QVERIFY(ca->selfSigned);
        QVERIFY(ca->keyCertSign);
        QCOMPARE(ca->keyAlgorithm, str("RSA"));
        QVERIFY(ca->notBefore < now && ca->notAfter > now.addYears(4));
        QVERIFY(ca->notBefore.daysTo(ca->notAfter) >= 3650);

        QCOMPARE(sig->subject, str("CN=NDES01-MSCEP-RA, O=Contoso, C=FR"));
        QCOMPARE(sig->issuer, ca->subject);
        QCOMPARE(sig->role, CertRole::RaSigning);
        QCOMPARE(sig->templateName, str("EnrollmentAgentOffline"));
        QVERIFY(sig->digitalSignature && !sig->keyEncipherment);
        QCOMPARE(sig->extendedKeyUsages, QStringList{str(kCra)});
        QVERIFY(signedBy(sig->der, ca->der));

        QCOMPARE(enc->subject, str("CN=NDES01-MSCEP-RA, O=Contoso, C=FR"));
        QCOMPARE(enc->issuer, ca->subject);
        QCOMPARE(enc->role, CertRole::RaEncryption);
        QCOMPARE(enc->templateName, str("CEPEncryption"));
        QVERIFY(enc->keyEncipherment && enc->dataEncipherment && !enc->digitalSignature);
        QVERIFY(signedBy(enc->der, ca->der));

        for (const CertInfo *ra : {&*sig, &*enc}) {
            QCOMPARE(ra->keyAlgorithm, str("RSA"));
            QCOMPARE(ra->keyBits, 2048);
            const Validity v = validityAt(*ra, now);
            QVERIFY(!v.notYetValid);
            QCOMPARE(v.expired, raExpired);
            if (raExpired) {
                QCOMPARE(ra->notAfter, now.addDays(-12));
                QCOMPARE(v.daysLeft, qint64(-12));
            } else {
                QCOMPARE(ra->notBefore, now.addDays(-1));
                QCOMPARE(ra->notAfter, now.addYears(2));
            }
        }
    }

    void tlsMaterial()
    {
        const QDateTime now = utc(2026, 5, 20, 10);
        auto tls = generateTlsMaterial(str("Loopback Test CA"), {str("localhost"), str("127.0.0.1"), str("::1")}, now);
        QVERIFY2(tls, qPrintable(tls ? QString() : tls.error().toString()));
        QVERIFY(keyMatches(tls->ca));
        QVERIFY(keyMatches(tls->server));
        auto ca = parseCertificate(tls->ca.certDer);
        auto server = parseCertificate(tls->server.certDer);
        QVERIFY(ca && server);
        QCOMPARE(ca->subject, str("CN=Loopback Test CA"));
        QVERIFY(ca->isCa && ca->selfSigned);
        QCOMPARE(ca->keyAlgorithm, str("EC"));
        QCOMPARE(server->subject, str("CN=localhost"));
        QCOMPARE(server->issuer, ca->subject);
        QCOMPARE(server->keyAlgorithm, str("EC"));
        QCOMPARE(server->keyBits, 256);
        QCOMPARE(server->signatureAlgorithm, str("ecdsa-with-SHA256"));
        QCOMPARE(server->extendedKeyUsages, QStringList{str(kServerAuth)});
        QCOMPARE(server->dnsNames, QStringList{str("localhost")});
        QCOMPARE(server->role, CertRole::Other);
        QVERIFY(!validityAt(*server, now).expired && !validityAt(*server, now).notYetValid);
        QVERIFY(signedBy(server->der, ca->der));

        // The IP addresses went into iPAddress entries.
        const auto *p = reinterpret_cast<const unsigned char *>(server->der.constData());
        X509Ptr x(d2i_X509(nullptr, &p, long(server->der.size())));
        QVERIFY(x);
        QCOMPARE(X509_check_ip_asc(x.get(), "127.0.0.1", 0), 1);
        QCOMPARE(X509_check_ip_asc(x.get(), "::1", 0), 1);
        QCOMPARE(X509_check_host(x.get(), "localhost", 0, 0, nullptr), 1);

        auto none = generateTlsMaterial(str("CA"), {}, now);
        QVERIFY(!none);
    }

    // --- PKCS#7 and GetCACert ---------------------------------------------------------------

    void pkcs7RoundTrip()
    {
        const QList<QByteArray> certs{m_pki.raSigning.certDer, m_pki.ca.certDer, m_pki.raEncryption.certDer};
        auto parsed = parseDegeneratePkcs7(m_p7);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(*parsed, certs);

        // PEM, with and without armour.
        auto pem = parseDegeneratePkcs7(pemOf(m_p7, "PKCS7"));
        QVERIFY(pem);
        QCOMPARE(*pem, certs);
        auto bare = parseDegeneratePkcs7(m_p7.toBase64() + "\r\n");
        QVERIFY(bare);
        QCOMPARE(*bare, certs);

        // Degenerate: no signer, no encapsulated content (as openssl crl2pkcs7 writes it).
        const auto *p = reinterpret_cast<const unsigned char *>(m_p7.constData());
        Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(m_p7.size())));
        QVERIFY(p7);
        QVERIFY(PKCS7_type_is_signed(p7.get()));
        QCOMPARE(sk_PKCS7_SIGNER_INFO_num(p7->d.sign->signer_info), 0);
        QVERIFY(PKCS7_type_is_data(p7->d.sign->contents));
        QVERIFY(p7->d.sign->contents->d.data == nullptr);
    }

    void getCACert_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("roles");

        const QStringList three{str("ca"), str("ra-encryption"), str("ra-signing")};
        const QStringList caOnly{str("ca")};
        auto other = buildDegeneratePkcs7({m_pki.raEncryption.certDer, m_pki.raSigning.certDer, m_pki.ca.certDer});

        QTest::newRow("ca-cert DER") << QByteArray("application/x-x509-ca-cert") << m_pki.ca.certDer << caOnly;
        QTest::newRow("ca-cert PEM") << QByteArray("application/x-x509-ca-cert") << m_pki.ca.certPem() << caOnly;
        QTest::newRow("ra-cert PKCS#7") << QByteArray("application/x-x509-ca-ra-cert") << m_p7 << three;
        QTest::newRow("ra-cert PKCS#7, other order") << QByteArray("application/x-x509-ca-ra-cert") << *other << three;
        QTest::newRow("ra-cert PKCS#7 PEM") << QByteArray("application/x-x509-ca-ra-cert") << pemOf(m_p7, "PKCS7") << three;
        QTest::newRow("parameters and odd case") << QByteArray("Application/X-X509-CA-RA-Cert; charset=binary") << m_p7 << three;
        QTest::newRow("spaces around") << QByteArray("  application/x-x509-ca-cert ; q=1") << m_pki.ca.certDer << caOnly;
        QTest::newRow("sniff PKCS#7, no type") << QByteArray() << m_p7 << three;
        QTest::newRow("sniff cert, no type") << QByteArray() << m_pki.ca.certDer << caOnly;
        QTest::newRow("sniff PKCS#7, octet-stream") << QByteArray("application/octet-stream") << m_p7 << three;
        QTest::newRow("sniff PEM cert, text/plain") << QByteArray("text/plain") << m_pki.ca.certPem() << caOnly;
        QTest::newRow("fixture PKCS#7") << QByteArray("application/x-x509-ca-ra-cert") << readFixture(str("getcacert.p7b")) << three;
        QTest::newRow("fixture CA DER") << QByteArray("application/x-x509-ca-cert") << readFixture(str("ca.der")) << caOnly;
    }

    void getCACert()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, roles);
        QVERIFY(!body.isEmpty());
        auto certs = parseGetCACert(contentType, body);
        QVERIFY2(certs, qPrintable(certs ? QString() : certs.error().toString()));
        QCOMPARE(sortedRoles(*certs), roles);
        for (const CertInfo &c : *certs)
            QVERIFY(!c.subject.isEmpty() && !c.der.isEmpty());
    }

    void getCACertGarbage_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");

        QRandomGenerator rng(20240521);
        QByteArray random(4096, '\0');
        for (char &c : random)
            c = char(rng.bounded(256));
        QByteArray randomSeq = random;
        randomSeq[0] = '\x30';
        auto empty = buildDegeneratePkcs7({});
        QVERIFY(empty);
        QByteArray nested;
        for (int i = 0; i < 5000; ++i)
            nested += "\x30\x80";
        const QByteArray html =
            "<!DOCTYPE html><html><head><title>403 - Forbidden: Access is denied.</title></head>"
            "<body><h1>Server Error</h1></body></html>\r\n";
        // SEQUENCE { OID signedData } with no content.
        const QByteArray signedNoContent = tlv(0x30, derOid("1.2.840.113549.1.7.2"));
        // SEQUENCE { OID data, [0] { OCTET STRING "x" } }
        const QByteArray dataType = tlv(0x30, derOid("1.2.840.113549.1.7.1") + tlv(char(0xa0), tlv(0x04, "x")));

        const QList<QByteArray> types{QByteArray(), QByteArray("application/x-x509-ca-cert"),
                                      QByteArray("application/x-x509-ca-ra-cert"), QByteArray("text/html")};
        for (const QByteArray &type : types) {
            const QByteArray t = type.isEmpty() ? QByteArray("none") : type;
            QTest::newRow(("empty, " + t).constData()) << type << QByteArray();
            QTest::newRow(("random, " + t).constData()) << type << random;
            QTest::newRow(("random after SEQUENCE tag, " + t).constData()) << type << randomSeq;
            QTest::newRow(("truncated PKCS#7, " + t).constData()) << type << m_p7.left(m_p7.size() / 2);
            QTest::newRow(("truncated cert, " + t).constData()) << type << m_pki.ca.certDer.chopped(1);
            QTest::newRow(("html, " + t).constData()) << type << html;
            QTest::newRow(("PKCS#7 with 0 certs, " + t).constData()) << type << *empty;
            QTest::newRow(("nested garbage, " + t).constData()) << type << nested;
            QTest::newRow(("signedData without content, " + t).constData()) << type << signedNoContent;
            QTest::newRow(("PKCS#7 data type, " + t).constData()) << type << dataType;
            QTest::newRow(("NULs, " + t).constData()) << type << QByteArray(64, '\0');
            QTest::newRow(("lone SEQUENCE tag, " + t).constData()) << type << QByteArray("\x30");
            QTest::newRow(("PEM without end, " + t).constData()) << type << QByteArray("-----BEGIN PKCS7-----\nMIIB\n");
            QTest::newRow(("PEM of garbage, " + t).constData()) << type << pemOf(random.left(300), "CERTIFICATE");
        }
        // The content type is trusted: a body of the other kind is an error, not a guess.
        QTest::newRow("ca-cert type with PKCS#7 body") << QByteArray("application/x-x509-ca-cert") << m_p7;
        QTest::newRow("ra-cert type with cert body") << QByteArray("application/x-x509-ca-ra-cert") << m_pki.ca.certDer;
    }

    void getCACertGarbage()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        auto certs = parseGetCACert(contentType, body);
        QVERIFY(!certs);
        QVERIFY(!certs.error().what.isEmpty());
        QCOMPARE(certs.error().where, str("GetCACert"));
        QCOMPARE(ERR_peek_error(), 0UL);

        auto p7 = parseDegeneratePkcs7(body);
        if (p7)
            QVERIFY(!p7->isEmpty());
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void mutatedInputsDoNotCrash()
    {
        QRandomGenerator rng(7);
        const QList<QByteArray> seeds{m_p7, m_pki.raSigning.certDer};
        int parsed = 0;
        for (int i = 0; i < 600; ++i) {
            QByteArray body = seeds.at(i % 2);
            const int flips = 1 + int(rng.bounded(8));
            for (int f = 0; f < flips; ++f)
                body[rng.bounded(int(body.size()))] = char(rng.bounded(256));
            if (i % 5 == 0)
                body.truncate(rng.bounded(int(body.size())));
            auto certs = parseGetCACert(QByteArray(), body);
            if (certs)
                ++parsed;
            QCOMPARE(ERR_peek_error(), 0UL);
        }
        QVERIFY(parsed < 600);
    }

    // --- Fixtures made with the openssl command line ----------------------------------------

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<QString>("role");

        const QString ra = str("CN=FIXTURE01-MSCEP-RA, O=Fixture Org, C=FR");
        const QString ca = str("CN=Fixture Root CA, O=Fixture Org, C=FR");
        QTest::newRow("ca.pem") << str("ca.pem") << ca << str("1000") << true << str("ca");
        QTest::newRow("ca.der") << str("ca.der") << ca << str("1000") << true << str("ca");
        QTest::newRow("ra-sign.pem") << str("ra-sign.pem") << ra << str("1001") << false << str("ra-signing");
        QTest::newRow("ra-encrypt.pem") << str("ra-encrypt.pem") << ra << str("1002") << false << str("ra-encryption");
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, serial);
        QFETCH(bool, selfSigned);
        QFETCH(QString, role);

        const QByteArray data = readFixture(file);
        QVERIFY2(!data.isEmpty(), qPrintable(file));
        auto info = parseCertificate(data);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->subject, subject);
        QCOMPARE(info->issuer, str("CN=Fixture Root CA, O=Fixture Org, C=FR"));
        QCOMPARE(info->serialHex, serial);
        QCOMPARE(info->selfSigned, selfSigned);
        QCOMPARE(info->selfIssued, selfSigned);
        QCOMPARE(info->isCa, selfSigned);
        QCOMPARE(certRoleId(info->role), role);
        QCOMPARE(info->keyAlgorithm, str("RSA"));
        QCOMPARE(info->keyBits, 2048);
        QCOMPARE(info->signatureAlgorithm, str("sha256WithRSAEncryption"));
        QVERIFY(info->notAfter.date().year() >= 2100);
        QCOMPARE(info->templateName, QString());
        QVERIFY(!validityAt(*info, QDateTime::currentDateTimeUtc()).expired);
        if (!selfSigned)
            QCOMPARE(info->extendedKeyUsages, QStringList{str(kCra)});
    }

    void fixturePkcs7()
    {
        auto ders = parseDegeneratePkcs7(readFixture(str("getcacert.p7b")));
        QVERIFY2(ders, qPrintable(ders ? QString() : ders.error().toString()));
        QCOMPARE(ders->size(), 3);
        QStringList subjects;
        for (const QByteArray &der : *ders) {
            auto info = parseCertificate(der);
            QVERIFY(info);
            subjects.append(info->subject);
        }
        QCOMPARE(subjects, (QStringList{str("CN=Fixture Root CA, O=Fixture Org, C=FR"),
                                        str("CN=FIXTURE01-MSCEP-RA, O=Fixture Org, C=FR"),
                                        str("CN=FIXTURE01-MSCEP-RA, O=Fixture Org, C=FR")}));
        auto ca = parseCertificate(readFixture(str("ca.der")));
        QVERIFY(ca);
        QCOMPARE(ders->first(), ca->der);

        // The PEM and DER forms of one certificate have one thumbprint.
        auto pem = parseCertificate(readFixture(str("ca.pem")));
        QVERIFY(pem);
        QCOMPARE(pem->sha1Hex, ca->sha1Hex);
        QCOMPARE(pem->sha1Hex.size(), 40);
        QCOMPARE(pem->sha256Hex.size(), 64);
    }

    // --- GetCACaps ----------------------------------------------------------------------------

    void capabilities_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("keywords");

        const QStringList three{str("POSTPKIOperation"), str("SHA-256"), str("AES")};
        QTest::newRow("CRLF") << QByteArray("POSTPKIOperation\r\nSHA-256\r\nAES\r\n") << three;
        QTest::newRow("LF") << QByteArray("POSTPKIOperation\nSHA-256\nAES\n") << three;
        QTest::newRow("CR") << QByteArray("POSTPKIOperation\rSHA-256\rAES\r") << three;
        QTest::newRow("mixed endings") << QByteArray("POSTPKIOperation\r\nSHA-256\nAES\r") << three;
        QTest::newRow("no trailing newline") << QByteArray("POSTPKIOperation\nSHA-256\nAES") << three;
        QTest::newRow("blank lines") << QByteArray("\n\r\nPOSTPKIOperation\n\n\nSHA-256\r\n\r\nAES\n\n") << three;
        QTest::newRow("spaces") << QByteArray("  POSTPKIOperation \n\tSHA-256\t\n AES") << three;
        QTest::newRow("duplicates keep first spelling")
            << QByteArray("POSTPKIOperation\nSHA-256\npostpkioperation\nAES\nSHA-256\nPOSTPKIOPERATION") << three;
        QTest::newRow("lower case") << QByteArray("postpkioperation\nsha-256")
                                    << QStringList{str("postpkioperation"), str("sha-256")};
        QTest::newRow("micromdm")
            << QByteArray("Renewal\nSHA-1\nSHA-256\nAES\nDES3\nSCEPStandard\nPOSTPKIOperation")
            << QStringList{str("Renewal"), str("SHA-1"), str("SHA-256"), str("AES"), str("DES3"), str("SCEPStandard"),
                           str("POSTPKIOperation")};
        QTest::newRow("empty") << QByteArray() << QStringList();
        QTest::newRow("only blanks") << QByteArray("\r\n \n\t\r") << QStringList();
        QTest::newRow("UTF-8") << QByteArray("Renouvellement-é\nAES") << QStringList{str("Renouvellement-é"), str("AES")};
    }

    void capabilities()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, keywords);
        const Capabilities caps = parseCapabilities(body);
        QCOMPARE(caps.keywords, keywords);
        for (const QString &k : keywords) {
            QVERIFY(caps.has(k));
            QVERIFY(caps.has(k.toUpper()));
            QVERIFY(caps.has(k.toLower()));
        }
        QVERIFY(!caps.has(u"GetNextCACert"));
        QVERIFY(!caps.has(u""));
    }

    void capabilitiesHas()
    {
        const Capabilities caps = parseCapabilities("postpkioperation\nSHA-256");
        QVERIFY(caps.has(u"POSTPKIOperation"));
        QVERIFY(caps.has(u"sha-256"));
        QVERIFY(!caps.has(u"SHA-1"));
        QVERIFY(!caps.has(u"POSTPKI"));
    }

    void capabilitiesHostile()
    {
        QByteArray nuls("\0\0POSTPKIOperation\0\nAES\0", 24);
        const Capabilities a = parseCapabilities(nuls);
        QCOMPARE(a.keywords.size(), 2);
        QVERIFY(!a.has(u"DES3"));

        QRandomGenerator rng(99);
        QByteArray random(100000, '\0');
        for (char &c : random)
            c = char(rng.bounded(256));
        const Capabilities b = parseCapabilities(random);
        QVERIFY(b.keywords.size() < 100000);

        const Capabilities c = parseCapabilities(QByteArray(50 * 1024 * 1024, 'A'));
        QCOMPARE(c.keywords.size(), 1);

        QByteArray many;
        for (int i = 0; i < 200000; ++i)
            many += "AES\n";
        const Capabilities d = parseCapabilities(many);
        QCOMPARE(d.keywords, QStringList{str("AES")});
    }

    // --- Errors carry the OpenSSL queue -----------------------------------------------------

    void opensslErrorsAreDrained()
    {
        auto bad = parseCertificate(QByteArray("\x30\x03\x02\x01", 4));
        QVERIFY(!bad);
        QVERIFY(!bad.error().what.isEmpty());
        QVERIFY2(!bad.error().details.isEmpty(), qPrintable(bad.error().toString()));
        QCOMPARE(ERR_peek_error(), 0UL);

        auto badPem = parseCertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        QVERIFY(!badPem);
        QVERIFY(!badPem.error().details.isEmpty());

        auto badP7 = parseDegeneratePkcs7(QByteArray("\x30\x05\x06\x03\x2a\x03", 6));
        QVERIFY(!badP7);
        QVERIFY(!badP7.error().details.isEmpty());
        QCOMPARE(ERR_peek_error(), 0UL);

        auto badBuild = buildDegeneratePkcs7({QByteArray("not a certificate")});
        QVERIFY(!badBuild);
        QVERIFY(!badBuild.error().details.isEmpty());

        ERR_raise_data(ERR_LIB_X509, X509_R_CERT_ALREADY_IN_HASH_TABLE, "marker %d", 42);
        const QStringList drained = drainOpenSslErrors();
        QCOMPARE(drained.size(), 1);
        QVERIFY2(drained.first().contains(QLatin1String("marker 42")), qPrintable(drained.first()));
        QVERIFY(drainOpenSslErrors().isEmpty());

        ERR_raise(ERR_LIB_X509, X509_R_CERT_ALREADY_IN_HASH_TABLE);
        const Error e = opensslError(str("what"), str("where"));
        QCOMPARE(e.what, str("what"));
        QCOMPARE(e.where, str("where"));
        QCOMPARE(e.details.size(), 1);
    }

    void issueErrors_data()
    {
        QTest::addColumn<CertSpec>("spec");
        QTest::addColumn<bool>("opensslDetails");

        CertSpec longCn = baseSpec(QString(100, QLatin1Char('x'))); // upper bound of commonName is 64
        QTest::newRow("common name too long") << longCn << true;
        CertSpec country = baseSpec(str("x"));
        country.country = str("FRA");
        QTest::newRow("three-letter country") << country << true;
        CertSpec badEku = baseSpec(str("x"));
        badEku.extendedKeyUsages = {str("not an oid")};
        QTest::newRow("bad EKU") << badEku << true;
        CertSpec noDates = baseSpec(str("x"));
        noDates.notAfter = QDateTime();
        QTest::newRow("no notAfter") << noDates << false;
        CertSpec noName = baseSpec(QString());
        QTest::newRow("empty subject") << noName << false;
    }

    void issueErrors()
    {
        QFETCH(CertSpec, spec);
        QFETCH(bool, opensslDetails);
        auto issued = issueCertificate(spec, &m_ca);
        QVERIFY(!issued);
        QVERIFY(!issued.error().what.isEmpty());
        if (opensslDetails)
            QVERIFY2(!issued.error().details.isEmpty(), qPrintable(issued.error().toString()));
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void issuerErrors()
    {
        const CertSpec spec = baseSpec(str("x"));
        IssuedCert mismatched = m_ca;
        mismatched.keyPem = m_pki.ca.keyPem;
        auto a = issueCertificate(spec, &mismatched);
        QVERIFY(!a);
        QVERIFY(!a.error().details.isEmpty());

        IssuedCert noKey = m_ca;
        noKey.keyPem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        auto b = issueCertificate(spec, &noKey);
        QVERIFY(!b);
        QVERIFY(!b.error().details.isEmpty());

        IssuedCert noCert = m_ca;
        noCert.certDer = "garbage";
        auto c = issueCertificate(spec, &noCert);
        QVERIFY(!c);
        QVERIFY(!c.error().details.isEmpty());
        QCOMPARE(ERR_peek_error(), 0UL);
    }
};

QTEST_GUILESS_MAIN(TestScep)
#include "tst_scep.moc"
