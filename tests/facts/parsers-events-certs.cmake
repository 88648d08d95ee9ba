# Parsers of event logs, SetupMsi.log, exported certificate stores and AD account JSON.
ndes_add_test(tst_parser_events SOURCES tst_parser_events.cpp LIBS diagnostics LABELS unit)
ndes_add_test(tst_parser_setupmsi SOURCES tst_parser_setupmsi.cpp LIBS diagnostics LABELS unit)
ndes_add_test(tst_parser_certstore SOURCES tst_parser_certstore.cpp LIBS diagnostics LABELS unit)
ndes_add_test(tst_parser_adaccount SOURCES tst_parser_adaccount.cpp LIBS diagnostics LABELS unit)
