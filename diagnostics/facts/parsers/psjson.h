#pragma once

// Reading what PowerShell's ConvertTo-Json writes: property names compare case-insensitively,
// and booleans may arrive as JSON booleans or as "True"/"False" strings.

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>

#include <optional>

namespace ndes::facts::psjson {

QJsonValue valueOf(const QJsonObject &o, QLatin1String key); // Undefined when absent
std::optional<bool> boolOf(const QJsonValue &v);

} // namespace ndes::facts::psjson
