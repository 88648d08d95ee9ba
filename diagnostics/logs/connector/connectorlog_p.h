#pragma once

// Internals of the connector log reader: streaming text, the evidence it keeps, and one reader per kind.

#include "logs/connector/connectorlog.h"

#include <QHash>
#include <QStringDecoder>
#include <QStringView>
#include <QVariantMap>

#include <array>
#include <functional>
#include <memory>

namespace ndes::logs::connector::detail {

inline constexpr qsizetype kChunkBytes = 1024 * 1024;
inline constexpr qsizetype kSniffBytes = 64 * 1024;
inline constexpr qsizetype kMaxLineChars = 64 * 1024;       // longer lines are cut there and counted as bad
inline constexpr qsizetype kMaxFragmentChars = 1024 * 1024; // an XML record never held beyond this
inline constexpr qsizetype kMaxEvidenceChars = 300;
inline constexpr int kMaxSightings = 5;
inline constexpr int kMaxKeys = 32; // distinct keys counted per finding

// Challenge passwords, `message=` values and long base64 runs replaced by "<redacted>", cut to
// kMaxEvidenceChars, control characters made spaces.
QString evidenceText(QStringView text);

// The part of a record that evidence may show, not redacted yet: ReportBuilder redacts what it keeps.
inline QString rawText(QStringView text)
{
    return text.left(kMaxEvidenceChars * 4).toString();
}

// Turns bytes into text chunk by chunk; the encoding is decided once, from the first chunk.
class StreamDecoder {
public:
    explicit StreamDecoder(QByteArrayView head);
    QString decode(QByteArrayView bytes) { return m_decoder.decode(bytes); }

private:
    QStringDecoder m_decoder;
};

// Splits streamed text into lines (CRLF, LF or lone CR), numbered from 1. A line longer than
// kMaxLineChars is handed out cut, with `cut` set, and the rest of it is skipped.
class LineSplitter {
public:
    using Sink = std::function<void(QStringView line, qint64 number, bool cut)>;
    explicit LineSplitter(Sink sink) : m_sink(std::move(sink)) {}
    void feed(QStringView text);
    void finish();

private:
    Sink m_sink;
    QString m_pending;
    qint64 m_number = 0;
    bool m_skipping = false;
    bool m_cut = false;
    bool m_afterCr = false;
};

// Cuts streamed text into <name ...>...</name> fragments that follow each other with no root and no
// separator. A fragment that does not close before the next one opens, before the end of the text or
// within kMaxFragmentChars is reported as bad and dropped; text between fragments is skipped.
class FragmentSplitter {
public:
    using FragmentSink = std::function<void(QStringView fragment, qint64 line)>;
    using BadSink = std::function<void(qint64 line, const QString &reason)>;
    FragmentSplitter(QString name, FragmentSink fragment, BadSink bad);
    void feed(QStringView text);
    void finish();

private:
    qsizetype findOpen(qsizetype from) const;
    void drop(qsizetype count); // consumes `count` characters from m_start, counting their newlines

    QString m_open;
    QString m_close;
    FragmentSink m_fragment;
    BadSink m_bad;
    QString m_buffer;
    qsizetype m_start = 0;   // m_buffer before this is consumed
    bool m_inside = false;   // a fragment starts at m_start
    qsizetype m_scanned = 0; // inside a fragment: where the search for its end resumes
    qint64 m_line = 1;       // line of m_buffer[m_start]
};

// What findings and stages need, kept while the records stream by.
class ReportBuilder {
public:
    explicit ReportBuilder(QString file) : m_file(std::move(file)) {}

    QString location(qint64 line) const;

    // Texts given to the methods below are raw (rawText()); what is kept goes through evidenceText().
    // One more occurrence of finding `id`. `fields` of the first occurrence are kept; when `key` is not
    // empty it is counted in the evidence map named `keyName`; `time` (ISO 8601) sets first / last.
    void sighting(const QString &id, Severity severity, qint64 line, const QString &text,
                  const QVariantMap &fields = {}, const QString &keyName = QString(), const QString &key = QString(),
                  const QString &time = QString());
    bool seen(const QString &id) const { return m_sightings.contains(id); }

    // Each call counts; the state follows the record seen last, or the latest by `time` (ISO 8601 UTC) when
    // records carry one, since event exports are often newest first.
    void stageStarted(int stage, qint64 line, const QString &text, const QString &findingId = QString(),
                      const QString &time = QString());
    void stageSucceeded(int stage, qint64 line, const QString &text, const QString &time = QString());
    void stageFailed(int stage, qint64 line, const QString &text, const QString &findingId,
                     const QString &time = QString());

    void badRecord(qint64 line, const QString &reason);
    void record() { ++m_records; }
    qint64 records() const { return m_records; }

    ConnectorReport finish(LogKind kind, qint64 bytes);

private:
    struct Sighting {
        Severity severity = Severity::Info;
        qint64 count = 0;
        QStringList at;
        QStringList lines;
        QVariantMap fields;
        QString keyName;
        QVariantMap byKey;
        QString first;
        QString last;
    };
    struct Stage {
        StageSeen seen;
        bool present = false;
        QString time;
    };
    // The stage, and whether a record at `time` decides its state.
    bool decides(int number, const QString &time);
    void setState(int number, StageState state, qint64 line, const QString &text, const QString &findingId);

    QString m_file;
    QStringList m_order;
    QHash<QString, Sighting> m_sightings;
    std::array<Stage, 7> m_stages{};
    qint64 m_records = 0;
    qint64 m_bad = 0;
    QStringList m_badAt;
    QVariantMap m_badReasons;
};

// The readers. Each receives the decoded text in chunks, then finish().
class Reader {
public:
    virtual ~Reader() = default;
    virtual void feed(QStringView text) = 0;
    virtual void finish() = 0;
};

std::unique_ptr<Reader> makeNdesPluginReader(ReportBuilder &out);
std::unique_ptr<Reader> makeSvcLogReader(ReportBuilder &out);
std::unique_ptr<Reader> makeEventsReader(ReportBuilder &out);

} // namespace ndes::logs::connector::detail
