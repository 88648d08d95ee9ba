#pragma once

#include "page.h"

class QLabel;

namespace ndes::ui {

class ChoiceCard;

// Three large choices: this server (live), a snapshot (later), training (offline).
class WelcomePage : public Page {
    Q_OBJECT
public:
    WelcomePage(const PageContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    QString stepLabel() const override;
    QWidget *preferredFocus() const override;
    void selectMode(int mode); // a Mode value; used by the command line and the tests

    // Local checks need Windows; elsewhere only the URL test works in live mode.
    static bool localChecksAvailable();
    // Whether this machine is an NDES server (its SCEP extension is installed).
    static bool ndesInstalledHere();

protected:
    void retranslate() override;
    void initializePage() override;
    bool validatePage() override;

private:
    void onChoice();

    QLabel *m_intro;
    ChoiceCard *m_live;
    ChoiceCard *m_snapshot;
    ChoiceCard *m_training;
};

} // namespace ndes::ui
