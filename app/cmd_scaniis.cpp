#include "cli.h"

#include "logs/iis/scepsummary.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <atomic>

namespace ndes::app {

namespace {

using namespace ndes::logs::iis;

QString counts(const std::map<StatusTriple, qint64> &byStatus)
{
    QStringList parts;
    for (const auto &[triple, n] : byStatus)
        parts << QStringLiteral("%1 x%2").arg(triple.key()).arg(n);
    return parts.join(QStringLiteral(", "));
}

void printText(const ScanReport &report)
{
    QTextStream out(stdout);
    qint64 lines = 0, bad = 0;
    for (const FileStats &f : report.files) {
        lines += f.lines;
        bad += f.badLines;
        out << "file      " << f.path << "  (" << logKindId(f.kind) << ", " << f.lines << " lines, " << f.badLines
            << " bad";
        if (!f.inferredLayout.isEmpty())
            out << ", no #Fields: read as " << f.inferredLayout;
        out << ")\n";
    }
    out << "lines     " << lines << " in " << report.files.size() << " files, " << bad << " bad\n";

    const ScepSummary &s = report.scep;
    out << "SCEP      " << s.total << " requests";
    if (s.first && s.last) {
        out << ", " << QDateTime::fromSecsSinceEpoch(*s.first, Qt::UTC).toString(Qt::ISODate) << " to "
            << QDateTime::fromSecsSinceEpoch(*s.last, Qt::UTC).toString(Qt::ISODate) << " (UTC)";
    }
    out << '\n';
    if (s.total) {
        out << "  operations ";
        for (int i = 0; i < kScepOperationCount; ++i)
            out << ' ' << scepOperationId(ScepOperation(i)) << ' ' << s.byOperation[std::size_t(i)];
        out << "\n  platforms  ";
        for (int i = 0; i < kPlatformCount; ++i)
            out << ' ' << platformId(Platform(i)) << ' ' << s.byPlatform[std::size_t(i)];
        out << "\n  statuses    " << counts(s.byStatus) << '\n';
    }
    if (s.verifyRequest.total)
        out << "VerifyRequest  " << s.verifyRequest.total << ": " << counts(s.verifyRequest.byStatus) << '\n';
    if (s.notify.total)
        out << "Notify         " << s.notify.total << ": " << counts(s.notify.byStatus) << '\n';
    if (s.httpErr.lines) {
        out << "HTTPERR   " << s.httpErr.lines << " lines:";
        for (const auto &[reason, n] : s.httpErr.byReason)
            out << ' ' << QString::fromUtf8(reason.data(), qsizetype(reason.size())) << ' ' << n;
        out << '\n';
    }
    for (const Finding &f : report.findings) {
        out << severityId(f.severity).leftJustified(8) << ' ' << f.id;
        for (auto it = f.evidence.cbegin(); it != f.evidence.cend(); ++it) {
            if (it.key() == QLatin1String("lines"))
                continue;
            const QVariant &v = it.value();
            QString text;
            if (v.typeId() == QMetaType::QStringList)
                text = v.toStringList().join(QLatin1Char(' '));
            else if (v.typeId() == QMetaType::QVariantMap)
                text = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(v.toMap())).toJson(QJsonDocument::Compact));
            else
                text = v.toString();
            out << "  " << it.key() << '=' << text;
        }
        out << '\n';
    }
}

} // namespace

int runScanIisLogs(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Summarizes SCEP traffic in IIS logs (u_ex*.log) and HTTP.sys error logs (httperr*.log)."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Log files, or folders holding them."),
                                 QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("ndes-doctor scan-iis-logs")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitHealthy;
    }
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("scan-iis-logs needs at least one log file or folder"));

    const Expected<QStringList> files = collectLogFiles(parser.positionalArguments());
    if (!files)
        return usageError(QStringLiteral("%1: %2").arg(files.error().what, files.error().where));

    const std::atomic<bool> never{false};
    const Expected<ScanReport> report = scanIisLogs(*files, Progress(), never);
    if (!report) {
        const Error &e = report.error();
        return usageError(QStringLiteral("%1: %2%3").arg(
            e.what, e.where, e.details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.details.join(QStringLiteral("; ")))));
    }

    if (parser.isSet(QStringLiteral("json")))
        QTextStream(stdout) << QJsonDocument(scanReportToJson(*report)).toJson(QJsonDocument::Indented);
    else
        printText(*report);

    const bool problem = std::any_of(report->findings.cbegin(), report->findings.cend(),
                                     [](const Finding &f) { return f.severity != Severity::Info; });
    return problem ? ExitProblem : ExitHealthy;
}

} // namespace ndes::app
