#pragma once

#include "flow.h"

#include <QDialog>

class QDialogButtonBox;
class QStackedWidget;
class QTextBrowser;

namespace ndes::ui {

class RemediationView;
class Session;

// Help for the current step: the remediation page of the verdict when there is one, else a short
// explanation of the page. Not modal: the wizard stays usable.
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    void showFor(const Session &session, PageId page);
    RemediationView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString pageHelp(PageId page) const;

    QStackedWidget *m_stack;
    RemediationView *m_view;
    QTextBrowser *m_text;
    QDialogButtonBox *m_buttons;
    PageId m_page = PageId::Welcome;
    QString m_topic;
    QString m_language;
};

} // namespace ndes::ui
