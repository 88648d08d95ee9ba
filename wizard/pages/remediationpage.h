#pragma once

#include "page.h"

#include "core/check.h"
#include "http/classify.h"

class QLabel;
class QPushButton;

namespace ndes::ui {

class BusyIndicator;
class CauseRunner;
class ProbeRunner;
class RemediationView;
class StatusLabel;

// The fix: the remediation page of the cause found (scrolled to its section), else of the verdict;
// "Test again", which runs the cause's check and the URL test again and says whether each now passes; and in
// training "Apply the fix (simulated)", which restarts the simulator healthy (its facts too) and tests again.
class RemediationPage : public Page {
    Q_OBJECT
public:
    RemediationPage(const PageContext &context, QWidget *parent = nullptr);

    RemediationView *view() const { return m_view; }
    QString stepLabel() const override;
    bool isRetesting() const;
    // The sentences of the last "Test again": the check, the URL, and the overall outcome.
    StatusLabel *checkRetestLabel() const { return m_checkResult; }
    StatusLabel *urlRetestLabel() const { return m_retestResult; }
    StatusLabel *overallRetestLabel() const { return m_overall; }

    void testAgain();
    void applySimulatedFix();

protected:
    void retranslate() override;
    void initializePage() override;
    void cleanupPage() override;

private:
    void loadContent();
    void onRetestFinished(const http::ProbeResult &result);
    void onCheckFinished(const ndes::CheckResult &result);
    void retestDone();
    bool urlTestPossible() const;
    void updateControls();

    ProbeRunner *m_runner;
    CauseRunner *m_checks;
    StatusLabel *m_forVerdict;
    RemediationView *m_view;
    QPushButton *m_retest;
    QPushButton *m_applyFix;
    BusyIndicator *m_busy;
    StatusLabel *m_retestResult;
    StatusLabel *m_checkResult;
    StatusLabel *m_overall;
    std::optional<Verdict> m_lastRetest;
    std::optional<CheckResult> m_lastCheck;
    QString m_retestProblem;
    QString m_checkProblem;
    QString m_retestCheckId; // the cause check of the "Test again" running or last run
    bool m_urlPending = false;
    bool m_checkPending = false;
    bool m_simulatedFix = false;
};

} // namespace ndes::ui
