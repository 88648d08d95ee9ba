#include "log.h"

#include <mutex>

namespace ndes::log {

std::shared_ptr<spdlog::logger> get(const std::string &name)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto fallback = spdlog::default_logger();
    auto logger = std::make_shared<spdlog::logger>(name, fallback->sinks().begin(), fallback->sinks().end());
    logger->set_level(fallback->level());
    spdlog::register_logger(logger);
    return logger;
}

} // namespace ndes::log
