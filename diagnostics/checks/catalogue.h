#pragma once

// The ids of the local checks, in the order of PRODUCT.md 2.2, and the runner of the synchronous ones.

#include "checks/check.h"

#include <QStringList>

#include <optional>

namespace ndes::checks {

// Every check id (12), in the order of PRODUCT.md 2.2.
const QStringList &checkIds();

// True for the checks that need the network and run as an object (crl.reachable: CrlReachability).
bool isAsyncCheck(const QString &id);

// Runs a synchronous check; nullopt for an unknown id or an asynchronous one.
std::optional<CheckResult> runCheck(const QString &id, const CheckContext &ctx);

} // namespace ndes::checks
