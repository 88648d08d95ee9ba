#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace ndes {

// The outcome of the SCEP URL test. The string ids are stable: the CLI, the tests,
// the tree and the report use them (PRODUCT.md section 2.1).
enum class Verdict {
    Ok403,
    NdesDefaultPage,
    ServiceUnavailable503,
    GatewayTimeout,
    RequestTooLong,
    PageCantBeDisplayed,
    InternalError500,
    TlsError,
    Timeout,
    UnexpectedStatus,
};

inline constexpr std::array<Verdict, 10> kAllVerdicts = {
    Verdict::Ok403,           Verdict::NdesDefaultPage,     Verdict::ServiceUnavailable503,
    Verdict::GatewayTimeout,  Verdict::RequestTooLong,      Verdict::PageCantBeDisplayed,
    Verdict::InternalError500, Verdict::TlsError,           Verdict::Timeout,
    Verdict::UnexpectedStatus,
};

QString verdictId(Verdict v);
std::optional<Verdict> verdictFromId(QStringView id);

// True only for the healthy verdict.
inline bool isHealthy(Verdict v) { return v == Verdict::Ok403; }

} // namespace ndes
