#pragma once

#include "answer.h"
#include "core/finding.h"
#include "core/verdict.h"
#include "scep/certinfo.h"
#include "scep/getcacert.h"

#include <QDateTime>
#include <QList>

namespace ndes::http {

// A certificate seen in the GetCACert answer, with its validity against "now".
struct SeenCertificate {
    scep::CertInfo info;
    scep::Validity validity;
};

struct ProbeResult {
    QUrl url;
    Verdict verdict = Verdict::UnexpectedStatus;
    RequestKind decidedBy = RequestKind::Bare; // the request whose answer gave the verdict
    QList<RawAnswer> answers;
    scep::Capabilities capabilities;
    QList<SeenCertificate> certificates;
    Findings findings;
};

// Turns the raw answers of the URL test into a verdict and findings. Pure: no I/O, "now" injected.
ProbeResult classify(const QUrl &url, const QList<RawAnswer> &answers, const QDateTime &now);

// The verdict one answer gives on its own (used for the bare URL, and for the exception of
// PRODUCT.md 2.1 where GetCACaps or GetCACert fails behind a healthy 403).
Verdict verdictOf(const RawAnswer &answer);

// The body decoded as a browser would: UTF-16LE/BE detected by BOM or NUL pattern, then the
// charset of the Content-Type or of a <meta> tag, else Latin-1 for text/html without a charset.
QString decodeBody(const RawAnswer &answer);

} // namespace ndes::http
