#include "logging.h"

#include "core/log.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <cstring>
#include <vector>

namespace ndes::app {

namespace {

spdlog::level::level_enum toSpdLevel(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

// Platform chatter that says nothing about NDES Doctor goes to the debug level, not to the user's terminal.
bool isPlatformNoise(const QString &message)
{
    return message.contains(QLatin1String("does not support propagateSizeHints"))
        || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"));
}

void qtMessageBridge(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const auto logger = ndes::log::get("qt");
    if (type == QtWarningMsg && isPlatformNoise(message))
        type = QtDebugMsg;
    const spdlog::source_loc where{context.file ? context.file : "", context.line,
                                   context.function ? context.function : ""};
    logger->log(where, toSpdLevel(type), "{}", message);
    if (type == QtFatalMsg) {
        logger->flush();
        std::abort();
    }
}

} // namespace

std::optional<QString> logLevelFromArgs(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strncmp(arg, "--log-level=", 12) == 0)
            return QString::fromLocal8Bit(arg + 12);
        if (std::strcmp(arg, "--log-level") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return std::nullopt;
}

QString setUpLogging(const QString &level)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    console->set_pattern("%^%l%$ [%n] %v");
    sinks.push_back(console);

    QString filePath;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!dir.isEmpty() && QDir().mkpath(dir)) {
        filePath = QDir(dir).filePath(QStringLiteral("ndes-doctor.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(filePath.toStdString(),
                                                                               2 * 1024 * 1024, 3);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%n] %v");
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            filePath.clear(); // an unwritable folder must not stop the tool; stderr still works
        }
    }

    auto level_ = spdlog::level::from_str(level.toStdString());
    if (level.isEmpty())
        level_ = spdlog::level::info;
    auto root = std::make_shared<spdlog::logger>("ndes-doctor", sinks.begin(), sinks.end());
    root->set_level(level_);
    root->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(root);
    for (const char *name : {"http", "scep", "training", "facts", "logs", "ui", "qt", "cli"}) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(level_);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    qInstallMessageHandler(qtMessageBridge);
    return filePath;
}

} // namespace ndes::app
