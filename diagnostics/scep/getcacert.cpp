#include "getcacert.h"

#include "ossl.h"

#include <QSet>

#include <openssl/err.h>

#include <climits>

namespace ndes::scep {

namespace {

QString pkcs7Where()
{
    return QStringLiteral("PKCS#7");
}

QString getCaCertWhere()
{
    return QStringLiteral("GetCACert");
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=' || c == '-' || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Base64 text (whitespace allowed) decoded, or empty when it is not base64.
QByteArray decodeBase64(QByteArrayView text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text) {
        if (isSpace(c))
            continue;
        if (!isBase64Char(c))
            return {};
        compact += c;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        compact, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        const auto url = QByteArray::fromBase64Encoding(
            compact, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        return url.decodingStatus == QByteArray::Base64DecodingStatus::Ok ? url.decoded : QByteArray();
    }
    return decoded.decoded;
}

// The DER inside a PEM block ("-----BEGIN <any label>-----"), bare base64, or the input itself.
QByteArray unarmor(const QByteArray &data)
{
    qsizetype i = 0;
    while (i < data.size() && isSpace(data.at(i)))
        ++i;
    if (i >= data.size() || data.at(i) == 0x30)
        return data;
    const QByteArrayView rest = QByteArrayView(data).sliced(i);
    if (rest.startsWith("-----BEGIN")) {
        const qsizetype headerEnd = rest.indexOf('\n');
        if (headerEnd < 0)
            return {};
        const qsizetype footer = rest.indexOf("-----END", headerEnd);
        if (footer < 0)
            return {};
        return decodeBase64(rest.sliced(headerEnd + 1, footer - headerEnd - 1));
    }
    const QByteArray decoded = decodeBase64(rest);
    return decoded.isEmpty() ? data : decoded;
}

QString contentTypeText(const QByteArray &mime)
{
    return mime.isEmpty() ? QStringLiteral("no content type") : QStringLiteral("content type ") + QString::fromLatin1(mime);
}

Expected<QList<CertInfo>> parseAll(const QList<QByteArray> &ders)
{
    QList<CertInfo> out;
    out.reserve(ders.size());
    for (const QByteArray &der : ders) {
        auto info = parseCertificate(der);
        if (!info)
            return info.error();
        out.append(std::move(*info));
    }
    return out;
}

} // namespace

Expected<QList<QByteArray>> parseDegeneratePkcs7(const QByteArray &der)
{
    ERR_clear_error();
    if (der.isEmpty())
        return Error{QStringLiteral("no PKCS#7 data"), pkcs7Where(), {}};
    const QByteArray bytes = unarmor(der);
    if (bytes.isEmpty())
        return Error{QStringLiteral("PKCS#7 text is neither DER nor valid base64"), pkcs7Where(), {}};
    if (bytes.size() > INT_MAX)
        return Error{QStringLiteral("PKCS#7 data too large"), pkcs7Where(), {}};

    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(bytes.size())));
    if (!p7)
        return opensslError(QStringLiteral("not a DER PKCS#7 structure"), pkcs7Where());
    if (!PKCS7_type_is_signed(p7.get())) {
        char type[80] = {};
        OBJ_obj2txt(type, int(sizeof type), p7->type, 0);
        return Error{QStringLiteral("PKCS#7 is not SignedData"), pkcs7Where(),
                     {QStringLiteral("content type ") + QString::fromLatin1(type)}};
    }
    if (!p7->d.sign)
        return Error{QStringLiteral("PKCS#7 SignedData has no content"), pkcs7Where(), {}};

    QList<QByteArray> out;
    const STACK_OF(X509) *certs = p7->d.sign->cert;
    const int n = certs ? sk_X509_num(certs) : 0;
    for (int i = 0; i < n; ++i) {
        X509 *x = sk_X509_value(certs, i);
        if (!x)
            continue;
        unsigned char *buf = nullptr;
        const int len = i2d_X509(x, &buf);
        if (len <= 0)
            return opensslError(QStringLiteral("cannot encode a certificate of the PKCS#7"), pkcs7Where());
        out.append(QByteArray(reinterpret_cast<const char *>(buf), len));
        OPENSSL_free(buf);
    }
    if (out.isEmpty())
        return Error{QStringLiteral("PKCS#7 holds no certificate"), pkcs7Where(), {}};
    return out;
}

Expected<QByteArray> buildDegeneratePkcs7(const QList<QByteArray> &certificatesDer)
{
    ERR_clear_error();
    Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1
        || PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        return opensslError(QStringLiteral("cannot build a PKCS#7"), pkcs7Where());
    // Degenerate SignedData: no encapsulated content, no signer.
    PKCS7_set_detached(p7.get(), 1);
    for (const QByteArray &der : certificatesDer) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr x(d2i_X509(nullptr, &p, long(der.size())));
        if (!x)
            return opensslError(QStringLiteral("not a DER certificate"), pkcs7Where());
        if (PKCS7_add_certificate(p7.get(), x.get()) != 1)
            return opensslError(QStringLiteral("cannot add a certificate to the PKCS#7"), pkcs7Where());
    }
    unsigned char *buf = nullptr;
    const int len = i2d_PKCS7(p7.get(), &buf);
    if (len <= 0)
        return opensslError(QStringLiteral("cannot encode the PKCS#7"), pkcs7Where());
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

Expected<QList<CertInfo>> parseGetCACert(const QByteArray &contentType, const QByteArray &body)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray mime = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    if (body.isEmpty())
        return Error{QStringLiteral("GetCACert answer has an empty body"), getCaCertWhere(), {contentTypeText(mime)}};

    if (mime == "application/x-x509-ca-cert") {
        auto info = parseCertificate(body);
        if (!info) {
            Error e = info.error();
            e.what = QStringLiteral("GetCACert body is not a certificate although the content type says so");
            e.where = getCaCertWhere();
            e.details.prepend(contentTypeText(mime));
            return e;
        }
        return QList<CertInfo>{std::move(*info)};
    }

    if (mime == "application/x-x509-ca-ra-cert") {
        auto ders = parseDegeneratePkcs7(body);
        if (!ders) {
            Error e = ders.error();
            e.details.prepend(ders.error().what);
            e.details.prepend(contentTypeText(mime));
            e.what = QStringLiteral("GetCACert body is not a certificates-only PKCS#7 although the content type says so");
            e.where = getCaCertWhere();
            return e;
        }
        return parseAll(*ders);
    }

    auto ders = parseDegeneratePkcs7(body);
    if (ders)
        return parseAll(*ders);
    auto single = parseCertificate(body);
    if (single)
        return QList<CertInfo>{std::move(*single)};
    Error e{QStringLiteral("GetCACert body is neither a PKCS#7 nor a certificate"), getCaCertWhere(),
            {contentTypeText(mime)}};
    e.details.append(QStringLiteral("as PKCS#7: ") + ders.error().toString());
    e.details.append(QStringLiteral("as certificate: ") + single.error().toString());
    return e;
}

bool Capabilities::has(QStringView keyword) const
{
    return keywords.contains(keyword.trimmed(), Qt::CaseInsensitive);
}

Capabilities parseCapabilities(const QByteArray &body)
{
    // A real answer is a few hundred bytes; anything past this is not read.
    constexpr qsizetype maxBytes = 64 * 1024;
    const QByteArrayView view = QByteArrayView(body).first(qMin(body.size(), maxBytes));

    Capabilities caps;
    QSet<QString> seen;
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype end = start;
        while (end < view.size() && view.at(end) != '\r' && view.at(end) != '\n')
            ++end;
        const QString keyword = QString::fromUtf8(view.sliced(start, end - start)).trimmed();
        if (!keyword.isEmpty()) {
            const QString folded = keyword.toCaseFolded();
            if (!seen.contains(folded)) {
                seen.insert(folded);
                caps.keywords.append(keyword);
            }
        }
        start = end + 1;
    }
    return caps;
}

} // namespace ndes::scep
