# The "Review IIS logs" page: the scan job, the IIS log panel (also used by the logs window), its chart
# and drop zone, the texts of the IIS findings, and the simulated server's logs for training.
target_sources(wizard PRIVATE
    iistexts.h iistexts.cpp
    logs/iisscanjob.h logs/iisscanjob.cpp
    logs/iislogpanel.h logs/iislogpanel.cpp
    widgets/hourchart.h widgets/hourchart.cpp
    widgets/logdropzone.h widgets/logdropzone.cpp
    pages/iislogspage.h pages/iislogspage.cpp
)

# resources/training-logs/<scenario>/..., written by resources/training-logs/generate.py (which prints this list).
qt_add_resources(wizard "iis_training_logs"
    PREFIX "/training-logs"
    BASE "${PROJECT_SOURCE_DIR}/resources/training-logs"
    FILES
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-crl-unreachable/HTTPERR/httperr1.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-crl-unreachable/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-crl-unreachable/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-intermediate-in-root/HTTPERR/httperr1.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-intermediate-in-root/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-intermediate-in-root/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-stopped/HTTPERR/httperr1.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-stopped/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-stopped/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-windows-auth/HTTPERR/httperr1.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-windows-auth/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-pool-windows-auth/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-proxy-connector-stopped/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-proxy-connector-stopped/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-proxy-wrong-url/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/app-proxy-wrong-url/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/connector-not-installed/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/connector-not-installed/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/healthy/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/healthy/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/impersonate-right-missing/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/impersonate-right-missing/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/mscep-ra-expired/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/mscep-ra-expired/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/no-answer/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/no-answer/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/request-filtering-default/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/request-filtering-default/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/request-limits-default/HTTPERR/httperr1.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/request-limits-default/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/request-limits-default/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/service-account-locked/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/service-account-locked/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/tls-untrusted/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/tls-untrusted/W3SVC1/u_ex260106.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/unexpected-401/W3SVC1/u_ex260105.log
        ${PROJECT_SOURCE_DIR}/resources/training-logs/unexpected-401/W3SVC1/u_ex260106.log
)
