#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ndes::scep {

// What a certificate is for, from the outside (PRODUCT.md 2.1).
enum class CertRole { RaSigning, RaEncryption, Ca, Other };

QString certRoleId(CertRole role); // "ra-signing", "ra-encryption", "ca", "other"

// The facts read from one X.509 certificate with OpenSSL.
struct CertInfo {
    QByteArray der;
    QString subject;            // one line, RFC 2253 order reversed for reading: "CN=..., O=..., C=..."
    QString issuer;
    QString serialHex;          // upper-case hex, no separators
    QString sha1Hex;            // upper-case hex thumbprint, as Windows shows it
    QString sha256Hex;
    QDateTime notBefore;        // UTC
    QDateTime notAfter;         // UTC
    bool isCa = false;          // basicConstraints cA
    bool selfIssued = false;    // subject == issuer (X509_NAME_cmp)
    bool selfSigned = false;    // signature verifies with its own public key
    bool hasKeyUsage = false;
    bool digitalSignature = false;
    bool keyEncipherment = false;
    bool dataEncipherment = false;
    bool keyCertSign = false;
    QStringList extendedKeyUsages; // dotted OIDs
    QString templateName;       // Microsoft v1 template name extension 1.3.6.1.4.1.311.20.2
    QString templateOid;        // Microsoft v2 template extension 1.3.6.1.4.1.311.21.7
    QStringList dnsNames;       // subjectAltName dNSName entries
    QStringList crlUrls;        // CRL distribution point URIs
    QString keyAlgorithm;       // "RSA", "EC", ...
    int keyBits = 0;
    QString signatureAlgorithm; // e.g. "sha256WithRSAEncryption"
    CertRole role = CertRole::Other;
};

// Parses one certificate, DER or PEM. The role is set by classifyRole().
Expected<CertInfo> parseCertificate(const QByteArray &derOrPem);

// RA signing: Exchange Enrollment Agent (Offline request) template, or an end-entity certificate whose
// key usage allows signing and not key encipherment. RA encryption: CEP Encryption template, or an
// end-entity certificate whose key usage allows key or data encipherment and not signing. Key usage
// alone counts only when the certificate has no extended key usage, or lists Certificate Request Agent
// (1.3.6.1.4.1.311.20.2.1) or anyExtendedKeyUsage: a TLS server certificate is Other.
// CA: basicConstraints cA. Anything else: Other.
CertRole classifyRole(const CertInfo &info);

// Validity of a certificate against an injected "now".
struct Validity {
    bool notYetValid = false;
    bool expired = false;       // now > notAfter
    bool expiringSoon = false;  // not expired, and notAfter within `soonDays` days of now
    qint64 daysLeft = 0;        // whole days from now to notAfter, rounded down; negative once expired
};

Validity validityAt(const CertInfo &info, const QDateTime &now, int soonDays = 30);

} // namespace ndes::scep
