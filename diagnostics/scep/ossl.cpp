#include "ossl.h"

#include <openssl/err.h>

#include <climits>

namespace ndes::scep {

QStringList drainOpenSslErrors()
{
    QStringList out;
    for (;;) {
        const char *file = nullptr;
        int line = 0;
        const char *func = nullptr;
        const char *data = nullptr;
        int flags = 0;
        const unsigned long code = ERR_get_error_all(&file, &line, &func, &data, &flags);
        if (code == 0)
            break;
        char buf[256] = {};
        ERR_error_string_n(code, buf, sizeof buf);
        QString entry = QString::fromUtf8(buf);
        if (data && (flags & ERR_TXT_STRING) && *data)
            entry += QStringLiteral(" (") + QString::fromUtf8(data) + QLatin1Char(')');
        if (file && *file)
            entry += QStringLiteral(" [%1:%2]").arg(QString::fromUtf8(file)).arg(line);
        out.append(entry);
    }
    return out;
}

Error opensslError(const QString &what, const QString &where)
{
    return Error{what, where, drainOpenSslErrors()};
}

BioPtr memBio(const QByteArray &data)
{
    if (data.size() > INT_MAX)
        return BioPtr{};
    // An empty QByteArray may have a null data pointer, which BIO_new_mem_buf rejects.
    const char *p = data.isEmpty() ? "" : data.constData();
    return BioPtr(BIO_new_mem_buf(p, int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    if (!bio)
        return {};
    char *p = nullptr;
    const long n = BIO_get_mem_data(bio, &p);
    if (n <= 0 || !p)
        return {};
    return QByteArray(p, qsizetype(n));
}

bool setTime(ASN1_TIME *t, const QDateTime &when)
{
    return when.isValid() && ASN1_TIME_set(t, time_t(when.toSecsSinceEpoch())) != nullptr;
}

bool setRandomSerial(X509 *cert)
{
    BignumPtr bn(BN_new());
    if (!bn)
        return false;
    // 64 random bits; the DER INTEGER stays positive because OpenSSL adds a leading zero byte when needed.
    do {
        if (BN_rand(bn.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
            return false;
    } while (BN_is_zero(bn.get()));
    return BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addConfExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace ndes::scep
