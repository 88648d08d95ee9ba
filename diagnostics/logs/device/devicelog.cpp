#include "logs/device/devicelog.h"

#include "logs/device/linereader.h"
#include "logs/device/parsers.h"

#include "facts/text.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace ndes::logs::device {

using namespace detail;

namespace {

// The platform is decided within this many characters of text; lines are held until then.
constexpr qsizetype kDetectChars = 8 * 1024 * 1024;

const char *const kStageIds[kStageCount] = {
    "profile-received", "ndes-contacted", "getcacaps-ok", "getcacert-ok", "csr-sent", "certrep", "installed",
};

// Decides the format from the first lines (after RTF stripping).
class Detector {
public:
    explicit Detector(bool rtf) : m_rtf(rtf) {}

    void line(QStringView text)
    {
        if (m_decided || text.isEmpty())
            return;
        if (text.contains(QLatin1String("<Event")))
            m_eventTag = true;
        if (text.contains(QLatin1String("DeviceManagement-Enterprise-Diagnostics-Provider"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("3DA494E4-0FE2-415C-B895-FB5265C5C83B"), Qt::CaseInsensitive))
            m_dmProvider = true;
        if (isRecordStart(text)) {
            m_textRecord = true;
        } else if (text.size() < 200) {
            QStringView label, value;
            if (splitLabel(text, label, value) && labelOf(label) == Label::EventId)
                m_textRecord = true;
        }
        if (text.contains(QLatin1String("SCEP:")) || text.contains(QLatin1String("SCEP :")))
            m_scepText = true;
        if (m_eventTag && m_dmProvider) {
            m_decided = Format::WindowsXml;
            return;
        }
        if (!m_eventTag && m_textRecord && (m_dmProvider || m_scepText)) {
            m_decided = Format::WindowsText;
            return;
        }
        if (text.contains(QLatin1String("org.jscep.")) || text.contains(QLatin1String("com.microsoft.omadm"))
            || omadmColumns(text) || jscepMessage(text)) {
            m_decided = Format::AndroidOmadm;
            return;
        }
        if (const std::optional<Format> ios = iosLine(text))
            m_decided = ios;
    }

    std::optional<Format> decided() const { return m_decided; }

private:
    static bool omadmColumns(QStringView text)
    {
        if (text.size() < 20 || !text.at(0).isDigit() || text.at(4) != QLatin1Char('-') || text.at(10) != QLatin1Char('T'))
            return false;
        static const QRegularExpression columns(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\s+[A-Z]{4,5}\\s+Event\\s+[\\w.$]+\\s+\\d+\\s+\\d+"));
        return columns.match(text).hasMatch();
    }

    // jscep's own lines without the OMADM.log columns: "Sending GetCACaps(ca) to https://..." and
    // "Received '200 OK' when sending GetCACaps(ca) to https://...".
    static bool jscepMessage(QStringView text)
    {
        if (!text.contains(QLatin1String("GetCACaps(")) && !text.contains(QLatin1String("GetCACert(")))
            return false;
        static const QRegularExpression jscep(
            QStringLiteral("(?:^|\\s)(?:Sending GetCA(?:Caps|Cert)\\([^)]*\\) to https?://|Received '\\d{3}[^']*' when sending GetCA(?:Caps|Cert)\\()"));
        return jscep.match(text).hasMatch();
    }

    std::optional<Format> iosLine(QStringView text) const
    {
        if (!text.contains(QLatin1String("profiled")))
            return std::nullopt;
        static const QRegularExpression process(QStringLiteral("(?:^|\\s)profiled(?:\\[\\d+\\])?(?::|\\s|$)"));
        if (!process.match(text).hasMatch())
            return std::nullopt;
        if (m_rtf)
            return Format::IosRtf;
        static const QRegularExpression syslog(
            QStringLiteral("^[A-Z][a-z]{2}\\s+\\d{1,2}\\s+\\d\\d:\\d\\d:\\d\\d\\s+\\S+\\s+profiled\\[\\d+\\]"));
        return syslog.match(text).hasMatch() ? Format::IosSyslog : Format::IosConsole;
    }

    bool m_rtf;
    bool m_eventTag = false;
    bool m_dmProvider = false;
    bool m_textRecord = false;
    bool m_scepText = false;
    std::optional<Format> m_decided;
};

Platform platformOf(Format f)
{
    switch (f) {
    case Format::AndroidOmadm: return Platform::Android;
    case Format::IosConsole:
    case Format::IosRtf:
    case Format::IosSyslog: return Platform::Ios;
    case Format::WindowsXml:
    case Format::WindowsText: break;
    }
    return Platform::Windows;
}

bool isRtfStart(QStringView text)
{
    return text.trimmed().startsWith(QLatin1String("{\\rtf"));
}

Error notRecognised(const QString &name)
{
    return Error{QStringLiteral("not a recognised device log"), name, {}};
}

Expected<DeviceLogReport> read(QIODevice &device, const QString &name, const ReadProgress &progress = ReadProgress(),
                               const std::atomic<bool> *cancel = nullptr)
{
    LineReader reader(device, kMaxLineChars);
    DeviceLogReport report;
    report.file = name;
    Tracker tracker(report);
    std::unique_ptr<Parser> parser;
    bool xmlTruncated = false;

    bool seenText = false;
    bool rtf = false;
    RtfStripper stripper;
    std::optional<Detector> detector;
    QList<Line> held;
    qsizetype heldChars = 0;

    const auto start = [&](Format format) {
        report.format = format;
        report.platform = platformOf(format);
        switch (format) {
        case Format::AndroidOmadm: parser = makeAndroidParser(tracker); break;
        case Format::IosConsole:
        case Format::IosRtf:
        case Format::IosSyslog: parser = makeIosParser(tracker); break;
        case Format::WindowsXml: parser = makeWindowsXmlParser(tracker, xmlTruncated); break;
        case Format::WindowsText: parser = makeWindowsTextParser(tracker); break;
        }
        for (const Line &l : std::as_const(held))
            parser->line(l);
        held.clear();
    };

    Line line;
    qint64 pieces = 0;
    while (reader.next(line)) {
        if ((++pieces & 0x3FF) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Error{QStringLiteral("cancelled"), name, {}};
            if (progress)
                progress(device.pos(), device.size());
        }
        if (!seenText && !line.continuation && !line.text.trimmed().isEmpty()) {
            seenText = true;
            rtf = isRtfStart(line.text);
            detector.emplace(rtf);
        }
        if (rtf)
            line.text = stripper.strip(line.text);
        if (parser) {
            parser->line(line);
            continue;
        }
        if (detector)
            detector->line(line.text);
        heldChars += line.text.size();
        held.append(std::move(line));
        line = Line();
        if (detector && detector->decided())
            start(*detector->decided());
        else if (heldChars > kDetectChars)
            return notRecognised(name);
    }
    if (!reader.error().isEmpty())
        return Error{QStringLiteral("cannot read the file"), name, {reader.error()}};
    if (!parser)
        return notRecognised(name);
    parser->finish();
    tracker.finish();
    report.lines = reader.lines();
    report.cutLines = reader.cutLines();
    report.truncatedLastLine = reader.truncatedLastLine() || xmlTruncated;
    return report;
}

} // namespace

QString platformId(Platform platform)
{
    switch (platform) {
    case Platform::Android: return QStringLiteral("android");
    case Platform::Ios: return QStringLiteral("ios");
    case Platform::Windows: break;
    }
    return QStringLiteral("windows");
}

QString formatId(Format format)
{
    switch (format) {
    case Format::AndroidOmadm: return QStringLiteral("android-omadm");
    case Format::IosConsole: return QStringLiteral("ios-console");
    case Format::IosRtf: return QStringLiteral("ios-rtf");
    case Format::IosSyslog: return QStringLiteral("ios-syslog");
    case Format::WindowsXml: return QStringLiteral("windows-xml");
    case Format::WindowsText: break;
    }
    return QStringLiteral("windows-text");
}

QString stageId(Stage stage)
{
    return QString::fromLatin1(kStageIds[int(stage)]);
}

std::optional<Stage> stageFromId(const QString &id)
{
    for (int i = 0; i < kStageCount; ++i) {
        if (id == QLatin1String(kStageIds[i]))
            return Stage(i);
    }
    return std::nullopt;
}

QList<Stage> allStages()
{
    QList<Stage> stages;
    for (int i = 0; i < kStageCount; ++i)
        stages.append(Stage(i));
    return stages;
}

bool looksLikeDeviceLog(QByteArrayView head)
{
    const QString text = facts::decodeText(head.toByteArray());
    const QStringList lines = facts::splitLines(text);
    bool rtf = false;
    bool first = true;
    RtfStripper stripper;
    Detector detector(false);
    for (const QString &l : lines) {
        if (first && !l.trimmed().isEmpty()) {
            first = false;
            rtf = isRtfStart(l);
            detector = Detector(rtf);
        }
        detector.line(rtf ? stripper.strip(l) : l);
        if (detector.decided())
            return true;
    }
    return false;
}

Expected<DeviceLogReport> readDeviceLog(const QString &path)
{
    if (QFileInfo(path).isDir())
        return Error{QStringLiteral("cannot read the file"), path, {QStringLiteral("it is a folder")}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the file"), path, {file.errorString()}};
    return read(file, path);
}

Expected<DeviceLogReport> readDeviceLog(const QString &path, const ReadProgress &progress, const std::atomic<bool> &cancel)
{
    if (QFileInfo(path).isDir())
        return Error{QStringLiteral("cannot read the file"), path, {QStringLiteral("it is a folder")}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the file"), path, {file.errorString()}};
    if (cancel.load(std::memory_order_relaxed))
        return Error{QStringLiteral("cancelled"), path, {}};
    Expected<DeviceLogReport> report = read(file, path, progress, &cancel);
    if (report && progress)
        progress(file.size(), file.size());
    return report;
}

Expected<DeviceLogReport> readDeviceLogBytes(QByteArrayView bytes, const QString &name)
{
    QByteArray data = QByteArray::fromRawData(bytes.data(), bytes.size());
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, name);
}

QJsonObject deviceLogToJson(const DeviceLogReport &report)
{
    QJsonArray stages;
    for (const StageResult &s : report.stages) {
        QJsonArray evidence;
        for (const Evidence &e : s.evidence)
            evidence.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("text"), e.text}});
        QJsonObject o{
            {QStringLiteral("stage"), stageId(s.stage)},
            {QStringLiteral("reached"), s.reached},
            {QStringLiteral("implied"), s.implied},
            {QStringLiteral("evidence"), evidence},
        };
        if (s.stage == Stage::CertRep) {
            o.insert(QStringLiteral("status"), s.detail.isEmpty() ? QJsonValue() : QJsonValue(s.detail));
            o.insert(QStringLiteral("failInfo"), s.failInfo.isEmpty() ? QJsonValue() : QJsonValue(s.failInfo));
        }
        stages.append(o);
    }
    QJsonValue failure;
    if (report.failure) {
        const Failure &f = *report.failure;
        QJsonObject o{
            {QStringLiteral("stage"), stageId(f.stage)},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("line"), f.line},
        };
        if (!f.code.isEmpty())
            o.insert(QStringLiteral("code"), f.code);
        failure = o;
    }
    return QJsonObject{
        {QStringLiteral("platform"), platformId(report.platform)},
        {QStringLiteral("ndesUrl"), report.ndesUrl.isEmpty() ? QJsonValue() : QJsonValue(report.ndesUrl)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("reached"), report.reached ? QJsonValue(stageId(*report.reached)) : QJsonValue()},
        {QStringLiteral("failure"), failure},
    };
}

} // namespace ndes::logs::device
