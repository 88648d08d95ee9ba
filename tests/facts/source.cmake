# Fact sources: the catalogue, snapshots (folders and zips made at run time) and the live source off Windows.
ndes_add_test(tst_factcatalogue SOURCES tst_factcatalogue.cpp LIBS diagnostics LABELS unit)
ndes_add_test(tst_snapshotsource SOURCES tst_snapshotsource.cpp LIBS diagnostics LABELS unit)
ndes_add_test(tst_livesource SOURCES tst_livesource.cpp LIBS diagnostics LABELS unit)
