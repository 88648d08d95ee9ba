#pragma once

// Text for people about IIS and HTTP.sys logs, made from the ids and evidence of diagnostics/logs/iis,
// in the current language.

#include "core/finding.h"
#include "logs/iis/scepsummary.h"

#include <QString>

namespace ndes::ui {

// One sentence for each finding of the IIS log summary (see ScepSummaryBuilder::findings).
QString iisFindingText(const Finding &finding);

// Where the fix for a finding is explained: a remediation page of resources/content and an anchor in it.
struct FixTarget {
    QString contentId;
    QString anchor;
    bool isValid() const { return !contentId.isEmpty(); }
};
FixTarget iisFixTarget(const QString &findingId);

// Every finding id the IIS log summary can give, in the order it lists them.
QStringList iisFindingIds();

QString scepOperationName(logs::iis::ScepOperation op);
QString platformName(logs::iis::Platform platform);
QString badReasonName(logs::iis::BadReason reason);
QString badReasonName(const QString &reasonId);
// The HTTP.sys reason phrase (s-reason), explained.
QString httpErrReasonMeaning(const QString &reason);

} // namespace ndes::ui
