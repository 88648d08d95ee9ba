#include "remediationpage.h"

#include "causerunner.h"
#include "checktexts.h"
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
#include <QTimer>
#include <QVBoxLayout>

namespace ndes::ui {

RemediationPage::RemediationPage(const PageContext &context, QWidget *parent)
    : Page(PageId::Remediation, context, parent),
      m_runner(new ProbeRunner(context.session, context.training, context.nam, this)),
      m_checks(new CauseRunner(context.nam, this)),
      m_forVerdict(new StatusLabel(this)),
      m_view(new RemediationView(this)),
      m_retest(new QPushButton(this)),
      m_applyFix(new QPushButton(this)),
      m_busy(new BusyIndicator(this)),
      m_retestResult(new StatusLabel(this)),
      m_checkResult(new StatusLabel(this)),
      m_overall(new StatusLabel(this))
{
    m_forVerdict->setObjectName(QStringLiteral("fixFor"));
    m_forVerdict->setWordWrap(true);
    m_retest->setObjectName(QStringLiteral("retestButton"));
    m_applyFix->setObjectName(QStringLiteral("applyFixButton"));
    m_retestResult->setObjectName(QStringLiteral("retestResult"));
    m_retestResult->setWordWrap(true);
    m_checkResult->setObjectName(QStringLiteral("retestCheckResult"));
    m_checkResult->setWordWrap(true);
    m_overall->setObjectName(QStringLiteral("retestOverall"));
    m_overall->setWordWrap(true);
    m_overall->setIconSize(20);
    QFont bold = m_overall->font();
    bold.setBold(true);
    m_overall->setFont(bold);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retest);
    buttons->addWidget(m_applyFix);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_forVerdict);
    layout->addWidget(m_view, 1);
    layout->addWidget(line);
    layout->addLayout(buttons);
    layout->addWidget(m_checkResult);
    layout->addWidget(m_retestResult);
    layout->addWidget(m_overall);

    connect(m_retest, &QPushButton::clicked, this, &RemediationPage::testAgain);
    connect(m_applyFix, &QPushButton::clicked, this, &RemediationPage::applySimulatedFix);
    connect(m_runner, &ProbeRunner::finished, this, &RemediationPage::onRetestFinished);
    connect(m_runner, &ProbeRunner::failed, this, [this](const QString &reason) {
        m_retestProblem = reason;
        m_urlPending = false;
        retestDone();
    });
    connect(m_runner, &ProbeRunner::cancelled, this, [this] {
        m_urlPending = false;
        updateControls();
    });
    connect(m_checks, &CauseRunner::finished, this, &RemediationPage::onCheckFinished);
    connect(m_checks, &CauseRunner::allDone, this, [this] {
        if (!m_checkPending) {
            updateControls();
            return;
        }
        // The check ended without a result (unknown to the tree): say so rather than wait.
        m_checkPending = false;
        retestDone();
    });
    connect(m_checks, &CauseRunner::cancelled, this, [this] {
        m_checkPending = false;
        updateControls();
    });
    retranslate();
}

void RemediationPage::retranslate()
{
    setPageTitle(tr("Fix"));
    setSubTitle(tr("What to do, step by step. Then test again."));
    m_retest->setText(tr("Test a&gain"));
    m_applyFix->setText(tr("A&pply the fix (simulated)"));
    m_applyFix->setAccessibleName(tr("Apply the fix on the simulated server"));
    const QString cause = session().causeCheck();
    if (!cause.isEmpty()) {
        m_forVerdict->setStatus(Status::Problem, tr("%1 (the cause found)").arg(checkTitle(cause)));
        m_retest->setAccessibleName(urlTestPossible() ? tr("Run the check and the URL test again")
                                                      : tr("Run the check again"));
    } else {
        if (session().result())
            m_forVerdict->setStatus(isHealthy(session().result()->verdict) ? Status::Ok : Status::Problem,
                                    verdictTitle(session().result()->verdict));
        m_retest->setAccessibleName(tr("Test the URL again"));
    }
    // The content exists in each language: follow the switch.
    if (!m_view->contentId().isEmpty() && m_view->language() != session().language())
        loadContent();
    updateControls();
}

void RemediationPage::loadContent()
{
    // The cause's own page and section when one was found, else the verdict's page.
    QString id;
    QString anchor;
    if (!session().causeRemediation().isEmpty()) {
        id = session().causeRemediation().section(QLatin1Char('#'), 0, 0);
        anchor = session().causeRemediation().section(QLatin1Char('#'), 1);
    } else if (session().result()) {
        id = verdictId(session().result()->verdict);
    }
    if (id.isEmpty())
        return;
    bool runAllowed = false;
#ifdef Q_OS_WIN
    runAllowed = session().mode() == Mode::Live;
#endif
    m_view->setRunAllowed(runAllowed);
    m_view->load(id, session().language());
    session().addFixShown(id);
    if (!anchor.isEmpty()) {
        // The section's position is known once the page is laid out.
        m_view->scrollToAnchor(anchor);
        QTimer::singleShot(0, m_view, [view = m_view, anchor] { view->scrollToAnchor(anchor); });
    }
}

void RemediationPage::initializePage()
{
    m_lastRetest.reset();
    m_lastCheck.reset();
    m_retestProblem.clear();
    m_checkProblem.clear();
    m_retestCheckId.clear();
    m_simulatedFix = false;
    loadContent();
    retranslate();
}

void RemediationPage::cleanupPage()
{
    m_runner->cancel();
    m_checks->cancel();
}

bool RemediationPage::isRetesting() const
{
    return m_runner->isRunning() || m_checks->isRunning() || m_urlPending || m_checkPending;
}

bool RemediationPage::urlTestPossible() const
{
    return !(session().mode() == Mode::Snapshot && session().urlTestSkipped());
}

void RemediationPage::testAgain()
{
    m_retestProblem.clear();
    m_checkProblem.clear();
    m_lastRetest.reset();
    m_lastCheck.reset();
    m_retestCheckId = session().causeCheck();
    m_urlPending = urlTestPossible();
    m_checkPending = !m_retestCheckId.isEmpty();
    if (m_checkPending) {
        QString error;
        std::shared_ptr<facts::FactSource> source = factSourceFor(session(), &error);
        if (!source) {
            m_checkProblem = error;
            m_checkPending = false;
        } else {
            std::optional<Verdict> verdict;
            if (session().result())
                verdict = session().result()->verdict;
            m_checks->startOnly(verdict, {m_retestCheckId}, std::move(source));
        }
    }
    if (m_urlPending)
        m_runner->start();
    updateControls();
    if (!m_urlPending && !m_checkPending)
        retestDone();
}

void RemediationPage::applySimulatedFix()
{
    if (session().mode() != Mode::Training)
        return;
    m_simulatedFix = true;
    // The simulator and the scenario's facts both become those of a healthy server.
    session().setActiveScenario(QStringLiteral("healthy"));
    testAgain();
}

void RemediationPage::onRetestFinished(const http::ProbeResult &result)
{
    m_lastRetest = result.verdict;
    m_urlPending = false;
    retestDone();
}

void RemediationPage::onCheckFinished(const CheckResult &result)
{
    if (result.id != m_retestCheckId)
        return;
    m_lastCheck = result;
    m_checkPending = false;
    retestDone();
}

void RemediationPage::retestDone()
{
    if (m_urlPending || m_checkPending) {
        updateControls();
        return;
    }
    Retest retest;
    retest.at = QDateTime::currentDateTimeUtc();
    retest.afterSimulatedFix = m_simulatedFix;
    retest.urlTested = m_lastRetest.has_value();
    if (m_lastRetest)
        retest.verdict = *m_lastRetest;
    retest.checkId = m_retestCheckId;
    if (m_lastCheck)
        retest.checkPassed = m_lastCheck->status == CheckStatus::Pass;
    if (m_lastRetest || m_lastCheck)
        session().addRetest(retest);
    updateControls();
}

void RemediationPage::updateControls()
{
    const bool running = isRetesting();
    const bool training = session().mode() == Mode::Training;
    const bool alreadyHealthy = session().result() && isHealthy(session().result()->verdict);
    const bool hasCause = !session().causeCheck().isEmpty();
    m_retest->setEnabled(!running);
    m_applyFix->setVisible(training && (!alreadyHealthy || hasCause));
    m_applyFix->setEnabled(!running && session().activeScenarioId() != QLatin1String("healthy"));
    m_busy->setVisible(running);
    m_busy->setRunning(running);

    // One sentence for the check, one for the URL, then the outcome.
    const QString checkTitleText = checkTitle(m_retestCheckId);
    if (m_checkPending) {
        m_checkResult->setStatus(Status::Info, tr("running the check \"%1\" again...").arg(checkTitleText));
    } else if (!m_checkProblem.isEmpty()) {
        m_checkResult->setStatus(Status::Problem, m_checkProblem);
    } else if (m_lastCheck) {
        const CheckResult &c = *m_lastCheck;
        if (c.status == CheckStatus::Pass)
            m_checkResult->setStatus(Status::Ok, tr("the check \"%1\" now passes.").arg(checkTitleText));
        else if (c.status == CheckStatus::Skipped)
            m_checkResult->setStatus(Status::Info, tr("the check \"%1\" could not run: %2")
                                                       .arg(checkTitleText, checkResultSentence(c)));
        else
            m_checkResult->setStatus(c.status == CheckStatus::Warn ? Status::Warning : Status::Problem,
                                     tr("the check \"%1\" still finds a problem: %2")
                                         .arg(checkTitleText, checkResultSentence(c)));
    } else {
        m_checkResult->clear();
    }
    m_checkResult->setVisible(m_checkPending || !m_checkProblem.isEmpty() || m_lastCheck);

    if (m_runner->isRunning()) {
        m_retestResult->setStatus(Status::Info, m_runner->state() == ProbeRunner::State::StartingServer
                                                    ? tr("restarting the simulated server...")
                                                    : tr("testing the URL again..."));
    } else if (!m_retestProblem.isEmpty()) {
        m_retestResult->setStatus(Status::Problem, m_retestProblem);
    } else if (m_lastRetest) {
        if (isHealthy(*m_lastRetest))
            m_retestResult->setStatus(Status::Ok, tr("the URL now answers 403, as a healthy NDES server does."));
        else
            m_retestResult->setStatus(Status::Problem,
                                      tr("the URL still fails. %1").arg(verdictSentence(*m_lastRetest)));
    } else {
        m_retestResult->clear();
    }
    m_retestResult->setVisible(m_runner->isRunning() || !m_retestProblem.isEmpty() || m_lastRetest);

    const bool checkKnown = m_lastCheck.has_value() || !m_checkProblem.isEmpty();
    const bool urlKnown = m_lastRetest.has_value() || !m_retestProblem.isEmpty();
    const bool checkWanted = !m_retestCheckId.isEmpty();
    const bool finishedRun = !running && (checkKnown || urlKnown);
    if (!finishedRun) {
        m_overall->clear();
        m_overall->hide();
        return;
    }
    const bool checkOk = m_lastCheck && m_lastCheck->status == CheckStatus::Pass;
    const bool urlOk = m_lastRetest && isHealthy(*m_lastRetest);
    if ((!checkWanted || checkOk) && urlOk)
        m_overall->setStatus(Status::Ok, tr("The fix worked."));
    else if (checkOk && !urlKnown)
        m_overall->setStatus(Status::Info, tr("The check passes now; the URL was not tested, so test it from a "
                                              "device or with the URL test before closing the ticket."));
    else if (session().mode() == Mode::Snapshot && !urlKnown)
        m_overall->setStatus(Status::Problem, tr("The snapshot still shows the problem: fix the server, take a new "
                                                 "snapshot there, open it, then test again."));
    else
        m_overall->setStatus(Status::Problem, tr("Not fixed yet: follow the steps above, then test again."));
    m_overall->show();
}

QString RemediationPage::stepLabel() const
{
    return tr("Fix");
}

} // namespace ndes::ui
