#pragma once

#include "page.h"

#include <QDateTime>

class QLabel;
class QPushButton;

namespace ndes::ui {

class ChoiceCard;
class StatusLabel;

// Three large choices: this server (live), a snapshot (a folder or .zip, also dropped on the page), training.
class WelcomePage : public Page {
    Q_OBJECT
public:
    WelcomePage(const PageContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    QString stepLabel() const override;
    QWidget *preferredFocus() const override;
    void selectMode(int mode); // a Mode value; used by the command line and the tests
    // Opens a snapshot folder or .zip and chooses snapshot mode; false (the page says why) when it cannot.
    bool openSnapshot(const QString &path);

    // Local checks need Windows; elsewhere only the URL test works in live mode.
    static bool localChecksAvailable();
    // Whether this machine is an NDES server (its SCEP extension is installed).
    static bool ndesInstalledHere();

protected:
    void retranslate() override;
    void initializePage() override;
    bool validatePage() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onChoice();
    void browseSnapshot(bool zip);
    void refreshSnapshotStatus();

    QLabel *m_intro;
    ChoiceCard *m_live;
    ChoiceCard *m_snapshot;
    ChoiceCard *m_training;
    QWidget *m_snapshotRow;
    QPushButton *m_folderButton;
    QPushButton *m_zipButton;
    StatusLabel *m_snapshotStatus;
    QString m_errorPath;       // the last snapshot that could not be opened, and why
    QString m_errorReason;
    QString m_snapshotHost;    // what the opened snapshot says of itself
    QDateTime m_snapshotCreated;
    int m_snapshotFacts = 0;
    int m_snapshotProblems = 0;
};

} // namespace ndes::ui
