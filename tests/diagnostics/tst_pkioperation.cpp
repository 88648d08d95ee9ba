// The simulated NDES server's PKIOperation: real SCEP requests built here with OpenSSL, as a client
// builds them, and the CertRep checked as a client checks it.
#include "scep/certinfo.h"
#include "scep/getcacert.h"
#include "scep/ossl.h"
#include "scep/pki.h"
#include "scep/pkioperation.h"
#include "training/responder.h"
#include "training/scenario.h"

#include <QRandomGenerator>
#include <QTest>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

#include <optional>

using namespace ndes;
using namespace ndes::scep;

namespace {

void unloadProvider(OSSL_PROVIDER *p)
{
    OSSL_PROVIDER_unload(p);
}
void freeStackOnly(STACK_OF(X509) *s)
{
    sk_X509_free(s);
}
using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, OsslDeleter<OSSL_LIB_CTX_free>>;
using ProviderPtr = std::unique_ptr<OSSL_PROVIDER, OsslDeleter<unloadProvider>>;
using EvpCipherPtr = std::unique_ptr<EVP_CIPHER, OsslDeleter<EVP_CIPHER_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OsslDeleter<X509_REQ_free>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, OsslDeleter<ASN1_OBJECT_free>>;
using SignerStackPtr = std::unique_ptr<STACK_OF(X509), OsslDeleter<freeStackOnly>>;

const char kOidMessageType[] = "2.16.840.1.113733.1.9.2";
const char kOidPkiStatus[] = "2.16.840.1.113733.1.9.3";
const char kOidFailInfo[] = "2.16.840.1.113733.1.9.4";
const char kOidSenderNonce[] = "2.16.840.1.113733.1.9.5";
const char kOidRecipientNonce[] = "2.16.840.1.113733.1.9.6";
const char kOidTransactionId[] = "2.16.840.1.113733.1.9.7";
const char kClientAuth[] = "1.3.6.1.5.5.7.3.2";
const QByteArray kChallenge = "s3cret-Challenge+value";

QDateTime utc(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC);
}

const unsigned char *ucs(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

X509Ptr certOf(const QByteArray &der)
{
    const unsigned char *p = ucs(der);
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

EvpPkeyPtr keyOf(const QByteArray &pem)
{
    BioPtr bio = memBio(pem);
    return EvpPkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Pkcs7Ptr pkcs7Of(const QByteArray &der)
{
    const unsigned char *p = ucs(der);
    return Pkcs7Ptr(d2i_PKCS7(nullptr, &p, long(der.size())));
}

QByteArray derOf(PKCS7 *p7)
{
    unsigned char *der = nullptr;
    const int n = i2d_PKCS7(p7, &der);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    return out;
}

QByteArray derOf(X509_REQ *req)
{
    unsigned char *der = nullptr;
    const int n = i2d_X509_REQ(req, &der);
    if (n <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    return out;
}

bool addAttribute(PKCS7_SIGNER_INFO *si, const char *oid, int type, const QByteArray &value)
{
    Asn1ObjectPtr obj(OBJ_txt2obj(oid, 1));
    return obj && X509at_add1_attr_by_OBJ(&si->auth_attr, obj.get(), type, ucs(value), int(value.size()));
}

// The single value of a signed attribute of the only signer, as bytes, with its ASN.1 type.
std::optional<QPair<int, QByteArray>> attribute(PKCS7 *p7, const char *oid)
{
    STACK_OF(PKCS7_SIGNER_INFO) *infos = PKCS7_get_signer_info(p7);
    if (!infos || sk_PKCS7_SIGNER_INFO_num(infos) != 1)
        return std::nullopt;
    PKCS7_SIGNER_INFO *si = sk_PKCS7_SIGNER_INFO_value(infos, 0);
    Asn1ObjectPtr obj(OBJ_txt2obj(oid, 1));
    const int index = X509at_get_attr_by_OBJ(si->auth_attr, obj.get(), -1);
    if (index < 0)
        return std::nullopt;
    X509_ATTRIBUTE *attr = X509at_get_attr(si->auth_attr, index);
    const ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(attr, 0);
    if (!t || t->type == V_ASN1_NULL || t->type == V_ASN1_OBJECT || t->type == V_ASN1_BOOLEAN)
        return std::nullopt;
    const ASN1_STRING *s = t->value.asn1_string;
    return qMakePair(t->type, QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                         ASN1_STRING_length(s)));
}

// What a client puts in a PKCSReq or RenewalReq, and how.
struct RequestSpec {
    QString commonName = QStringLiteral("device-42");
    QByteArray challenge = kChallenge;   // empty: no challengePassword attribute
    QString dnsName;                     // subjectAltName dNSName, empty for none
    QByteArray cipher = "DES-EDE3-CBC";  // content encryption of the envelope
    const EVP_MD *digest = EVP_sha256();
    QByteArray messageType = "19";
    QByteArray transactionId = "8D7DB1C0A3E94F1B8E3C2D5A6B7C8D9E";
    QByteArray senderNonce = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    bool withTransactionId = true;
    bool withSenderNonce = true;
    bool withMessageType = true;
    bool withCertificates = true;
    bool corruptSignature = false;
    bool corruptCsrSignature = false;
    bool envelopeIsGarbage = false;
};

struct Client {
    IssuedCert signer; // the certificate that signs the request; the CSR uses its key
};

// A certificate request for the signer's key, as scepclient makes one.
QByteArray makeCsr(const Client &client, const RequestSpec &spec)
{
    EvpPkeyPtr key = keyOf(client.signer.keyPem);
    X509ReqPtr req(X509_REQ_new());
    if (!key || !req)
        return {};
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, ucs("US"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, ucs("scep-client"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, ucs(cn), int(cn.size()), -1, 0);
    X509_REQ_set_pubkey(req.get(), key.get());
    if (!spec.challenge.isEmpty())
        X509_REQ_add1_attr_by_NID(req.get(), NID_pkcs9_challengePassword, MBSTRING_UTF8, ucs(spec.challenge),
                                  int(spec.challenge.size()));
    if (!spec.dnsName.isEmpty()) {
        STACK_OF(X509_EXTENSION) *exts = sk_X509_EXTENSION_new_null();
        const QByteArray value = "DNS:" + spec.dnsName.toUtf8();
        X509_EXTENSION *san = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, value.constData());
        sk_X509_EXTENSION_push(exts, san);
        X509_REQ_add_extensions(req.get(), exts);
        sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    }
    if (X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    QByteArray der = derOf(req.get());
    if (spec.corruptCsrSignature)
        der[der.size() - 1] = char(der.at(der.size() - 1) ^ 0x01);
    return der;
}

// A library context where single DES is available, as go.mozilla.org/pkcs7 uses it.
struct LegacyContext {
    LibCtxPtr ctx{OSSL_LIB_CTX_new()};
    ProviderPtr base{ctx ? OSSL_PROVIDER_load(ctx.get(), "default") : nullptr};
    ProviderPtr legacy{ctx ? OSSL_PROVIDER_load(ctx.get(), "legacy") : nullptr};
};

// The pkiMessage: the CSR enveloped to `recipients`, signed by the client with the SCEP attributes.
QByteArray makePkiMessage(const Client &client, const RequestSpec &spec, const QList<QByteArray> &recipients)
{
    LegacyContext legacy;
    if (!legacy.legacy)
        ERR_clear_error();
    EvpCipherPtr cipher(EVP_CIPHER_fetch(legacy.ctx.get(), spec.cipher.constData(), nullptr));
    if (!cipher)
        return {};

    QByteArray envelopeDer;
    if (spec.envelopeIsGarbage) {
        envelopeDer = "not an envelope";
    } else {
        X509StackPtr certs(sk_X509_new_null());
        for (const QByteArray &der : recipients)
            sk_X509_push(certs.get(), certOf(der).release());
        const QByteArray csr = makeCsr(client, spec);
        BioPtr in = memBio(csr);
        Pkcs7Ptr envelope(PKCS7_encrypt_ex(certs.get(), in.get(), cipher.get(), PKCS7_BINARY, legacy.ctx.get(), nullptr));
        if (!envelope)
            return {};
        envelopeDer = derOf(envelope.get());
    }

    X509Ptr signerCert = certOf(client.signer.certDer);
    EvpPkeyPtr signerKey = keyOf(client.signer.keyPem);
    const int flags = PKCS7_BINARY | PKCS7_NOSMIMECAP | (spec.withCertificates ? 0 : PKCS7_NOCERTS);
    Pkcs7Ptr p7(PKCS7_sign(nullptr, nullptr, nullptr, nullptr, PKCS7_PARTIAL | flags));
    PKCS7_SIGNER_INFO *si = PKCS7_sign_add_signer(p7.get(), signerCert.get(), signerKey.get(), spec.digest, flags);
    if (!si)
        return {};
    if (spec.withTransactionId)
        addAttribute(si, kOidTransactionId, V_ASN1_PRINTABLESTRING, spec.transactionId);
    if (spec.withMessageType)
        addAttribute(si, kOidMessageType, V_ASN1_PRINTABLESTRING, spec.messageType);
    if (spec.withSenderNonce)
        addAttribute(si, kOidSenderNonce, V_ASN1_OCTET_STRING, spec.senderNonce);
    BioPtr data = memBio(envelopeDer);
    if (PKCS7_final(p7.get(), data.get(), PKCS7_BINARY) != 1)
        return {};
    if (spec.corruptSignature) {
        ASN1_OCTET_STRING *sig = si->enc_digest;
        sig->data[sig->length / 2] ^= 0x40;
    }
    return derOf(p7.get());
}

Expected<IssuedCert> selfSignedSigner()
{
    CertSpec spec;
    spec.commonName = QStringLiteral("SCEP SIGNER");
    spec.organization = QStringLiteral("scep-client");
    spec.notBefore = QDateTime::currentDateTimeUtc().addSecs(-600);
    spec.notAfter = QDateTime::currentDateTimeUtc().addSecs(3600);
    spec.keyUsage = KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment;
    return issueCertificate(spec, nullptr);
}

} // namespace

class TestPkiOperation : public QObject {
    Q_OBJECT

    NdesPki m_pki;
    Client m_client;
    Client m_renewing; // holds a certificate the simulated CA issued
    QDateTime m_now = utc(2026, 3, 14, 9, 26, 53);

    QList<QByteArray> ndesRecipients() const
    {
        // scepclient 2.1.0 encrypts to every certificate GetCACert returned.
        return {m_pki.raSigning.certDer, m_pki.raEncryption.certDer, m_pki.ca.certDer};
    }

    // Checks the CertRep as a SCEP client does and returns its attributes and, on success, the
    // certificate inside the envelope.
    void checkCertRep(const QByteArray &certRep, const Client &client, const RequestSpec &spec, int status,
                      int failInfo, QByteArray *issuedDer, const QDateTime &signedAt = {})
    {
        Pkcs7Ptr p7 = pkcs7Of(certRep);
        QVERIFY(p7);
        QVERIFY(PKCS7_type_is_signed(p7.get()));

        // Signed by the RA signing certificate, which the CA issued.
        SignerStackPtr signers(PKCS7_get0_signers(p7.get(), nullptr, 0));
        QVERIFY(signers);
        QCOMPARE(sk_X509_num(signers.get()), 1);
        X509 *signer = sk_X509_value(signers.get(), 0);
        X509Ptr raSigning = certOf(m_pki.raSigning.certDer);
        QCOMPARE(X509_cmp(signer, raSigning.get()), 0);
        X509Ptr ca = certOf(m_pki.ca.certDer);
        QCOMPARE(X509_verify(signer, X509_get0_pubkey(ca.get())), 1);
        BioPtr content(BIO_new(BIO_s_mem()));
        QVERIFY2(PKCS7_verify(p7.get(), nullptr, nullptr, nullptr, content.get(), PKCS7_NOVERIFY | PKCS7_BINARY) == 1,
                 qPrintable(drainOpenSslErrors().join(u'\n')));
        PKCS7_SIGNER_INFO *si = sk_PKCS7_SIGNER_INFO_value(PKCS7_get_signer_info(p7.get()), 0);
        X509_ALGOR *digest = nullptr;
        PKCS7_SIGNER_INFO_get0_algs(si, nullptr, &digest, nullptr);
        QCOMPARE(OBJ_obj2nid(digest->algorithm), NID_sha256);
        const ASN1_TYPE *signingTime = PKCS7_get_signed_attribute(si, NID_pkcs9_signingTime);
        QVERIFY(signingTime);
        QCOMPARE(signingTime->type, V_ASN1_UTCTIME);
        if (signedAt.isValid())
            QCOMPARE(ASN1_TIME_cmp_time_t(signingTime->value.utctime, time_t(signedAt.toSecsSinceEpoch())), 0);

        const auto messageType = attribute(p7.get(), kOidMessageType);
        QVERIFY(messageType);
        QCOMPARE(messageType->first, V_ASN1_PRINTABLESTRING);
        QCOMPARE(messageType->second, QByteArray("3"));
        const auto pkiStatus = attribute(p7.get(), kOidPkiStatus);
        QVERIFY(pkiStatus);
        QCOMPARE(pkiStatus->first, V_ASN1_PRINTABLESTRING);
        QCOMPARE(pkiStatus->second, QByteArray::number(status));
        const auto transaction = attribute(p7.get(), kOidTransactionId);
        QVERIFY(transaction);
        QCOMPARE(transaction->second, spec.transactionId);
        const auto recipientNonce = attribute(p7.get(), kOidRecipientNonce);
        QVERIFY(recipientNonce);
        QCOMPARE(recipientNonce->first, V_ASN1_OCTET_STRING);
        QCOMPARE(recipientNonce->second, spec.senderNonce);
        const auto senderNonce = attribute(p7.get(), kOidSenderNonce);
        QVERIFY(senderNonce);
        QCOMPARE(senderNonce->first, V_ASN1_OCTET_STRING);
        QCOMPARE(senderNonce->second.size(), 16);
        QVERIFY(senderNonce->second != spec.senderNonce);
        const auto fail = attribute(p7.get(), kOidFailInfo);
        if (status == PkiStatus::Failure) {
            QVERIFY(fail);
            QCOMPARE(fail->second, QByteArray::number(failInfo));
            QVERIFY(bioContents(content.get()).isEmpty());
            return;
        }
        QVERIFY(!fail);

        // The envelope opens with the requester's key and holds exactly the issued certificate.
        const QByteArray envelopeDer = bioContents(content.get());
        Pkcs7Ptr envelope = pkcs7Of(envelopeDer);
        QVERIFY(envelope);
        QVERIFY(PKCS7_type_is_enveloped(envelope.get()));
        QCOMPARE(OBJ_obj2nid(envelope->d.enveloped->enc_data->algorithm->algorithm), NID_des_ede3_cbc);
        X509Ptr requester = certOf(client.signer.certDer);
        EvpPkeyPtr requesterKey = keyOf(client.signer.keyPem);
        BioPtr plain(BIO_new(BIO_s_mem()));
        QVERIFY2(PKCS7_decrypt(envelope.get(), requesterKey.get(), requester.get(), plain.get(), PKCS7_BINARY) == 1,
                 qPrintable(drainOpenSslErrors().join(u'\n')));
        const auto certs = parseDegeneratePkcs7(bioContents(plain.get()));
        QVERIFY2(certs, qPrintable(certs ? QString() : certs.error().toString()));
        QCOMPARE(certs->size(), 1);
        *issuedDer = certs->first();
    }

    void checkIssued(const QByteArray &issuedDer, const Client &client, const RequestSpec &spec)
    {
        const auto info = parseCertificate(issuedDer);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        const auto caInfo = parseCertificate(m_pki.ca.certDer);
        QVERIFY(caInfo);
        QCOMPARE(info->subject, QStringLiteral("CN=%1, O=scep-client, C=US").arg(spec.commonName));
        QCOMPARE(info->issuer, caInfo->subject);
        QVERIFY(!info->isCa);
        QVERIFY(info->digitalSignature);
        QVERIFY(info->keyEncipherment);
        QVERIFY(!info->keyCertSign);
        QCOMPARE(info->extendedKeyUsages, QStringList{QString::fromLatin1(kClientAuth)});
        QCOMPARE(info->notBefore, m_now);
        QCOMPARE(info->notAfter, m_now.addYears(1));
        QCOMPARE(info->dnsNames, spec.dnsName.isEmpty() ? QStringList() : QStringList{spec.dnsName});

        X509Ptr issued = certOf(issuedDer);
        X509Ptr ca = certOf(m_pki.ca.certDer);
        QCOMPARE(X509_check_issued(ca.get(), issued.get()), X509_V_OK);
        QCOMPARE(X509_verify(issued.get(), X509_get0_pubkey(ca.get())), 1);
        EvpPkeyPtr key = keyOf(client.signer.keyPem);
        QCOMPARE(EVP_PKEY_eq(X509_get0_pubkey(issued.get()), key.get()), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        NdesPkiOptions options;
        options.now = m_now;
        auto pki = generateNdesPki(options);
        QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().toString()));
        m_pki = std::move(*pki);

        auto signer = selfSignedSigner();
        QVERIFY(signer);
        m_client.signer = std::move(*signer);

        CertSpec issued;
        issued.commonName = QStringLiteral("device-42");
        issued.organization = QStringLiteral("scep-client");
        issued.country = QStringLiteral("US");
        issued.notBefore = m_now.addDays(-300);
        issued.notAfter = m_now.addDays(65);
        issued.keyUsage = KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment;
        issued.extendedKeyUsages = {QString::fromLatin1(kClientAuth)};
        auto renewing = issueCertificate(issued, &m_pki.ca);
        QVERIFY(renewing);
        m_renewing.signer = std::move(*renewing);
    }

    void issues_data()
    {
        QTest::addColumn<QByteArray>("cipher");
        QTest::addColumn<QByteArray>("digest");
        QTest::addColumn<QByteArray>("required");
        QTest::addColumn<QString>("dnsName");
        QTest::addColumn<bool>("renewal");

        QTest::newRow("3des/sha256/challenge") << QByteArray("DES-EDE3-CBC") << QByteArray("SHA256") << kChallenge
                                               << QString() << false;
        QTest::newRow("des/sha1/challenge (scepclient)")
            << QByteArray("DES-CBC") << QByteArray("SHA1") << kChallenge << QString() << false;
        QTest::newRow("aes128/sha512") << QByteArray("AES-128-CBC") << QByteArray("SHA512") << kChallenge
                                       << QString() << false;
        QTest::newRow("aes256/sha256/san") << QByteArray("AES-256-CBC") << QByteArray("SHA256") << kChallenge
                                           << QStringLiteral("device-42.contoso.com") << false;
        QTest::newRow("no challenge required") << QByteArray("DES-EDE3-CBC") << QByteArray("SHA256") << QByteArray()
                                               << QString() << false;
        QTest::newRow("renewal") << QByteArray("DES-EDE3-CBC") << QByteArray("SHA256") << kChallenge << QString()
                                 << true;
    }

    void issues()
    {
        QFETCH(QByteArray, cipher);
        QFETCH(QByteArray, digest);
        QFETCH(QByteArray, required);
        QFETCH(QString, dnsName);
        QFETCH(bool, renewal);

        if (cipher == "DES-CBC") {
            LegacyContext legacy;
            if (!legacy.legacy)
                QSKIP("OpenSSL's legacy provider is not installed: single DES is unavailable");
        }
        RequestSpec spec;
        spec.cipher = cipher;
        spec.digest = EVP_get_digestbyname(digest.constData());
        spec.dnsName = dnsName;
        if (renewal) {
            spec.messageType = "17";
            spec.challenge.clear();
        }
        const Client &client = renewal ? m_renewing : m_client;
        const QByteArray message = makePkiMessage(client, spec, ndesRecipients());
        QVERIFY2(!message.isEmpty(), qPrintable(drainOpenSslErrors().join(u'\n')));

        const auto result = answerPkiOperation(message, m_pki, m_now, required);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->pkiStatus, int(PkiStatus::Success));
        QCOMPARE(result->failInfo, int(FailInfo::None));
        QCOMPARE(result->messageType, QString::fromLatin1(spec.messageType));
        QCOMPARE(result->transactionId, QString::fromLatin1(spec.transactionId));
        QCOMPARE(result->subject, QStringLiteral("CN=%1, O=scep-client, C=US").arg(spec.commonName));

        QByteArray issuedDer;
        checkCertRep(result->certRep, client, spec, PkiStatus::Success, FailInfo::None, &issuedDer, m_now);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(issuedDer, result->issuedCertDer);
        checkIssued(issuedDer, client, spec);
    }

    void serialsDiffer()
    {
        RequestSpec spec;
        const QByteArray message = makePkiMessage(m_client, spec, ndesRecipients());
        const auto a = answerPkiOperation(message, m_pki, m_now);
        const auto b = answerPkiOperation(message, m_pki, m_now);
        QVERIFY(a && b);
        const auto ia = parseCertificate(a->issuedCertDer);
        const auto ib = parseCertificate(b->issuedCertDer);
        QVERIFY(ia && ib);
        QVERIFY(ia->serialHex != ib->serialHex);
    }

    void fails_data()
    {
        QTest::addColumn<QByteArray>("required");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QByteArray>("messageType");
        QTest::addColumn<int>("mutation");
        QTest::addColumn<int>("failInfo");

        enum { None, CorruptSignature, CorruptCsr, GarbageEnvelope, ToCaOnly, RenewSelfSigned };
        QTest::newRow("wrong challenge") << kChallenge << QByteArray("guess") << QByteArray("19") << int(None)
                                         << int(FailInfo::BadRequest);
        QTest::newRow("challenge prefix") << kChallenge << kChallenge.left(kChallenge.size() - 1) << QByteArray("19")
                                          << int(None) << int(FailInfo::BadRequest);
        QTest::newRow("no challenge") << kChallenge << QByteArray() << QByteArray("19") << int(None)
                                      << int(FailInfo::BadRequest);
        QTest::newRow("bad CMS signature") << QByteArray() << kChallenge << QByteArray("19") << int(CorruptSignature)
                                           << int(FailInfo::BadMessageCheck);
        QTest::newRow("bad CSR signature") << QByteArray() << kChallenge << QByteArray("19") << int(CorruptCsr)
                                           << int(FailInfo::BadRequest);
        QTest::newRow("not an envelope") << QByteArray() << kChallenge << QByteArray("19") << int(GarbageEnvelope)
                                         << int(FailInfo::BadRequest);
        QTest::newRow("not for the RA") << QByteArray() << kChallenge << QByteArray("19") << int(ToCaOnly)
                                        << int(FailInfo::BadMessageCheck);
        QTest::newRow("renewal by a stranger") << QByteArray() << QByteArray() << QByteArray("17")
                                               << int(RenewSelfSigned) << int(FailInfo::BadRequest);
        QTest::newRow("GetCRL") << QByteArray() << kChallenge << QByteArray("22") << int(None)
                                << int(FailInfo::BadRequest);
        QTest::newRow("UpdateReq") << QByteArray() << kChallenge << QByteArray("18") << int(None)
                                   << int(FailInfo::BadRequest);
        QTest::newRow("not a number") << QByteArray() << kChallenge << QByteArray("PKCSReq") << int(None)
                                      << int(FailInfo::BadRequest);
    }

    void fails()
    {
        QFETCH(QByteArray, required);
        QFETCH(QByteArray, challenge);
        QFETCH(QByteArray, messageType);
        QFETCH(int, mutation);
        QFETCH(int, failInfo);
        enum { None, CorruptSignature, CorruptCsr, GarbageEnvelope, ToCaOnly, RenewSelfSigned };

        RequestSpec spec;
        spec.challenge = challenge;
        spec.messageType = messageType;
        spec.corruptSignature = mutation == CorruptSignature;
        spec.corruptCsrSignature = mutation == CorruptCsr;
        spec.envelopeIsGarbage = mutation == GarbageEnvelope;
        const QList<QByteArray> recipients = mutation == ToCaOnly ? QList<QByteArray>{m_pki.ca.certDer} : ndesRecipients();
        const QByteArray message = makePkiMessage(m_client, spec, recipients);
        QVERIFY2(!message.isEmpty(), qPrintable(drainOpenSslErrors().join(u'\n')));

        const auto result = answerPkiOperation(message, m_pki, m_now, required);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->pkiStatus, int(PkiStatus::Failure));
        QCOMPARE(result->failInfo, failInfo);
        QCOMPARE(result->transactionId, QString::fromLatin1(spec.transactionId));
        QVERIFY(result->subject.isEmpty());
        QVERIFY(result->issuedCertDer.isEmpty());
        QByteArray none;
        checkCertRep(result->certRep, m_client, spec, PkiStatus::Failure, failInfo, &none, m_now);
        // The challenge never comes back, in clear or otherwise.
        if (!challenge.isEmpty())
            QVERIFY(!result->certRep.contains(challenge));
        QVERIFY(!result->certRep.contains(kChallenge));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("message");

        RequestSpec spec;
        const QByteArray valid = makePkiMessage(m_client, spec, ndesRecipients());
        QVERIFY(!valid.isEmpty());

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello");
        QTest::newRow("base64 instead of DER") << valid.toBase64();
        QTest::newRow("one byte") << valid.left(1);
        QTest::newRow("header only") << valid.left(10);
        QTest::newRow("half") << valid.left(valid.size() / 2);
        QTest::newRow("last byte missing") << valid.left(valid.size() - 1);
        QByteArray random(4096, '\0');
        QRandomGenerator gen(20260314);
        for (char &c : random)
            c = char(gen.bounded(256));
        QTest::newRow("random") << random;
        QTest::newRow("oversized") << QByteArray(2 * 1024 * 1024, '\x30');

        const auto degenerate = buildDegeneratePkcs7({m_pki.ca.certDer});
        QVERIFY(degenerate);
        QTest::newRow("degenerate, no signer") << *degenerate;

        RequestSpec noTransaction;
        noTransaction.withTransactionId = false;
        QTest::newRow("no transactionID") << makePkiMessage(m_client, noTransaction, ndesRecipients());
        RequestSpec noNonce;
        noNonce.withSenderNonce = false;
        QTest::newRow("no senderNonce") << makePkiMessage(m_client, noNonce, ndesRecipients());
        RequestSpec noType;
        noType.withMessageType = false;
        QTest::newRow("no messageType") << makePkiMessage(m_client, noType, ndesRecipients());
        RequestSpec noCerts;
        noCerts.withCertificates = false;
        QTest::newRow("no signer certificate") << makePkiMessage(m_client, noCerts, ndesRecipients());
        RequestSpec controlChars;
        controlChars.transactionId = "abc\ndef";
        QTest::newRow("control characters") << makePkiMessage(m_client, controlChars, ndesRecipients());

        // The inner EnvelopedData on its own is not a pkiMessage.
        Pkcs7Ptr p7 = pkcs7Of(valid);
        QVERIFY(p7);
        BioPtr content(BIO_new(BIO_s_mem()));
        QVERIFY(PKCS7_verify(p7.get(), nullptr, nullptr, nullptr, content.get(), PKCS7_NOVERIFY | PKCS7_BINARY) == 1);
        QTest::newRow("enveloped data alone") << bioContents(content.get());
    }

    void garbage()
    {
        QFETCH(QByteArray, message);
        const auto result = answerPkiOperation(message, m_pki, m_now, kChallenge);
        QVERIFY(!result);
        QVERIFY(!result.error().what.isEmpty());
        QVERIFY(!result.error().toString().contains(QString::fromLatin1(kChallenge)));
    }

    // Byte flips anywhere in a valid request: an Error or a CertRep, never a crash.
    void mutations()
    {
        RequestSpec spec;
        const QByteArray valid = makePkiMessage(m_client, spec, ndesRecipients());
        QVERIFY(!valid.isEmpty());
        QRandomGenerator gen(42);
        int answered = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray m = valid;
            const int flips = 1 + int(gen.bounded(3));
            for (int f = 0; f < flips; ++f)
                m[qsizetype(gen.bounded(quint32(m.size())))] = char(gen.bounded(256));
            const auto result = answerPkiOperation(m, m_pki, m_now, kChallenge);
            if (result) {
                ++answered;
                QVERIFY(!result->certRep.isEmpty());
                QVERIFY(!result->certRep.contains(kChallenge));
            }
            ERR_clear_error();
        }
        QVERIFY(answered > 0);
    }

    // The simulated server's answer to a PKIOperation, POST and GET, by scenario.
    void simulatorAnswers_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("status");

        enum { Body, PercentEncoded, RawPlus, WithLineBreaks };
        QTest::newRow("healthy/post") << QStringLiteral("healthy") << QByteArray("POST") << int(Body) << 200;
        QTest::newRow("healthy/get") << QStringLiteral("healthy") << QByteArray("GET") << int(PercentEncoded) << 200;
        QTest::newRow("healthy/get raw +") << QStringLiteral("healthy") << QByteArray("GET") << int(RawPlus) << 200;
        QTest::newRow("healthy/get line breaks")
            << QStringLiteral("healthy") << QByteArray("GET") << int(WithLineBreaks) << 200;
        QTest::newRow("connector-not-installed/post")
            << QStringLiteral("connector-not-installed") << QByteArray("POST") << int(Body) << 200;
        QTest::newRow("tls-untrusted/post") << QStringLiteral("tls-untrusted") << QByteArray("POST") << int(Body) << 200;
        QTest::newRow("app-proxy-wrong-url/get")
            << QStringLiteral("app-proxy-wrong-url") << QByteArray("GET") << int(PercentEncoded) << 200;
        QTest::newRow("service-account-locked/post")
            << QStringLiteral("service-account-locked") << QByteArray("POST") << int(Body) << 500;
        QTest::newRow("mscep-ra-expired/post")
            << QStringLiteral("mscep-ra-expired") << QByteArray("POST") << int(Body) << 500;
        QTest::newRow("impersonate-right-missing/post")
            << QStringLiteral("impersonate-right-missing") << QByteArray("POST") << int(Body) << 500;
        QTest::newRow("app-pool-stopped/post")
            << QStringLiteral("app-pool-stopped") << QByteArray("POST") << int(Body) << 503;
    }

    void simulatorAnswers()
    {
        QFETCH(QString, scenario);
        QFETCH(QByteArray, method);
        QFETCH(int, encoding);
        QFETCH(int, status);
        enum { Body, PercentEncoded, RawPlus, WithLineBreaks };

        const auto found = training::findScenario(scenario);
        QVERIFY(found);
        RequestSpec spec;
        const QByteArray message = makePkiMessage(m_client, spec, ndesRecipients());
        QVERIFY(!message.isEmpty());

        training::Request request;
        request.method = method;
        request.version = "HTTP/1.1";
        request.headers = {{"Host", "127.0.0.1"}};
        const QByteArray path = "/certsrv/mscep/mscep.dll?operation=PKIOperation";
        const QByteArray b64 = message.toBase64();
        switch (encoding) {
        case Body:
            request.target = path;
            request.body = message;
            request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-pki-message")));
            break;
        case PercentEncoded: request.target = path + "&message=" + b64.toPercentEncoding(); break;
        case RawPlus:
            // Keys and signatures make a few thousand base64 characters: '+' is all but certain.
            QVERIFY(b64.contains('+'));
            request.target = path + "&message=" + QByteArray(b64).replace("/", "%2F").replace("=", "%3D");
            break;
        case WithLineBreaks: {
            QByteArray wrapped;
            for (qsizetype i = 0; i < b64.size(); i += 64)
                wrapped += b64.mid(i, 64) + '\n';
            request.target = path + "&message=" + wrapped.toPercentEncoding();
            break;
        }
        }

        const training::Response response = training::respond(*found, request, m_pki);
        QCOMPARE(response.status, status);
        if (status != 200)
            return;
        QByteArray contentType;
        for (const auto &[name, value] : response.headers) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                contentType = value;
        }
        QCOMPARE(contentType, QByteArray("application/x-pki-message"));
        QByteArray issuedDer;
        checkCertRep(response.body, m_client, spec, PkiStatus::Success, FailInfo::None, &issuedDer);
        if (QTest::currentTestFailed())
            return;
        const auto info = parseCertificate(issuedDer);
        QVERIFY(info);
        QCOMPARE(info->subject, QStringLiteral("CN=device-42, O=scep-client, C=US"));
    }

    void simulatorRefusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        const QByteArray path = "/certsrv/mscep/mscep.dll?operation=PKIOperation";
        QTest::newRow("post empty") << QByteArray("POST") << path << QByteArray();
        QTest::newRow("post text") << QByteArray("POST") << path << QByteArray("hello");
        QTest::newRow("get no message") << QByteArray("GET") << path << QByteArray();
        QTest::newRow("get not base64") << QByteArray("GET") << QByteArray(path + "&message=%%%") << QByteArray();
        QTest::newRow("get short") << QByteArray("GET") << QByteArray(path + "&message=MIAGCSqGSIb3") << QByteArray();
    }

    void simulatorRefusesGarbage()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        training::Request request;
        request.method = method;
        request.target = target;
        request.version = "HTTP/1.1";
        request.body = body;
        const training::Response response = training::respond(*training::findScenario(u"healthy"), request, m_pki);
        QCOMPARE(response.status, 500);
    }
};

QTEST_GUILESS_MAIN(TestPkiOperation)
#include "tst_pkioperation.moc"
