#pragma once

#include <QString>

namespace ndes::ui {

// The simulated logs of the training scenarios, embedded under ":/training-logs/<scenario>/<part>/"
// (resources/training-logs/): the IIS folders W3SVC1 and HTTPERR, and the device and connector logs.
QString trainingLogsRoot(const QString &scenarioId, const QString &part);

// Copies a scenario's part into `to`/<part>, subfolders kept, as files the user may read and delete (the
// readers and the user's tools want real files). True when every file was copied, and when the part has none.
bool copyTrainingLogs(const QString &scenarioId, const QString &part, const QString &to);

} // namespace ndes::ui
