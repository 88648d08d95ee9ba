#pragma once

#include <QString>

#include <optional>

namespace ndes::app {

// Sets up the shared sinks (a rotating file in the user's app-data folder, and stderr for warnings
// and worse), registers one logger per component, and bridges Qt's messages into the "qt" logger.
// `level` is a spdlog level name ("trace", "debug", "info", "warn", "error", "off").
// Returns the log file path, or an empty string when only stderr could be set up.
QString setUpLogging(const QString &level);

// The --log-level value in argv, if any (read before QCoreApplication exists).
std::optional<QString> logLevelFromArgs(int argc, char **argv);

} // namespace ndes::app
