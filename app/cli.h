#pragma once

#include <QStringList>

namespace ndes::app {

// Exit statuses of every command (PRODUCT.md 3).
enum ExitStatus : int { ExitHealthy = 0, ExitProblem = 1, ExitUsage = 2 };

// Each command gets its own arguments (argv without the program name and the command word)
// and runs inside an existing QCoreApplication.
int runCheckUrl(const QStringList &args);
int runScenarios(const QStringList &args);
int runSimulate(const QStringList &args);
int runScanIisLogs(const QStringList &args);
int runDiagnose(const QStringList &args);
int runReadDeviceLog(const QStringList &args);
int runReadConnectorLog(const QStringList &args);

// Prints "ndes-doctor: <reason>" on stderr and returns ExitUsage.
int usageError(const QString &reason);

} // namespace ndes::app
