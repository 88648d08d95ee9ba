#pragma once

#include <QString>
#include <QVariantMap>

namespace ndes {

enum class CheckStatus { Pass, Warn, Fail, Skipped };

QString checkStatusId(CheckStatus s); // "pass", "warn", "fail", "skipped"

// The result of one local check (PRODUCT.md 2.2): ids and evidence, never sentences.
// `reason` is a stable id saying why (e.g. "pool-stopped", "fact-missing"); `remediation` names the
// content page and anchor that fixes it, as "<page>#<anchor>" (e.g. "service-unavailable-503#cause-crl").
struct CheckResult {
    QString id;
    CheckStatus status = CheckStatus::Skipped;
    QString reason;
    QVariantMap evidence;
    QString remediation;
};

} // namespace ndes
