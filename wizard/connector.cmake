# Texts for the connector log findings and stages (diagnostics/logs/connector).
target_sources(wizard PRIVATE
    connectortexts.h connectortexts.cpp
)
