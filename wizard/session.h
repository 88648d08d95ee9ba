#pragma once

#include "flow.h"
#include "http/classify.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ndes::ui {

enum class Mode { Live, Snapshot, Training };

QString modeId(Mode mode); // "live", "snapshot", "training"

// What the user set for the URL test.
struct ProbeSettings {
    QString urlText;           // as typed
    int timeoutMs = 10000;
    int longUrlBytes = 20000;
    QString caFile;            // PEM file of extra trusted CA certificates, may be empty
};

// One run of "Test again" on the fix page.
struct Retest {
    QDateTime at;
    Verdict verdict = Verdict::UnexpectedStatus;
    bool afterSimulatedFix = false;
    QString checkId;                   // the cause check run again with the URL test, empty when none
    std::optional<bool> checkPassed;   // its outcome; nullopt when it was not run (or did not finish)
    bool urlTested = true;             // false when only the check was run again (snapshot without a URL)
};

// Everything the pages share: what the user chose, what the test found, the way walked.
// Pages read and write it through typed accessors; the frame listens to changed().
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // Training: the scenario chosen, and the one the simulator runs now ("healthy" after a simulated fix).
    QString scenarioId() const { return m_scenarioId; }
    void setScenario(const QString &id, bool quiz);
    QString activeScenarioId() const { return m_activeScenarioId; }
    void setActiveScenario(const QString &id);
    bool isQuiz() const { return m_quiz; }
    std::optional<bool> quizAnsweredRight() const { return m_quizRight; }
    void setQuizAnswer(bool right);

    const ProbeSettings &probeSettings() const { return m_probe; }
    void setProbeSettings(const ProbeSettings &settings);
    // In training, the URL field follows the simulator until the user types another URL.
    bool urlFollowsSimulator() const { return m_urlFollowsSimulator; }
    void setUrlFollowsSimulator(bool follows) { m_urlFollowsSimulator = follows; }

    const std::optional<http::ProbeResult> &result() const { return m_result; }
    void setResult(const http::ProbeResult &result);
    void clearResult();

    // The id of the check found to be the cause by the "Find the cause" page; empty when none (yet).
    // `remediation` is its "<page>#<anchor>" (CheckResult::remediation).
    QString causeCheck() const { return m_causeCheck; }
    QString causeRemediation() const { return m_causeRemediation; }
    void setCauseCheck(const QString &checkId, const QString &remediation = QString());

    // Snapshot mode: the folder or .zip opened on the welcome page, and whether the URL test is skipped.
    QString snapshotPath() const { return m_snapshotPath; }
    void setSnapshotPath(const QString &path);
    bool urlTestSkipped() const { return m_skipUrlTest; }
    void setUrlTestSkipped(bool skipped);

    const QList<PageId> &path() const { return m_path; }
    void setPath(const QList<PageId> &path);

    const QStringList &fixesShown() const { return m_fixesShown; }
    void addFixShown(const QString &contentId);

    const QList<Retest> &retests() const { return m_retests; }
    void addRetest(const Retest &retest);

    QString language() const { return m_language; }
    void setLanguage(const QString &code);

    // For a page whose step label changed while no value here did: the frame refreshes on changed().
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    Mode m_mode = Mode::Training;
    QString m_scenarioId;
    QString m_activeScenarioId;
    bool m_quiz = false;
    std::optional<bool> m_quizRight;
    ProbeSettings m_probe;
    bool m_urlFollowsSimulator = true;
    std::optional<http::ProbeResult> m_result;
    QString m_causeCheck;
    QString m_causeRemediation;
    QString m_snapshotPath;
    bool m_skipUrlTest = false;
    QList<PageId> m_path;
    QStringList m_fixesShown;
    QList<Retest> m_retests;
    QString m_language = QStringLiteral("en");
};

} // namespace ndes::ui
