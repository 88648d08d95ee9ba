#pragma once

// Issuing test and simulator certificates with OpenSSL: the simulated NDES server's CA and RA
// certificates, its TLS certificates, and fixtures for every validity edge.

#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ndes::scep {

namespace KeyUsage {
enum : int {
    DigitalSignature = 0x01,
    NonRepudiation = 0x02,
    KeyEncipherment = 0x04,
    DataEncipherment = 0x08,
    KeyAgreement = 0x10,
    KeyCertSign = 0x20,
    CrlSign = 0x40,
};
}

enum class KeyType { Rsa2048, EcP256 };

struct CertSpec {
    QString commonName;
    QString organization;
    QString organizationalUnit;
    QString country;
    QDateTime notBefore;            // UTC
    QDateTime notAfter;             // UTC
    bool isCa = false;              // basicConstraints cA (critical)
    int keyUsage = 0;               // KeyUsage flags; 0 leaves the extension out
    QStringList extendedKeyUsages;  // dotted OIDs
    QString msTemplateName;         // Microsoft v1 template name extension (BMPString), e.g. "CEPEncryption"
    QStringList dnsNames;           // subjectAltName
    QStringList crlUrls;            // CRL distribution points
    KeyType keyType = KeyType::Rsa2048;
};

// A certificate with its private key.
struct IssuedCert {
    QByteArray certDer;
    QByteArray keyPem; // PKCS#8 PEM, unencrypted

    QByteArray certPem() const;
};

// Issues a certificate for `spec`, signed by `issuer`, or self-signed when `issuer` is null.
// The serial is random (positive, 64 bits); SHA-256 signature; subject and authority key ids are set.
Expected<IssuedCert> issueCertificate(const CertSpec &spec, const IssuedCert *issuer);

// The PKI of a simulated NDES server: an issuing CA, the Exchange Enrollment Agent (Offline request)
// RA signing certificate and the CEP Encryption RA certificate, as NDES enrols them.
struct NdesPki {
    IssuedCert ca;
    IssuedCert raSigning;
    IssuedCert raEncryption;
};

struct NdesPkiOptions {
    QDateTime now;                       // UTC; validity is placed around it
    QString caName = QStringLiteral("Contoso Issuing CA");
    QString raName = QStringLiteral("NDES01-MSCEP-RA");
    QString organization = QStringLiteral("Contoso");
    bool raExpired = false;              // RA certificates expired 12 days before `now`
};

Expected<NdesPki> generateNdesPki(const NdesPkiOptions &options);

// TLS material for a loopback HTTPS server: a CA and a server certificate (EC P-256) for `dnsNames`
// (IP addresses in the list go into iPAddress entries).
struct TlsMaterial {
    IssuedCert ca;
    IssuedCert server;
};

Expected<TlsMaterial> generateTlsMaterial(const QString &caName, const QStringList &dnsNames,
                                          const QDateTime &now);

} // namespace ndes::scep
