# Connector logs: NDESPlugin.log, .svclog, events 4000-4010 (diagnostics/logs/connector).
ndes_add_fuzzer(fuzz_connector
    SOURCES fuzz_connector.cpp
        ${_diag}/logs/connector/connectorlog.cpp ${_diag}/logs/connector/ndesplugin.cpp
        ${_diag}/logs/connector/svclog.cpp ${_diag}/logs/connector/connectorevents.cpp
        ${_diag}/facts/parsers/events.cpp ${_diag}/facts/text.cpp
        ${_diag}/core/expected.cpp ${_diag}/core/finding.cpp
    SEEDS ${PROJECT_SOURCE_DIR}/tests/fixtures/connector)
