// Events 4000-4010 of the Certificate Connector for Microsoft Intune, exported with `wevtutil qe ... /f:xml`.
// Each <Event> is cut from the stream and read by the facts parser; the meaning of an event comes only from
// its documented name (formats.md section 3), matched by number, so the language of the server does not matter.

#include "logs/connector/connectorlog_p.h"

#include "facts/parsers/events.h"

namespace ndes::logs::connector::detail {

namespace {

enum class Outcome { None, Started, Success, Failure };

struct EventMeaning {
    int stage;       // 0: the name does not say which stage
    Outcome outcome; // what the name says
};

// By event id - 4000, from the documented names: ScepRequestSuccess, ScepRequestIssuedFailure,
// ScepRequestUploadFailure, ScepRequestReceived, ScepVerifySuccess, ScepVerifyFailure, ScepIssuedSuccess,
// ScepIssuedFailure, ScepNotifySuccess, ScepNotifyAttemptFailed, ScepNotifySaveToDiskFailed.
constexpr EventMeaning kMeanings[] = {
    {0, Outcome::Success}, {0, Outcome::Failure}, {0, Outcome::Failure}, {3, Outcome::Started},
    {3, Outcome::Success}, {3, Outcome::Failure}, {4, Outcome::Success}, {4, Outcome::Failure},
    {6, Outcome::Success}, {6, Outcome::Failure}, {6, Outcome::Failure},
};

QString messageOf(const facts::EventRecord &e)
{
    if (!e.renderedMessage.isEmpty())
        return e.renderedMessage;
    // The single Message item of these events is shown alone; other items as "name: value".
    QStringList parts;
    for (const facts::EventDataItem &item : e.data) {
        const bool plain = item.name.isEmpty() || (e.data.size() == 1 && item.name.compare(QLatin1String("Message"), Qt::CaseInsensitive) == 0);
        parts << (plain ? item.value : item.name + QStringLiteral(": ") + item.value);
    }
    for (const facts::EventDataItem &item : e.userData)
        parts << item.name + QStringLiteral(": ") + item.value;
    return parts.join(QStringLiteral("; "));
}

class EventsReader final : public Reader {
public:
    explicit EventsReader(ReportBuilder &out)
        : m_out(out),
          m_fragments(
              QStringLiteral("Event"), [this](QStringView fragment, qint64 line) { onFragment(fragment, line); },
              [this](qint64 line, const QString &reason) {
                  m_out.record();
                  m_out.badRecord(line, reason);
              })
    {
    }

    void feed(QStringView text) override { m_fragments.feed(text); }

    void finish() override
    {
        m_fragments.finish();
        if (m_connectorEvents == 0) {
            m_out.sighting(QStringLiteral("connector.no-requests"), Severity::Info, m_lastLine, QString(),
                           {{QStringLiteral("records"), m_out.records()}});
            return;
        }
        m_out.sighting(QStringLiteral("connector.events-summary"), Severity::Info, m_firstLine, m_firstText,
                       {{QStringLiteral("byEvent"), m_byEvent}, {QStringLiteral("events"), m_connectorEvents}});
    }

private:
    void onFragment(QStringView fragment, qint64 line)
    {
        m_out.record();
        m_lastLine = line;
        const Expected<facts::EventLog> log = facts::parseWevtutilXml(fragment.toString().toUtf8());
        if (!log || log->events.isEmpty()) {
            m_out.badRecord(line, QStringLiteral("not well-formed XML"));
            return;
        }
        for (const facts::EventRecord &event : log->events)
            process(event, line + event.line - 1);
    }

    void process(const facts::EventRecord &e, qint64 line)
    {
        const QString name = facts::connectorEvent(e);
        if (name.isEmpty())
            return;
        ++m_connectorEvents;
        const QString number = QString::number(e.eventId);
        m_byEvent[number] = m_byEvent.value(number).toLongLong() + 1;

        const QString time = e.timeCreated.isValid() ? e.timeCreated.toString(Qt::ISODateWithMs) : e.timeCreatedRaw;
        const QString text = rawText(QStringLiteral("%1 %2 [level %3] %4").arg(time, number).arg(e.level).arg(rawText(messageOf(e))));
        if (m_firstText.isEmpty()) {
            m_firstLine = line;
            m_firstText = text;
        }

        const EventMeaning meaning = kMeanings[e.eventId - 4000];
        const bool levelProblem = e.level == 1 || e.level == 2 || e.level == 3;
        const QString id = QStringLiteral("connector.") + name;
        if (meaning.outcome == Outcome::Failure || levelProblem) {
            const Severity severity = e.level == 3 ? Severity::Warning
                : (e.level == 1 || e.level == 2 || meaning.outcome == Outcome::Failure) ? Severity::Error
                                                                                       : Severity::Warning;
            QVariantMap fields{{QStringLiteral("eventId"), e.eventId}, {QStringLiteral("level"), e.level}};
            if (meaning.stage)
                fields.insert(QStringLiteral("stage"), meaning.stage);
            m_out.sighting(id, severity, line, text, fields, QString(), QString(), time);
        }
        if (!meaning.stage)
            return;
        switch (meaning.outcome) {
        case Outcome::Started: m_out.stageStarted(meaning.stage, line, text, QString(), time); break;
        case Outcome::Success: m_out.stageSucceeded(meaning.stage, line, text, time); break;
        case Outcome::Failure: m_out.stageFailed(meaning.stage, line, text, id, time); break;
        case Outcome::None: break;
        }
    }

    ReportBuilder &m_out;
    FragmentSplitter m_fragments;
    qint64 m_lastLine = 1;
    qint64 m_firstLine = 1;
    QString m_firstText;
    qint64 m_connectorEvents = 0;
    QVariantMap m_byEvent;
};

} // namespace

std::unique_ptr<Reader> makeEventsReader(ReportBuilder &out)
{
    return std::make_unique<EventsReader>(out);
}

} // namespace ndes::logs::connector::detail
