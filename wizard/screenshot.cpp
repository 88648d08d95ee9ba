#include "screenshot.h"

#include "mainwindow.h"
#include "logs/devicelogpanel.h"
#include "logs/iislogpanel.h"
#include "pages/devicelogspage.h"
#include "pages/iislogspage.h"
#include "pages/scenariopage.h"
#include "pages/welcomepage.h"
#include "session.h"

#include <QPixmap>
#include <QWidget>

namespace ndes::ui {

bool takeScreenshot(QWidget *widget, const QString &path, QString *error)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull()) {
        if (error)
            *error = QStringLiteral("the window could not be grabbed");
        return false;
    }
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

PageDriver::PageDriver(MainWindow *window, PageId target, const QString &scenarioId, const QString &screenshotPath,
                       QObject *parent)
    : QObject(parent), m_window(window), m_target(target), m_scenario(scenarioId), m_path(screenshotPath)
{
    m_tick.setInterval(50);
    connect(&m_tick, &QTimer::timeout, this, &PageDriver::step);
    m_safety.setSingleShot(true);
    connect(&m_safety, &QTimer::timeout, this, [this] {
        finish(2, QStringLiteral("timed out before the %1 page was ready").arg(pageKey(m_target)));
    });
}

void PageDriver::start(int safetyMs)
{
    m_safety.start(safetyMs);
    m_tick.start();
    // The first look comes as soon as the event loop runs: the first page is shown and laid out by
    // then, so start-up can be measured without the settling delay that page changes need.
    QTimer::singleShot(0, this, &PageDriver::step);
}

void PageDriver::finish(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_tick.stop();
    m_safety.stop();
    Q_EMIT done(exitCode, message);
}

void PageDriver::step()
{
    if (m_finished)
        return;
    Wizard *wizard = m_window->wizard();
    const PageId current = wizard->currentPageId();
    Page *page = wizard->current();
    if (!page)
        return;

    if (!m_snapshot.isEmpty() && !m_snapshotOpened && current == PageId::Welcome) {
        m_snapshotOpened = true;
        auto *welcome = qobject_cast<WelcomePage *>(page);
        if (!welcome || !welcome->openSnapshot(m_snapshot)) {
            finish(2, QStringLiteral("cannot open the snapshot %1").arg(m_snapshot));
            return;
        }
    }

    // The IIS logs page in training: its picture shows the simulated server's logs, read in full.
    if (current == m_target && current == PageId::IisLogs && m_window->session()->mode() == Mode::Training) {
        if (auto *iis = qobject_cast<IisLogsPage *>(page)) {
            IisLogPanel *panel = iis->panel();
            if (panel->paths().isEmpty() && IisLogPanel::hasTrainingLogs(m_window->session()->scenarioId())) {
                panel->loadTrainingLogs();
                return;
            }
            if (panel->isScanning())
                return;
        }
    }

    // The device logs page in training: its picture shows the simulated device's logs, read in full.
    if (current == m_target && current == PageId::DeviceLogs && m_window->session()->mode() == Mode::Training) {
        if (auto *logs = qobject_cast<DeviceLogsPage *>(page)) {
            DeviceLogPanel *panel = logs->panel();
            if (panel->results().isEmpty() && !panel->isReading() && panel->loadTrainingLogs())
                return;
            if (panel->isReading())
                return;
        }
    }

    if (current == m_target) {
        // Pages that work (the URL test, the checks) are complete once that work is done.
        if (!page->isComplete() && current != PageId::Welcome && current != PageId::Scenario)
            return;
        // After a page change, let layouts and painting settle before the picture is taken.
        if (m_moved && ++m_settle < 4)
            return;
        if (m_path.isEmpty()) {
            finish(0, QString());
            return;
        }
        QString error;
        if (!takeScreenshot(m_window, m_path, &error))
            finish(2, error);
        else
            finish(0, QString());
        return;
    }

    switch (current) {
    case PageId::Welcome:
        if (auto *welcome = qobject_cast<WelcomePage *>(page); welcome && m_snapshot.isEmpty())
            welcome->selectMode(int(Mode::Training));
        break;
    case PageId::Scenario:
        if (auto *scenario = qobject_cast<ScenarioPage *>(page))
            scenario->selectScenario(m_scenario);
        break;
    default: break;
    }
    if (page->isComplete() && m_target == PageId::DeviceLogs && current != PageId::IisLogs && !leadsToIisLogs(current)) {
        // The way walked does not go by the logs (the URL test found a fault): go to the device logs directly.
        wizard->setStartId(int(PageId::DeviceLogs));
        wizard->restart();
        wizard->setStartId(int(PageId::Welcome));
        m_moved = true;
        return;
    }
    if (page->isComplete() && m_target == PageId::IisLogs && !leadsToIisLogs(current)) {
        // The way walked does not go by the IIS logs (the URL test found a fault): go there directly.
        wizard->setStartId(int(PageId::IisLogs));
        wizard->restart();
        wizard->setStartId(int(PageId::Welcome));
        m_moved = true;
        return;
    }
    if (page->isComplete()) {
        m_moved = true;
        wizard->next();
    }
}

bool PageDriver::leadsToIisLogs(PageId current) const
{
    switch (current) {
    case PageId::Welcome:
    case PageId::Scenario:
    case PageId::Url:
    case PageId::Probe: return true;
    default: break;
    }
    const PageId next = nextPage(*m_window->session(), current);
    if (next == PageId::IisLogs)
        return true;
    // From the verdict, the way goes by the IIS logs only when the URL is healthy and no local cause is found.
    const auto &result = m_window->session()->result();
    return current == PageId::Verdict && next == PageId::Cause && m_window->wizard()->page(int(PageId::Cause))
        && result && result->verdict == Verdict::Ok403;
}

} // namespace ndes::ui
