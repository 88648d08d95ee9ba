#include "finding.h"

#include "check.h"

namespace ndes {

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString checkStatusId(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

} // namespace ndes
