#include "cli.h"

#include "logs/device/devicelog.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace ndes::app {

namespace {

using namespace ndes::logs::device;

void printText(const DeviceLogReport &report)
{
    QTextStream out(stdout);
    out << "file      " << report.file << "  (" << platformId(report.platform) << ", " << formatId(report.format) << ", "
        << report.lines << " lines";
    if (report.cutLines)
        out << ", " << report.cutLines << " cut at " << kMaxLineChars << " characters";
    if (report.truncatedLastLine)
        out << ", last line cut short";
    out << ")\n";
    out << "ndes-url  " << (report.ndesUrl.isEmpty() ? QStringLiteral("-") : report.ndesUrl) << '\n';
    for (const StageResult &s : report.stages) {
        out << "stage     " << stageId(s.stage).leftJustified(17) << ' '
            << (s.reached ? (s.implied ? QStringLiteral("reached (implied)") : QStringLiteral("reached"))
                          : QStringLiteral("not reached"));
        if (!s.detail.isEmpty())
            out << "  status=" << s.detail;
        if (!s.failInfo.isEmpty())
            out << " failInfo=" << s.failInfo;
        out << '\n';
        for (const Evidence &e : s.evidence)
            out << "  line " << e.line << ": " << e.text << '\n';
    }
    out << "reached   " << (report.reached ? stageId(*report.reached) : QStringLiteral("none")) << '\n';
    if (report.failure) {
        const Failure &f = *report.failure;
        out << "failure   " << stageId(f.stage) << ' ' << f.kind;
        if (!f.code.isEmpty())
            out << " code=" << f.code;
        out << " line " << f.line << ": " << f.text << '\n';
    } else {
        out << "failure   none\n";
    }
}

} // namespace

int runReadDeviceLog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tells how far a device got through SCEP enrollment, from its log: Android OMADM.log, iOS console text "
        "(plain or RTF), or Windows DeviceManagement-Enterprise-Diagnostics-Provider events (wevtutil XML or text)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The device log."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("ndes-doctor read-device-log")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitHealthy;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QStringLiteral("read-device-log needs a device log file"));
    if (files.size() > 1)
        return usageError(QStringLiteral("read-device-log reads one file, %1 were given").arg(files.size()));

    const Expected<DeviceLogReport> report = readDeviceLog(files.constFirst());
    if (!report) {
        const Error &e = report.error();
        return usageError(QStringLiteral("%1: %2%3").arg(
            e.what, e.where, e.details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.details.join(QStringLiteral("; ")))));
    }
    if (parser.isSet(QStringLiteral("json")))
        QTextStream(stdout) << QJsonDocument(deviceLogToJson(*report)).toJson(QJsonDocument::Indented);
    else
        printText(*report);
    return report->installed() ? ExitHealthy : ExitProblem;
}

} // namespace ndes::app
