# The Intune connector's logs: NDESPlugin.log, .svclog, events 4000-4010.
target_sources(diagnostics PRIVATE
    logs/connector/connectorlog.h logs/connector/connectorlog_p.h logs/connector/connectorlog.cpp
    logs/connector/ndesplugin.cpp
    logs/connector/svclog.cpp
    logs/connector/connectorevents.cpp
)
