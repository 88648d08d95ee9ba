#include "logswindow.h"

#include "loglocations.h"
#include "logs/devicelogpanel.h"
#include "logs/iislogpanel.h"
#include "session.h"
#include "widgets/status.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ndes::ui {

LogsWindow::LogsWindow(Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_session(session),
      m_banner(new QWidget(this)),
      m_bannerText(new QLabel(m_banner)),
      m_tabs(new QTabWidget(this)),
      m_device(new DeviceLogPanel(this)),
      m_locations(new LogLocationsPanel(this))
{
    setObjectName(QStringLiteral("logsWindow"));
    m_tabs->setObjectName(QStringLiteral("logsTabs"));

    // The same banner as the main window: nobody may take a simulated log for a real one.
    m_banner->setObjectName(QStringLiteral("logsTrainingBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(QStringLiteral("#logsTrainingBanner { background: #ffcc33; border-bottom: 1px solid #b38600; }"
                                           "#logsTrainingBanner QLabel { color: #1a1a1a; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(modeIcon(QStringLiteral("training")).pixmap(24, 24));
    QFont bannerFont = m_bannerText->font();
    bannerFont.setBold(true);
    m_bannerText->setFont(bannerFont);
    m_bannerText->setWordWrap(true);
    m_bannerText->setObjectName(QStringLiteral("logsTrainingBannerText"));
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);

    m_iis = new IisLogPanel(m_session, this);
    auto *iisPage = new QWidget(this);
    iisPage->setObjectName(QStringLiteral("iisLogsTab"));
    auto *iisLayout = new QVBoxLayout(iisPage);
    iisLayout->addWidget(m_iis);
    m_tabs->addTab(iisPage, QString());

    auto *devicePage = new QWidget(this);
    devicePage->setObjectName(QStringLiteral("deviceLogsTab"));
    auto *deviceLayout = new QVBoxLayout(devicePage);
    deviceLayout->addWidget(m_device);
    auto *locationsPage = new QWidget(this);
    locationsPage->setObjectName(QStringLiteral("logLocationsTab"));
    auto *locationsLayout = new QVBoxLayout(locationsPage);
    locationsLayout->addWidget(m_locations);
    m_tabs->addTab(devicePage, QString());
    m_tabs->addTab(locationsPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(10, 10, 10, 10);
    body->addWidget(m_tabs);
    layout->addLayout(body, 1);

    connect(m_device, &DeviceLogPanel::testUrlRequested, this, &LogsWindow::testUrlRequested);
    connect(m_session, &Session::changed, this, &LogsWindow::syncWithSession);
    resize(980, 720);
    syncWithSession();
}

void LogsWindow::showTab(QWidget *tab)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i) == tab || m_tabs->widget(i)->isAncestorOf(tab))
            m_tabs->setCurrentIndex(i);
    }
}

void LogsWindow::syncWithSession()
{
    const bool training = m_session->mode() == Mode::Training;
    m_banner->setVisible(training);
    const QString scenario = training ? m_session->scenarioId() : QString();
    if (scenario != m_device->trainingScenario())
        m_device->setTrainingScenario(scenario);
    switch (m_session->mode()) {
    case Mode::Live: m_locations->setMode(LogLocationsPanel::Mode::Live); break;
    case Mode::Snapshot: m_locations->setMode(LogLocationsPanel::Mode::Snapshot, m_session->snapshotPath()); break;
    case Mode::Training: m_locations->setMode(LogLocationsPanel::Mode::Training); break;
    }
    retranslate();
}

void LogsWindow::retranslate()
{
    setWindowTitle(m_session->mode() == Mode::Training ? tr("Logs - NDES Doctor - Training") : tr("Logs - NDES Doctor"));
    m_bannerText->setText(tr("Training: simulated server. Nothing in this window comes from a real NDES server."));
    m_banner->setAccessibleName(m_bannerText->text());
    m_tabs->setTabText(0, tr("&IIS logs"));
    m_tabs->setTabText(1, tr("&Device and connector logs"));
    m_tabs->setTabText(2, tr("Log &locations"));
}

void LogsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ndes::ui
