#pragma once

// The server side of a SCEP PKIOperation (RFC 8894 3.3): reads a PKCSReq or RenewalReq, issues the
// certificate from the simulated NDES PKI and builds the CertRep.

#include "core/expected.h"
#include "pki.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ndes::scep {

namespace MessageType {
enum : int {
    CertRep = 3,
    RenewalReq = 17,
    UpdateReq = 18,
    PKCSReq = 19,
    CertPoll = 20,
    GetCert = 21,
    GetCRL = 22,
};
}

namespace PkiStatus {
enum : int { Success = 0, Failure = 2, Pending = 3 };
}

namespace FailInfo {
enum : int { None = -1, BadAlg = 0, BadMessageCheck = 1, BadRequest = 2, BadTime = 3, BadCertId = 4 };
}

struct PkiOperationResult {
    QByteArray certRep;        // DER CMS SignedData, served as application/x-pki-message
    QString messageType;       // of the request, as sent ("19" for PKCSReq)
    QString transactionId;     // of the request, echoed in the CertRep
    int pkiStatus = PkiStatus::Failure;
    int failInfo = FailInfo::None; // set when pkiStatus is Failure
    QString subject;           // of the issued certificate, one line as CertInfo::subject; empty on failure
    QByteArray issuedCertDer;  // empty on failure
};

// Answers one pkiMessage (the DER CMS SignedData a SCEP client sends) as NDES would with `pki`:
// - the CMS signature is checked with the signer certificate carried in the message (self-signed for
//   PKCSReq, so the chain is not verified); a RenewalReq must be signed by a certificate of pki.ca;
// - the EnvelopedData is decrypted with the RA encryption key (DES, 3DES or AES content encryption);
// - the PKCS#10 self-signature is checked, and, when `requiredChallenge` is not empty, its
//   challengePassword must equal it;
// - the certificate (CSR subject, key and subjectAltName; one year from `now`; digitalSignature and
//   keyEncipherment; clientAuth) is signed by pki.ca, put in a degenerate PKCS#7, enveloped with 3DES
//   to the requester's signer certificate and signed by the RA signing certificate with SHA-256.
// A message that is authentic enough to be answered but cannot be served gets a CertRep FAILURE
// (badMessageCheck, badAlg or badRequest, without an envelope). Bytes that are not a SCEP pkiMessage
// with a transactionID, a messageType and a senderNonce give an Error. Neither the result nor the
// Error ever carries the challenge password.
Expected<PkiOperationResult> answerPkiOperation(const QByteArray &pkiMessage, const NdesPki &pki, const QDateTime &now,
                                                const QByteArray &requiredChallenge = {});

} // namespace ndes::scep
