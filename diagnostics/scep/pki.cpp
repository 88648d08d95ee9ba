#include "pki.h"

#include "ossl.h"

#include <QHostAddress>

#include <openssl/bn.h>
#include <openssl/pem.h>

#include <climits>

namespace ndes::scep {

namespace {

QString issueWhere()
{
    return QStringLiteral("issueCertificate");
}

constexpr char kMsTemplateNameOid[] = "1.3.6.1.4.1.311.20.2";
constexpr char kCertificateRequestAgentOid[] = "1.3.6.1.4.1.311.20.2.1";
constexpr char kServerAuthOid[] = "1.3.6.1.5.5.7.3.1";

QByteArray pemArmor(const QByteArray &der, const char *label)
{
    const QByteArray b64 = der.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 64 + 64);
    out += "-----BEGIN ";
    out += label;
    out += "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64);
        out += '\n';
    }
    out += "-----END ";
    out += label;
    out += "-----\n";
    return out;
}

Expected<EvpPkeyPtr> generateKey(KeyType type)
{
    EVP_PKEY *key = nullptr;
    switch (type) {
    case KeyType::Rsa2048:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyType::EcP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    }
    if (!key)
        return opensslError(QStringLiteral("key generation failed"), issueWhere());
    return EvpPkeyPtr(key);
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() > INT_MAX)
        return false;
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()),
                                      -1, 0)
        == 1;
}

// Least specific first in the encoding, so that the one-line form reads "CN=..., OU=..., O=..., C=...".
Expected<X509NamePtr> buildName(const CertSpec &spec)
{
    X509NamePtr name(X509_NAME_new());
    if (!name)
        return opensslError(QStringLiteral("out of memory"), issueWhere());
    if (!addNameEntry(name.get(), "C", spec.country) || !addNameEntry(name.get(), "O", spec.organization)
        || !addNameEntry(name.get(), "OU", spec.organizationalUnit)
        || !addNameEntry(name.get(), "CN", spec.commonName))
        return opensslError(QStringLiteral("invalid subject name"), issueWhere());
    if (X509_NAME_entry_count(name.get()) == 0)
        return Error{QStringLiteral("empty subject name"), issueWhere(), {}};
    return name;
}


QByteArray keyUsageConf(int ku)
{
    QByteArray s = "critical";
    const struct {
        int flag;
        const char *name;
    } names[] = {
        {KeyUsage::DigitalSignature, "digitalSignature"}, {KeyUsage::NonRepudiation, "nonRepudiation"},
        {KeyUsage::KeyEncipherment, "keyEncipherment"},   {KeyUsage::DataEncipherment, "dataEncipherment"},
        {KeyUsage::KeyAgreement, "keyAgreement"},         {KeyUsage::KeyCertSign, "keyCertSign"},
        {KeyUsage::CrlSign, "cRLSign"},
    };
    for (const auto &n : names) {
        if (ku & n.flag) {
            s += ',';
            s += n.name;
        }
    }
    return s;
}

bool addExtendedKeyUsage(X509 *cert, const QStringList &oids)
{
    EkuPtr eku(sk_ASN1_OBJECT_new_null());
    if (!eku)
        return false;
    for (const QString &oid : oids) {
        Asn1ObjectPtr obj(OBJ_txt2obj(oid.toLatin1().constData(), 1));
        if (!obj || sk_ASN1_OBJECT_push(eku.get(), obj.get()) <= 0)
            return false;
        obj.release();
    }
    return X509_add1_ext_i2d(cert, NID_ext_key_usage, eku.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

GENERAL_NAME *makeGeneralName(int type, const QString &value)
{
    const QByteArray text = value.toUtf8();
    return a2i_GENERAL_NAME(nullptr, nullptr, nullptr, type, text.constData(), 0);
}

bool addSubjectAltNames(X509 *cert, const QStringList &names)
{
    GeneralNamesPtr gens(sk_GENERAL_NAME_new_null());
    if (!gens)
        return false;
    for (const QString &n : names) {
        QHostAddress ip;
        const int type = ip.setAddress(n) ? GEN_IPADD : GEN_DNS;
        GENERAL_NAME *gn = makeGeneralName(type, type == GEN_IPADD ? ip.toString() : n);
        if (!gn)
            return false;
        if (sk_GENERAL_NAME_push(gens.get(), gn) <= 0) {
            GENERAL_NAME_free(gn);
            return false;
        }
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, gens.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

bool addCrlDistributionPoints(X509 *cert, const QStringList &urls)
{
    CrlDpsPtr dps(sk_DIST_POINT_new_null());
    if (!dps)
        return false;
    for (const QString &url : urls) {
        DIST_POINT *dp = DIST_POINT_new();
        if (!dp)
            return false;
        if (sk_DIST_POINT_push(dps.get(), dp) <= 0) {
            DIST_POINT_free(dp);
            return false;
        }
        dp->distpoint = DIST_POINT_NAME_new();
        if (!dp->distpoint)
            return false;
        dp->distpoint->type = 0; // fullName
        dp->distpoint->name.fullname = sk_GENERAL_NAME_new_null();
        if (!dp->distpoint->name.fullname)
            return false;
        GENERAL_NAME *gn = makeGeneralName(GEN_URI, url);
        if (!gn)
            return false;
        if (sk_GENERAL_NAME_push(dp->distpoint->name.fullname, gn) <= 0) {
            GENERAL_NAME_free(gn);
            return false;
        }
    }
    return X509_add1_ext_i2d(cert, NID_crl_distribution_points, dps.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

// The Microsoft "certificate template name" extension: a BMPString (UTF-16BE).
bool addMsTemplateName(X509 *cert, const QString &templateName)
{
    QByteArray utf16be;
    utf16be.reserve(templateName.size() * 2);
    for (const QChar c : templateName) {
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xff);
    }
    if (utf16be.size() > INT_MAX)
        return false;
    Asn1StringPtr bmp(ASN1_STRING_type_new(V_ASN1_BMPSTRING));
    if (!bmp || ASN1_STRING_set(bmp.get(), utf16be.constData(), int(utf16be.size())) != 1)
        return false;
    unsigned char *der = nullptr;
    const int derLen = i2d_ASN1_BMPSTRING(bmp.get(), &der);
    if (derLen <= 0)
        return false;
    Asn1StringPtr octets(ASN1_OCTET_STRING_new());
    const bool set = octets && ASN1_OCTET_STRING_set(octets.get(), der, derLen) == 1;
    OPENSSL_free(der);
    if (!set)
        return false;
    Asn1ObjectPtr oid(OBJ_txt2obj(kMsTemplateNameOid, 1));
    if (!oid)
        return false;
    X509ExtensionPtr ext(X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), 0, octets.get()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

struct LoadedIssuer {
    X509Ptr cert;
    EvpPkeyPtr key;
};

Expected<LoadedIssuer> loadIssuer(const IssuedCert &issuer)
{
    LoadedIssuer out;
    const auto *p = reinterpret_cast<const unsigned char *>(issuer.certDer.constData());
    out.cert.reset(d2i_X509(nullptr, &p, long(issuer.certDer.size())));
    if (!out.cert)
        return opensslError(QStringLiteral("cannot read the issuer certificate"), issueWhere());
    BioPtr bio = memBio(issuer.keyPem);
    if (bio)
        out.key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!out.key)
        return opensslError(QStringLiteral("cannot read the issuer private key"), issueWhere());
    if (X509_check_private_key(out.cert.get(), out.key.get()) != 1)
        return opensslError(QStringLiteral("issuer key does not match the issuer certificate"), issueWhere());
    return out;
}

Expected<QByteArray> privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslError(QStringLiteral("cannot encode the private key"), issueWhere());
    return bioContents(bio.get());
}

} // namespace

QByteArray IssuedCert::certPem() const
{
    return pemArmor(certDer, "CERTIFICATE");
}

Expected<IssuedCert> issueCertificate(const CertSpec &spec, const IssuedCert *issuer)
{
    LoadedIssuer loaded;
    if (issuer) {
        auto l = loadIssuer(*issuer);
        if (!l)
            return l.error();
        loaded = std::move(*l);
    }

    auto key = generateKey(spec.keyType);
    if (!key)
        return key.error();
    auto subject = buildName(spec);
    if (!subject)
        return subject.error();

    X509Ptr cert(X509_new());
    if (!cert)
        return opensslError(QStringLiteral("out of memory"), issueWhere());
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get())
        || X509_set_subject_name(cert.get(), subject->get()) != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(loaded.cert.get()) : subject->get()) != 1
        || X509_set_pubkey(cert.get(), key->get()) != 1)
        return opensslError(QStringLiteral("cannot build the certificate"), issueWhere());
    if (!setTime(X509_getm_notBefore(cert.get()), spec.notBefore)
        || !setTime(X509_getm_notAfter(cert.get()), spec.notAfter))
        return opensslError(QStringLiteral("invalid validity dates"), issueWhere());

    X509 *issuerCert = issuer ? loaded.cert.get() : cert.get();
    EVP_PKEY *signingKey = issuer ? loaded.key.get() : key->get();
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerCert, cert.get(), nullptr, nullptr, 0);
    X509V3_set_issuer_pkey(&ctx, signingKey);

    if (!addConfExtension(cert.get(), &ctx, NID_basic_constraints, spec.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE"))
        return opensslError(QStringLiteral("cannot add basicConstraints"), issueWhere());
    if (spec.keyUsage != 0
        && !addConfExtension(cert.get(), &ctx, NID_key_usage, keyUsageConf(spec.keyUsage).constData()))
        return opensslError(QStringLiteral("cannot add keyUsage"), issueWhere());
    if (!spec.extendedKeyUsages.isEmpty() && !addExtendedKeyUsage(cert.get(), spec.extendedKeyUsages))
        return opensslError(QStringLiteral("cannot add extendedKeyUsage"), issueWhere());
    if (!spec.msTemplateName.isEmpty() && !addMsTemplateName(cert.get(), spec.msTemplateName))
        return opensslError(QStringLiteral("cannot add the certificate template name"), issueWhere());
    if (!spec.dnsNames.isEmpty() && !addSubjectAltNames(cert.get(), spec.dnsNames))
        return opensslError(QStringLiteral("cannot add subjectAltName"), issueWhere());
    if (!spec.crlUrls.isEmpty() && !addCrlDistributionPoints(cert.get(), spec.crlUrls))
        return opensslError(QStringLiteral("cannot add CRL distribution points"), issueWhere());
    if (!addConfExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash"))
        return opensslError(QStringLiteral("cannot add subjectKeyIdentifier"), issueWhere());
    if (!addConfExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always"))
        return opensslError(QStringLiteral("cannot add authorityKeyIdentifier"), issueWhere());

    if (X509_sign(cert.get(), signingKey, EVP_sha256()) <= 0)
        return opensslError(QStringLiteral("cannot sign the certificate"), issueWhere());

    IssuedCert out;
    unsigned char *der = nullptr;
    const int derLen = i2d_X509(cert.get(), &der);
    if (derLen <= 0)
        return opensslError(QStringLiteral("cannot encode the certificate"), issueWhere());
    out.certDer = QByteArray(reinterpret_cast<const char *>(der), derLen);
    OPENSSL_free(der);
    auto pem = privateKeyPem(key->get());
    if (!pem)
        return pem.error();
    out.keyPem = std::move(*pem);
    return out;
}

Expected<NdesPki> generateNdesPki(const NdesPkiOptions &options)
{
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();

    CertSpec ca;
    ca.commonName = options.caName;
    ca.organization = options.organization;
    ca.country = QStringLiteral("FR");
    ca.notBefore = now.addYears(-5);
    ca.notAfter = now.addYears(5);
    ca.isCa = true;
    ca.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    ca.keyType = KeyType::Rsa2048;

    CertSpec ra;
    ra.commonName = options.raName;
    ra.organization = options.organization;
    ra.country = QStringLiteral("FR");
    if (options.raExpired) {
        ra.notBefore = now.addYears(-2);
        ra.notAfter = now.addDays(-12);
    } else {
        ra.notBefore = now.addDays(-1);
        ra.notAfter = now.addYears(2);
    }
    ra.extendedKeyUsages = {QString::fromLatin1(kCertificateRequestAgentOid)};
    ra.keyType = KeyType::Rsa2048;

    CertSpec signing = ra;
    signing.keyUsage = KeyUsage::DigitalSignature;
    signing.msTemplateName = QStringLiteral("EnrollmentAgentOffline");

    CertSpec encryption = ra;
    encryption.keyUsage = KeyUsage::KeyEncipherment | KeyUsage::DataEncipherment;
    encryption.msTemplateName = QStringLiteral("CEPEncryption");

    NdesPki pki;
    auto caCert = issueCertificate(ca, nullptr);
    if (!caCert)
        return caCert.error();
    pki.ca = std::move(*caCert);
    auto sig = issueCertificate(signing, &pki.ca);
    if (!sig)
        return sig.error();
    pki.raSigning = std::move(*sig);
    auto enc = issueCertificate(encryption, &pki.ca);
    if (!enc)
        return enc.error();
    pki.raEncryption = std::move(*enc);
    return pki;
}

Expected<TlsMaterial> generateTlsMaterial(const QString &caName, const QStringList &dnsNames, const QDateTime &now)
{
    if (dnsNames.isEmpty())
        return Error{QStringLiteral("no server name for the TLS certificate"), QStringLiteral("generateTlsMaterial"), {}};
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();

    CertSpec ca;
    ca.commonName = caName.isEmpty() ? QStringLiteral("NDES Doctor Test CA") : caName;
    ca.notBefore = at.addDays(-1);
    ca.notAfter = at.addYears(10);
    ca.isCa = true;
    ca.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    ca.keyType = KeyType::EcP256;

    CertSpec server;
    server.commonName = dnsNames.first();
    server.notBefore = at.addDays(-1);
    server.notAfter = at.addDays(365);
    server.keyUsage = KeyUsage::DigitalSignature;
    server.extendedKeyUsages = {QString::fromLatin1(kServerAuthOid)};
    server.dnsNames = dnsNames;
    server.keyType = KeyType::EcP256;

    TlsMaterial out;
    auto caCert = issueCertificate(ca, nullptr);
    if (!caCert)
        return caCert.error();
    out.ca = std::move(*caCert);
    auto srv = issueCertificate(server, &out.ca);
    if (!srv)
        return srv.error();
    out.server = std::move(*srv);
    return out;
}

} // namespace ndes::scep
