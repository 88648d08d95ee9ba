#include "pkioperation.h"

#include "certinfo.h"
#include "getcacert.h"
#include "ossl.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>
#include <openssl/rand.h>

#include <algorithm>
#include <climits>
#include <optional>

namespace ndes::scep {

namespace {

void unloadProvider(OSSL_PROVIDER *provider)
{
    OSSL_PROVIDER_unload(provider);
}
// PKCS7_get0_signers() returns a new stack of certificates the PKCS7 still owns.
void freeStackOnly(STACK_OF(X509) *s)
{
    sk_X509_free(s);
}
void freeExtensions(STACK_OF(X509_EXTENSION) *s)
{
    sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free);
}

using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, OsslDeleter<OSSL_LIB_CTX_free>>;
using ProviderPtr = std::unique_ptr<OSSL_PROVIDER, OsslDeleter<unloadProvider>>;
using EvpCipherPtr = std::unique_ptr<EVP_CIPHER, OsslDeleter<EVP_CIPHER_free>>;
using SignerStackPtr = std::unique_ptr<STACK_OF(X509), OsslDeleter<freeStackOnly>>;
using ExtensionStackPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), OsslDeleter<freeExtensions>>;

QString where()
{
    return QStringLiteral("PKIOperation");
}

// SCEP signed attributes (RFC 8894 3.2.1), under the VeriSign arc.
constexpr char kOidMessageType[] = "2.16.840.1.113733.1.9.2";
constexpr char kOidPkiStatus[] = "2.16.840.1.113733.1.9.3";
constexpr char kOidFailInfo[] = "2.16.840.1.113733.1.9.4";
constexpr char kOidSenderNonce[] = "2.16.840.1.113733.1.9.5";
constexpr char kOidRecipientNonce[] = "2.16.840.1.113733.1.9.6";
constexpr char kOidTransactionId[] = "2.16.840.1.113733.1.9.7";

constexpr qsizetype kMaxMessageBytes = 1024 * 1024;
constexpr int kMaxTransactionIdBytes = 256;
constexpr int kMaxNonceBytes = 64;
constexpr int kSenderNonceBytes = 16;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

QByteArray toByteArray(const ASN1_STRING *s)
{
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

// The only value of the signed attribute `oid`; null when it is absent, repeated or multi-valued.
ASN1_TYPE *signedAttribute(const PKCS7_SIGNER_INFO *si, const char *oid)
{
    Asn1ObjectPtr obj(OBJ_txt2obj(oid, 1));
    if (!obj || !si->auth_attr)
        return nullptr;
    const int index = X509at_get_attr_by_OBJ(si->auth_attr, obj.get(), -1);
    if (index < 0 || X509at_get_attr_by_OBJ(si->auth_attr, obj.get(), index) >= 0)
        return nullptr;
    X509_ATTRIBUTE *attr = X509at_get_attr(si->auth_attr, index);
    if (!attr || X509_ATTRIBUTE_count(attr) != 1)
        return nullptr;
    return X509_ATTRIBUTE_get0_type(attr, 0);
}

bool isControl(char c)
{
    return (c >= 0 && c < 0x20) || c == 0x7f;
}

bool isTextType(int type)
{
    return type == V_ASN1_PRINTABLESTRING || type == V_ASN1_UTF8STRING || type == V_ASN1_IA5STRING;
}

struct TextAttribute {
    QByteArray value;
    int type = V_ASN1_PRINTABLESTRING;
};

std::optional<TextAttribute> textAttribute(const PKCS7_SIGNER_INFO *si, const char *oid)
{
    const ASN1_TYPE *t = signedAttribute(si, oid);
    if (!t || !isTextType(t->type) || !t->value.asn1_string)
        return std::nullopt;
    return TextAttribute{toByteArray(t->value.asn1_string), t->type};
}

std::optional<QByteArray> octetAttribute(const PKCS7_SIGNER_INFO *si, const char *oid)
{
    const ASN1_TYPE *t = signedAttribute(si, oid);
    if (!t || t->type != V_ASN1_OCTET_STRING || !t->value.octet_string)
        return std::nullopt;
    return toByteArray(t->value.octet_string);
}

bool addSignedAttribute(PKCS7_SIGNER_INFO *si, const char *oid, int type, const QByteArray &value)
{
    Asn1ObjectPtr obj(OBJ_txt2obj(oid, 1));
    return obj
        && X509at_add1_attr_by_OBJ(&si->auth_attr, obj.get(), type, bytes(value), int(value.size())) != nullptr;
}

Expected<X509Ptr> loadCertificate(const QByteArray &der, OSSL_LIB_CTX *ctx, const QString &what)
{
    X509 *cert = X509_new_ex(ctx, nullptr);
    if (!cert)
        return opensslError(QStringLiteral("out of memory"), where());
    const unsigned char *p = bytes(der);
    // A failed decode frees the object and leaves the pointer null.
    if (!d2i_X509(&cert, &p, long(der.size()))) {
        X509_free(cert);
        return opensslError(QStringLiteral("cannot read the %1 certificate").arg(what), where());
    }
    return X509Ptr(cert);
}

Expected<EvpPkeyPtr> loadKey(const QByteArray &pem, OSSL_LIB_CTX *ctx, const QString &what)
{
    BioPtr bio = memBio(pem);
    EvpPkeyPtr key(bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, nullptr, nullptr, ctx, nullptr) : nullptr);
    if (!key)
        return opensslError(QStringLiteral("cannot read the %1 private key").arg(what), where());
    return key;
}

struct Identity {
    X509Ptr cert;
    EvpPkeyPtr key;
};

Expected<Identity> loadIdentity(const IssuedCert &issued, OSSL_LIB_CTX *ctx, const QString &what)
{
    auto cert = loadCertificate(issued.certDer, ctx, what);
    if (!cert)
        return cert.error();
    auto key = loadKey(issued.keyPem, ctx, what);
    if (!key)
        return key.error();
    return Identity{std::move(*cert), std::move(*key)};
}

Expected<QByteArray> pkcs7Der(PKCS7 *p7, const QString &what)
{
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(p7, &der);
    if (length <= 0)
        return opensslError(QStringLiteral("cannot encode the %1").arg(what), where());
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

// The SCEP attributes of the CertRep, besides senderNonce, which is always fresh.
struct Reply {
    TextAttribute transactionId;
    QByteArray recipientNonce;
    int pkiStatus = PkiStatus::Failure;
    int failInfo = FailInfo::None;
};

// The CertRep: `content` (the enveloped degenerate PKCS#7, or nothing on failure) signed by the RA
// signing certificate with SHA-256, with the SCEP attributes and a signing time taken from `now`.
Expected<QByteArray> signedCertRep(const Identity &ra, const QByteArray &content, const Reply &reply,
                                   const QDateTime &now)
{
    Pkcs7Ptr p7(PKCS7_sign(nullptr, nullptr, nullptr, nullptr, PKCS7_PARTIAL | PKCS7_BINARY));
    if (!p7)
        return opensslError(QStringLiteral("cannot create the CertRep"), where());
    PKCS7_SIGNER_INFO *si =
        PKCS7_sign_add_signer(p7.get(), ra.cert.get(), ra.key.get(), EVP_sha256(), PKCS7_BINARY | PKCS7_NOSMIMECAP);
    if (!si)
        return opensslError(QStringLiteral("cannot add the RA signer to the CertRep"), where());

    QByteArray senderNonce(kSenderNonceBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(senderNonce.data()), kSenderNonceBytes) != 1)
        return opensslError(QStringLiteral("no random bytes for the sender nonce"), where());

    bool added = addSignedAttribute(si, kOidMessageType, V_ASN1_PRINTABLESTRING, QByteArray::number(MessageType::CertRep))
        && addSignedAttribute(si, kOidPkiStatus, V_ASN1_PRINTABLESTRING, QByteArray::number(reply.pkiStatus))
        && addSignedAttribute(si, kOidTransactionId, reply.transactionId.type, reply.transactionId.value)
        && addSignedAttribute(si, kOidRecipientNonce, V_ASN1_OCTET_STRING, reply.recipientNonce)
        && addSignedAttribute(si, kOidSenderNonce, V_ASN1_OCTET_STRING, senderNonce);
    if (added && reply.pkiStatus == PkiStatus::Failure)
        added = addSignedAttribute(si, kOidFailInfo, V_ASN1_PRINTABLESTRING, QByteArray::number(reply.failInfo));
    if (!added)
        return opensslError(QStringLiteral("cannot add the SCEP attributes to the CertRep"), where());

    // Present before PKCS7_final(), it keeps OpenSSL from stamping the wall-clock time.
    Asn1TimePtr signingTime(ASN1_TIME_set(nullptr, time_t(now.toSecsSinceEpoch())));
    if (!signingTime
        || !X509at_add1_attr_by_NID(&si->auth_attr, NID_pkcs9_signingTime, ASN1_STRING_type(signingTime.get()),
                                    ASN1_STRING_get0_data(signingTime.get()), ASN1_STRING_length(signingTime.get())))
        return opensslError(QStringLiteral("cannot add the signing time to the CertRep"), where());

    BioPtr data = memBio(content);
    if (!data || PKCS7_final(p7.get(), data.get(), PKCS7_BINARY) != 1)
        return opensslError(QStringLiteral("cannot sign the CertRep"), where());
    return pkcs7Der(p7.get(), QStringLiteral("CertRep"));
}

// The PKCS#10 request out of the EnvelopedData, or the failInfo to answer with.
struct Decrypted {
    QByteArray data;
    int failInfo = FailInfo::None;
};

// Decrypts with the RA encryption certificate in a library context of its own: go.mozilla.org/pkcs7,
// which scepclient uses, encrypts with single DES by default, and OpenSSL 3 has single DES only in
// its legacy provider. Loading that provider here leaves the process's default context untouched.
Expected<Decrypted> decryptEnvelope(const QByteArray &envelopeDer, const IssuedCert &raEncryption)
{
    LibCtxPtr ctx(OSSL_LIB_CTX_new());
    if (!ctx)
        return opensslError(QStringLiteral("out of memory"), where());
    ProviderPtr defaultProvider(OSSL_PROVIDER_load(ctx.get(), "default"));
    if (!defaultProvider)
        return opensslError(QStringLiteral("cannot load OpenSSL's default provider"), where());
    ProviderPtr legacyProvider(OSSL_PROVIDER_load(ctx.get(), "legacy"));
    if (!legacyProvider)
        drainOpenSslErrors(); // without it, single-DES requests get badAlg below

    PKCS7 *envelope = PKCS7_new_ex(ctx.get(), nullptr);
    if (!envelope)
        return opensslError(QStringLiteral("out of memory"), where());
    const unsigned char *p = bytes(envelopeDer);
    if (!d2i_PKCS7(&envelope, &p, long(envelopeDer.size())) || !PKCS7_type_is_enveloped(envelope)
        || !envelope->d.enveloped || !envelope->d.enveloped->enc_data
        || !envelope->d.enveloped->enc_data->algorithm) {
        PKCS7_free(envelope);
        drainOpenSslErrors();
        return Decrypted{{}, FailInfo::BadRequest};
    }
    Pkcs7Ptr owned(envelope);

    const ASN1_OBJECT *cipherOid = envelope->d.enveloped->enc_data->algorithm->algorithm;
    EvpCipherPtr cipher(EVP_CIPHER_fetch(ctx.get(), OBJ_nid2sn(OBJ_obj2nid(cipherOid)), nullptr));
    if (!cipher) {
        drainOpenSslErrors();
        return Decrypted{{}, FailInfo::BadAlg};
    }

    auto ra = loadIdentity(raEncryption, ctx.get(), QStringLiteral("RA encryption"));
    if (!ra)
        return ra.error();
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out)
        return opensslError(QStringLiteral("out of memory"), where());
    if (PKCS7_decrypt(envelope, ra->key.get(), ra->cert.get(), out.get(), PKCS7_BINARY) != 1) {
        drainOpenSslErrors();
        return Decrypted{{}, FailInfo::BadMessageCheck};
    }
    return Decrypted{bioContents(out.get()), FailInfo::None};
}

// Whether the CSR's challengePassword equals `required`, compared in constant time.
bool challengeMatches(X509_REQ *req, const QByteArray &required)
{
    const int index = X509_REQ_get_attr_by_NID(req, NID_pkcs9_challengePassword, -1);
    X509_ATTRIBUTE *attr = index < 0 ? nullptr : X509_REQ_get_attr(req, index);
    if (!attr || X509_ATTRIBUTE_count(attr) != 1)
        return false;
    const ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(attr, 0);
    if (!t || !(ASN1_tag2bit(t->type) & (B_ASN1_DIRECTORYSTRING | B_ASN1_IA5STRING)) || !t->value.asn1_string)
        return false;
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, t->value.asn1_string);
    if (length < 0) {
        drainOpenSslErrors();
        return false;
    }
    const bool same = qsizetype(length) == required.size()
        && CRYPTO_memcmp(utf8, required.constData(), size_t(length)) == 0;
    OPENSSL_clear_free(utf8, size_t(length));
    return same;
}

// The subjectAltName the device asked for (Intune profiles put the UPN or device id there).
bool copyRequestedSubjectAltName(X509_REQ *req, X509 *cert)
{
    ExtensionStackPtr requested(X509_REQ_get_extensions(req));
    if (!requested) {
        drainOpenSslErrors();
        return true;
    }
    for (int i = 0; i < sk_X509_EXTENSION_num(requested.get()); ++i) {
        X509_EXTENSION *ext = sk_X509_EXTENSION_value(requested.get(), i);
        if (OBJ_obj2nid(X509_EXTENSION_get_object(ext)) == NID_subject_alt_name)
            return X509_add_ext(cert, ext, -1) == 1;
    }
    return true;
}

Expected<QByteArray> issueFromRequest(X509_REQ *req, const Identity &ca, const QDateTime &now)
{
    const QString what = QStringLiteral("cannot issue the certificate");
    X509Ptr cert(X509_new());
    if (!cert)
        return opensslError(what, where());
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get())
        || X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.cert.get())) != 1
        || X509_set_subject_name(cert.get(), X509_REQ_get_subject_name(req)) != 1
        || X509_set_pubkey(cert.get(), X509_REQ_get0_pubkey(req)) != 1
        || !ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(now.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(now.addYears(1).toSecsSinceEpoch())))
        return opensslError(what, where());

    X509V3_CTX v3;
    X509V3_set_ctx(&v3, ca.cert.get(), cert.get(), req, nullptr, 0);
    if (!addConfExtension(cert.get(), &v3, NID_basic_constraints, "critical,CA:FALSE")
        || !addConfExtension(cert.get(), &v3, NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addConfExtension(cert.get(), &v3, NID_ext_key_usage, "clientAuth")
        || !addConfExtension(cert.get(), &v3, NID_subject_key_identifier, "hash")
        || !addConfExtension(cert.get(), &v3, NID_authority_key_identifier, "keyid:always")
        || !copyRequestedSubjectAltName(req, cert.get()))
        return opensslError(what, where());
    if (X509_sign(cert.get(), ca.key.get(), EVP_sha256()) <= 0)
        return opensslError(QStringLiteral("cannot sign the certificate"), where());

    unsigned char *der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    if (length <= 0)
        return opensslError(QStringLiteral("cannot encode the certificate"), where());
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

// The degenerate PKCS#7 with the issued certificate, enveloped with 3DES (NDES announces DES3 and
// not AES) to the certificate that signed the request.
Expected<QByteArray> envelopeForRequester(const QByteArray &issuedDer, X509 *requester)
{
    auto degenerate = buildDegeneratePkcs7({issuedDer});
    if (!degenerate)
        return degenerate.error();
    X509StackPtr recipients(sk_X509_new_null());
    if (!recipients || sk_X509_push(recipients.get(), requester) <= 0)
        return opensslError(QStringLiteral("out of memory"), where());
    X509_up_ref(requester);
    BioPtr in = memBio(*degenerate);
    Pkcs7Ptr envelope(in ? PKCS7_encrypt(recipients.get(), in.get(), EVP_des_ede3_cbc(), PKCS7_BINARY) : nullptr);
    if (!envelope)
        return opensslError(QStringLiteral("cannot encrypt the certificate to the requester"), where());
    return pkcs7Der(envelope.get(), QStringLiteral("enveloped certificate"));
}

} // namespace

Expected<PkiOperationResult> answerPkiOperation(const QByteArray &pkiMessage, const NdesPki &pki, const QDateTime &now,
                                                const QByteArray &requiredChallenge)
{
    ERR_clear_error();
    if (pkiMessage.isEmpty())
        return Error{QStringLiteral("empty pkiMessage"), where(), {}};
    if (pkiMessage.size() > kMaxMessageBytes)
        return Error{QStringLiteral("pkiMessage larger than %1 bytes").arg(kMaxMessageBytes), where(), {}};
    if (!now.isValid())
        return Error{QStringLiteral("no current time"), where(), {}};

    const unsigned char *p = bytes(pkiMessage);
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(pkiMessage.size())));
    if (!p7)
        return opensslError(QStringLiteral("pkiMessage is not a DER PKCS#7 structure"), where());
    if (!PKCS7_type_is_signed(p7.get()) || !p7->d.sign)
        return Error{QStringLiteral("pkiMessage is not CMS SignedData"), where(), {}};
    STACK_OF(PKCS7_SIGNER_INFO) *signerInfos = PKCS7_get_signer_info(p7.get());
    if (!signerInfos || sk_PKCS7_SIGNER_INFO_num(signerInfos) != 1)
        return Error{QStringLiteral("pkiMessage does not have exactly one signer"), where(), {}};
    const PKCS7_SIGNER_INFO *si = sk_PKCS7_SIGNER_INFO_value(signerInfos, 0);

    const std::optional<TextAttribute> messageType = textAttribute(si, kOidMessageType);
    const std::optional<TextAttribute> transactionId = textAttribute(si, kOidTransactionId);
    const std::optional<QByteArray> senderNonce = octetAttribute(si, kOidSenderNonce);
    if (!messageType || messageType->value.isEmpty() || messageType->value.size() > 8
        || std::any_of(messageType->value.cbegin(), messageType->value.cend(), isControl))
        return Error{QStringLiteral("pkiMessage has no valid messageType attribute"), where(), {}};
    if (!transactionId || transactionId->value.isEmpty() || transactionId->value.size() > kMaxTransactionIdBytes
        || std::any_of(transactionId->value.cbegin(), transactionId->value.cend(), isControl))
        return Error{QStringLiteral("pkiMessage has no valid transactionID attribute"), where(), {}};
    if (!senderNonce || senderNonce->isEmpty() || senderNonce->size() > kMaxNonceBytes)
        return Error{QStringLiteral("pkiMessage has no valid senderNonce attribute"), where(), {}};

    SignerStackPtr signers(PKCS7_get0_signers(p7.get(), nullptr, 0));
    if (!signers || sk_X509_num(signers.get()) != 1)
        return opensslError(QStringLiteral("pkiMessage does not carry its signer certificate"), where());
    X509 *signer = sk_X509_value(signers.get(), 0);

    auto raSigning = loadIdentity(pki.raSigning, nullptr, QStringLiteral("RA signing"));
    if (!raSigning)
        return raSigning.error();
    auto ca = loadIdentity(pki.ca, nullptr, QStringLiteral("CA"));
    if (!ca)
        return ca.error();

    PkiOperationResult result;
    result.messageType = QString::fromUtf8(messageType->value);
    result.transactionId = QString::fromUtf8(transactionId->value);
    Reply reply{*transactionId, *senderNonce, PkiStatus::Failure, FailInfo::None};

    const auto fail = [&](int failInfo) -> Expected<PkiOperationResult> {
        drainOpenSslErrors();
        reply.failInfo = failInfo;
        auto certRep = signedCertRep(*raSigning, {}, reply, now);
        if (!certRep)
            return certRep.error();
        result.certRep = std::move(*certRep);
        result.pkiStatus = PkiStatus::Failure;
        result.failInfo = failInfo;
        return result;
    };

    BioPtr content(BIO_new(BIO_s_mem()));
    if (!content)
        return opensslError(QStringLiteral("out of memory"), where());
    if (PKCS7_verify(p7.get(), nullptr, nullptr, nullptr, content.get(), PKCS7_NOVERIFY | PKCS7_BINARY) != 1)
        return fail(FailInfo::BadMessageCheck);

    bool numeric = false;
    const int type = messageType->value.toInt(&numeric);
    if (!numeric || (type != MessageType::PKCSReq && type != MessageType::RenewalReq))
        return fail(FailInfo::BadRequest);
    // A renewal is authorised by the certificate being renewed, which this CA must have issued.
    if (type == MessageType::RenewalReq
        && (X509_check_issued(ca->cert.get(), signer) != X509_V_OK
            || X509_verify(signer, X509_get0_pubkey(ca->cert.get())) != 1))
        return fail(FailInfo::BadRequest);

    auto decrypted = decryptEnvelope(bioContents(content.get()), pki.raEncryption);
    if (!decrypted)
        return decrypted.error();
    if (decrypted->failInfo != FailInfo::None)
        return fail(decrypted->failInfo);

    const unsigned char *q = bytes(decrypted->data);
    X509ReqPtr req(d2i_X509_REQ(nullptr, &q, long(decrypted->data.size())));
    EVP_PKEY *requestedKey = req ? X509_REQ_get0_pubkey(req.get()) : nullptr;
    if (!requestedKey || X509_REQ_verify(req.get(), requestedKey) != 1)
        return fail(FailInfo::BadRequest);
    if (type == MessageType::PKCSReq && !requiredChallenge.isEmpty()
        && !challengeMatches(req.get(), requiredChallenge))
        return fail(FailInfo::BadRequest);

    auto issued = issueFromRequest(req.get(), *ca, now);
    if (!issued)
        return issued.error();
    auto envelope = envelopeForRequester(*issued, signer);
    if (!envelope)
        return envelope.error();
    reply.pkiStatus = PkiStatus::Success;
    auto certRep = signedCertRep(*raSigning, *envelope, reply, now);
    if (!certRep)
        return certRep.error();
    auto info = parseCertificate(*issued);
    if (!info)
        return info.error();

    result.certRep = std::move(*certRep);
    result.pkiStatus = PkiStatus::Success;
    result.failInfo = FailInfo::None;
    result.subject = info->subject;
    result.issuedCertDer = std::move(*issued);
    return result;
}

} // namespace ndes::scep
