#pragma once

#include "core/verdict.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ndes::training {

// How the simulated server behaves. One behaviour per documented fault.
enum class Behaviour {
    Healthy,                 // 403 on the bare URL, working GetCACaps and GetCACert
    ConnectorNotInstalled,   // 200 with the NDES page in UTF-16LE without a BOM
    AppPoolStopped,          // HTTP.sys 503 on every request
    AppProxyConnectorStopped,// App Proxy GatewayTimeout (504 with x-ms-proxy-* headers)
    HttpSysDefaultLimits,    // long URLs above 16,384 bytes get the HTTP.sys 414
    RequestFilteringDefault, // query strings above 2,048 bytes get the IIS 404.15 page
    WrongExternalUrl,        // the URL's host is under .invalid and never resolves
    ServiceAccountLocked,    // IIS 500 on every NDES request
    MscepRaExpired,          // IIS 500 on the bare URL, GetCACert serves expired RA certificates
    TlsUntrusted,            // TLS with a certificate the probe must reject
    NoAnswer,                // accepts the connection and never answers
    Unexpected401,           // IIS 401.2 asking for Windows authentication
    ImpersonateRightMissing, // 403 on the bare URL, 500 (win32 1346) on GetCACert
};

struct Scenario {
    QString id;              // stable id, e.g. "app-pool-stopped"
    Behaviour behaviour;
    Verdict expectedVerdict;
    QString cause;           // the check id that is the documented cause, empty when none applies
    int difficulty;          // 1 (easy) to 3 (hard), for the training list
};

const QList<Scenario> &scenarios();
std::optional<Scenario> findScenario(QStringView id);

} // namespace ndes::training
