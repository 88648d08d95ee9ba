#include "events.h"

#include "facts/text.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace ndes::facts {

namespace {

// Maps character offsets to 1-based lines and columns.
class LineIndex {
public:
    explicit LineIndex(const QString &text)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))))
                m_starts.append(i + 1);
        }
    }

    EventParseIssue at(qint64 offset, const QString &reason) const
    {
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
        const qint64 index = qint64(it - m_starts.cbegin()) - 1;
        return EventParseIssue{offset, index + 1, offset - m_starts.at(index) + 1, reason};
    }

private:
    QList<qint64> m_starts;
};

QDateTime parseSystemTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?Z?$"));
    const QRegularExpressionMatch m = re.match(s.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = (m.captured(7) + QStringLiteral("000")).left(3);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

int toInt(const QString &s, int fallback = -1)
{
    bool ok = false;
    const int v = s.trimmed().toInt(&ok);
    return ok ? v : fallback;
}

void readSystem(QXmlStreamReader &r, EventRecord &e)
{
    while (r.readNextStartElement()) {
        const QStringView name = r.name();
        const QXmlStreamAttributes a = r.attributes();
        if (name == u"Provider") {
            e.provider = a.value(QStringLiteral("Name")).toString();
            e.providerGuid = a.value(QStringLiteral("Guid")).toString();
            r.skipCurrentElement();
        } else if (name == u"EventID") {
            if (a.hasAttribute(QStringLiteral("Qualifiers"))) {
                const int q = toInt(a.value(QStringLiteral("Qualifiers")).toString(), -1);
                if (q >= 0)
                    e.qualifiers = q;
            }
            e.eventId = toInt(r.readElementText());
        } else if (name == u"Level") {
            e.level = toInt(r.readElementText());
        } else if (name == u"Task") {
            e.task = toInt(r.readElementText());
        } else if (name == u"EventRecordID") {
            bool ok = false;
            const qint64 v = r.readElementText().trimmed().toLongLong(&ok);
            e.recordId = ok ? v : -1;
        } else if (name == u"TimeCreated") {
            e.timeCreatedRaw = a.value(QStringLiteral("SystemTime")).toString();
            e.timeCreated = parseSystemTime(e.timeCreatedRaw);
            r.skipCurrentElement();
        } else if (name == u"Channel") {
            e.channel = r.readElementText();
        } else if (name == u"Computer") {
            e.computer = r.readElementText();
        } else if (name == u"Security") {
            e.userSid = a.value(QStringLiteral("UserID")).toString();
            r.skipCurrentElement();
        } else {
            r.skipCurrentElement();
        }
    }
}

void readEventData(QXmlStreamReader &r, EventRecord &e)
{
    while (r.readNextStartElement()) {
        if (r.name() == u"Data") {
            EventDataItem item;
            item.name = r.attributes().value(QStringLiteral("Name")).toString();
            item.value = r.readElementText(QXmlStreamReader::IncludeChildElements);
            e.data.append(item);
        } else {
            r.skipCurrentElement();
        }
    }
}

// Flattens UserData: each element without child elements becomes one item named by its path.
void readUserData(QXmlStreamReader &r, EventRecord &e)
{
    struct Open {
        QString path;
        QString text;
        bool hasChildren = false;
    };
    QList<Open> stack;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (!stack.isEmpty())
                stack.last().hasChildren = true;
            const QString name = r.name().toString();
            stack.append(Open{stack.isEmpty() ? name : stack.last().path + QLatin1Char('/') + name, {}, false});
        } else if (t == QXmlStreamReader::Characters) {
            if (!stack.isEmpty())
                stack.last().text += r.text();
        } else if (t == QXmlStreamReader::EndElement) {
            if (stack.isEmpty())
                return; // </UserData>
            const Open done = stack.takeLast();
            if (!done.hasChildren)
                e.userData.append(EventDataItem{done.path, done.text});
        }
    }
}

void readRenderingInfo(QXmlStreamReader &r, EventRecord &e)
{
    while (r.readNextStartElement()) {
        if (r.name() == u"Message")
            e.renderedMessage = r.readElementText(QXmlStreamReader::IncludeChildElements);
        else
            r.skipCurrentElement();
    }
}

// Reads one <Event> element; false with the reader in error when it is malformed or cut.
bool readEvent(QXmlStreamReader &r, EventRecord &e)
{
    if (!r.readNextStartElement())
        return false;
    if (r.name() != u"Event") {
        r.raiseError(QStringLiteral("expected an Event element"));
        return false;
    }
    while (r.readNextStartElement()) {
        const QStringView name = r.name();
        if (name == u"System")
            readSystem(r, e);
        else if (name == u"EventData")
            readEventData(r, e);
        else if (name == u"UserData")
            readUserData(r, e);
        else if (name == u"RenderingInfo")
            readRenderingInfo(r, e);
        else
            r.skipCurrentElement();
    }
    if (r.hasError())
        return false;
    // readNextStartElement() stops on </Event>, or at the end of the data when the element never closed.
    if (!r.isEndElement() || r.name() != u"Event") {
        r.raiseError(QStringLiteral("the Event element is not closed"));
        return false;
    }
    return true;
}

// Start offsets of "<Event" followed by a space, '>' or '/' (not "<Events").
QList<qsizetype> eventStarts(const QString &text)
{
    QList<qsizetype> starts;
    const QString tag = QStringLiteral("<Event");
    qsizetype from = 0;
    while ((from = text.indexOf(tag, from)) >= 0) {
        const qsizetype next = from + tag.size();
        if (next < text.size()) {
            const QChar c = text.at(next);
            if (c.isSpace() || c == QLatin1Char('>') || c == QLatin1Char('/'))
                starts.append(from);
        } else {
            starts.append(from);
        }
        from = next;
    }
    return starts;
}

} // namespace

QString EventRecord::dataValue(const QString &name) const
{
    for (const EventDataItem &item : data) {
        if (item.name.compare(name, Qt::CaseInsensitive) == 0)
            return item.value;
    }
    return {};
}

QString EventRecord::dataAt(qsizetype index) const
{
    return index >= 0 && index < data.size() ? data.at(index).value : QString();
}

Expected<EventLog> parseWevtutilXml(const QByteArray &bytes)
{
    const QString text = decodeText(bytes);
    EventLog log;
    const QList<qsizetype> starts = eventStarts(text);
    if (starts.isEmpty()) {
        if (text.trimmed().isEmpty())
            return log;
        return Error{QStringLiteral("no Event element in the wevtutil output"), QStringLiteral("wevtutil /f:xml"), {}};
    }
    const LineIndex lines(text);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype begin = starts.at(i);
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : text.size();
        const bool last = i + 1 == starts.size();
        QXmlStreamReader reader(text.mid(begin, end - begin));
        EventRecord event;
        const EventParseIssue where = lines.at(begin, {});
        event.offset = where.offset;
        event.line = where.line;
        if (readEvent(reader, event)) {
            log.events.append(event);
            continue;
        }
        const bool cut = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError
            || reader.errorString() == QLatin1String("the Event element is not closed");
        if (last && cut) {
            const EventParseIssue cutAt = lines.at(text.size(), {});
            log.truncation = lines.at(begin, QStringLiteral("the stream ends inside this Event element, at line %1 column %2 (offset %3)")
                                                 .arg(cutAt.line).arg(cutAt.column).arg(cutAt.offset));
        } else {
            const qint64 at = begin + std::min<qint64>(reader.characterOffset(), end - begin);
            log.badRecords.append(lines.at(at, reader.errorString()));
        }
    }
    return log;
}

bool isW3wpCrash(const EventRecord &event)
{
    if (event.eventId != 1000 || event.provider.compare(QLatin1String("Application Error"), Qt::CaseInsensitive) != 0)
        return false;
    QString app = event.dataValue(QStringLiteral("AppName"));
    if (app.isNull()) {
        const bool anyNamed = std::any_of(event.data.cbegin(), event.data.cend(),
                                          [](const EventDataItem &d) { return !d.name.isEmpty(); });
        if (!anyNamed)
            app = event.dataAt(0);
    }
    return app.trimmed().compare(QLatin1String("w3wp.exe"), Qt::CaseInsensitive) == 0;
}

QString connectorEvent(const EventRecord &event)
{
    static const char *const ids[] = {
        "scep-request-success",       "scep-request-issued-failure", "scep-request-upload-failure",
        "scep-request-received",      "scep-verify-success",         "scep-verify-failure",
        "scep-issued-success",        "scep-issued-failure",         "scep-notify-success",
        "scep-notify-attempt-failed", "scep-notify-save-to-disk-failed",
    };
    const QLatin1String source("Microsoft-Intune-CertificateConnectors");
    const bool fromConnector = event.provider.compare(source, Qt::CaseInsensitive) == 0
        || event.channel.startsWith(source + QLatin1Char('/'), Qt::CaseInsensitive);
    if (!fromConnector || event.eventId < 4000 || event.eventId > 4010)
        return {};
    return QString::fromLatin1(ids[event.eventId - 4000]);
}

} // namespace ndes::facts
