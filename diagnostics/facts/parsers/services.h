#pragma once

// Parsers for `sc query <svc>` and `sc qc <svc>`. Keys stay English; values are read by their numeric
// codes, because the words after them and the error messages can be localized.

#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ndes::facts {

// ERROR_SERVICE_DOES_NOT_EXIST.
inline constexpr int ScServiceNotFoundCode = 1060;

enum class ServiceState {
    Stopped = 1,
    StartPending = 2,
    StopPending = 3,
    Running = 4,
    ContinuePending = 5,
    PausePending = 6,
    Paused = 7,
};

enum class ServiceStartType { Boot = 0, System = 1, Auto = 2, Demand = 3, Disabled = 4 };

struct ScServiceStatus {
    QString serviceName;
    std::optional<int> type; // 0x10 own process, 0x20 shared, ...: the decimal digits sc prints read as hex
    std::optional<ServiceState> state;
    QString stateName;  // the word after the code, as printed (localized on some servers)
    QStringList controls; // the continuation line under STATE, e.g. STOPPABLE
    std::optional<quint32> win32ExitCode;
    std::optional<quint32> serviceExitCode;
    int line = 0;
};

struct ScQueryResult {
    bool notFound = false;
    QString message; // sc's (localized) message after a FAILED line
    QList<ScServiceStatus> services;
    QList<int> badLines;
};

// `sc query <svc>` (one block, or several for `sc query type= service`).
// `[SC] EnumQueryServicesStatus:OpenService FAILED 1060:` gives notFound (the word FAILED is localized, the
// code is not); other failures are errors.
Expected<ScQueryResult> parseScQuery(const QByteArray &bytes);

struct ScServiceConfig {
    bool notFound = false;
    QString message;
    QString serviceName;
    std::optional<int> type;
    std::optional<ServiceStartType> startType;
    QString startTypeName; // the word after the code, as printed
    bool delayed = false; // AUTO_START followed by a parenthesized qualifier, (DELAYED) in English
    std::optional<int> errorControl;
    QString binaryPathName; // as printed, quotes included
    QString loadOrderGroup;
    QString tag;
    QString displayName;
    QStringList dependencies;
    QString serviceStartName;
    QList<int> badLines;
};

// `sc qc <svc>`. `[SC] OpenService FAILED 1060:` gives notFound; other failures are errors.
Expected<ScServiceConfig> parseScQc(const QByteArray &bytes);

} // namespace ndes::facts
