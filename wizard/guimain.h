#pragma once

namespace ndes::ui {

// The graphical wizard: creates the QApplication (or uses the one that exists), reads the GUI
// options (--lang fr|en, --training [SCENARIO], --screenshot FILE --goto PAGE; --log-level is
// accepted and left to the caller) and runs until the window closes. Returns the exit status.
int runWizard(int argc, char **argv);

} // namespace ndes::ui
