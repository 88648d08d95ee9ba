# Facts: where they come from, and one parser per fact. Each part lists its own files.
target_sources(diagnostics PRIVATE
    facts/text.h facts/text.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/source.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/parsers-iis-services.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/parsers-events-certs.cmake OPTIONAL)
