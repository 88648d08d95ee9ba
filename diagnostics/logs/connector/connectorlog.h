#pragma once

// The Intune connector's own logs (formats.md section 4, PRODUCT.md 2.3): the legacy connector's
// NDESPlugin.log and CertificateRegistrationPoint / NDESConnector .svclog files, and the new connector's
// events 4000-4010 exported with `wevtutil qe ... /f:xml`. They tell how far requests got in stages 3 to 6
// of the SCEP flow: 3 the policy module has the challenge verified, 4 the CA issues, 6 the connector
// reports to Intune. Files are read as a stream: memory stays bounded whatever their size.

#include "core/expected.h"
#include "core/finding.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ndes::logs::connector {

enum class LogKind : std::uint8_t { NdesPlugin, SvcLog, ConnectorEvents };

QString logKindId(LogKind kind); // "ndesplugin", "svclog", "connector-events"

// What a file holds, from its first bytes (any text encoding; up to 64 KiB are looked at), or nullopt
// when it is none of the connector logs. Events are recognised only when they come from the
// Microsoft-Intune-CertificateConnectors provider, so other wevtutil exports are left to other readers.
std::optional<LogKind> sniff(QByteArrayView head);

// How a stage ended in the last record that decided it.
enum class StageState : std::uint8_t {
    Started, // seen starting, with no outcome after it (for example a request sent and no answer logged)
    Reached, // the last outcome seen was a success
    Failed,  // the last outcome seen was a failure
};

QString stageStateId(StageState state); // "started", "reached", "failed"

// One stage of the SCEP flow (3, 4 or 6; see flowStageName) as the log shows it.
struct StageSeen {
    int stage = 0;
    StageState state = StageState::Started;
    qint64 succeeded = 0;   // success records for this stage
    qint64 failed = 0;      // failure records for this stage
    QString at;             // "file:line" of the record that decided `state`
    QString line;           // that record, redacted (first line only for a multi-line record)
    QString findingId;      // when Failed: the finding that explains it (empty when none does)

    bool operator==(const StageSeen &) const = default;
};

struct ConnectorReport {
    QString file;
    LogKind kind = LogKind::NdesPlugin;
    qint64 bytes = 0;
    qint64 records = 0;     // NDESPlugin.log: non-empty lines; .svclog: E2ETraceEvent fragments; events: <Event>s
    qint64 badRecords = 0;  // fragments that never close or do not parse, lines cut at the length cap
    Findings findings;      // ids "connector.*", severity, evidence (see docs/ids.md)
    QList<StageSeen> stages; // ordered by stage, only the stages the log says something about
};

// Reads one file; the kind comes from sniff(), else from the name (NDESPlugin*.log, *.svclog). Fails on a
// missing or unreadable file, an empty file, a binary file, and a file that is none of the connector logs.
Expected<ConnectorReport> readConnectorLog(const QString &path);

// The same on bytes in memory; `name` is used in evidence ("name:line") and to route when sniffing fails.
Expected<ConnectorReport> readConnectorLogBytes(QByteArrayView bytes, const QString &name);

// Expands folders (and one level of subfolders) into the connector logs they hold: NDESPlugin*.log,
// *.svclog, and *.xml, *.log or *.txt files whose head sniff() recognises; files given by name are kept
// as they are. Fails, naming the path, on a missing path or a folder holding none.
Expected<QStringList> collectConnectorLogs(const QStringList &paths);

// The remediation page and anchor for a finding id, as "page#anchor" (resources/content/<lang>/page.md),
// or an empty string for findings that need no fix (information only).
QString remediationFor(const QString &findingId);

// The stages of several reports combined, as if they were one log read in the order given.
QList<StageSeen> mergeStages(const QList<ConnectorReport> &reports);

// One report: {file, kind, bytes, records, badRecords, findings, stages}.
QJsonObject connectorReportToJson(const ConnectorReport &report);

// The `read-connector-log --json` object: {files: [...], findings: [...], stages: [...]}; each finding carries
// its `file` and `remediation`.
QJsonObject connectorReportsToJson(const QList<ConnectorReport> &reports);

} // namespace ndes::logs::connector
