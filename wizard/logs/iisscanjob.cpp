#include "iisscanjob.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace ndes::ui {

using namespace ndes::logs::iis;

struct IisScanJob::Run {
    std::atomic<bool> cancel{false};
};

IisScanJob::IisScanJob(QObject *parent) : QObject(parent) {}

IisScanJob::~IisScanJob()
{
    for (const Worker &w : std::as_const(m_workers))
        w.run->cancel.store(true);
    for (const Worker &w : std::as_const(m_workers)) {
        w.thread->wait();
        delete w.thread;
    }
}

void IisScanJob::cancel()
{
    if (m_current)
        m_current->cancel.store(true);
}

void IisScanJob::start(const QStringList &paths)
{
    // The scan running now is stopped and its result dropped: only the newest one reports.
    if (m_current)
        m_current->cancel.store(true);
    auto run = std::make_shared<Run>();
    m_current = run;

    QThread *thread = QThread::create([this, run, paths] {
        const Expected<QStringList> files = collectLogFiles(paths);
        if (!files) {
            const Error error = files.error();
            QMetaObject::invokeMethod(
                this, [this, run, error] { onFailed(run, error.what, error.where); }, Qt::QueuedConnection);
            return;
        }
        // Where each file ends in the byte count, to tell how many files are done.
        std::vector<qint64> ends;
        qint64 sum = 0;
        for (const QString &f : *files) {
            sum += QFileInfo(f).size();
            ends.push_back(sum);
        }
        const int filesTotal = int(files->size());
        QElapsedTimer clock;
        clock.start();
        qint64 lastMs = 0;
        int lastFiles = -1;
        const Progress progress = [&](qint64 done, qint64 total) {
            const int filesDone = int(std::upper_bound(ends.begin(), ends.end(), done) - ends.begin());
            const qint64 now = clock.elapsed();
            if (filesDone == lastFiles && now - lastMs < 1000 / kProgressPerSecond)
                return;
            lastMs = now;
            lastFiles = filesDone;
            QMetaObject::invokeMethod(
                this, [this, run, done, total, filesDone, filesTotal] { onProgress(run, done, total, filesDone, filesTotal); },
                Qt::QueuedConnection);
        };
        QMetaObject::invokeMethod(
            this, [this, run, sum, filesTotal] { onProgress(run, 0, sum, 0, filesTotal); }, Qt::QueuedConnection);
        Expected<ScanReport> report = scanIisLogs(*files, progress, run->cancel);
        if (!report) {
            const Error error = report.error();
            QMetaObject::invokeMethod(
                this, [this, run, error] { onFailed(run, error.what, error.where); }, Qt::QueuedConnection);
            return;
        }
        auto result = std::make_shared<ScanReport>(std::move(*report));
        QMetaObject::invokeMethod(this, [this, run, result] { onFinished(run, result); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("iis-log-scan"));
    m_workers.append({thread, run});
    connect(thread, &QThread::finished, this, [this, thread] { reap(thread); });
    thread->start(QThread::LowPriority);
    Q_EMIT started();
}

void IisScanJob::reap(QThread *thread)
{
    for (qsizetype i = 0; i < m_workers.size(); ++i) {
        if (m_workers[i].thread == thread) {
            m_workers.removeAt(i);
            thread->wait();
            thread->deleteLater();
            return;
        }
    }
}

void IisScanJob::onProgress(const std::shared_ptr<Run> &run, qint64 done, qint64 total, int filesDone, int filesTotal)
{
    if (run != m_current)
        return;
    Q_EMIT progress(done, total, filesDone, filesTotal);
}

void IisScanJob::onFinished(const std::shared_ptr<Run> &run, const std::shared_ptr<ScanReport> &report)
{
    if (run != m_current)
        return;
    m_current.reset();
    Q_EMIT finished(*report);
}

void IisScanJob::onFailed(const std::shared_ptr<Run> &run, const QString &what, const QString &where)
{
    if (run != m_current)
        return;
    m_current.reset();
    Q_EMIT failed(what, where);
}

} // namespace ndes::ui
