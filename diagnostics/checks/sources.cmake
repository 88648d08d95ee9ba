# The local checks (PRODUCT.md 2.2): one function per check, the catalogue, and the asynchronous CRL check.
target_sources(diagnostics PRIVATE
    checks/check.h checks/check.cpp
    checks/catalogue.h checks/catalogue.cpp
    checks/crlreachability.h checks/crlreachability.cpp
)
