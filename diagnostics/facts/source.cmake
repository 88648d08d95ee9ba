# Where facts come from: the catalogue, the snapshot source (folder or zip) and the live source (Windows).
find_package(ZLIB REQUIRED)
target_sources(diagnostics PRIVATE
    facts/fact.h facts/fact.cpp
    facts/zipreader.h facts/zipreader.cpp
    facts/snapshotsource.h facts/snapshotsource.cpp
    facts/livesource.h facts/livesource.cpp
)
target_link_libraries(diagnostics PUBLIC ZLIB::ZLIB)
