#include "devicelogspage.h"

#include "logs/devicelogpanel.h"
#include "session.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace ndes::ui {

DeviceLogsPage::DeviceLogsPage(const PageContext &context, QWidget *parent)
    : Page(PageId::DeviceLogs, context, parent), m_panel(new DeviceLogPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(&session(), &Session::changed, this, &DeviceLogsPage::syncWithSession);
    syncWithSession();
    retranslate();
}

void DeviceLogsPage::syncWithSession()
{
    const QString scenario = session().mode() == Mode::Training ? session().scenarioId() : QString();
    if (scenario != m_panel->trainingScenario())
        m_panel->setTrainingScenario(scenario);
}

void DeviceLogsPage::initializePage()
{
    syncWithSession();
}

QWidget *DeviceLogsPage::preferredFocus() const
{
    return m_panel->findChild<QPushButton *>(QStringLiteral("openLogButton"));
}

void DeviceLogsPage::retranslate()
{
    setPageTitle(tr("Review device logs"));
    setSubTitle(tr("How far did the devices get, and what did the connector see? Read the logs of a device or of "
                   "the Intune connector."));
}

} // namespace ndes::ui
