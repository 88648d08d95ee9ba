#pragma once

// Windows event records exported with `wevtutil qe <log> /f:xml` (formats.md section 3): a stream of
// <Event> elements with no root and no XML declaration, as bytes in any of the encodings of text.h.

#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ndes::facts {

// One <Data> item of <EventData>, or one leaf element of <UserData> (name = element path below UserData).
struct EventDataItem {
    QString name;  // empty for the unnamed positional <Data> of older builds
    QString value; // text as written, embedded newlines kept
};

struct EventRecord {
    QString provider;              // Provider Name
    QString providerGuid;
    int eventId = -1;
    std::optional<int> qualifiers; // EventID Qualifiers, when present
    int level = -1;                // 1 critical, 2 error, 3 warning, 4 information, 0 log always
    int task = -1;
    qint64 recordId = -1;
    QDateTime timeCreated;         // UTC, millisecond precision
    QString timeCreatedRaw;        // as written: 7 fractional digits
    QString computer;
    QString channel;
    QString userSid;
    QList<EventDataItem> data;     // EventData, in document order
    QList<EventDataItem> userData; // UserData flattened
    QString renderedMessage;       // RenderingInfo/Message, with /f:RenderedXml
    qint64 offset = 0;             // character offset of "<Event" in the decoded text
    qint64 line = 0;               // 1-based line of "<Event"

    // The value of the named item `name` (case-insensitive), or a null string.
    QString dataValue(const QString &name) const;
    // The `index`-th item of EventData, named or not, or a null string.
    QString dataAt(qsizetype index) const;
};

// Where a record could not be read, and why.
struct EventParseIssue {
    qint64 offset = 0; // character offset in the decoded text
    qint64 line = 0;   // 1-based
    qint64 column = 0; // 1-based
    QString reason;
};

struct EventLog {
    QList<EventRecord> events;       // every complete, well-formed record
    QList<EventParseIssue> badRecords; // malformed records that were skipped
    // The stream ends inside a record: where that record starts; the reason names where the stream ends.
    std::optional<EventParseIssue> truncation;
};

// Reads every <Event> in the stream. A malformed record is skipped and listed; a stream cut inside a
// record keeps the records before it and sets `truncation`. Fails only when the bytes are not empty and
// hold no <Event> element at all.
Expected<EventLog> parseWevtutilXml(const QByteArray &bytes);

// Application Error 1000 whose faulting application (AppName, or the first positional Data) is w3wp.exe.
bool isW3wpCrash(const EventRecord &event);

// The stable id of a SCEP event 4000..4010 of Microsoft-Intune-CertificateConnectors
// ("scep-request-success" ... "scep-notify-save-to-disk-failed"), or a null string for any other event.
QString connectorEvent(const EventRecord &event);

} // namespace ndes::facts
