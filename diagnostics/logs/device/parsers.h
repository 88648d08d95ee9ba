#pragma once

// Internal to the device log reader: the stage bookkeeping shared by the platform parsers, and the parsers.

#include "logs/device/devicelog.h"
#include "logs/device/linereader.h"

#include <QString>
#include <QStringView>

#include <array>
#include <memory>
#include <optional>

namespace ndes::logs::device::detail {

// Evidence and failure texts are cut to this many characters (after redaction).
inline constexpr qsizetype kMaxEvidenceChars = 2000;

// The value of message= replaced by "<redacted>" when the line is a PKIOperation or the value is long, and
// the value of anything named challenge* (query parameters, key=value, XML/SyncML elements) likewise.
QString redact(QStringView text);

// scheme://host[:port]/path of a URL as logged, without query, fragment or trailing punctuation.
QString ndesUrlOf(QStringView url);

// The stage a SCEP operation name belongs to when its answer is awaited ("GetCACaps" -> GetCaCapsOk, ...).
std::optional<Stage> stageOfOperation(QStringView operation);

// Collects what the parsers see and settles the report at the end.
class Tracker {
public:
    explicit Tracker(DeviceLogReport &report);

    // Evidence for a stage; `reaches` marks the stage as reached.
    void add(Stage stage, qint64 line, QStringView text, bool reaches = true);
    void setCertRep(const QString &status, const QString &failInfo, qint64 line, QStringView text);
    // The first failure of each stage is kept; a specific kind replaces a generic "error".
    void fail(Stage stage, const QString &kind, QStringView text, qint64 line, const QString &code = QString());
    void setUrl(QStringView url);

    bool reached(Stage stage) const;
    // The stage after the last one reached: where a failure without a better location is placed.
    Stage current() const;

    // Implied stages, `reached`, the failure that stopped the device (none once installed).
    void finish();

private:
    StageResult &result(Stage stage) { return m_report.stages[int(stage)]; }

    DeviceLogReport &m_report;
    std::array<std::optional<Failure>, kStageCount> m_failures;
    std::array<bool, kStageCount> m_proved{};
    qint64 m_certRepLine = 0;
    QString m_certRepText;
};

// The labels of wevtutil /f:text and Event Viewer's copy as text, in English or French.
enum class Label { None, LogName, Source, EventId, Date, Description, EventXml, Other };
Label labelOf(QStringView label);
// "Label: value" with a short label at the start of the line; false for other lines.
bool splitLabel(QStringView line, QStringView &label, QStringView &value);
// "Event[0]:" (or "Événement[0] :"), the first line of a wevtutil /f:text record.
bool isRecordStart(QStringView line);

class Parser {
public:
    virtual ~Parser() = default;
    virtual void line(const Line &line) = 0;
    virtual void finish() {}
};

std::unique_ptr<Parser> makeAndroidParser(Tracker &tracker);
std::unique_ptr<Parser> makeIosParser(Tracker &tracker);
std::unique_ptr<Parser> makeWindowsXmlParser(Tracker &tracker, bool &truncated);
std::unique_ptr<Parser> makeWindowsTextParser(Tracker &tracker);

} // namespace ndes::logs::device::detail
