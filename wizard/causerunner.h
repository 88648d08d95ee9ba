#pragma once

#include "checks/check.h"
#include "core/check.h"
#include "core/verdict.h"
#include "tree/tree.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThread;

namespace ndes::checks {
class CrlReachability;
}

namespace ndes::ui {

class Session;

// The source of host facts for the session's mode: the active training scenario (ScenarioSource), the
// snapshot opened on the welcome page (SnapshotSource), or this machine (LiveSource). Null, with a
// sentence for people in `error`, when it cannot be opened.
std::shared_ptr<facts::FactSource> factSourceFor(const Session &session, QString *error);

// Runs the local checks of the troubleshooting tree for a verdict (every node when it is unknown), one at a
// time: the synchronous ones on a worker thread, crl.reachable (checks::CrlReachability) on this thread with
// the given network access manager. The cause is picked by the tree's own rule (tree::setResult).
class CauseRunner : public QObject {
    Q_OBJECT
public:
    explicit CauseRunner(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CauseRunner() override;

    // The checks of the verdict's walk (every node when nullopt), in the order they run.
    void start(std::optional<Verdict> verdict, std::shared_ptr<facts::FactSource> facts);
    // Runs only `checkIds` (e.g. the cause again after a fix), in that order, for the verdict's walk.
    void startOnly(std::optional<Verdict> verdict, const QStringList &checkIds,
                   std::shared_ptr<facts::FactSource> facts);
    // Stops at once: results that come later are dropped; cancelled() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    // The check ids this run covers, in order.
    const QStringList &checkIds() const { return m_ids; }
    // What is known so far; checks not run yet hold a Skipped placeholder.
    const tree::Diagnosis &diagnosis() const { return m_diagnosis; }
    bool hasRun(const QString &checkId) const { return m_done.contains(checkId); }
    // Why the tree could not be loaded, empty when it was (without it, start() emits allDone() at once).
    QString treeError() const { return m_treeError; }

    void setCrlTimeout(int milliseconds) { m_crlTimeoutMs = milliseconds; }

Q_SIGNALS:
    void started(const QString &checkId);
    void finished(const ndes::CheckResult &result);
    void allDone(const ndes::tree::Diagnosis &diagnosis);
    void cancelled();

private:
    void begin(std::optional<Verdict> verdict, const QStringList &only, std::shared_ptr<facts::FactSource> facts);
    void runNext();
    void onResult(int generation, const ndes::CheckResult &result);
    void stopCrl();

    QNetworkAccessManager *m_network;
    QThread *m_thread;
    QObject *m_worker; // lives in m_thread
    std::optional<tree::Tree> m_tree;
    QString m_treeError;
    std::shared_ptr<facts::FactSource> m_facts;
    tree::Diagnosis m_diagnosis;
    QStringList m_ids;
    QStringList m_queue;
    QStringList m_done;
    QDateTime m_now;
    QPointer<checks::CrlReachability> m_crl;
    int m_crlTimeoutMs = 5000;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace ndes::ui
