# Device-side enrollment logs: Android OMADM.log, iOS console text, Windows DMEDP events.
target_sources(diagnostics PRIVATE
    logs/device/devicelog.h logs/device/devicelog.cpp
    logs/device/linereader.h logs/device/linereader.cpp
    logs/device/parsers.h logs/device/tracker.cpp
    logs/device/android.cpp
    logs/device/ios.cpp
    logs/device/windows.cpp
)
