#pragma once

#include "page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

namespace ndes::ui {

class BusyIndicator;
class StatusLabel;

// The SCEP server URL, checked as it is typed, with the advanced settings of the test.
class UrlPage : public Page {
    Q_OBJECT
public:
    UrlPage(const PageContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    QString stepLabel() const override;
    QWidget *preferredFocus() const override;
    // Puts a URL in the field and turns the snapshot's "skip the URL test" off ("Test this URL" of the logs).
    void takeUrl(const QString &url);

protected:
    void retranslate() override;
    void initializePage() override;
    bool validatePage() override;

private:
    void onTextEdited();
    void updateCheck();
    void onServerState();
    void browseCaFile();
    void storeSettings();
    void setSimulatorUrl(const QString &url);

    void onSkipToggled();

    QCheckBox *m_skip; // snapshot mode only: analyse the snapshot without testing a URL
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    StatusLabel *m_check;
    QLabel *m_hint;
    BusyIndicator *m_serverBusy;
    QLabel *m_serverText;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_longUrlLabel;
    QSpinBox *m_longUrl;
    QLabel *m_longUrlNote;
    QLabel *m_caLabel;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QString m_simulatorText; // the address last filled in from the simulator
};

} // namespace ndes::ui
