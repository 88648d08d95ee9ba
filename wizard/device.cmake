# Texts for the device log reader (logs/device).
target_sources(wizard PRIVATE
    devicetexts.h devicetexts.cpp
)
