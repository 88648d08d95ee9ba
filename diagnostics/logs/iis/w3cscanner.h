#pragma once

#include "core/expected.h"

#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ndes::logs::iis {

// What a log holds, decided by its #Fields (cs-uri-stem: a site log; s-reason: an HTTP.sys error log).
enum class LogKind : std::uint8_t { Unknown, Access, HttpErr };

QString logKindId(LogKind kind); // "unknown", "access", "httperr"

// The columns the summaries read. A layout maps each one to its position in the current #Fields.
enum class Column : std::uint8_t {
    Date,
    Time,
    ServerIp,
    Method,
    UriStem,
    UriQuery,
    ClientIp,
    UserAgent,
    Cookie,
    Status,
    Substatus,
    Win32Status,
    Uri,       // HTTPERR cs-uri: the cooked path and the query joined by '?'
    Reason,    // HTTPERR s-reason
    QueueName, // HTTPERR s-queuename: the app pool name
};
inline constexpr int kColumnCount = 15;

// Lines with more fields than this cannot be bound to a layout; they are bad lines.
inline constexpr int kMaxFields = 256;

// The IIS layouts a headerless file is checked against, by field count.
enum class KnownLayout : std::uint8_t {
    Iis85,         // IIS 8.0, 8.5 and 10 defaults, 15 fields
    Iis7,          // IIS 7.0 / 7.5 defaults, 14 fields
    IisFull,       // every standard field ticked, 22 fields
    HttpErr,       // HTTP.sys error log, 13 fields
    HttpErrStream, // HTTP.sys error log with streamid, 14 fields
};

QString knownLayoutId(KnownLayout layout); // "iis-8.5", "iis-7", "iis-full", "httperr", "httperr-streamid"

// The column map of one #Fields line.
class Layout {
public:
    Layout() { m_index.fill(-1); }

    // `names` is what follows "#Fields:", space separated. Names are matched case-insensitively.
    static Layout fromFields(std::string_view names);
    static const Layout &known(KnownLayout which);

    int fieldCount() const { return int(m_names.size()); }
    int index(Column c) const { return m_index[std::size_t(c)]; }
    bool has(Column c) const { return index(c) >= 0; }
    LogKind kind() const { return m_kind; }
    const std::vector<std::string> &names() const { return m_names; }
    bool sameFields(const Layout &other) const { return m_names == other.m_names; }

private:
    std::vector<std::string> m_names;
    std::array<std::int16_t, kColumnCount> m_index{};
    LogKind m_kind = LogKind::Unknown;
};

// sc-status, sc-substatus and sc-win32-status. Each is an unsigned 32-bit number, or absent
// (no such column, or "-"). sc-win32-status can be an HRESULT such as 2148204809.
struct StatusTriple {
    std::uint32_t status = 0;
    std::uint32_t substatus = 0;
    std::uint32_t win32 = 0;
    std::uint8_t present = 0; // bit 0: status, bit 1: substatus, bit 2: win32

    bool hasStatus() const { return present & 1; }
    bool operator==(const StatusTriple &) const = default;
    auto operator<=>(const StatusTriple &) const = default;

    // "500.0.1346"; an absent part is "-".
    QString key() const;
};

// One data line that matched its layout, with its fields as views into the scanner's buffer.
// It is valid only during RecordSink::record().
class Record {
public:
    Record(const char *begin, const char *end, const char *const *separators, int fieldCount, const Layout &layout,
           std::int64_t lineNumber, StatusTriple status)
        : m_begin(begin), m_end(end), m_separators(separators), m_fieldCount(fieldCount), m_layout(layout),
          m_lineNumber(lineNumber), m_status(status)
    {
    }

    std::string_view line() const { return {m_begin, std::size_t(m_end - m_begin)}; }
    std::int64_t lineNumber() const { return m_lineNumber; }
    const Layout &layout() const { return m_layout; }
    int fieldCount() const { return m_fieldCount; }
    const StatusTriple &status() const { return m_status; }

    std::string_view field(int i) const
    {
        const char *from = i == 0 ? m_begin : m_separators[i - 1] + 1;
        const char *to = i == m_fieldCount - 1 ? m_end : m_separators[i];
        return {from, std::size_t(to - from)};
    }
    // The column's value; empty when the layout does not have it.
    std::string_view column(Column c) const
    {
        const int i = m_layout.index(c);
        return i < 0 ? std::string_view() : field(i);
    }
    // Seconds since 1970-01-01 UTC from the date and time columns, or false when the layout has none.
    bool utcSeconds(std::int64_t &seconds) const;

private:
    const char *m_begin;
    const char *m_end;
    const char *const *m_separators;
    int m_fieldCount;
    const Layout &m_layout;
    std::int64_t m_lineNumber;
    StatusTriple m_status;
};

// Receives the data lines that were read in full and matched their layout (see ScanOptions).
class RecordSink {
public:
    virtual ~RecordSink() = default;
    virtual void record(const Record &record) = 0;
};

enum class BadReason : std::uint8_t {
    FieldCount, // the number of fields differs from #Fields
    Status,     // a status column is not an unsigned 32-bit number or "-"
    Timestamp,  // date or time is not YYYY-MM-DD / HH:MM:SS
    NoLayout,   // no #Fields yet, and the field count matches no known IIS layout
    TooLong,    // longer than ScanOptions::maxLineBytes
};
inline constexpr int kBadReasonCount = 5;

QString badReasonId(BadReason reason); // "field-count", "status", "timestamp", "no-layout", "too-long"

struct BadLine {
    std::int64_t line = 0;
    BadReason reason = BadReason::FieldCount;
    int fields = 0;   // fields found on the line
    int expected = 0; // fields of the layout, 0 when there is none
};

// What one file held. Every line is counted once, in exactly one of directive, data or blank. Bad lines
// are the data lines read in full (see ScanOptions) that could not be read, plus the lines too long to keep.
struct FileStats {
    QString path;
    LogKind kind = LogKind::Unknown;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 directiveLines = 0;
    qint64 dataLines = 0;
    qint64 blankLines = 0;
    qint64 badLines = 0;
    qint64 dataLinesRead = 0; // data lines read in full (the rest were only counted)
    qint64 records = 0;       // of those, the ones handed to the sink
    std::array<qint64, kBadReasonCount> badByReason{};
    QList<BadLine> badSamples; // the first ScanOptions::maxBadSamples
    qint64 crlfLines = 0;
    int fieldsDirectives = 0; // #Fields lines
    int layoutChanges = 0;    // #Fields lines whose field set differs from the one before
    qint64 inferredLines = 0; // data lines read with a layout inferred from their field count
    QString inferredLayout;   // knownLayoutId() of the last inferred layout, or empty
    QString software;         // the last #Software value
    bool bom = false;
    bool truncatedLastLine = false; // the file does not end with a newline
    bool cancelled = false;
};

// Every line is counted and every directive is read. A data line is read in full (split into fields,
// checked, handed to the sink) when it can matter to the SCEP summary: in HTTP.sys error logs, among the
// first sampleLines lines of a file (so a file that is not a log at all shows as bad lines), and in site
// logs when it holds "msc" or "svc" in any letter case, which every request to /certsrv/mscep/mscep.dll and
// /CertificateRegistrationSvc/ does. The other lines are only counted; that is what keeps pace with grep.
struct ScanOptions {
    qint64 blockBytes = 1 << 20;
    qint64 maxLineBytes = 4 << 20; // longer lines are counted and skipped, so memory stays bounded
    int maxBadSamples = 20;
    qint64 sampleLines = 1000;
    bool readEveryLine = false; // read every data line in full, whatever it holds
    bool baselineSimd = false;  // use the SSE2 byte loops even where AVX2 is available (for tests)
};

using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

// A streaming W3C extended log reader (IIS site logs and HTTP.sys error logs). It reads blocks into one
// reused buffer (a file of more than four blocks is read ahead, three blocks at most, on a second thread),
// finds line ends and the pre-filter letters in one SIMD pass, binds columns at every #Fields line, splits
// the lines that can matter into fields, and hands the good ones to the sink. It never decodes text, so any
// bytes are fine, and memory stays within 4 x blockBytes + maxLineBytes whatever the size.
class W3cScanner {
public:
    explicit W3cScanner(RecordSink &sink, ScanOptions options = {});
    ~W3cScanner();
    W3cScanner(const W3cScanner &) = delete;
    W3cScanner &operator=(const W3cScanner &) = delete;

    // Progress is reported after each block; `cancel` is checked before each block.
    Expected<FileStats> scanFile(const QString &path, const Progress &progress, const std::atomic<bool> &cancel);

    // The same reading over bytes in memory, block by block, for tests and fuzzing.
    FileStats scanBytes(std::string_view data, const QString &name);

private:
    class Run;
    RecordSink &m_sink;
    ScanOptions m_options;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
};

} // namespace ndes::logs::iis
