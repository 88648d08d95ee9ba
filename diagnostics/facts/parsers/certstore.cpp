#include "certstore.h"

#include "facts/text.h"
#include "psjson.h"
#include "scep/getcacert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace ndes::facts {

using psjson::boolOf;
using psjson::valueOf;

namespace {

const QLatin1String kCertificateRequestAgent("1.3.6.1.4.1.311.20.2.1");

QString normalizeThumbprint(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            out += c.toUpper();
    }
    return out;
}

// keys.json: an array of objects, or one object.
QString readKeysJson(const QByteArray &bytes, QHash<QString, bool> &keys)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(decodeText(bytes).trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject())
        items.append(doc.object());
    int read = 0;
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject o = item.toObject();
        const QString thumbprint = normalizeThumbprint(valueOf(o, QLatin1String("Thumbprint")).toString());
        const std::optional<bool> has = boolOf(valueOf(o, QLatin1String("HasPrivateKey")));
        if (thumbprint.size() != 40 || !has)
            continue;
        keys.insert(thumbprint, *has);
        ++read;
    }
    if (read == 0)
        return QStringLiteral("no Thumbprint/HasPrivateKey pair");
    return {};
}

// <thumbprint>.key-info: "HasPrivateKey=true|false".
QString readKeyInfo(const QString &fileName, const QByteArray &bytes, QHash<QString, bool> &keys)
{
    static const QRegularExpression re(QStringLiteral("^\\s*HasPrivateKey\\s*[=:]\\s*(true|false)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    QString base = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    base.chop(int(qstrlen(".key-info")));
    const QString thumbprint = normalizeThumbprint(base);
    if (thumbprint.size() != 40 || thumbprint.size() != base.size())
        return QStringLiteral("the file name is not a SHA-1 thumbprint");
    const QStringList lines = splitLines(decodeText(bytes));
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch()) {
            keys.insert(thumbprint, m.captured(1).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
            return {};
        }
    }
    return QStringLiteral("no HasPrivateKey line");
}

// The certificates of one file: a DER certificate, a DER degenerate PKCS#7 (.p7b), or PEM text (possibly
// UTF-16) with CERTIFICATE and PKCS7 blocks. Returns why nothing was found, or an empty string.
QString certificateBlocks(const QByteArray &bytes, QList<QByteArray> &blocks)
{
    if (bytes.at(0) == '\x30') {
        if (scep::parseCertificate(bytes).hasValue()) {
            blocks.append(bytes);
            return {};
        }
        Expected<QList<QByteArray>> pkcs7 = scep::parseDegeneratePkcs7(bytes);
        if (pkcs7 && !pkcs7->isEmpty()) {
            blocks = std::move(pkcs7).value();
            return {};
        }
        blocks.append(bytes); // reported with the certificate parser's reason
        return {};
    }
    static const QRegularExpression re(QStringLiteral(
        "-----BEGIN ((?:X509 |TRUSTED )?CERTIFICATE|PKCS7)-----([\\s\\S]*?)-----END \\1-----"));
    QRegularExpressionMatchIterator it = re.globalMatch(decodeText(bytes));
    QStringList problems;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) != QLatin1String("PKCS7")) {
            blocks.append(m.captured(0).toLatin1());
            continue;
        }
        const QByteArray der = QByteArray::fromBase64(m.captured(2).toLatin1());
        Expected<QList<QByteArray>> pkcs7 = scep::parseDegeneratePkcs7(der);
        if (pkcs7)
            blocks.append(std::move(pkcs7).value());
        else
            problems.append(pkcs7.error().toString());
    }
    if (!blocks.isEmpty())
        return {};
    return problems.isEmpty() ? QStringLiteral("neither DER nor a PEM certificate") : problems.join(QStringLiteral("; "));
}

} // namespace

Expected<CertificateStore> parseCertificateStore(const QList<QPair<QString, QByteArray>> &files)
{
    CertificateStore store;
    int readable = 0;
    bool keyListed = false;
    QSet<QString> withKey;
    for (const auto &[name, bytes] : files) {
        const QString lower = name.toLower();
        if (lower.endsWith(QLatin1String("private-keys.txt"))) {
            // The live export's list: one thumbprint per line, for the certificates that have a key.
            keyListed = true;
            for (const QString &line : splitLines(decodeText(bytes))) {
                const QString thumbprint = line.trimmed().remove(QLatin1Char(' ')).toUpper();
                if (!thumbprint.isEmpty())
                    withKey.insert(thumbprint);
            }
            ++readable;
            continue;
        }
        if (lower.endsWith(QLatin1String("keys.json")) || lower.endsWith(QLatin1String(".key-info"))) {
            const QString problem = lower.endsWith(QLatin1String(".json")) ? readKeysJson(bytes, store.privateKeys)
                                                                            : readKeyInfo(name, bytes, store.privateKeys);
            if (problem.isEmpty())
                ++readable;
            else
                store.unreadable.append(UnreadableFile{name, problem});
            continue;
        }
        if (bytes.isEmpty()) {
            store.unreadable.append(UnreadableFile{name, QStringLiteral("empty file")});
            continue;
        }
        QList<QByteArray> blocks;
        const QString problem = certificateBlocks(bytes, blocks);
        if (!problem.isEmpty()) {
            store.unreadable.append(UnreadableFile{name, problem});
            continue;
        }
        QStringList problems;
        for (int i = 0; i < blocks.size(); ++i) {
            Expected<scep::CertInfo> info = scep::parseCertificate(blocks.at(i));
            if (!info) {
                problems.append(blocks.size() > 1 ? QStringLiteral("certificate %1: %2").arg(i + 1).arg(info.error().toString())
                                                  : info.error().toString());
                continue;
            }
            store.certificates.append(StoreCertificate{name, i, std::move(info).value(), std::nullopt});
        }
        if (problems.size() < blocks.size())
            ++readable;
        if (!problems.isEmpty())
            store.unreadable.append(UnreadableFile{name, problems.join(QStringLiteral("; "))});
    }
    if (keyListed) {
        for (const StoreCertificate &c : std::as_const(store.certificates))
            store.privateKeys.insert(c.info.sha1Hex.toUpper(), withKey.contains(c.info.sha1Hex.toUpper()));
    }
    for (StoreCertificate &c : store.certificates) {
        const auto it = store.privateKeys.constFind(c.info.sha1Hex.toUpper());
        if (it != store.privateKeys.constEnd())
            c.hasPrivateKey = it.value();
    }
    if (!files.isEmpty() && readable == 0) {
        QStringList details;
        for (const UnreadableFile &f : std::as_const(store.unreadable))
            details.append(f.fileName + QStringLiteral(": ") + f.reason);
        return Error{QStringLiteral("no file of the certificate store could be read"), QStringLiteral("certificate store"), details};
    }
    return store;
}

QList<StoreCertificate> intermediatesInRoot(const CertificateStore &root)
{
    QList<StoreCertificate> out;
    for (const StoreCertificate &c : root.certificates) {
        if (!(c.info.selfIssued && c.info.selfSigned))
            out.append(c);
    }
    return out;
}

MscepRaCertificates findMscepRaCertificates(const CertificateStore &my)
{
    MscepRaCertificates out;
    for (const StoreCertificate &c : my.certificates) {
        const QString &t = c.info.templateName;
        if (t.compare(QLatin1String("EnrollmentAgentOffline"), Qt::CaseInsensitive) == 0) {
            out.signing.append(MscepRaCertificate{c, true});
        } else if (t.compare(QLatin1String("CEPEncryption"), Qt::CaseInsensitive) == 0) {
            out.encryption.append(MscepRaCertificate{c, true});
        } else if (t.isEmpty() && c.info.extendedKeyUsages.contains(kCertificateRequestAgent)) {
            const scep::CertRole role = scep::classifyRole(c.info);
            if (role == scep::CertRole::RaSigning)
                out.signing.append(MscepRaCertificate{c, false});
            else if (role == scep::CertRole::RaEncryption)
                out.encryption.append(MscepRaCertificate{c, false});
        }
    }
    return out;
}

} // namespace ndes::facts
