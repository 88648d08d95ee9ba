# Fact parsers: appcmd, IIS configuration files, sc, reg query, secedit. Fixtures in tests/fixtures/facts/.
ndes_add_test(tst_parser_appcmd SOURCES tst_parser_appcmd.cpp parserfixtures.h LIBS diagnostics LABELS unit)
ndes_add_test(tst_parser_iisconfig SOURCES tst_parser_iisconfig.cpp parserfixtures.h LIBS diagnostics LABELS unit)
ndes_add_test(tst_parser_services SOURCES tst_parser_services.cpp parserfixtures.h LIBS diagnostics LABELS unit)
ndes_add_test(tst_parser_registry SOURCES tst_parser_registry.cpp parserfixtures.h LIBS diagnostics LABELS unit)
ndes_add_test(tst_parser_userrights SOURCES tst_parser_userrights.cpp parserfixtures.h LIBS diagnostics LABELS unit)
