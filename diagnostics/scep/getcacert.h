#pragma once

#include "certinfo.h"
#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ndes::scep {

// The certificates out of a degenerate (certificates-only) PKCS#7 / CMS SignedData, DER each.
Expected<QList<QByteArray>> parseDegeneratePkcs7(const QByteArray &der);

// A degenerate PKCS#7 SignedData holding the given DER certificates, DER-encoded.
Expected<QByteArray> buildDegeneratePkcs7(const QList<QByteArray> &certificatesDer);

// A GetCACert answer (RFC 8894 4.2): application/x-x509-ca-cert carries one DER certificate,
// application/x-x509-ca-ra-cert a degenerate PKCS#7. Parameters in the content type are ignored;
// an unknown or missing type is sniffed from the body. Each certificate comes back classified.
Expected<QList<CertInfo>> parseGetCACert(const QByteArray &contentType, const QByteArray &body);

// GetCACaps (RFC 8894 3.5.2): one keyword per line, any line ending, no final newline needed.
// Keywords compare case-insensitively; blank lines and surrounding spaces are ignored.
struct Capabilities {
    QStringList keywords; // as sent, trimmed, in order, without duplicates
    bool has(QStringView keyword) const;
};

Capabilities parseCapabilities(const QByteArray &body);

} // namespace ndes::scep
