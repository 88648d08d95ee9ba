#pragma once

#include <QByteArray>
#include <QString>

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <string>

// Lets spdlog format QString and QByteArray directly.
template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template<typename Ctx>
    auto format(const QString &s, Ctx &ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

template<>
struct fmt::formatter<QByteArray> : fmt::formatter<std::string_view> {
    template<typename Ctx>
    auto format(const QByteArray &s, Ctx &ctx) const
    {
        return fmt::formatter<std::string_view>::format(std::string_view(s.constData(), size_t(s.size())), ctx);
    }
};

namespace ndes::log {

// The named logger of a component ("http", "scep", "training", "facts", "logs", "ui", "qt").
// If the application has not set logging up (tests, fuzzers), a logger that shares the sinks of
// spdlog's default logger is made on first use, so logging never crashes.
std::shared_ptr<spdlog::logger> get(const std::string &name);

} // namespace ndes::log
