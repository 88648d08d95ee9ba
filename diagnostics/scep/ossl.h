#pragma once

// RAII for OpenSSL objects: one deleter template and one std::unique_ptr alias per type.
// There is no implicit conversion to raw pointers: call .get() or .release() where OpenSSL's
// get0/get1/set0/set1 contract says who owns what.

#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ndes::scep {

template<auto FreeFn>
struct OsslDeleter {
    template<typename T>
    void operator()(T *p) const
    {
        if (p)
            FreeFn(p);
    }
};

inline void freeX509Stack(STACK_OF(X509) *s)
{
    sk_X509_pop_free(s, X509_free);
}
inline void freeGeneralNames(GENERAL_NAMES *g)
{
    GENERAL_NAMES_free(g);
}
inline void freeEku(EXTENDED_KEY_USAGE *e)
{
    EXTENDED_KEY_USAGE_free(e);
}
inline void freeCrlDps(CRL_DIST_POINTS *d)
{
    CRL_DIST_POINTS_free(d);
}

using X509Ptr = std::unique_ptr<X509, OsslDeleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OsslDeleter<X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OsslDeleter<X509_EXTENSION_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OsslDeleter<freeX509Stack>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OsslDeleter<EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OsslDeleter<EVP_PKEY_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OsslDeleter<BIO_free_all>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, OsslDeleter<PKCS7_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OsslDeleter<ASN1_INTEGER_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, OsslDeleter<ASN1_TIME_free>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, OsslDeleter<ASN1_OBJECT_free>>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, OsslDeleter<ASN1_STRING_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OsslDeleter<BN_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OsslDeleter<X509_REQ_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OsslDeleter<freeGeneralNames>>;
using EkuPtr = std::unique_ptr<EXTENDED_KEY_USAGE, OsslDeleter<freeEku>>;
using CrlDpsPtr = std::unique_ptr<CRL_DIST_POINTS, OsslDeleter<freeCrlDps>>;

// Helpers for building certificates (the simulator's PKI and the certificates it issues).
bool setTime(ASN1_TIME *t, const QDateTime &when);
bool setRandomSerial(X509 *cert); // 64 random bits, never zero, positive
bool addConfExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value);

// Empties the thread's OpenSSL error queue and returns its entries as text, oldest first.
QStringList drainOpenSslErrors();

// An Error whose details are the drained OpenSSL error queue.
Error opensslError(const QString &what, const QString &where = {});

// A read-only memory BIO over `data` (which must outlive the BIO).
BioPtr memBio(const QByteArray &data);

// Everything written to a memory BIO.
QByteArray bioContents(BIO *bio);

} // namespace ndes::scep
