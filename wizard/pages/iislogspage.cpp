#include "iislogspage.h"

#include "logs/iislogpanel.h"

#include <QVBoxLayout>

namespace ndes::ui {

IisLogsPage::IisLogsPage(const PageContext &context, QWidget *parent)
    : Page(PageId::IisLogs, context, parent), m_panel(new IisLogPanel(context.session, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    retranslate();
}

QString IisLogsPage::stepLabel() const
{
    return tr("IIS logs");
}

void IisLogsPage::retranslate()
{
    setPageTitle(tr("Review IIS logs"));
    setSubTitle(tr("Did the devices reach IIS, and what did IIS answer them? Read the logs of the NDES server "
                   "to find out."));
}

void IisLogsPage::cleanupPage()
{
    // Going back stops a scan that nobody would see end; what was read stays.
    m_panel->cancelScan();
    Page::cleanupPage();
}

} // namespace ndes::ui
