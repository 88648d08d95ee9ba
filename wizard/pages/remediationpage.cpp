#include "remediationpage.h"

#include "proberunner.h"
#include "session.h"
#include "texts.h"
#include "widgets/busyindicator.h"
#include "widgets/remediationview.h"
#include "widgets/status.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ndes::ui {

RemediationPage::RemediationPage(const PageContext &context, QWidget *parent)
    : Page(PageId::Remediation, context, parent),
      m_runner(new ProbeRunner(context.session, context.training, context.nam, this)),
      m_forVerdict(new StatusLabel(this)),
      m_view(new RemediationView(this)),
      m_retest(new QPushButton(this)),
      m_applyFix(new QPushButton(this)),
      m_busy(new BusyIndicator(this)),
      m_retestResult(new StatusLabel(this))
{
    m_forVerdict->setObjectName(QStringLiteral("fixFor"));
    m_forVerdict->setWordWrap(true);
    m_retest->setObjectName(QStringLiteral("retestButton"));
    m_applyFix->setObjectName(QStringLiteral("applyFixButton"));
    m_retestResult->setObjectName(QStringLiteral("retestResult"));
    m_retestResult->setWordWrap(true);
    m_retestResult->setIconSize(20);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retest);
    buttons->addWidget(m_applyFix);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_retestResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_forVerdict);
    layout->addWidget(m_view, 1);
    layout->addWidget(line);
    layout->addLayout(buttons);

    connect(m_retest, &QPushButton::clicked, this, &RemediationPage::testAgain);
    connect(m_applyFix, &QPushButton::clicked, this, &RemediationPage::applySimulatedFix);
    connect(m_runner, &ProbeRunner::finished, this, &RemediationPage::onRetestFinished);
    connect(m_runner, &ProbeRunner::failed, this, [this](const QString &reason) {
        m_retestProblem = reason;
        updateControls();
    });
    connect(m_runner, &ProbeRunner::cancelled, this, [this] { updateControls(); });
    retranslate();
}

void RemediationPage::retranslate()
{
    setPageTitle(tr("Fix"));
    setSubTitle(tr("What to do, step by step. Then test again."));
    m_retest->setText(tr("Test a&gain"));
    m_retest->setAccessibleName(tr("Test the URL again"));
    m_applyFix->setText(tr("A&pply the fix (simulated)"));
    m_applyFix->setAccessibleName(tr("Apply the fix on the simulated server"));
    if (session().result())
        m_forVerdict->setStatus(isHealthy(session().result()->verdict) ? Status::Ok : Status::Problem,
                                verdictTitle(session().result()->verdict));
    // The content exists in each language: follow the switch.
    if (!m_view->contentId().isEmpty() && m_view->language() != session().language())
        loadContent();
    updateControls();
}

void RemediationPage::loadContent()
{
    if (!session().result())
        return;
    const QString id = verdictId(session().result()->verdict);
    bool runAllowed = false;
#ifdef Q_OS_WIN
    runAllowed = session().mode() == Mode::Live;
#endif
    m_view->setRunAllowed(runAllowed);
    m_view->load(id, session().language());
    session().addFixShown(id);
}

void RemediationPage::initializePage()
{
    m_lastRetest.reset();
    m_retestProblem.clear();
    m_simulatedFix = false;
    loadContent();
    retranslate();
}

void RemediationPage::cleanupPage()
{
    m_runner->cancel();
}

bool RemediationPage::isRetesting() const
{
    return m_runner->isRunning();
}

void RemediationPage::testAgain()
{
    m_retestProblem.clear();
    m_lastRetest.reset();
    m_runner->start();
    updateControls();
}

void RemediationPage::applySimulatedFix()
{
    if (session().mode() != Mode::Training)
        return;
    m_simulatedFix = true;
    session().setActiveScenario(QStringLiteral("healthy"));
    testAgain();
}

void RemediationPage::onRetestFinished(const http::ProbeResult &result)
{
    m_lastRetest = result.verdict;
    session().addRetest({QDateTime::currentDateTimeUtc(), result.verdict, m_simulatedFix});
    updateControls();
}

void RemediationPage::updateControls()
{
    const bool running = m_runner->isRunning();
    const bool training = session().mode() == Mode::Training;
    const bool alreadyHealthy = session().result() && isHealthy(session().result()->verdict);
    m_retest->setEnabled(!running);
    m_applyFix->setVisible(training && !alreadyHealthy);
    m_applyFix->setEnabled(!running && session().activeScenarioId() != QLatin1String("healthy"));
    m_busy->setVisible(running);
    m_busy->setRunning(running);
    if (running) {
        m_retestResult->setStatus(Status::Info, m_runner->state() == ProbeRunner::State::StartingServer
                                                    ? tr("restarting the simulated server...")
                                                    : tr("testing the URL again..."));
    } else if (!m_retestProblem.isEmpty()) {
        m_retestResult->setStatus(Status::Problem, m_retestProblem);
    } else if (m_lastRetest) {
        if (isHealthy(*m_lastRetest))
            m_retestResult->setStatus(Status::Ok, tr("fixed: the URL now answers 403, as a healthy NDES server does."));
        else
            m_retestResult->setStatus(Status::Problem, tr("not fixed yet. %1").arg(verdictSentence(*m_lastRetest)));
    } else {
        m_retestResult->clear();
    }
}

QString RemediationPage::stepLabel() const
{
    return tr("Fix");
}

} // namespace ndes::ui
