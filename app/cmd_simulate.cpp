#include "cli.h"

#include "training/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace ndes::app {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto ignored = ::write(g_signalPipe[0], &byte, 1); // async-signal-safe
}

// SIGINT and SIGTERM end the event loop cleanly: the handler only writes a byte, and the loop reads it.
void quitOnTerminationSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] { QCoreApplication::exit(0); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnTerminationSignals(QObject *)
{
    std::signal(SIGINT, [](int) { QCoreApplication::exit(0); });
    std::signal(SIGTERM, [](int) { QCoreApplication::exit(0); });
}
#endif

} // namespace

int runSimulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serves a simulated NDES server on 127.0.0.1 until stopped."));
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("The training scenario (see 'scenarios')."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("The loopback port (default: any free port)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("tls"), QStringLiteral("Serve HTTPS with a generated CA; its file is printed.")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("ndes-doctor simulate")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitHealthy;
    }
    if (!parser.isSet(QStringLiteral("scenario")))
        return usageError(QStringLiteral("simulate needs --scenario ID"));

    training::SimulatorOptions options;
    options.scenarioId = parser.value(QStringLiteral("scenario"));
    options.tls = parser.isSet(QStringLiteral("tls"));
    options.now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return usageError(QStringLiteral("--port must be from 1 to 65535, not \"%1\"").arg(parser.value(QStringLiteral("port"))));
        options.port = quint16(port);
    }
    if (!training::findScenario(options.scenarioId))
        return usageError(QStringLiteral("unknown scenario \"%1\" (see 'ndes-doctor scenarios')").arg(options.scenarioId));

    auto material = training::prepareSimulator(options);
    if (!material)
        return usageError(material.error().toString());
    training::Simulator simulator;
    const auto url = simulator.start(std::move(material.value()));
    if (!url)
        return usageError(url.error().toString());

    QTextStream out(stdout);
    out << url->toString() << Qt::endl;
    const QString caPath = QDir::temp().filePath(
        QStringLiteral("ndes-doctor-simulator-%1-ca.pem").arg(QCoreApplication::applicationPid()));
    if (options.tls) {
        QSaveFile file(caPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(simulator.trustedCaPem()) < 0 || !file.commit())
            return usageError(QStringLiteral("cannot write the CA file %1").arg(caPath));
        out << "ca-file " << caPath << Qt::endl;
    }
    quitOnTerminationSignals(&simulator);
    const int status = QCoreApplication::exec();
    if (options.tls)
        QFile::remove(caPath);
    return status;
}

} // namespace ndes::app
