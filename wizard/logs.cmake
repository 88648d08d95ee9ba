# The device and connector logs: the "Review device logs" page, the logs window and the log locations.
target_sources(wizard PRIVATE
    logs/logreadjob.h logs/logreadjob.cpp
    logs/fixdialog.h logs/fixdialog.cpp
    logs/traininglogs.h logs/traininglogs.cpp
    logs/devicelogpanel.h logs/devicelogpanel.cpp
    widgets/stagetimeline.h widgets/stagetimeline.cpp
    pages/devicelogspage.h pages/devicelogspage.cpp
    loglocations.h loglocations.cpp
    logswindow.h logswindow.cpp
)

# The simulated device and connector logs of training (resources/training-logs/<scenario>/device|connector/...),
# written by resources/training-logs/generate_device.py, which prints this list.
qt_add_resources(wizard "device_training_logs"
    PREFIX "/training-logs"
    BASE "${PROJECT_SOURCE_DIR}/resources/training-logs"
    FILES
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-crl-unreachable/device/iPhone-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-intermediate-in-root/device/iPhone-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-stopped/device/iPhone-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-windows-auth/device/iPhone-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-proxy-connector-stopped/device/OMADM.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-proxy-wrong-url/device/OMADM.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/healthy/connector/NDESPlugin.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/healthy/device/OMADM.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/impersonate-right-missing/device/OMADM.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/mscep-ra-expired/device/DeviceManagement-Admin.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/mscep-ra-expired/device/iPhone-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/no-answer/device/iPhone-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/request-filtering-default/device/OMADM.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/request-limits-default/device/iPhone-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/service-account-locked/device/DeviceManagement-Admin.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/tls-untrusted/connector/NDESPlugin.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/tls-untrusted/device/iPad-console.txt
        ${PROJECT_SOURCE_DIR}/resources/training-logs/unexpected-401/device/OMADM.log
)
