#include "logs/connector/connectorlog.h"
#include "logs/connector/connectorlog_p.h"

#include "facts/text.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace ndes::logs::connector {

namespace detail {

QString evidenceText(QStringView text)
{
    static const QRegularExpression message(QStringLiteral(R"((message=)[^&\s"'<>]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression challenge(
        QStringLiteral(R"((challenge[-_ ]?(?:password)?["']?\s*[:=]\s*["']?)[^\s"'<>,;&]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression password(QStringLiteral(R"((password["']?\s*[:=]\s*["']?)[^\s"'<>,;&]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression base64(QStringLiteral(R"([A-Za-z0-9+/%]{64,}={0,2})"));

    // Cut first (with room for the redaction marks), so a huge line costs no more than a short one.
    QString out = text.left(kMaxEvidenceChars * 4).toString();
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c == QChar::ReplacementCharacter)
            c = QLatin1Char(' ');
    }
    const QString mark = QStringLiteral("\\1<redacted>");
    out.replace(message, mark);
    out.replace(challenge, mark);
    out.replace(password, mark);
    out.replace(base64, QStringLiteral("<redacted>"));
    out = out.simplified();
    if (out.size() > kMaxEvidenceChars)
        out = out.left(kMaxEvidenceChars - 1) + QChar(0x2026);
    return out;
}

namespace {

QStringDecoder::Encoding decoderEncoding(facts::TextEncoding encoding)
{
    switch (encoding) {
    case facts::TextEncoding::Utf8:
    case facts::TextEncoding::Utf8Bom: return QStringDecoder::Utf8;
    case facts::TextEncoding::Utf16Le:
    case facts::TextEncoding::Utf16LeBom: return QStringDecoder::Utf16LE;
    case facts::TextEncoding::Utf16Be:
    case facts::TextEncoding::Utf16BeBom: return QStringDecoder::Utf16BE;
    case facts::TextEncoding::Latin1: break;
    }
    return QStringDecoder::Latin1;
}

} // namespace

StreamDecoder::StreamDecoder(QByteArrayView head)
    : m_decoder(decoderEncoding(facts::detectEncoding(head.first(std::min<qsizetype>(head.size(), kSniffBytes)).toByteArray())))
{
}

void LineSplitter::feed(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (m_afterCr && n > 0) {
        m_afterCr = false;
        if (text.at(0) == QLatin1Char('\n'))
            i = 1;
    }
    while (i < n) {
        qsizetype j = i;
        while (j < n) {
            const char16_t c = text.at(j).unicode();
            if (c == u'\n' || c == u'\r')
                break;
            ++j;
        }
        if (!m_skipping) {
            const qsizetype take = std::min(kMaxLineChars - m_pending.size(), j - i);
            m_pending.append(text.mid(i, take));
            if (take < j - i) {
                m_cut = true;
                m_skipping = true;
            }
        }
        if (j == n)
            return;
        ++m_number;
        m_sink(m_pending, m_number, m_cut);
        m_pending.clear();
        m_cut = false;
        m_skipping = false;
        if (text.at(j) == QLatin1Char('\r')) {
            if (j + 1 < n) {
                if (text.at(j + 1) == QLatin1Char('\n'))
                    ++j;
            } else {
                m_afterCr = true;
            }
        }
        i = j + 1;
    }
}

void LineSplitter::finish()
{
    if (m_pending.isEmpty() && !m_cut)
        return;
    ++m_number;
    m_sink(m_pending, m_number, m_cut);
    m_pending.clear();
    m_cut = false;
    m_skipping = false;
}

FragmentSplitter::FragmentSplitter(QString name, FragmentSink fragment, BadSink bad)
    : m_open(QLatin1Char('<') + name), m_close(QStringLiteral("</") + name + QLatin1Char('>')),
      m_fragment(std::move(fragment)), m_bad(std::move(bad))
{
}

qsizetype FragmentSplitter::findOpen(qsizetype from) const
{
    for (;;) {
        const qsizetype at = m_buffer.indexOf(m_open, from);
        if (at < 0)
            return -1;
        const qsizetype after = at + m_open.size();
        if (after >= m_buffer.size())
            return -1; // the next character decides; it comes with the next chunk
        const QChar c = m_buffer.at(after);
        if (c == QLatin1Char('>') || c == QLatin1Char('/') || c.isSpace())
            return at;
        from = at + 1;
    }
}

void FragmentSplitter::drop(qsizetype count)
{
    m_line += QStringView(m_buffer).mid(m_start, count).count(QLatin1Char('\n'));
    m_start += count;
}

void FragmentSplitter::feed(QStringView text)
{
    // What was consumed goes at once per chunk, not per record: records are small and chunks are large.
    m_buffer.remove(0, m_start);
    m_scanned = std::max<qsizetype>(0, m_scanned - m_start);
    m_start = 0;
    m_buffer.append(text);
    const qsizetype overlap = std::max(m_open.size() + 1, m_close.size());
    for (;;) {
        if (!m_inside) {
            const qsizetype at = findOpen(m_start);
            if (at < 0) {
                if (m_buffer.size() - m_start > overlap)
                    drop(m_buffer.size() - overlap - m_start);
                return;
            }
            drop(at - m_start);
            m_inside = true;
            m_scanned = m_start + m_open.size();
        }
        const qsizetype from = std::max(m_start + m_open.size(), m_scanned - overlap);
        const qsizetype close = m_buffer.indexOf(m_close, from);
        const qsizetype next = findOpen(from);
        if (next >= 0 && (close < 0 || next < close)) {
            m_bad(m_line, QStringLiteral("record not closed before the next one"));
            drop(next - m_start);
            m_scanned = m_start + m_open.size();
            continue;
        }
        if (close >= 0) {
            const qsizetype end = close + m_close.size();
            m_fragment(QStringView(m_buffer).mid(m_start, end - m_start), m_line);
            drop(end - m_start);
            m_inside = false;
            continue;
        }
        if (m_buffer.size() - m_start > kMaxFragmentChars) {
            m_bad(m_line, QStringLiteral("record longer than %1 characters").arg(kMaxFragmentChars));
            m_inside = false;
            drop(m_buffer.size() - overlap - m_start);
            return;
        }
        m_scanned = m_buffer.size();
        return;
    }
}

void FragmentSplitter::finish()
{
    if (m_inside)
        m_bad(m_line, QStringLiteral("file ends inside a record"));
    m_inside = false;
    m_buffer.clear();
    m_start = 0;
}

QString ReportBuilder::location(qint64 line) const
{
    return QStringLiteral("%1:%2").arg(m_file).arg(line);
}

void ReportBuilder::sighting(const QString &id, Severity severity, qint64 line, const QString &text,
                             const QVariantMap &fields, const QString &keyName, const QString &key,
                             const QString &time)
{
    auto it = m_sightings.find(id);
    if (it == m_sightings.end()) {
        m_order << id;
        it = m_sightings.insert(id, Sighting{});
        it->severity = severity;
        it->fields = fields;
        it->keyName = keyName;
    }
    Sighting &s = *it;
    s.severity = std::max(s.severity, severity);
    ++s.count;
    if (s.at.size() < kMaxSightings) {
        s.at << location(line);
        s.lines << evidenceText(text);
    }
    if (!key.isEmpty()) {
        // Keys come from the log (codes, sources): past kMaxKeys distinct ones, the rest are counted together.
        const QString cut = key.left(64);
        const QString k = s.byKey.contains(cut) || s.byKey.size() < kMaxKeys ? cut : QStringLiteral("other");
        s.byKey[k] = s.byKey.value(k).toLongLong() + 1;
    }
    if (!time.isEmpty()) {
        if (s.first.isEmpty() || time < s.first)
            s.first = time;
        if (s.last.isEmpty() || time > s.last)
            s.last = time;
    }
}

bool ReportBuilder::decides(int number, const QString &time)
{
    Stage &s = m_stages[std::size_t(std::clamp(number, 0, 6))];
    s.present = true;
    s.seen.stage = number;
    if (time.isEmpty())
        return true;
    if (!s.time.isEmpty() && time < s.time)
        return false;
    s.time = time;
    return true;
}

void ReportBuilder::setState(int number, StageState state, qint64 line, const QString &text, const QString &findingId)
{
    StageSeen &s = m_stages[std::size_t(std::clamp(number, 0, 6))].seen;
    s.state = state;
    s.at = location(line);
    s.line = rawText(text);
    s.findingId = findingId;
}

void ReportBuilder::stageStarted(int number, qint64 line, const QString &text, const QString &findingId,
                                 const QString &time)
{
    if (decides(number, time))
        setState(number, StageState::Started, line, text, findingId);
}

void ReportBuilder::stageSucceeded(int number, qint64 line, const QString &text, const QString &time)
{
    ++m_stages[std::size_t(std::clamp(number, 0, 6))].seen.succeeded;
    if (decides(number, time))
        setState(number, StageState::Reached, line, text, QString());
}

void ReportBuilder::stageFailed(int number, qint64 line, const QString &text, const QString &findingId,
                                const QString &time)
{
    ++m_stages[std::size_t(std::clamp(number, 0, 6))].seen.failed;
    if (decides(number, time))
        setState(number, StageState::Failed, line, text, findingId);
}

void ReportBuilder::badRecord(qint64 line, const QString &reason)
{
    ++m_bad;
    if (m_badAt.size() < kMaxSightings)
        m_badAt << location(line);
    m_badReasons[reason] = m_badReasons.value(reason).toLongLong() + 1;
}

ConnectorReport ReportBuilder::finish(LogKind kind, qint64 bytes)
{
    ConnectorReport report;
    report.file = m_file;
    report.kind = kind;
    report.bytes = bytes;
    report.records = m_records;
    report.badRecords = m_bad;
    for (const QString &id : std::as_const(m_order)) {
        const Sighting &s = m_sightings[id];
        QVariantMap evidence = s.fields;
        evidence.insert(QStringLiteral("count"), s.count);
        evidence.insert(QStringLiteral("at"), s.at);
        evidence.insert(QStringLiteral("lines"), s.lines);
        if (!s.keyName.isEmpty() && !s.byKey.isEmpty())
            evidence.insert(s.keyName, s.byKey);
        if (!s.first.isEmpty()) {
            evidence.insert(QStringLiteral("first"), s.first);
            evidence.insert(QStringLiteral("last"), s.last);
        }
        report.findings.append(Finding{id, s.severity, evidence});
    }
    if (m_bad) {
        report.findings.append(Finding{QStringLiteral("connector.bad-records"), Severity::Info,
                                       {{QStringLiteral("count"), m_bad},
                                        {QStringLiteral("at"), m_badAt},
                                        {QStringLiteral("byReason"), m_badReasons}}});
    }
    for (const Stage &s : m_stages) {
        if (!s.present)
            continue;
        report.stages.append(s.seen);
        report.stages.last().line = evidenceText(s.seen.line);
    }
    return report;
}

} // namespace detail

using namespace detail;

QString logKindId(LogKind kind)
{
    switch (kind) {
    case LogKind::NdesPlugin: return QStringLiteral("ndesplugin");
    case LogKind::SvcLog: return QStringLiteral("svclog");
    case LogKind::ConnectorEvents: return QStringLiteral("connector-events");
    }
    return {};
}

QString stageStateId(StageState state)
{
    switch (state) {
    case StageState::Started: return QStringLiteral("started");
    case StageState::Reached: return QStringLiteral("reached");
    case StageState::Failed: return QStringLiteral("failed");
    }
    return {};
}

namespace {

QString decodeHead(QByteArrayView head)
{
    return facts::decodeText(head.first(std::min<qsizetype>(head.size(), kSniffBytes)).toByteArray());
}

bool looksLikeText(const QString &text)
{
    if (text.isEmpty())
        return false;
    qsizetype odd = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFD)
            ++odd;
    }
    return odd * 20 < text.size();
}

std::optional<LogKind> kindFromName(const QString &name)
{
    const QString file = QFileInfo(name).fileName();
    if (file.endsWith(QLatin1String(".svclog"), Qt::CaseInsensitive))
        return LogKind::SvcLog;
    if (file.startsWith(QLatin1String("NDESPlugin"), Qt::CaseInsensitive)
        && file.endsWith(QLatin1String(".log"), Qt::CaseInsensitive))
        return LogKind::NdesPlugin;
    return std::nullopt;
}

// Where the bytes come from: a file read in chunks, or memory.
using ChunkReader = std::function<qint64(char *data, qint64 max)>;

// `size` (when known, else -1) only bounds the buffer for small inputs.
Expected<ConnectorReport> readStream(const ChunkReader &read, const QString &name, qint64 size)
{
    const qsizetype buffer = size < 0 ? kChunkBytes : qsizetype(std::clamp<qint64>(size, kSniffBytes, kChunkBytes));
    QByteArray chunk(buffer, Qt::Uninitialized);
    qint64 got = read(chunk.data(), kSniffBytes);
    if (got < 0)
        return Error{QStringLiteral("cannot read the file"), name, {}};
    if (got == 0)
        return Error{QStringLiteral("the file is empty"), name, {}};
    const QByteArray head = chunk.left(got);

    std::optional<LogKind> kind = sniff(head);
    if (!kind) {
        if (!looksLikeText(decodeHead(head)))
            return Error{QStringLiteral("not a text file"), name, {}};
        kind = kindFromName(name);
    }
    if (!kind)
        return Error{QStringLiteral("not a connector log (NDESPlugin.log, .svclog or connector events)"), name, {}};

    ReportBuilder builder(name);
    std::unique_ptr<Reader> reader;
    switch (*kind) {
    case LogKind::NdesPlugin: reader = makeNdesPluginReader(builder); break;
    case LogKind::SvcLog: reader = makeSvcLogReader(builder); break;
    case LogKind::ConnectorEvents: reader = makeEventsReader(builder); break;
    }
    StreamDecoder decoder(head);
    qint64 total = got;
    reader->feed(decoder.decode(head));
    for (;;) {
        got = read(chunk.data(), chunk.size());
        if (got < 0)
            return Error{QStringLiteral("cannot read the file"), name, {QStringLiteral("after %1 bytes").arg(total)}};
        if (got == 0)
            break;
        total += got;
        reader->feed(decoder.decode(QByteArrayView(chunk.constData(), got)));
    }
    reader->finish();
    return builder.finish(*kind, total);
}

} // namespace

std::optional<LogKind> sniff(QByteArrayView head)
{
    if (head.isEmpty())
        return std::nullopt;
    const QString text = decodeHead(head);
    if (text.contains(QLatin1String("<E2ETraceEvent")))
        return LogKind::SvcLog;
    if (text.contains(QLatin1String("Microsoft-Intune-CertificateConnectors"), Qt::CaseInsensitive)
        && text.contains(QLatin1String("<Event")))
        return LogKind::ConnectorEvents;
    // IIS logs name the same endpoints; they are not the connector's.
    if (text.startsWith(QLatin1String("#Software:")) || text.contains(QLatin1String("\n#Fields:")))
        return std::nullopt;
    static const char *const markers[] = {
        "Calling VerifyRequest", "Calling Notify", "Verify challenge returns",
        "Sending request to certificate registration point", "Exiting VerifyRequest", "Exiting Notify",
        "Failed to send http request",
    };
    for (const char *marker : markers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return LogKind::NdesPlugin;
    }
    return std::nullopt;
}

Expected<ConnectorReport> readConnectorLog(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QStringLiteral("no such file"), path, {}};
    if (info.isDir())
        return Error{QStringLiteral("a folder, not a file"), path, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open the file"), path, {file.errorString()}};
    return readStream([&file](char *data, qint64 max) { return file.read(data, max); }, path,
                      file.isSequential() ? -1 : file.size());
}

Expected<ConnectorReport> readConnectorLogBytes(QByteArrayView bytes, const QString &name)
{
    qsizetype offset = 0;
    return readStream(
        [&bytes, &offset](char *data, qint64 max) {
            const qsizetype n = std::min<qsizetype>(qsizetype(max), bytes.size() - offset);
            if (n > 0)
                std::memcpy(data, bytes.data() + offset, size_t(n));
            offset += n;
            return qint64(n);
        },
        name, bytes.size());
}

Expected<QStringList> collectConnectorLogs(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{QStringLiteral("no such file or folder"), path, {}};
        if (!info.isDir()) {
            out << path;
            continue;
        }
        QStringList found;
        const auto consider = [&found](const QFileInfo &fi) {
            if (!fi.isFile())
                return;
            if (kindFromName(fi.fileName())) {
                found << fi.filePath();
                return;
            }
            const QString suffix = fi.suffix().toLower();
            if (suffix != QLatin1String("xml") && suffix != QLatin1String("log") && suffix != QLatin1String("txt"))
                return;
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly) && sniff(f.read(kSniffBytes)))
                found << fi.filePath();
        };
        const QDir dir(path);
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &fi : entries) {
            if (!fi.isDir()) {
                consider(fi);
                continue;
            }
            const QFileInfoList inner = QDir(fi.filePath()).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &f : inner)
                consider(f);
        }
        if (found.isEmpty())
            return Error{QStringLiteral("no connector log in this folder"), path, {}};
        out << found;
    }
    return out;
}

QString remediationFor(const QString &findingId)
{
    static const struct {
        const char *id;
        const char *page;
    } table[] = {
        {"connector.verify-403", "connector-verify#cause-error-page"},
        {"connector.verify-http-error", "connector-verify#cause-error-page"},
        {"connector.verify-unexpected-answer", "connector-verify#cause-error-page"},
        {"connector.tls-12175", "connector-verify#cause-tls-12175"},
        {"connector.http-send-failed", "connector-verify#cause-send-failed"},
        {"connector.no-answer", "connector-verify#cause-no-answer"},
        {"connector.challenge-rejected", "connector-verify#cause-challenge-rejected"},
        {"connector.validation-phase-failed", "connector-verify#cause-challenge-rejected"},
        {"connector.verify-exit-error", "connector-verify#cause-challenge-rejected"},
        {"connector.scep-verify-failure", "connector-verify#cause-challenge-rejected"},
        {"connector.signing-cert-missing", "connector-verify#cause-signing-cert"},
        {"connector.cert-context-invalid", "connector-verify#cause-signing-cert"},
        {"connector.trace-errors", "connector-verify#read-svclog"},
        {"connector.scep-issued-failure", "connector-report#cause-ca-refused"},
        {"connector.notify-failed", "connector-report#cause-notify-failed"},
        {"connector.scep-notify-attempt-failed", "connector-report#cause-notify-failed"},
        {"connector.scep-notify-save-to-disk-failed", "connector-report#cause-notify-failed"},
        {"connector.scep-request-issued-failure", "connector-report#cause-other-events"},
        {"connector.scep-request-upload-failure", "connector-report#cause-other-events"},
        {"connector.scep-request-success", "connector-report#cause-other-events"},
        {"connector.scep-request-received", "connector-report#cause-other-events"},
        {"connector.scep-verify-success", "connector-report#cause-other-events"},
        {"connector.scep-issued-success", "connector-report#cause-other-events"},
        {"connector.scep-notify-success", "connector-report#cause-other-events"},
    };
    for (const auto &row : table) {
        if (findingId == QLatin1String(row.id))
            return QString::fromLatin1(row.page);
    }
    return {};
}

QList<StageSeen> mergeStages(const QList<ConnectorReport> &reports)
{
    QList<StageSeen> merged;
    for (int stage = 3; stage <= 6; ++stage) {
        StageSeen out;
        bool present = false;
        for (const ConnectorReport &r : reports) {
            for (const StageSeen &s : r.stages) {
                if (s.stage != stage)
                    continue;
                const qint64 succeeded = out.succeeded + s.succeeded;
                const qint64 failed = out.failed + s.failed;
                out = s;
                out.succeeded = succeeded;
                out.failed = failed;
                present = true;
            }
        }
        if (present)
            merged << out;
    }
    return merged;
}

namespace {

QJsonArray stagesJson(const QList<StageSeen> &stages)
{
    QJsonArray out;
    for (const StageSeen &s : stages) {
        QJsonObject o{{QStringLiteral("stage"), s.stage},
                      {QStringLiteral("state"), stageStateId(s.state)},
                      {QStringLiteral("succeeded"), s.succeeded},
                      {QStringLiteral("failed"), s.failed},
                      {QStringLiteral("at"), s.at},
                      {QStringLiteral("line"), s.line}};
        if (!s.findingId.isEmpty())
            o.insert(QStringLiteral("finding"), s.findingId);
        out.append(o);
    }
    return out;
}

QJsonObject findingJson(const Finding &f, const QString &file)
{
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("severity"), severityId(f.severity)},
                  {QStringLiteral("file"), file},
                  {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)}};
    const QString page = remediationFor(f.id);
    if (!page.isEmpty())
        o.insert(QStringLiteral("remediation"), page);
    return o;
}

QJsonObject fileJson(const ConnectorReport &report)
{
    return {{QStringLiteral("file"), report.file},
            {QStringLiteral("kind"), logKindId(report.kind)},
            {QStringLiteral("bytes"), report.bytes},
            {QStringLiteral("records"), report.records},
            {QStringLiteral("badRecords"), report.badRecords}};
}

} // namespace

QJsonObject connectorReportToJson(const ConnectorReport &report)
{
    QJsonObject o = fileJson(report);
    QJsonArray findings;
    for (const Finding &f : report.findings)
        findings.append(findingJson(f, report.file));
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("stages"), stagesJson(report.stages));
    return o;
}

QJsonObject connectorReportsToJson(const QList<ConnectorReport> &reports)
{
    QJsonArray files;
    QJsonArray findings;
    for (const ConnectorReport &r : reports) {
        files.append(fileJson(r));
        for (const Finding &f : r.findings)
            findings.append(findingJson(f, r.file));
    }
    return {{QStringLiteral("files"), files},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("stages"), stagesJson(mergeStages(reports))}};
}

} // namespace ndes::logs::connector
