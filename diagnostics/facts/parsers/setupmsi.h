#pragma once

// Windows Installer verbose logs (`msiexec /l*v`, the connector's SetupMsi.log; formats.md section 3).
// The outcome is decided from numeric markers only: the English wording is localized on French servers.

#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ndes::facts {

enum class MsiOutcome { Success, Failure, Cancelled, Unknown };

QString msiOutcomeId(MsiOutcome outcome); // "success", "failure", "cancelled", "unknown"

// One line that carries a numeric marker.
struct MsiMarkerLine {
    enum class Kind {
        InstallActionEnded,   // "...: INSTALL. Return value N." (1 success, 2 cancel, 3 failure)
        MainEngineReturning,  // "MainEngineThread is returning NNNN"
        InstallStatus,        // the product line ending "...: 1036. ... : NNNN." (success or error status)
        CustomActionExitCode, // "CustomAction X returned actual error code NNNN"
        CustomActionHresult,  // "<CustomAction>:  Error 0x8007xxxx: ..." (no engine prefix)
    };
    Kind kind = Kind::InstallActionEnded;
    qint64 line = 0;   // 1-based
    QString text;
    qint64 code = 0;   // return value, Windows Installer error code, or HRESULT
    QString action;    // the custom action, when the marker names one
    MsiOutcome outcome = MsiOutcome::Unknown; // what this marker alone says
};

struct SetupMsiLog {
    MsiOutcome outcome = MsiOutcome::Unknown;
    QList<MsiMarkerLine> deciding; // the markers that decided the outcome, in line order
    QList<MsiMarkerLine> markers;  // every marker found, in line order
    QString productName;
    QString productVersion;
    QStringList signatures;        // known failure causes, as ids (see setupmsi.cpp)
    bool hasHeader = false;        // first line "=== ... ===" (verbose logging started)
    bool complete = false;         // a closing "=== ... ===" line follows the header
    qint64 lines = 0;
    qint64 engineLines = 0;        // lines with the "MSI (c|s|a) (PID:TID) [HH:MM:SS:mmm]:" prefix
};

// Fails only when the text is neither empty nor recognisable as a Windows Installer log.
Expected<SetupMsiLog> parseSetupMsiLog(const QByteArray &bytes);

} // namespace ndes::facts
