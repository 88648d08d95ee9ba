ndes_add_fuzzer(fuzz_device
    SOURCES fuzz_device.cpp
        ${_diag}/logs/device/devicelog.cpp ${_diag}/logs/device/linereader.cpp ${_diag}/logs/device/tracker.cpp
        ${_diag}/logs/device/android.cpp ${_diag}/logs/device/ios.cpp ${_diag}/logs/device/windows.cpp
        ${_diag}/facts/parsers/events.cpp ${_diag}/facts/text.cpp ${_diag}/core/expected.cpp
    SEEDS ${PROJECT_SOURCE_DIR}/tests/fixtures/device/android ${PROJECT_SOURCE_DIR}/tests/fixtures/device/ios
        ${PROJECT_SOURCE_DIR}/tests/fixtures/device/windows)
