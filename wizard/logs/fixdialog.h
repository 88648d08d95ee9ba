#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace ndes::ui {

class RemediationView;

// A remediation page opened from a log finding ("How to fix"), scrolled to the anchor of the finding.
// Not modal: the logs stay readable next to it. It follows the language switch.
class FixDialog : public QDialog {
    Q_OBJECT
public:
    explicit FixDialog(QWidget *parent = nullptr);

    // `target` is "page" or "page#anchor" (resources/content/<language>/page.md).
    void showTarget(const QString &target);
    RemediationView *view() const { return m_view; }
    QString target() const { return m_target; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    RemediationView *m_view;
    QDialogButtonBox *m_buttons;
    QString m_target;
};

} // namespace ndes::ui
