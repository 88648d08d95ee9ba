#include "verdict.h"

namespace ndes {

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Ok403: return QStringLiteral("ok-403");
    case Verdict::NdesDefaultPage: return QStringLiteral("ndes-default-page");
    case Verdict::ServiceUnavailable503: return QStringLiteral("service-unavailable-503");
    case Verdict::GatewayTimeout: return QStringLiteral("gateway-timeout");
    case Verdict::RequestTooLong: return QStringLiteral("request-too-long");
    case Verdict::PageCantBeDisplayed: return QStringLiteral("page-cant-be-displayed");
    case Verdict::InternalError500: return QStringLiteral("internal-error-500");
    case Verdict::TlsError: return QStringLiteral("tls-error");
    case Verdict::Timeout: return QStringLiteral("timeout");
    case Verdict::UnexpectedStatus: return QStringLiteral("unexpected-status");
    }
    return {};
}

std::optional<Verdict> verdictFromId(QStringView id)
{
    for (Verdict v : kAllVerdicts) {
        if (verdictId(v) == id)
            return v;
    }
    return std::nullopt;
}

} // namespace ndes
