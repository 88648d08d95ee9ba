#pragma once

#include "flow.h"

#include <QWizardPage>

class QNetworkAccessManager;

namespace ndes::ui {

class Session;
class TrainingServer;

// What every page is given: the shared session, the training server, the network access manager.
struct PageContext {
    Session *session = nullptr;
    TrainingServer *training = nullptr;
    QNetworkAccessManager *nam = nullptr;
};

// Base of the wizard's pages: typed access to the session, and retranslate() on language change.
class Page : public QWizardPage {
    Q_OBJECT
public:
    Page(PageId id, const PageContext &context, QWidget *parent = nullptr);

    PageId pageId() const { return m_id; }
    // A short label for the side panel ("Scenario: App pool stopped").
    virtual QString stepLabel() const;
    // The widget that takes the keyboard focus when the page is shown (the wizard decides otherwise).
    virtual QWidget *preferredFocus() const { return nullptr; }

    QString plainTitle() const { return m_plainTitle; }

protected:
    virtual void retranslate() = 0;
    // Sets the title shown in the wizard's header (larger than the default), kept as plain text too.
    void setPageTitle(const QString &title);
    void changeEvent(QEvent *event) override;
    // Cancel enabled while something runs, the rerun button otherwise. The one to enable is enabled
    // first, so the keyboard focus never has to leave the page.
    static void enableCancelOrRerun(bool running, QWidget *cancel, QWidget *rerun);

    Session &session() const { return *m_context.session; }
    TrainingServer &training() const { return *m_context.training; }
    QNetworkAccessManager *nam() const { return m_context.nam; }

private:
    PageId m_id;
    PageContext m_context;
    QString m_plainTitle;
};

} // namespace ndes::ui
