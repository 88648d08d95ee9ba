#pragma once

#include "http/classify.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ndes::report {

// The check-url JSON object (PRODUCT.md 3): url, verdict, requests, capabilities, certificates, findings.
// Query strings are left out of request URLs: they can be long and, for PKIOperation, secret.
QJsonObject probeResultToJson(const http::ProbeResult &result);

QJsonArray findingsToJson(const Findings &findings);

} // namespace ndes::report
