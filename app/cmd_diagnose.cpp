#include "cli.h"

#include "checks/check.h"
#include "checks/crlreachability.h"
#include "facts/livesource.h"
#include "facts/scenariosource.h"
#include "facts/snapshotsource.h"
#include "http/classify.h"
#include "http/probe.h"
#include "training/scenario.h"
#include "training/simulator.h"
#include "training/trainingnetwork.h"
#include "tree/tree.h"
#include "checktexts.h"
#include "language.h"
#include "texts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace ndes::app {

namespace {

// Loopback answers take milliseconds; a short wait keeps the no-answer scenario quick.
constexpr int kTrainingTimeoutMs = 3000;
constexpr int kDefaultTimeoutMs = 10000;

http::ProbeResult probeUrl(http::ProbeOptions options)
{
    QNetworkAccessManager nam;
    http::UrlProbe probe(&nam);
    QEventLoop loop;
    QObject::connect(&probe, &http::UrlProbe::finished, &loop, &QEventLoop::quit);
    probe.start(options);
    if (probe.isRunning())
        loop.exec();
    return http::classify(options.url, probe.answers(), QDateTime::currentDateTimeUtc());
}

QJsonObject diagnosisJson(const QString &mode, const tree::Diagnosis &d)
{
    QJsonArray checks;
    for (const CheckResult &c : d.checks) {
        checks.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("status"), checkStatusId(c.status)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("evidence"), QJsonObject::fromVariantMap(c.evidence)},
            {QStringLiteral("remediation"), c.remediation.isEmpty() ? QJsonValue() : QJsonValue(c.remediation)},
        });
    }
    return QJsonObject{
        {QStringLiteral("mode"), mode},
        {QStringLiteral("verdict"), d.verdict ? QJsonValue(verdictId(*d.verdict)) : QJsonValue()},
        {QStringLiteral("path"), QJsonArray::fromStringList(d.path)},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("cause"), d.cause.isEmpty() ? QJsonValue() : QJsonValue(d.cause)},
    };
}

void printText(const QString &mode, const tree::Diagnosis &d)
{
    QTextStream out(stdout);
    out << "mode     " << mode << '\n';
    out << "verdict  " << (d.verdict ? verdictId(*d.verdict) : QStringLiteral("unknown (every node walked)")) << '\n';
    out << "path     " << d.path.join(QStringLiteral(" > ")) << '\n';
    for (const CheckResult &c : d.checks) {
        out << "  " << checkStatusId(c.status).leftJustified(8) << c.id.leftJustified(26) << c.reason;
        if (!c.remediation.isEmpty())
            out << "  -> " << c.remediation;
        out << '\n';
    }
    out << "cause    " << (d.cause.isEmpty() ? QStringLiteral("none found") : d.cause) << '\n';
}

// The same, in sentences of the installed language (checktexts.h, texts.h).
void printSentences(const QString &mode, const tree::Diagnosis &d)
{
    QTextStream out(stdout);
    out << ui::diagnoseLabel(ui::DiagnoseLabel::Mode) << ' ' << ui::modeName(mode) << '\n';
    out << ui::diagnoseLabel(ui::DiagnoseLabel::Verdict) << ' ';
    if (d.verdict)
        out << ui::verdictTitle(*d.verdict) << " (" << verdictId(*d.verdict) << ")\n  " << ui::verdictSentence(*d.verdict) << '\n';
    else
        out << ui::diagnoseLabel(ui::DiagnoseLabel::NotTested) << '\n';
    if (d.verdict) {
        QStringList titles;
        for (const QString &id : d.path) {
            const auto v = verdictFromId(id);
            titles << (v ? ui::verdictTitle(*v) : id);
        }
        out << ui::diagnoseLabel(ui::DiagnoseLabel::Path) << ' ' << titles.join(QStringLiteral(" > ")) << '\n';
    }
    out << ui::diagnoseLabel(ui::DiagnoseLabel::Checks) << '\n';
    qsizetype width = 0;
    for (const CheckStatus s : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Skipped})
        width = std::max(width, ui::checkStatusName(s).size());
    for (const CheckResult &c : d.checks) {
        out << "  " << ui::checkStatusName(c.status).leftJustified(width) << "  " << ui::checkTitle(c.id) << '\n';
        out << "  " << QString(width, QLatin1Char(' ')) << "  " << ui::checkResultSentence(c) << '\n';
        if (c.status == CheckStatus::Fail || c.status == CheckStatus::Warn) {
            for (const QString &line : ui::checkEvidenceLines(c))
                out << "  " << QString(width, QLatin1Char(' ')) << "    " << line << '\n';
        }
    }
    out << ui::diagnoseLabel(ui::DiagnoseLabel::Cause) << ' '
        << (d.cause.isEmpty() ? ui::diagnoseLabel(ui::DiagnoseLabel::NoCause)
                              : QStringLiteral("%1 (%2)").arg(ui::checkTitle(d.cause), d.cause))
        << '\n';
}

} // namespace

int runDiagnose(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Finds the cause of a SCEP failure: tests the URL, then walks the troubleshooting tree over the "
        "server's facts. With --snapshot or --live and no --url the verdict is unknown and every node's checks "
        "run. The text output gives check ids, or sentences in the language of --lang."));
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("A training scenario (see 'scenarios'): its simulator and facts."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("snapshot"), QStringLiteral("A snapshot folder or .zip recorded on the server."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("live"), QStringLiteral("The facts of this machine (Windows: the NDES server itself).")});
    parser.addOption({QStringLiteral("url"), QStringLiteral("With --snapshot or --live: the SCEP URL to test."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("ca-file"), QStringLiteral("With --url: extra trusted CA certificates (PEM or DER)."), QStringLiteral("PEM")});
    parser.addOption({QStringLiteral("timeout-ms"), QStringLiteral("Timeout of each URL request."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Text output in sentences of this language: fr or en."), QStringLiteral("LANG")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("ndes-doctor diagnose")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitHealthy;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("diagnose takes no positional argument: \"%1\"").arg(parser.positionalArguments().first()));
    const bool training = parser.isSet(QStringLiteral("scenario"));
    const bool snapshot = parser.isSet(QStringLiteral("snapshot"));
    const bool live = parser.isSet(QStringLiteral("live"));
    if (int(training) + int(snapshot) + int(live) != 1)
        return usageError(QStringLiteral("diagnose needs exactly one of --scenario ID, --snapshot DIR and --live"));
    if (training && parser.isSet(QStringLiteral("url")))
        return usageError(QStringLiteral("--url goes with --snapshot or --live; a scenario tests its own simulator"));
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString lang = parser.value(QStringLiteral("lang"));
        if (lang != QLatin1String("fr") && lang != QLatin1String("en"))
            return usageError(QStringLiteral("--lang must be fr or en, not \"%1\"").arg(lang));
    }
    if (live && !facts::LiveSource::isSupported())
        return usageError(QStringLiteral("--live: ") + facts::LiveSource::unavailableReason());
    int timeoutMs = training ? kTrainingTimeoutMs : kDefaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || timeoutMs < 1 || timeoutMs > 600000)
            return usageError(QStringLiteral("--timeout-ms must be a whole number from 1 to 600000, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("timeout-ms"))));
    }

    const auto tree = tree::Tree::load();
    if (!tree)
        return usageError(tree.error().toString());

    std::unique_ptr<facts::FactSource> facts;
    std::optional<Verdict> verdict;
    QString mode;
    // Runs until the end: crl.reachable fetches the scenario's CRLs from it.
    training::Simulator simulator;
    // In training, sends the CRL distribution point of the scenario's certificates to the simulator.
    training::TrainingNetwork crlNetwork;
    if (training) {
        mode = QStringLiteral("training");
        const QString id = parser.value(QStringLiteral("scenario"));
        if (!training::findScenario(id))
            return usageError(QStringLiteral("unknown scenario \"%1\" (see 'ndes-doctor scenarios')").arg(id));
        auto source = facts::ScenarioSource::open(id);
        if (!source)
            return usageError(source.error().toString());
        facts = std::move(source.value());

        training::SimulatorOptions options;
        options.scenarioId = id;
        options.tls = true;
        options.now = QDateTime::currentDateTimeUtc();
        auto material = training::prepareSimulator(options);
        if (!material)
            return usageError(material.error().toString());
        const auto url = simulator.start(std::move(material.value()));
        if (!url)
            return usageError(url.error().toString());
        crlNetwork.setCdpPort(simulator.cdpPort());
        http::ProbeOptions probe;
        probe.url = *url;
        probe.timeoutMs = timeoutMs;
        probe.extraCaCertificates = QSslCertificate::fromData(simulator.trustedCaPem(), QSsl::Pem);
        verdict = probeUrl(probe).verdict;
    } else {
        if (live) {
            mode = QStringLiteral("live");
            facts = std::make_unique<facts::LiveSource>();
        } else {
            mode = QStringLiteral("snapshot");
            const QString path = parser.value(QStringLiteral("snapshot"));
            if (!QFileInfo::exists(path))
                return usageError(QStringLiteral("cannot read the snapshot %1: no such file or folder").arg(path));
            auto source = facts::SnapshotSource::open(path);
            if (!source)
                return usageError(QStringLiteral("cannot read the snapshot %1: %2").arg(path, source.error().what));
            facts = std::move(source.value());
        }
        if (parser.isSet(QStringLiteral("url"))) {
            const http::UrlCheck check = http::checkScepUrl(parser.value(QStringLiteral("url")));
            if (!check.problem.isEmpty())
                return usageError(QStringLiteral("the URL \"%1\" cannot be tested (%2)").arg(parser.value(QStringLiteral("url")), check.problem));
            http::ProbeOptions probe;
            probe.url = check.url;
            probe.timeoutMs = timeoutMs;
            if (parser.isSet(QStringLiteral("ca-file"))) {
                const QString caPath = parser.value(QStringLiteral("ca-file"));
                QFile file(caPath);
                if (!file.open(QIODevice::ReadOnly))
                    return usageError(QStringLiteral("cannot read the CA file %1: %2").arg(caPath, file.errorString()));
                const QByteArray data = file.read(16 * 1024 * 1024);
                probe.extraCaCertificates = QSslCertificate::fromData(data, QSsl::Pem);
                if (probe.extraCaCertificates.isEmpty())
                    probe.extraCaCertificates = QSslCertificate::fromData(data, QSsl::Der);
                if (probe.extraCaCertificates.isEmpty())
                    return usageError(QStringLiteral("the CA file %1 holds no PEM or DER certificate").arg(caPath));
            }
            verdict = probeUrl(probe).verdict;
        }
    }

    const checks::CheckContext ctx{facts.get(), QDateTime::currentDateTimeUtc()};
    tree::Diagnosis diagnosis = tree::diagnose(*tree, verdict, ctx);
    const bool crlListed = std::any_of(diagnosis.checks.cbegin(), diagnosis.checks.cend(), [](const CheckResult &c) {
        return c.id == QLatin1String("crl.reachable");
    });
    if (crlListed) {
        checks::CrlReachability crl(&crlNetwork);
        std::optional<CheckResult> crlResult;
        QEventLoop loop;
        QObject::connect(&crl, &checks::CrlReachability::finished, &loop, [&](const CheckResult &r) {
            crlResult = r;
            loop.quit();
        });
        crl.start(ctx);
        if (!crlResult)
            loop.exec();
        if (crlResult)
            tree::setResult(*tree, diagnosis, *crlResult);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QTextStream(stdout) << QJsonDocument(diagnosisJson(mode, diagnosis)).toJson(QJsonDocument::Indented);
    } else if (parser.isSet(QStringLiteral("lang"))) {
        ui::Translations translations(QCoreApplication::instance());
        const QString lang = parser.value(QStringLiteral("lang"));
        if (!translations.setLanguage(lang) && lang != QLatin1String("en"))
            return usageError(QStringLiteral("--lang %1: no catalog is embedded for this language").arg(lang));
        printSentences(mode, diagnosis);
    } else {
        printText(mode, diagnosis);
    }

    // Without a URL test the verdict is unknown: then the checks alone decide.
    const bool anyFailed = std::any_of(diagnosis.checks.cbegin(), diagnosis.checks.cend(),
                                       [](const CheckResult &c) { return c.status == CheckStatus::Fail; });
    const bool verdictOk = !verdict || isHealthy(*verdict);
    return verdictOk && !anyFailed ? ExitHealthy : ExitProblem;
}

} // namespace ndes::app
