#include "fixdialog.h"

#include "widgets/remediationview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ndes::ui {

FixDialog::FixDialog(QWidget *parent)
    : QDialog(parent), m_view(new RemediationView(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("logFixDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(720, 640);
}

void FixDialog::showTarget(const QString &target)
{
    m_target = target;
    refresh();
    show();
    raise();
    activateWindow();
}

void FixDialog::refresh()
{
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the fix page"));
    const qsizetype hash = m_target.indexOf(QLatin1Char('#'));
    const QString page = hash < 0 ? m_target : m_target.left(hash);
    const QString anchor = hash < 0 ? QString() : m_target.mid(hash + 1);
    m_view->load(page, QLocale().name().left(2));
    setWindowTitle(tr("How to fix - %1").arg(m_view->title()));
    if (!anchor.isEmpty()) {
        // The page lays itself out first; then its anchor has a place to scroll to.
        QTimer::singleShot(0, this, [this, anchor] { m_view->scrollToAnchor(anchor); });
    }
}

void FixDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_target.isEmpty())
        refresh();
    QDialog::changeEvent(event);
}

} // namespace ndes::ui
