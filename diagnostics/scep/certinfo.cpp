#include "certinfo.h"

#include "ossl.h"

#include <QCryptographicHash>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <climits>
#include <ctime>

namespace ndes::scep {

namespace {

using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OsslDeleter<ASN1_OCTET_STRING_free>>;
using Asn1BitStringPtr = std::unique_ptr<ASN1_BIT_STRING, OsslDeleter<ASN1_BIT_STRING_free>>;
using Asn1TypePtr = std::unique_ptr<ASN1_TYPE, OsslDeleter<ASN1_TYPE_free>>;
using BasicConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, OsslDeleter<BASIC_CONSTRAINTS_free>>;

void freeSequenceAny(ASN1_SEQUENCE_ANY *s)
{
    sk_ASN1_TYPE_pop_free(s, ASN1_TYPE_free);
}
using SequenceAnyPtr = std::unique_ptr<ASN1_SEQUENCE_ANY, OsslDeleter<freeSequenceAny>>;

constexpr char kMsTemplateNameOid[] = "1.3.6.1.4.1.311.20.2";
constexpr char kMsTemplateOid[] = "1.3.6.1.4.1.311.21.7";
constexpr char kCertificateRequestAgentOid[] = "1.3.6.1.4.1.311.20.2.1";
constexpr char kAnyExtendedKeyUsageOid[] = "2.5.29.37.0";

QString parseWhere()
{
    return QStringLiteral("parseCertificate");
}

QString hexUpper(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex().toUpper());
}

QString oidText(const ASN1_OBJECT *obj)
{
    if (!obj)
        return {};
    char buf[128];
    const int n = OBJ_obj2txt(buf, int(sizeof buf), obj, 1);
    if (n <= 0)
        return {};
    if (n < int(sizeof buf))
        return QString::fromLatin1(buf, n);
    QByteArray big(n + 1, '\0');
    const int m = OBJ_obj2txt(big.data(), int(big.size()), obj, 1);
    return m > 0 ? QString::fromLatin1(big.constData(), qMin(m, n)) : QString();
}

// Any ASN.1 character string (BMP, UTF-8, Printable, IA5, T61, Universal...) as text.
// Strings that do not decode (an odd-length BMPString, say) come back as "#" and their hex bytes.
QString asn1Text(const ASN1_STRING *s)
{
    if (!s)
        return {};
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, s);
    if (n < 0) {
        ERR_clear_error();
        const auto *data = reinterpret_cast<const char *>(ASN1_STRING_get0_data(s));
        return QLatin1Char('#') + hexUpper(QByteArray(data, ASN1_STRING_length(s)));
    }
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return out;
}

// An attribute value escaped as RFC 4514 says, control characters included.
QString escapeDnValue(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        const bool special = c == QLatin1Char(',') || c == QLatin1Char('+') || c == QLatin1Char('"')
            || c == QLatin1Char('\\') || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(';')
            || (i == 0 && (c == QLatin1Char('#') || c == QLatin1Char(' ')))
            || (i == v.size() - 1 && c == QLatin1Char(' '));
        if (special) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QStringLiteral("\\%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

// Most specific attribute first, as Windows and RFC 4514 write it: "CN=..., O=..., C=...".
QString nameText(const X509_NAME *name)
{
    if (!name)
        return {};
    QString out;
    const int count = X509_NAME_entry_count(name);
    int previousSet = -1;
    for (int i = count - 1; i >= 0; --i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        if (!entry)
            continue;
        const int set = X509_NAME_ENTRY_set(entry);
        if (!out.isEmpty())
            out += set == previousSet ? QStringLiteral(" + ") : QStringLiteral(", ");
        previousSet = set;
        const ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(entry);
        const int nid = OBJ_obj2nid(obj);
        if (nid == NID_pkcs9_emailAddress)
            out += QStringLiteral("E");
        else if (nid != NID_undef && OBJ_nid2sn(nid))
            out += QString::fromLatin1(OBJ_nid2sn(nid));
        else
            out += oidText(obj);
        out += QLatin1Char('=');
        out += escapeDnValue(asn1Text(X509_NAME_ENTRY_get_data(entry)));
    }
    return out;
}

bool asn1TimeToUtc(const ASN1_TIME *t, QDateTime *out)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return false;
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime time(tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (!date.isValid() || !time.isValid())
        return false;
    *out = QDateTime(date, time, Qt::UTC);
    return true;
}

QString serialHex(const ASN1_INTEGER *serial)
{
    BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn) {
        ERR_clear_error();
        return {};
    }
    char *hex = BN_bn2hex(bn.get());
    if (!hex) {
        ERR_clear_error();
        return {};
    }
    QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return out;
}

// The extension with this OID, or null (also when the certificate carries it twice).
const X509_EXTENSION *extensionByOid(const X509 *cert, const char *oid)
{
    Asn1ObjectPtr obj(OBJ_txt2obj(oid, 1));
    if (!obj)
        return nullptr;
    const int idx = X509_get_ext_by_OBJ(cert, obj.get(), -1);
    if (idx < 0 || X509_get_ext_by_OBJ(cert, obj.get(), idx) >= 0)
        return nullptr;
    return X509_get_ext(cert, idx);
}

// Microsoft v1 template name: an ASN.1 string, BMPString as Windows writes it.
QString msTemplateName(const X509 *cert)
{
    const X509_EXTENSION *ext = extensionByOid(cert, kMsTemplateNameOid);
    if (!ext)
        return {};
    const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(const_cast<X509_EXTENSION *>(ext));
    if (!data)
        return {};
    const unsigned char *p = ASN1_STRING_get0_data(data);
    Asn1TypePtr value(d2i_ASN1_TYPE(nullptr, &p, ASN1_STRING_length(data)));
    if (!value)
        return {};
    switch (value->type) {
    case V_ASN1_BMPSTRING:
    case V_ASN1_UTF8STRING:
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_T61STRING:
    case V_ASN1_VISIBLESTRING:
    case V_ASN1_UNIVERSALSTRING:
    case V_ASN1_GENERALSTRING:
        return asn1Text(value->value.asn1_string);
    default:
        return {};
    }
}

// Microsoft v2 template: SEQUENCE { templateID OID, majorVersion INTEGER, minorVersion INTEGER OPTIONAL }.
QString msTemplateOid(const X509 *cert)
{
    const X509_EXTENSION *ext = extensionByOid(cert, kMsTemplateOid);
    if (!ext)
        return {};
    const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(const_cast<X509_EXTENSION *>(ext));
    if (!data)
        return {};
    const unsigned char *p = ASN1_STRING_get0_data(data);
    SequenceAnyPtr seq(d2i_ASN1_SEQUENCE_ANY(nullptr, &p, ASN1_STRING_length(data)));
    if (!seq || sk_ASN1_TYPE_num(seq.get()) < 1)
        return {};
    const ASN1_TYPE *first = sk_ASN1_TYPE_value(seq.get(), 0);
    if (!first || first->type != V_ASN1_OBJECT)
        return {};
    return oidText(first->value.object);
}

QString keyAlgorithmName(const X509 *cert)
{
    const ASN1_OBJECT *alg = nullptr;
    if (X509_PUBKEY_get0_param(const_cast<ASN1_OBJECT **>(&alg), nullptr, nullptr, nullptr,
                               X509_get_X509_PUBKEY(cert))
            != 1
        || !alg)
        return {};
    switch (OBJ_obj2nid(alg)) {
    case NID_rsaEncryption:
        return QStringLiteral("RSA");
    case NID_rsassaPss:
        return QStringLiteral("RSA-PSS");
    case NID_X9_62_id_ecPublicKey:
        return QStringLiteral("EC");
    case NID_dsa:
        return QStringLiteral("DSA");
    case NID_ED25519:
        return QStringLiteral("Ed25519");
    case NID_ED448:
        return QStringLiteral("Ed448");
    case NID_undef:
        return oidText(alg);
    default:
        return QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(alg)));
    }
}

QString signatureAlgorithmName(const X509 *cert)
{
    const X509_ALGOR *alg = nullptr;
    X509_get0_signature(nullptr, &alg, cert);
    if (!alg)
        return {};
    const ASN1_OBJECT *obj = nullptr;
    X509_ALGOR_get0(&obj, nullptr, nullptr, alg);
    const int nid = OBJ_obj2nid(obj);
    if (nid != NID_undef && OBJ_nid2ln(nid))
        return QString::fromLatin1(OBJ_nid2ln(nid));
    return oidText(obj);
}

// DER always starts with a SEQUENCE tag; PEM may have text before its "-----BEGIN" line.
bool looksLikePem(const QByteArray &data)
{
    return !data.startsWith('\x30') && data.contains("-----BEGIN");
}

} // namespace

QString certRoleId(CertRole role)
{
    switch (role) {
    case CertRole::RaSigning:
        return QStringLiteral("ra-signing");
    case CertRole::RaEncryption:
        return QStringLiteral("ra-encryption");
    case CertRole::Ca:
        return QStringLiteral("ca");
    case CertRole::Other:
        break;
    }
    return QStringLiteral("other");
}

Expected<CertInfo> parseCertificate(const QByteArray &derOrPem)
{
    ERR_clear_error();
    if (derOrPem.isEmpty())
        return Error{QStringLiteral("no certificate data"), parseWhere(), {}};
    if (derOrPem.size() > INT_MAX)
        return Error{QStringLiteral("certificate data too large"), parseWhere(), {}};

    X509Ptr cert;
    CertInfo info;
    if (looksLikePem(derOrPem)) {
        BioPtr bio = memBio(derOrPem);
        if (bio)
            cert.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert)
            return opensslError(QStringLiteral("not a PEM certificate"), parseWhere());
        unsigned char *der = nullptr;
        const int len = i2d_X509(cert.get(), &der);
        if (len <= 0)
            return opensslError(QStringLiteral("cannot encode the certificate"), parseWhere());
        info.der = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    } else {
        const auto *start = reinterpret_cast<const unsigned char *>(derOrPem.constData());
        const unsigned char *p = start;
        cert.reset(d2i_X509(nullptr, &p, long(derOrPem.size())));
        if (!cert)
            return opensslError(QStringLiteral("not a DER certificate"), parseWhere());
        // The bytes the certificate was read from, so thumbprints match the original encoding.
        info.der = derOrPem.left(qsizetype(p - start));
    }
    X509 *x = cert.get();

    info.subject = nameText(X509_get_subject_name(x));
    info.issuer = nameText(X509_get_issuer_name(x));
    info.serialHex = serialHex(X509_get0_serialNumber(x));
    info.sha1Hex = hexUpper(QCryptographicHash::hash(info.der, QCryptographicHash::Sha1));
    info.sha256Hex = hexUpper(QCryptographicHash::hash(info.der, QCryptographicHash::Sha256));
    if (!asn1TimeToUtc(X509_get0_notBefore(x), &info.notBefore)
        || !asn1TimeToUtc(X509_get0_notAfter(x), &info.notAfter))
        return opensslError(QStringLiteral("invalid validity dates in certificate"), parseWhere());

    int crit = 0;
    BasicConstraintsPtr bc(static_cast<BASIC_CONSTRAINTS *>(X509_get_ext_d2i(x, NID_basic_constraints, &crit, nullptr)));
    info.isCa = bc && bc->ca;

    info.selfIssued = X509_NAME_cmp(X509_get_subject_name(x), X509_get_issuer_name(x)) == 0;
    EVP_PKEY *pub = X509_get0_pubkey(x);
    info.selfSigned = pub && X509_verify(x, pub) == 1;

    Asn1BitStringPtr ku(static_cast<ASN1_BIT_STRING *>(X509_get_ext_d2i(x, NID_key_usage, &crit, nullptr)));
    if (ku) {
        info.hasKeyUsage = true;
        info.digitalSignature = ASN1_BIT_STRING_get_bit(ku.get(), 0);
        info.keyEncipherment = ASN1_BIT_STRING_get_bit(ku.get(), 2);
        info.dataEncipherment = ASN1_BIT_STRING_get_bit(ku.get(), 3);
        info.keyCertSign = ASN1_BIT_STRING_get_bit(ku.get(), 5);
    }

    EkuPtr eku(static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x, NID_ext_key_usage, &crit, nullptr)));
    if (eku) {
        for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i)
            info.extendedKeyUsages.append(oidText(sk_ASN1_OBJECT_value(eku.get(), i)));
    }

    info.templateName = msTemplateName(x);
    info.templateOid = msTemplateOid(x);

    GeneralNamesPtr san(static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, &crit, nullptr)));
    if (san) {
        for (int i = 0; i < sk_GENERAL_NAME_num(san.get()); ++i) {
            const GENERAL_NAME *gn = sk_GENERAL_NAME_value(san.get(), i);
            if (gn && gn->type == GEN_DNS)
                info.dnsNames.append(asn1Text(gn->d.dNSName));
        }
    }

    CrlDpsPtr dps(static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(x, NID_crl_distribution_points, &crit, nullptr)));
    if (dps) {
        for (int i = 0; i < sk_DIST_POINT_num(dps.get()); ++i) {
            const DIST_POINT *dp = sk_DIST_POINT_value(dps.get(), i);
            if (!dp || !dp->distpoint || dp->distpoint->type != 0 || !dp->distpoint->name.fullname)
                continue;
            const GENERAL_NAMES *names = dp->distpoint->name.fullname;
            for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
                const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, j);
                if (gn && gn->type == GEN_URI)
                    info.crlUrls.append(asn1Text(gn->d.uniformResourceIdentifier));
            }
        }
    }

    info.keyAlgorithm = keyAlgorithmName(x);
    info.keyBits = pub ? EVP_PKEY_get_bits(pub) : 0;
    info.signatureAlgorithm = signatureAlgorithmName(x);
    info.role = classifyRole(info);

    // Malformed optional parts leave errors behind; they are not failures of the parse.
    ERR_clear_error();
    return info;
}

CertRole classifyRole(const CertInfo &info)
{
    if (info.templateName.compare(QLatin1String("EnrollmentAgentOffline"), Qt::CaseInsensitive) == 0)
        return CertRole::RaSigning;
    if (info.templateName.compare(QLatin1String("CEPEncryption"), Qt::CaseInsensitive) == 0)
        return CertRole::RaEncryption;
    if (info.isCa)
        return CertRole::Ca;
    if (!info.hasKeyUsage)
        return CertRole::Other;
    const bool raPurpose = info.extendedKeyUsages.isEmpty()
        || info.extendedKeyUsages.contains(QLatin1String(kCertificateRequestAgentOid))
        || info.extendedKeyUsages.contains(QLatin1String(kAnyExtendedKeyUsageOid));
    if (!raPurpose)
        return CertRole::Other;
    if (info.digitalSignature && !info.keyEncipherment)
        return CertRole::RaSigning;
    if ((info.keyEncipherment || info.dataEncipherment) && !info.digitalSignature)
        return CertRole::RaEncryption;
    return CertRole::Other;
}

Validity validityAt(const CertInfo &info, const QDateTime &now, int soonDays)
{
    Validity v;
    if (!now.isValid() || !info.notAfter.isValid())
        return v;
    constexpr qint64 msPerDay = 86400LL * 1000;
    const qint64 left = now.msecsTo(info.notAfter);
    v.notYetValid = info.notBefore.isValid() && now < info.notBefore;
    v.expired = left < 0;
    v.daysLeft = left >= 0 ? left / msPerDay : -((-left + msPerDay - 1) / msPerDay);
    v.expiringSoon = !v.expired && left < qint64(soonDays) * msPerDay;
    return v;
}

} // namespace ndes::scep
