#pragma once

#include "logs/iis/scepsummary.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace ndes::ui {

// Scans IIS and HTTP.sys logs on a worker thread: expands the folders (collectLogFiles), then runs
// scanIisLogs. Progress, the report and errors arrive on the thread that owns the job, through queued
// calls. Starting a scan cancels the one running, whose result is then dropped. The destructor cancels
// and waits, so the job can go at any time.
class IisScanJob : public QObject {
    Q_OBJECT
public:
    explicit IisScanJob(QObject *parent = nullptr);
    ~IisScanJob() override;

    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

    // At most this many progress() signals per second (and always one at the end of each file).
    static constexpr int kProgressPerSecond = 20;

Q_SIGNALS:
    void started();
    // `filesDone` counts the files read in full; `filesTotal` is known once the folders are expanded.
    void progress(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal);
    // The scan ended, in full or cancelled (report.cancelled).
    void finished(const ndes::logs::iis::ScanReport &report);
    // A path could not be read: `what` in English, `where` the path.
    void failed(const QString &what, const QString &where);

private:
    struct Run;
    void onProgress(const std::shared_ptr<Run> &run, qint64 done, qint64 total, int filesDone, int filesTotal);
    void onFinished(const std::shared_ptr<Run> &run, const std::shared_ptr<ndes::logs::iis::ScanReport> &report);
    void onFailed(const std::shared_ptr<Run> &run, const QString &what, const QString &where);
    void reap(QThread *thread);

    struct Worker {
        QThread *thread = nullptr;
        std::shared_ptr<Run> run;
    };
    std::shared_ptr<Run> m_current;
    QList<Worker> m_workers;
};

} // namespace ndes::ui
