#include "cli.h"

#include "http/classify.h"
#include "http/probe.h"
#include "report/probejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTextStream>

namespace ndes::app {

int usageError(const QString &reason)
{
    QTextStream(stderr) << "ndes-doctor: " << reason << Qt::endl;
    return ExitUsage;
}

namespace {

bool readPositive(const QCommandLineParser &parser, const QString &name, int min, int max, int &out, QString &why)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        why = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                  .arg(name).arg(min).arg(max).arg(parser.value(name));
        return false;
    }
    out = value;
    return true;
}

void printText(const http::ProbeResult &result)
{
    QTextStream out(stdout);
    out << "URL      " << result.url.toString() << '\n';
    out << "verdict  " << verdictId(result.verdict) << " (from " << http::requestKindId(result.decidedBy) << ")\n";
    for (const http::RawAnswer &a : result.answers) {
        out << "  " << http::requestKindId(a.kind).leftJustified(10) << ' ';
        if (a.outcome == http::Outcome::Answered)
            out << a.status << ' ' << QString::fromLatin1(a.reason);
        else
            out << http::outcomeId(a.outcome) << ": " << a.error;
        out << "  (" << a.elapsedMs << " ms)\n";
    }
    if (!result.capabilities.keywords.isEmpty())
        out << "capabilities  " << result.capabilities.keywords.join(QStringLiteral(", ")) << '\n';
    for (const http::SeenCertificate &c : result.certificates) {
        out << "certificate   " << scep::certRoleId(c.info.role) << "  " << c.info.subject << "  until "
            << c.info.notAfter.toString(Qt::ISODate) << " (" << c.validity.daysLeft << " days)"
            << (c.validity.expired ? "  EXPIRED" : "") << '\n';
    }
    for (const Finding &f : result.findings) {
        if (f.severity == Severity::Info)
            continue;
        out << severityId(f.severity) << "  " << f.id;
        for (auto it = f.evidence.cbegin(); it != f.evidence.cend(); ++it)
            out << "  " << it.key() << '=' << it.value().toString();
        out << '\n';
    }
}

} // namespace

int runCheckUrl(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tests a SCEP server URL the way devices and a browser do."));
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("The SCEP server URL, e.g. https://host/certsrv/mscep/mscep.dll"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption({QStringLiteral("timeout-ms"), QStringLiteral("Timeout of each request (default 10000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("long-url-bytes"), QStringLiteral("Size of the long-URL probe (default 20000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("ca-file"), QStringLiteral("Extra trusted CA certificates (PEM or DER)."), QStringLiteral("PEM")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("ndes-doctor check-url")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitHealthy;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("check-url needs exactly one URL"));

    const http::UrlCheck check = http::checkScepUrl(parser.positionalArguments().first());
    if (!check.problem.isEmpty()) {
        static const QHash<QString, QString> why{
            {QStringLiteral("empty"), QStringLiteral("the URL is empty")},
            {QStringLiteral("not-http"), QStringLiteral("only http and https URLs can be tested")},
            {QStringLiteral("no-host"), QStringLiteral("the URL has no host name")},
            {QStringLiteral("invalid"), QStringLiteral("the URL cannot be read")}};
        return usageError(QStringLiteral("%1: \"%2\"").arg(why.value(check.problem), parser.positionalArguments().first()));
    }

    http::ProbeOptions options;
    options.url = check.url;
    QString why;
    if (!readPositive(parser, QStringLiteral("timeout-ms"), 1, 600000, options.timeoutMs, why)
        || !readPositive(parser, QStringLiteral("long-url-bytes"), 0, 1 << 20, options.longUrlBytes, why))
        return usageError(why);
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read the CA file %1: %2").arg(path, file.errorString()));
        const QByteArray data = file.read(16 * 1024 * 1024);
        options.extraCaCertificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            options.extraCaCertificates = QSslCertificate::fromData(data, QSsl::Der);
        if (options.extraCaCertificates.isEmpty())
            return usageError(QStringLiteral("the CA file %1 holds no PEM or DER certificate").arg(path));
    }

    QNetworkAccessManager nam;
    http::UrlProbe probe(&nam);
    QEventLoop loop;
    QObject::connect(&probe, &http::UrlProbe::finished, &loop, &QEventLoop::quit);
    probe.start(options);
    if (probe.isRunning())
        loop.exec();

    const http::ProbeResult result = http::classify(options.url, probe.answers(), QDateTime::currentDateTimeUtc());
    if (parser.isSet(QStringLiteral("json")))
        QTextStream(stdout) << QJsonDocument(report::probeResultToJson(result)).toJson(QJsonDocument::Indented);
    else
        printText(result);

    const bool anyError = std::any_of(result.findings.cbegin(), result.findings.cend(),
                                      [](const Finding &f) { return f.severity == Severity::Error; });
    return isHealthy(result.verdict) && !anyError ? ExitHealthy : ExitProblem;
}

} // namespace ndes::app
