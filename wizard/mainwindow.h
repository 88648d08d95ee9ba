#pragma once

#include "flow.h"
#include "pages/page.h"

#include <QPointer>
#include <QWidget>
#include <QWizard>

class QLabel;
class QNetworkAccessManager;
class QToolButton;
class QButtonGroup;

namespace ndes::ui {

class HelpDialog;
class LogsWindow;
class Session;
class SidePanel;
class TrainingServer;
class Translations;

// The QWizard itself. Where to go next is asked of flow.h, never of the pages.
class Wizard : public QWizard {
    Q_OBJECT
public:
    Wizard(const PageContext &context, QWidget *parent = nullptr);

    int nextId() const override;
    Page *pageAt(PageId id) const;
    Page *current() const;
    PageId currentPageId() const { return PageId(currentId()); }

    // Goes back through the history to an earlier page (each page left is cleaned up).
    void goBackTo(PageId id);

protected:
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void refreshButtons();

    const Session *m_session;
};

// The window: top bar (title, mode badge, language switch), training banner, side panel and wizard.
class MainWindow : public QWidget {
    Q_OBJECT
public:
    explicit MainWindow(Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    Wizard *wizard() const { return m_wizard; }
    TrainingServer *trainingServer() const { return m_training; }
    SidePanel *sidePanel() const { return m_side; }

    // Starts on the welcome page with training chosen, and the scenario preselected when given.
    void preselectTraining(const QString &scenarioId);
    bool setLanguage(const QString &code);
    void showHelp();
    // The logs window (created on first use), shown and brought forward.
    LogsWindow *showLogs();
    LogsWindow *logsWindow() const;
    // "Test this URL" from a device log: the URL goes into the URL test's settings (in training the simulated
    // server stands for it), and the wizard goes to the URL test and starts it.
    void testUrl(const QString &url);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void refreshFrame();
    void refreshLanguageButtons();
    void onPageChanged();
    void focusPage();

    Translations *m_translations;
    Session *m_session;
    TrainingServer *m_training;
    QNetworkAccessManager *m_nam;
    QLabel *m_appTitle;
    QWidget *m_badge;
    QLabel *m_badgeIcon;
    QLabel *m_badgeText;
    QLabel *m_languageLabel;
    QButtonGroup *m_languageGroup;
    QList<QToolButton *> m_languageButtons;
    QWidget *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;
    SidePanel *m_side;
    Wizard *m_wizard;
    QPointer<HelpDialog> m_help;
    QPointer<LogsWindow> m_logs;
    QString m_preselectedScenario;
};

} // namespace ndes::ui
