#pragma once

#include <QDateTime>

#include <functional>

namespace ndes {

// Injected time source. Certificate validity is judged against it, so tests can pin "now".
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

inline Clock fixedClock(QDateTime at)
{
    return [at] { return at; };
}

} // namespace ndes
