#include "page.h"

#include <QEvent>

namespace ndes::ui {

Page::Page(PageId id, const PageContext &context, QWidget *parent) : QWizardPage(parent), m_id(id), m_context(context)
{
    setObjectName(pageKey(id) + QStringLiteral("Page"));
}

QString Page::stepLabel() const
{
    return m_plainTitle;
}

void Page::setPageTitle(const QString &title)
{
    m_plainTitle = title;
    setTitle(QStringLiteral("<span style=\"font-size:x-large; font-weight:600;\">%1</span>").arg(title.toHtmlEscaped()));
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void Page::enableCancelOrRerun(bool running, QWidget *cancel, QWidget *rerun)
{
    if (running) {
        cancel->setEnabled(true);
        rerun->setEnabled(false);
    } else {
        rerun->setEnabled(true);
        cancel->setEnabled(false);
    }
}

} // namespace ndes::ui
