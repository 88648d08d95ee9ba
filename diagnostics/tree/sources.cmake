# The troubleshooting tree: loaded from resources/tree/tree.json, validated, and walked over the checks.
target_sources(diagnostics PRIVATE
    tree/tree.h tree/tree.cpp
)
qt_add_resources(diagnostics "tree"
    PREFIX "/tree"
    BASE "${PROJECT_SOURCE_DIR}/resources/tree"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/tree/tree.json"
)
