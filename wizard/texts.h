#pragma once

// Text for people, made from the ids and evidence of the core, in the current language.
// Qt Core only: the command line uses these too.

#include "core/finding.h"
#include "core/verdict.h"
#include "http/answer.h"
#include "http/classify.h"
#include "scep/certinfo.h"

#include <QString>

namespace ndes::ui {

// Verdicts.
QString verdictTitle(Verdict verdict);                 // a few words, for the side panel
QString verdictSentence(Verdict verdict, int status = 0); // the one sentence shown with the icon
QString verdictSentence(const http::ProbeResult &result);  // with the status of the answer that decided
QString verdictMeaning(Verdict verdict);               // "What it means", plain text paragraphs
QString verdictCause(Verdict verdict);                 // the cause in a few words (quiz choices)

// Findings: one sentence each; unknown ids get a generic rendering of the id and its evidence.
QString findingText(const Finding &finding);
QString severityName(Severity severity);

// Training scenarios.
QString scenarioTitle(const QString &id);
QString scenarioSymptom(const QString &id);
QString difficultyName(int difficulty);

// The headings of `ndes-doctor diagnose`'s text output.
enum class DiagnoseLabel { Mode, Verdict, NotTested, Path, Checks, Cause, NoCause };
QString diagnoseLabel(DiagnoseLabel label);
QString modeName(const QString &modeId); // "live", "snapshot", "training"

// The requests of the URL test and how they ended.
QString requestKindName(http::RequestKind kind);
QString requestKindName(const QString &kindId);
QString requestKindDescription(http::RequestKind kind);
QString outcomeName(http::Outcome outcome);
QString outcomeName(const QString &outcomeId);

QString certRoleName(scep::CertRole role);
QString certRoleName(const QString &roleId);

// The six stages of the SCEP flow (1 to 6).
QString flowStageName(int stage);
QString flowStageDescription(int stage);

// The meaning of an HTTP status (and IIS substatus, -1 when unknown).
QString httpStatusMeaning(int status, int substatus = -1);

} // namespace ndes::ui
