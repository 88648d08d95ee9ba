#pragma once

// The local checks of PRODUCT.md 2.2: one pure function per check, reading raw facts from a FactSource and
// parsing them with the fact parsers. Results are ids and evidence (core/check.h).
// A fact that is missing, not available or unreadable gives Skipped, never a crash.

#include "core/check.h"
#include "facts/fact.h"

#include <QDateTime>

#include <optional>

namespace ndes::checks {

struct CheckContext {
    facts::FactSource *facts = nullptr;
    QDateTime now; // UTC
};

// Reads a fact for `checkId`. When it is not usable, returns nullopt and sets `skip` to the skipped result that
// says why (fact-missing, not-available or fact-unreadable, with the fact id and its status as evidence).
std::optional<facts::RawFact> readFact(const CheckContext &ctx, const QString &checkId, const QString &factId,
                                       CheckResult *skip);

// appcmd.apppool.scep.state, else appcmd.apppool.list: the SCEP pool must be Started.
CheckResult checkAppPoolScep(const CheckContext &ctx);
// secedit.user_rights: SeImpersonatePrivilege must hold IIS_IUSRS (*S-1-5-32-568), by SID.
CheckResult checkRightsImpersonate(const CheckContext &ctx);
// sc.query.wapcsvc and sc.qc.wapcsvc: WAPCSvc running and AUTO_START; absent service: Skipped.
CheckResult checkServiceAppProxy(const CheckContext &ctx);
// file.applicationhost.config (+ file.web.config.site and file.web.config.mscep, the most specific level
// winning), else appcmd.config.requestfiltering: effective maxUrl and maxQueryString at least 65534.
CheckResult checkLimitsRequestFiltering(const CheckContext &ctx);
// reg.http.parameters: MaxFieldLength and MaxRequestBytes at least 65534; absent values warn.
CheckResult checkLimitsHttpSys(const CheckContext &ctx);
// appcmd.config.auth.certregsvc, else file.applicationhost.config: anonymous on, Windows off.
CheckResult checkIisAuthCertRegSvc(const CheckContext &ctx);
// store.my: both NDES RA certificates present, valid for more than 30 days, with a private key.
CheckResult checkCertsMscepRa(const CheckContext &ctx);
// store.root: every certificate self-issued and self-signed.
CheckResult checkRootStoreIntermediates(const CheckContext &ctx);
// events.application.1000: no w3wp.exe crash in the 7 days before ctx.now.
CheckResult checkEventsW3wpCrash(const CheckContext &ctx);
// file.setupmsi.log: the connector installation outcome from the numeric markers.
CheckResult checkConnectorInstall(const CheckContext &ctx);
// file.applicationhost.config (SCEP pool identity), then ad.service-account: not locked, expired or disabled.
CheckResult checkAccountNdesService(const CheckContext &ctx);

// The minimum days of validity an RA certificate must have left.
inline constexpr int RaExpiryWarningDays = 30;
// The lowest request limit that lets a SCEP GET through (PRODUCT.md 2.2).
inline constexpr quint64 MinRequestLimit = 65534;
// How far back a w3wp.exe crash counts.
inline constexpr int CrashWindowDays = 7;

} // namespace ndes::checks
