#pragma once

#include "page.h"

#include "http/classify.h"

class QLabel;
class QPushButton;

namespace ndes::ui {

class BusyIndicator;
class ProbeRunner;
class RemediationView;
class StatusLabel;

// The fix: the remediation page for the verdict, "Test again", and in training "Apply the fix
// (simulated)", which restarts the simulator healthy and tests again.
class RemediationPage : public Page {
    Q_OBJECT
public:
    RemediationPage(const PageContext &context, QWidget *parent = nullptr);

    RemediationView *view() const { return m_view; }
    QString stepLabel() const override;
    bool isRetesting() const;

    void testAgain();
    void applySimulatedFix();

protected:
    void retranslate() override;
    void initializePage() override;
    void cleanupPage() override;

private:
    void loadContent();
    void onRetestFinished(const http::ProbeResult &result);
    void updateControls();

    ProbeRunner *m_runner;
    StatusLabel *m_forVerdict;
    RemediationView *m_view;
    QPushButton *m_retest;
    QPushButton *m_applyFix;
    BusyIndicator *m_busy;
    StatusLabel *m_retestResult;
    std::optional<Verdict> m_lastRetest;
    QString m_retestProblem;
    bool m_simulatedFix = false;
};

} // namespace ndes::ui
