// Windows DeviceManagement-Enterprise-Diagnostics-Provider events (formats.md sections 3 and 4): 306 (the
// SCEP CSP accepted the profile, or failed with an HRESULT), 36 (the request was generated for the NDES
// URL, which is how Windows shows it contacted NDES), 39 (installed), 32 and 307 (failures), exported with
// wevtutil /f:xml (records read by facts::parseWevtutilXml) or /f:text and Event Viewer's copy as text,
// with English or French labels.

#include "logs/device/parsers.h"

#include "facts/parsers/events.h"

#include <QRegularExpression>

#include <algorithm>

namespace ndes::logs::device::detail {

namespace {

const QLatin1String kProvider("DeviceManagement-Enterprise-Diagnostics-Provider");
const QLatin1String kProviderGuid("3DA494E4-0FE2-415C-B895-FB5265C5C83B");

constexpr qsizetype kMaxRecordChars = 1 << 20;
constexpr qsizetype kMaxDescriptionChars = 16 * 1024;

// Relevant events are handed over in batches of this many, oldest first.
constexpr qsizetype kBatchEvents = 4096;
constexpr qsizetype kMaxEventText = 2000;

struct WinEvent {
    int id = -1;
    QString text; // the description, or the event data when there is no rendered message
    qint64 line = 0;
    qint64 record = -1; // EventRecordID, when known
    QString time;       // a key that sorts like the time the event was logged, or empty
};

bool isScepEvent(int id)
{
    return id == 36 || id == 306 || id == 39 || id == 32 || id == 307;
}

// "2022-11-16T14:54:13.2270000Z" as written; "15/03/2024 11:00:02" (day first) and "3/15/2024 11:00:02 AM"
// (month first) as yyyy-MM-ddTHH:mm:ss; empty for anything else.
QString timeKey(QStringView date)
{
    const QStringView d = date.trimmed();
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
    if (iso.match(d).hasMatch())
        return d.toString();
    static const QRegularExpression local(QStringLiteral(
        "^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\s*([AaPp])\\.?[Mm]\\.?)?"));
    const QRegularExpressionMatch m = local.match(d);
    if (!m.hasMatch())
        return QString();
    const bool twelveHour = m.capturedLength(7) > 0;
    int hour = m.capturedView(4).toInt();
    if (twelveHour) {
        const bool pm = m.capturedView(7).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QStringView day = twelveHour ? m.capturedView(2) : m.capturedView(1);
    const QStringView month = twelveHour ? m.capturedView(1) : m.capturedView(2);
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(m.capturedView(3))
        .arg(month.toInt(), 2, 10, QLatin1Char('0'))
        .arg(day.toInt(), 2, 10, QLatin1Char('0'))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(m.capturedView(5), m.capturedView(6));
}

// The HRESULT or Win32 code of a result, as written: after "Result", else the first 0x8... value, else the
// first hexadecimal value, else an 8-digit 800xxxxx code written without 0x.
QString resultCode(QStringView text)
{
    static const QRegularExpression afterResult(QStringLiteral("R[eé]sultat?\\s*:?\\s*\\(([^)]*)\\)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hex(QStringLiteral("\\b0x[0-9A-Fa-f]{1,8}\\b"));
    static const QRegularExpression failureHex(QStringLiteral("\\b0x[89A-Fa-f][0-9A-Fa-f]{7}\\b"));
    static const QRegularExpression bare(QStringLiteral("\\b8[0-9A-Fa-f]{7}\\b"));
    const QRegularExpressionMatch r = afterResult.match(text);
    if (r.hasMatch()) {
        const QRegularExpressionMatch h = hex.match(r.capturedView(1));
        if (h.hasMatch())
            return h.captured(0).toLower();
    }
    QRegularExpressionMatch m = failureHex.match(text);
    if (m.hasMatch())
        return m.captured(0).toLower();
    m = hex.match(text);
    if (m.hasMatch())
        return m.captured(0).toLower();
    m = bare.match(text);
    if (m.hasMatch())
        return m.captured(0).toLower();
    return QString();
}

bool isFailureCode(const QString &code)
{
    if (code.isEmpty())
        return false;
    bool ok = false;
    const quint64 v = (code.startsWith(QLatin1String("0x")) ? QStringView(code).sliced(2) : QStringView(code)).toULongLong(&ok, 16);
    return ok && (v & 0x80000000ULL) != 0;
}

void handle(Tracker &t, const WinEvent &e)
{
    const QString evidence = QStringLiteral("Event %1: %2").arg(e.id).arg(e.text);
    switch (e.id) {
    case 306: {
        const QString code = resultCode(e.text);
        t.add(Stage::ProfileReceived, e.line, evidence);
        if (isFailureCode(code))
            t.fail(t.current(), QStringLiteral("windows-scep-error"), evidence, e.line, code);
        break;
    }
    case 36: {
        static const QRegularExpression ndesUrl(QStringLiteral("NDES\\s*:?\\s*\\(?\\s*(https?://[^\\s)(,]+)|URL\\s*NDES\\s*:?\\s*\\(?\\s*(https?://[^\\s)(,]+)"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression anyUrl(QStringLiteral("https?://[^\\s)(,;\"'<>]+"),
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = ndesUrl.match(e.text);
        if (m.hasMatch())
            t.setUrl(m.capturedLength(1) ? m.capturedView(1) : m.capturedView(2));
        else if (const QRegularExpressionMatch a = anyUrl.match(e.text); a.hasMatch())
            t.setUrl(a.capturedView(0));
        t.add(Stage::NdesContacted, e.line, evidence);
        t.add(Stage::CsrSent, e.line, evidence);
        break;
    }
    case 39: t.add(Stage::Installed, e.line, evidence); break;
    case 32:
    case 307:
        t.add(t.current(), e.line, evidence, false);
        t.fail(t.current(), QStringLiteral("windows-scep-error"), evidence, e.line, resultCode(e.text));
        break;
    default: break;
    }
}

// wevtutil /rd:true and Event Viewer list the newest event first. Each batch is handed over oldest first,
// so that a failure is placed after the steps that came before it.
class EventQueue {
public:
    explicit EventQueue(Tracker &tracker) : m_t(tracker) {}

    void add(WinEvent e)
    {
        if (!isScepEvent(e.id))
            return;
        if (e.text.size() > kMaxEventText)
            e.text.truncate(kMaxEventText);
        m_events.append(std::move(e));
        if (m_events.size() >= kBatchEvents)
            flush();
    }

    void flush()
    {
        int back = 0, forward = 0;
        for (qsizetype i = 1; i < m_events.size(); ++i) {
            const WinEvent &a = m_events.at(i - 1);
            const WinEvent &b = m_events.at(i);
            int order = 0;
            if (a.record >= 0 && b.record >= 0)
                order = a.record < b.record ? 1 : (a.record > b.record ? -1 : 0);
            else if (!a.time.isEmpty() && !b.time.isEmpty())
                order = a.time < b.time ? 1 : (a.time > b.time ? -1 : 0);
            back += order < 0;
            forward += order > 0;
        }
        if (back > forward)
            std::reverse(m_events.begin(), m_events.end());
        for (const WinEvent &e : std::as_const(m_events))
            handle(m_t, e);
        m_events.clear();
    }

private:
    Tracker &m_t;
    QList<WinEvent> m_events;
};

bool isEventStart(QStringView s, qsizetype i)
{
    const qsizetype after = i + 6; // "<Event"
    return after < s.size() && (s.at(after).isSpace() || s.at(after) == QLatin1Char('>'));
}

qsizetype findEventStart(QStringView s, qsizetype from)
{
    for (;;) {
        const qsizetype i = s.indexOf(QLatin1String("<Event"), from);
        if (i < 0 || isEventStart(s, i))
            return i;
        from = i + 6;
    }
}

class WindowsXmlParser final : public Parser {
public:
    WindowsXmlParser(Tracker &tracker, bool &truncated) : m_queue(tracker), m_truncated(truncated) {}

    void line(const Line &l) override
    {
        m_buffer += l.text;
        if (l.endsLine)
            m_buffer += QLatin1Char('\n');
        for (;;) {
            if (!m_open) {
                const qsizetype start = findEventStart(m_buffer, 0);
                if (start < 0) {
                    // Keep a tail that may hold the beginning of "<Event ".
                    if (m_buffer.size() > 8)
                        m_buffer.remove(0, m_buffer.size() - 8);
                    return;
                }
                m_buffer.remove(0, start);
                m_open = true;
                m_startLine = l.number;
                m_searchFrom = 1;
            }
            const qsizetype end = m_buffer.indexOf(QLatin1String("</Event>"), m_searchFrom);
            if (end < 0) {
                if (m_buffer.size() > kMaxRecordChars) {
                    // Too big to be one of these events: dropped, and the next record is looked for.
                    m_open = false;
                    m_buffer.remove(0, m_buffer.size() - 8);
                    return;
                }
                m_searchFrom = std::max<qsizetype>(1, m_buffer.size() - 8);
                return;
            }
            const qsizetype recordEnd = end + 8;
            record(QStringView(m_buffer).first(recordEnd));
            m_buffer.remove(0, recordEnd);
            m_open = false;
        }
    }

    void finish() override
    {
        if (m_open)
            m_truncated = true;
        m_queue.flush();
    }

private:
    void record(QStringView xml)
    {
        if (!xml.contains(kProvider, Qt::CaseInsensitive) && !xml.contains(kProviderGuid, Qt::CaseInsensitive))
            return;
        const Expected<facts::EventLog> log = facts::parseWevtutilXml(xml.toUtf8());
        if (!log || log->events.isEmpty())
            return;
        const facts::EventRecord &r = log->events.constFirst();
        if (!r.provider.contains(kProvider, Qt::CaseInsensitive)
            && !r.providerGuid.contains(kProviderGuid, Qt::CaseInsensitive))
            return;
        if (!isScepEvent(r.eventId))
            return;
        WinEvent e;
        e.id = r.eventId;
        e.line = m_startLine;
        e.record = r.recordId;
        e.time = r.timeCreatedRaw;
        if (!r.renderedMessage.trimmed().isEmpty()) {
            e.text = r.renderedMessage.simplified();
        } else {
            QStringList parts;
            for (const facts::EventDataItem &d : r.data)
                parts << (d.name.isEmpty() ? d.value.simplified() : QStringLiteral("%1=%2").arg(d.name, d.value.simplified()));
            for (const facts::EventDataItem &d : r.userData)
                parts << QStringLiteral("%1=%2").arg(d.name, d.value.simplified());
            e.text = parts.join(QStringLiteral("; "));
        }
        m_queue.add(std::move(e));
    }

    EventQueue m_queue;
    bool &m_truncated;
    QString m_buffer;
    bool m_open = false;
    qint64 m_startLine = 0;
    qsizetype m_searchFrom = 0;
};

// The label normalised: lower case, no accents, straight apostrophes, single spaces.
QString normaliseLabel(QStringView label)
{
    QString s = label.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x2019) || c == QChar(0x2018))
            c = QLatin1Char('\'');
        if (c == QChar(0x00A0))
            c = QLatin1Char(' ');
        out += c.toLower();
    }
    return out.simplified();
}

} // namespace

Label labelOf(QStringView raw)
{
    const QString l = normaliseLabel(raw);
    if (l == QLatin1String("log name") || l == QLatin1String("nom du journal"))
        return Label::LogName;
    if (l == QLatin1String("source"))
        return Label::Source;
    if (l == QLatin1String("event id") || l == QLatin1String("eventid")
        || ((l.startsWith(QLatin1String("id")) || l.startsWith(QLatin1String("identificateur")))
            && l.contains(QLatin1String("evenement"))))
        return Label::EventId;
    if (l == QLatin1String("description"))
        return Label::Description;
    if (l == QLatin1String("date"))
        return Label::Date;
    if (l == QLatin1String("event xml") || (l.startsWith(QLatin1String("xml")) && l.contains(QLatin1String("evenement"))))
        return Label::EventXml;
    static const char *const others[] = {
        "task", "task category", "level", "opcode", "keyword", "keywords", "user", "user name", "computer",
        "categorie de la tache", "tache", "niveau", "code operation", "mots-cles", "mots cles", "mot-cle",
        "utilisateur", "nom d'utilisateur", "ordinateur", "journal",
    };
    for (const char *o : others) {
        if (l == QLatin1String(o))
            return Label::Other;
    }
    return Label::None;
}

// "Label: value" with a short label at the start of the line; false for other lines.
bool splitLabel(QStringView line, QStringView &label, QStringView &value)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 48)
        return false;
    label = line.first(colon).trimmed();
    value = line.sliced(colon + 1).trimmed();
    return !label.isEmpty();
}

bool isRecordStart(QStringView line)
{
    static const QRegularExpression start(QStringLiteral("^\\s*(?:Event|[EÉ]v[eé]nement)\\s*\\[\\d+\\]\\s*:\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return line.contains(QLatin1Char('[')) && start.match(line).hasMatch();
}

namespace {

class WindowsTextParser final : public Parser {
public:
    explicit WindowsTextParser(Tracker &tracker) : m_queue(tracker) {}

    void line(const Line &l) override
    {
        if (l.continuation)
            return;
        const QStringView text = l.text;
        if (isRecordStart(text)) {
            flush();
            m_mode = Mode::Header;
            return;
        }
        QStringView label, value;
        const bool labelled = splitLabel(text, label, value);
        const Label kind = labelled ? labelOf(label) : Label::None;
        if (kind == Label::LogName && (m_mode == Mode::Description || m_mode == Mode::Skip || m_id >= 0)) {
            flush();
            m_mode = Mode::Header;
        }
        if (m_mode == Mode::Description) {
            if (kind == Label::EventXml) {
                m_mode = Mode::Skip;
                return;
            }
            const QStringView t = text.trimmed();
            if (t.isEmpty())
                return;
            if (m_descriptionLine == 0)
                m_descriptionLine = l.number;
            if (m_description.size() < kMaxDescriptionChars) {
                if (!m_description.isEmpty())
                    m_description += QLatin1Char(' ');
                m_description += t.first(std::min(t.size(), kMaxDescriptionChars));
            }
            return;
        }
        if (m_mode == Mode::Skip)
            return;
        if (m_mode == Mode::None)
            m_mode = Mode::Header;
        switch (kind) {
        case Label::Source:
        case Label::LogName:
            if (value.contains(kProvider, Qt::CaseInsensitive))
                m_provider = true;
            m_sourceSeen = true;
            break;
        case Label::EventId: {
            bool ok = false;
            const int id = value.toInt(&ok);
            if (ok)
                m_id = id;
            m_idLine = l.number;
            break;
        }
        case Label::Date: m_time = timeKey(value); break;
        case Label::Description:
            m_mode = Mode::Description;
            if (!value.isEmpty()) {
                m_description = value.toString();
                m_descriptionLine = l.number;
            }
            break;
        default: break;
        }
    }

    void finish() override
    {
        flush();
        m_queue.flush();
    }

private:
    void flush()
    {
        const bool scep = m_description.contains(QLatin1String("SCEP"), Qt::CaseInsensitive);
        if (m_id >= 0 && (m_provider || (!m_sourceSeen && scep))) {
            WinEvent e;
            e.id = m_id;
            e.text = m_description;
            e.line = m_descriptionLine ? m_descriptionLine : m_idLine;
            e.time = m_time;
            m_queue.add(std::move(e));
        }
        m_mode = Mode::None;
        m_id = -1;
        m_provider = false;
        m_sourceSeen = false;
        m_description.clear();
        m_descriptionLine = 0;
        m_idLine = 0;
        m_time.clear();
    }

    enum class Mode { None, Header, Description, Skip };

    EventQueue m_queue;
    Mode m_mode = Mode::None;
    int m_id = -1;
    bool m_provider = false;
    bool m_sourceSeen = false;
    QString m_description;
    qint64 m_descriptionLine = 0;
    qint64 m_idLine = 0;
    QString m_time;
};

} // namespace

std::unique_ptr<Parser> makeWindowsXmlParser(Tracker &tracker, bool &truncated)
{
    return std::make_unique<WindowsXmlParser>(tracker, truncated);
}

std::unique_ptr<Parser> makeWindowsTextParser(Tracker &tracker)
{
    return std::make_unique<WindowsTextParser>(tracker);
}

} // namespace ndes::logs::device::detail
