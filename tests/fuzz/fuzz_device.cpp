// libFuzzer entry point for the device log reader: detection, RTF stripping, the three platforms' parsers,
// the Windows XML record reader and the JSON. Checks the report's invariants and that no PKIOperation
// message survives in the evidence.
#include "logs/device/devicelog.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

using namespace ndes::logs::device;

namespace {

bool leaksMessage(const QString &text)
{
    if (!text.contains(QLatin1String("PKIOperation"), Qt::CaseInsensitive))
        return false;
    static const QRegularExpression message(QStringLiteral("message=([^&\\s\"'<>]+)"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = message.globalMatch(text); it.hasNext();) {
        if (it.next().captured(1) != QLatin1String("<redacted>"))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)looksLikeDeviceLog(bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024)));
    const ndes::Expected<DeviceLogReport> report = readDeviceLogBytes(bytes, QStringLiteral("fuzz.log"));
    if (!report)
        return 0;
    const DeviceLogReport &r = *report;
    if (r.stages.size() != kStageCount)
        std::abort();
    int last = -1;
    for (int i = 0; i < kStageCount; ++i) {
        const StageResult &s = r.stages.at(i);
        if (s.stage != Stage(i) || s.evidence.size() > kMaxEvidencePerStage || (s.implied && !s.reached))
            std::abort();
        if (s.reached)
            last = i;
        for (const Evidence &e : s.evidence) {
            if (e.line < 1 || e.line > r.lines || leaksMessage(e.text))
                std::abort();
        }
    }
    for (int i = 0; i < last; ++i) {
        if (!r.stages.at(i).reached)
            std::abort();
    }
    if ((last < 0) != !r.reached || (r.reached && int(*r.reached) != last))
        std::abort();
    if (r.failure && (r.installed() || r.failure->line < 1 || r.failure->line > r.lines || leaksMessage(r.failure->text)))
        std::abort();
    if (r.ndesUrl.contains(QLatin1Char('?')))
        std::abort();
    const QByteArray json = QJsonDocument(deviceLogToJson(r)).toJson(QJsonDocument::Compact);
    if (json.isEmpty())
        std::abort();
    return 0;
}
