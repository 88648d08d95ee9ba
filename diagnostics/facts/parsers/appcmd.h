#pragma once

// Parsers for the outputs of IIS's appcmd.exe (labels stay English; error messages are localized).

#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ndes::facts {

// appcmd and Get-WebAppPoolState names; the WMI codes are 0 Starting, 1 Started, 2 Stopping, 3 Stopped, 4 Unknown.
enum class AppPoolState { Starting = 0, Started = 1, Stopping = 2, Stopped = 3, Unknown = 4 };

std::optional<AppPoolState> appPoolStateFromText(const QString &text);
QString appPoolStateName(AppPoolState state);

// appcmd's exit code for a missing object (ERROR_NOT_FOUND).
inline constexpr int AppcmdNotFoundExitCode = 1168;

struct AppcmdAppPool {
    QString name;
    QString managedVersion; // empty for "No Managed Code"
    QString pipelineMode;   // Integrated or Classic
    AppPoolState state = AppPoolState::Unknown;
    int line = 0;
};

struct AppcmdAppPools {
    bool notFound = false;
    QString message; // appcmd's own (localized) message for a missing object
    QList<AppcmdAppPool> pools;
    QList<int> badLines; // 1-based line numbers that were neither a pool nor a known sibling line

    std::optional<AppcmdAppPool> find(const QString &name) const;
};

// `appcmd list apppool [name]`. SITE/APP/VDIR/WP lines are skipped. An exit code of 1168 gives notFound.
Expected<AppcmdAppPools> parseAppcmdAppPools(const QByteArray &bytes, int exitCode = 0);

struct AppcmdState {
    bool notFound = false;
    QString message;
    std::optional<AppPoolState> state;
    QList<int> badLines;
};

// `appcmd list apppool "SCEP" /text:state` (one bare state), also accepting the default rendering of
// `Get-WebAppPoolState` (a `Value` header and a dashed rule before the state).
Expected<AppcmdState> parseAppcmdState(const QByteArray &bytes, int exitCode = 0);

// Where an XML-reading parser stopped: fixed English text (never the input's content), and the place.
struct XmlIssue {
    QString what;
    int line = 0;
    int column = 0;
};

struct RequestLimits {
    quint64 maxUrl = 4096;
    quint64 maxQueryString = 2048;
    quint64 maxAllowedContentLength = 30000000;
    bool maxUrlExplicit = false;
    bool maxQueryStringExplicit = false;
    bool maxAllowedContentLengthExplicit = false;
};

struct AppcmdRequestFiltering {
    bool notFound = false;
    QString message;
    bool sectionFound = false; // a <requestFiltering> element was read
    RequestLimits limits;      // IIS defaults for what is absent
    QList<int> badLines;       // lines holding a requestLimits value that is not a number
    QList<XmlIssue> issues;    // malformed or truncated XML; what was read before is kept
};

// `appcmd list config "<path>" /section:requestFiltering`, an XML fragment rooted at <system.webServer>.
Expected<AppcmdRequestFiltering> parseAppcmdRequestFiltering(const QByteArray &bytes, int exitCode = 0);

struct AppcmdAuthentication {
    bool notFound = false;
    QString message;
    // Absent when the section was not in the output; the schema default (false) applies when the
    // element is present without an enabled attribute.
    std::optional<bool> anonymousEnabled;
    std::optional<bool> windowsEnabled;
    QList<int> badLines;
    QList<XmlIssue> issues;
};

// `appcmd list config "<path>" /section:anonymousAuthentication` and/or `/section:windowsAuthentication`
// (one or both fragments, one after the other). Credentials in the fragment are never kept.
Expected<AppcmdAuthentication> parseAppcmdAuthentication(const QByteArray &bytes, int exitCode = 0);

} // namespace ndes::facts
