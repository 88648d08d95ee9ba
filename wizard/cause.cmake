# The "Find the cause" page, its check runner, and the texts of the local checks.
target_sources(wizard PRIVATE
    checktexts.h checktexts.cpp
    causerunner.h causerunner.cpp
    pages/causepage.h pages/causepage.cpp
)
