#include "cli.h"
#include "logging.h"

#include "guimain.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace {

struct Command {
    const char *name;
    int (*run)(const QStringList &);
};

constexpr Command kCommands[] = {
    {"check-url", ndes::app::runCheckUrl},
    {"scenarios", ndes::app::runScenarios},
    {"simulate", ndes::app::runSimulate},
    {"scan-iis-logs", ndes::app::runScanIisLogs},
    {"diagnose", ndes::app::runDiagnose},
    {"read-device-log", ndes::app::runReadDeviceLog},
    {"read-connector-log", ndes::app::runReadConnectorLog},
};

// Drops "--log-level X" / "--log-level=X" so commands need not know about it.
QStringList commandArguments(int argc, char **argv, int from)
{
    QStringList args;
    for (int i = from; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--log-level") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(arg, "--log-level=", 12) == 0)
            continue;
        args << QString::fromLocal8Bit(arg);
    }
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ndes-doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("ndes-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NDES_DOCTOR_VERSION));
    ndes::app::setUpLogging(ndes::app::logLevelFromArgs(argc, argv).value_or(QString()));

    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            if (std::strcmp(argv[i], "--log-level") == 0)
                ++i;
            continue;
        }
        for (const Command &command : kCommands) {
            if (std::strcmp(argv[i], command.name) == 0) {
                QCoreApplication app(argc, argv);
                return command.run(commandArguments(argc, argv, i + 1));
            }
        }
        break; // the first bare word is not a command: leave it to the wizard's own parser
    }
    return ndes::ui::runWizard(argc, argv);
}
