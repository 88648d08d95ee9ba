# Parsers of event logs, SetupMsi.log, exported certificate stores and AD account JSON.
target_sources(diagnostics PRIVATE
    facts/parsers/events.h facts/parsers/events.cpp
    facts/parsers/setupmsi.h facts/parsers/setupmsi.cpp
    facts/parsers/certstore.h facts/parsers/certstore.cpp
    facts/parsers/adaccount.h facts/parsers/adaccount.cpp
    facts/parsers/psjson.h facts/parsers/psjson.cpp
)
