#pragma once

// Text for people about the connector logs (diagnostics/logs/connector), in the current language.
// Qt Core only, like texts.h.

#include "core/finding.h"
#include "logs/connector/connectorlog.h"

#include <QList>
#include <QString>

namespace ndes::ui {

// One sentence for a finding "connector.*", made from its evidence; other ids go to findingText().
QString connectorFindingText(const Finding &finding);

// "NDESPlugin.log (policy module)", ...
QString connectorLogKindName(logs::connector::LogKind kind);

// What the connector does at stage 3, 4 or 6 of the SCEP flow, in a few words.
QString connectorStageName(int stage);

// "reached", "failed", "started, no outcome logged".
QString connectorStageStateName(logs::connector::StageState state);

// One sentence for a stage as a log shows it, with its counts.
QString connectorStageSentence(const logs::connector::StageSeen &stage);

// One sentence on how far the requests got, from the stages of one or more logs.
QString connectorSummary(const QList<logs::connector::StageSeen> &stages);

} // namespace ndes::ui
