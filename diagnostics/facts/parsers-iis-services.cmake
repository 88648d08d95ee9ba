# Fact parsers: IIS configuration and appcmd, services (sc), registry (reg query), user rights (secedit).
target_sources(diagnostics PRIVATE
    facts/parsers/iisxml.h facts/parsers/iisxml.cpp
    facts/parsers/appcmd.h facts/parsers/appcmd.cpp
    facts/parsers/iisconfig.h facts/parsers/iisconfig.cpp
    facts/parsers/services.h facts/parsers/services.cpp
    facts/parsers/registry.h facts/parsers/registry.cpp
    facts/parsers/userrights.h facts/parsers/userrights.cpp
)
