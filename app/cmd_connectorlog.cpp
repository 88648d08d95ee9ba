#include "cli.h"

#include "logs/connector/connectorlog.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace ndes::app {

namespace {

using namespace ndes::logs::connector;

QString evidenceValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(' '));
    if (v.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(v.toMap())).toJson(QJsonDocument::Compact));
    return v.toString();
}

void printText(const QList<ConnectorReport> &reports)
{
    QTextStream out(stdout);
    for (const ConnectorReport &r : reports) {
        out << "file      " << r.file << "  (" << logKindId(r.kind) << ", " << r.records << " records, " << r.badRecords
            << " bad)\n";
    }
    for (const StageSeen &s : mergeStages(reports)) {
        out << "stage " << s.stage << "   " << stageStateId(s.state).leftJustified(8) << ' ' << s.succeeded << " ok, "
            << s.failed << " failed, last at " << s.at;
        if (!s.findingId.isEmpty())
            out << "  (" << s.findingId << ')';
        out << '\n';
    }
    for (const ConnectorReport &r : reports) {
        for (const Finding &f : r.findings) {
            out << severityId(f.severity).leftJustified(8) << ' ' << f.id;
            for (auto it = f.evidence.cbegin(); it != f.evidence.cend(); ++it) {
                if (it.key() == QLatin1String("lines"))
                    continue;
                out << "  " << it.key() << '=' << evidenceValue(it.value());
            }
            const QString page = remediationFor(f.id);
            if (!page.isEmpty())
                out << "  fix=" << page;
            out << '\n';
            for (const QString &line : f.evidence.value(QStringLiteral("lines")).toStringList()) {
                if (!line.isEmpty())
                    out << "           | " << line << '\n';
            }
        }
    }
}

} // namespace

int runReadConnectorLog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads the Intune connector's logs (NDESPlugin.log, .svclog, events 4000-4010 exported with wevtutil /f:xml) "
        "and tells how far requests got in stages 3 to 6."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Log files, or folders holding them."),
                                 QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("ndes-doctor read-connector-log")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitHealthy;
    }
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("read-connector-log needs at least one log file or folder"));

    const Expected<QStringList> files = collectConnectorLogs(parser.positionalArguments());
    if (!files)
        return usageError(QStringLiteral("%1: %2").arg(files.error().what, files.error().where));

    QList<ConnectorReport> reports;
    for (const QString &file : *files) {
        Expected<ConnectorReport> report = readConnectorLog(file);
        if (!report) {
            const Error &e = report.error();
            return usageError(QStringLiteral("%1: %2%3").arg(
                e.where, e.what,
                e.details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.details.join(QStringLiteral("; ")))));
        }
        reports << std::move(report).value();
    }

    if (parser.isSet(QStringLiteral("json")))
        QTextStream(stdout) << QJsonDocument(connectorReportsToJson(reports)).toJson(QJsonDocument::Indented);
    else
        printText(reports);

    const bool problem = std::any_of(reports.cbegin(), reports.cend(), [](const ConnectorReport &r) {
        return std::any_of(r.findings.cbegin(), r.findings.cend(),
                           [](const Finding &f) { return f.severity == Severity::Error; });
    });
    return problem ? ExitProblem : ExitHealthy;
}

} // namespace ndes::app
