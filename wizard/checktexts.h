#pragma once

// Text for people about the local checks (checks/check.h, PRODUCT.md 2.2), made from their ids and evidence
// in the current language. Qt Core only: the command line uses these too.

#include "core/check.h"

#include <QString>
#include <QStringList>

namespace ndes::ui {

// A few words naming the check ("SCEP application pool").
QString checkTitle(const QString &checkId);
// What the check looks at, in one sentence.
QString checkQuestion(const QString &checkId);
// "Pass", "Warning", "Problem", "Not checked".
QString checkStatusName(CheckStatus status);
// One plain sentence saying what the check found, with the values it read.
QString checkResultSentence(const CheckResult &result);
// The evidence, one "label: value" line each: certificates (subject, dates, days left), values read, the facts
// and files they came from.
QStringList checkEvidenceLines(const CheckResult &result);

// True when checkResultSentence() has a sentence of its own for this check and reason (not the fallback that
// only names the reason id).
bool hasCheckSentence(const CheckResult &result);

} // namespace ndes::ui
