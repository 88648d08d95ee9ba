#pragma once

// A Windows certificate store exported as files (one DER or PEM certificate per file, a PEM bundle, or a
// degenerate PKCS#7 .p7b in DER or PEM),
// with optional private-key presence facts, and the store questions the checks ask (PRODUCT.md 2.2).
//
// Private-key facts, any of these forms:
// - `keys.json`: the output of
//   `Get-ChildItem Cert:\LocalMachine\My | Select-Object Thumbprint,HasPrivateKey | ConvertTo-Json`,
//   an array of {"Thumbprint": "...", "HasPrivateKey": true|false}, or a single object for one certificate;
// - `<thumbprint>.key-info`: one line `HasPrivateKey=true` or `HasPrivateKey=false` (`:` also accepted);
// - `private-keys.txt` (what live mode exports): the thumbprints of the certificates that have a key, one per
//   line; a certificate of the store not listed there has none.

#include "core/expected.h"
#include "scep/certinfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ndes::facts {

struct StoreCertificate {
    QString fileName;
    int indexInFile = 0;               // position in a PEM bundle; 0 for a single certificate
    scep::CertInfo info;
    std::optional<bool> hasPrivateKey; // unknown unless the export said
};

struct UnreadableFile {
    QString fileName;
    QString reason;
};

struct CertificateStore {
    QList<StoreCertificate> certificates;
    QList<UnreadableFile> unreadable;
    QHash<QString, bool> privateKeys; // upper-case SHA-1 thumbprint -> HasPrivateKey, from the export
};

// Reads every file; a file that cannot be read is listed in `unreadable` and the others are kept.
// Fails only when there were files and not one of them could be read.
Expected<CertificateStore> parseCertificateStore(const QList<QPair<QString, QByteArray>> &files);

// The certificates of a Root store that are not both self-issued and self-signed (verified signatures).
QList<StoreCertificate> intermediatesInRoot(const CertificateStore &root);

// The NDES RA certificates of LocalMachine\My.
struct MscepRaCertificate {
    StoreCertificate certificate;
    bool byTemplateName = false; // matched on the template name; otherwise on EKU and key usage
};

struct MscepRaCertificates {
    QList<MscepRaCertificate> signing;    // Exchange Enrollment Agent (Offline request): EnrollmentAgentOffline
    QList<MscepRaCertificate> encryption; // CEP Encryption: CEPEncryption
};

// By template name (CEPEncryption / EnrollmentAgentOffline), or for certificates without a template name,
// by the Certificate Request Agent EKU (1.3.6.1.4.1.311.20.2.1) with a signing-only or encipherment-only
// key usage.
MscepRaCertificates findMscepRaCertificates(const CertificateStore &my);

} // namespace ndes::facts
