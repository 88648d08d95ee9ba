#include "logreadjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace ndes::ui {

namespace {

// Enough of the start of a file to tell its kind.
constexpr qint64 kSniffBytes = 64 * 1024;
// A dropped folder is not walked further than this many files.
constexpr int kMaxFilesPerFolder = 200;

} // namespace

LogReadJob::LogReadJob(QObject *parent) : QObject(parent), m_generation(std::make_shared<std::atomic<int>>(0)) {}

LogReadJob::~LogReadJob()
{
    m_running = false;
    ++*m_generation;
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker) {
            worker->wait();
            delete worker.data();
        }
    }
}

QStringList LogReadJob::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        const QFileInfoList entries =
            QDir(path).entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name | QDir::IgnoreCase);
        for (int i = 0; i < entries.size() && i < kMaxFilesPerFolder; ++i)
            files << entries[i].filePath();
    }
    return files;
}

LogFileResult LogReadJob::readOne(const QString &path)
{
    LogFileResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.kind = LogFileResult::Kind::Missing;
        return result;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        result.kind = LogFileResult::Kind::Unreadable;
        result.reason = info.isDir() ? QStringLiteral("it is a folder") : file.errorString();
        return result;
    }
    const QByteArray head = file.read(kSniffBytes);
    if (head.isEmpty()) {
        result.kind = file.error() == QFileDevice::NoError ? LogFileResult::Kind::Empty : LogFileResult::Kind::Unreadable;
        result.reason = file.errorString();
        return result;
    }
    file.close();

    if (logs::device::looksLikeDeviceLog(head)) {
        Expected<logs::device::DeviceLogReport> report = logs::device::readDeviceLog(path);
        if (report) {
            result.kind = LogFileResult::Kind::Device;
            result.device = std::move(report).value();
            return result;
        }
        if (!report.error().what.startsWith(QLatin1String("not a recognised"))) {
            result.kind = LogFileResult::Kind::Unreadable;
            result.reason = report.error().toString();
            return result;
        }
    }
    if (logs::connector::sniff(head) || info.suffix().compare(QLatin1String("svclog"), Qt::CaseInsensitive) == 0
        || info.fileName().startsWith(QLatin1String("NDESPlugin"), Qt::CaseInsensitive)) {
        Expected<logs::connector::ConnectorReport> report = logs::connector::readConnectorLog(path);
        if (report) {
            result.kind = LogFileResult::Kind::Connector;
            result.connector = std::move(report).value();
            return result;
        }
        const QString what = report.error().what;
        if (what.startsWith(QLatin1String("not a connector log")) || what == QLatin1String("not a text file")) {
            result.kind = LogFileResult::Kind::Unrecognised;
            return result;
        }
        result.kind = LogFileResult::Kind::Unreadable;
        result.reason = report.error().toString();
        return result;
    }
    result.kind = LogFileResult::Kind::Unrecognised;
    return result;
}

void LogReadJob::start(const QStringList &paths)
{
    cancel();
    const int generation = ++*m_generation;
    const QStringList files = expandPaths(paths);
    m_running = true;
    Q_EMIT started(int(files.size()));

    std::shared_ptr<std::atomic<int>> current = m_generation;
    QThread *worker = QThread::create([this, files, generation, current] {
        for (const QString &path : files) {
            if (current->load() != generation)
                return;
            LogFileResult result = readOne(path);
            QMetaObject::invokeMethod(
                this, [this, generation, result] { deliver(generation, result); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, generation] { done(generation); }, Qt::QueuedConnection);
    });
    worker->setObjectName(QStringLiteral("logReader"));
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeAll(worker);
        worker->deleteLater();
    });
    m_workers.removeAll(nullptr);
    m_workers << worker;
    worker->start(QThread::LowPriority);
}

void LogReadJob::cancel()
{
    ++*m_generation;
    if (m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void LogReadJob::deliver(int generation, const LogFileResult &result)
{
    if (generation == m_generation->load())
        Q_EMIT fileRead(result);
}

void LogReadJob::done(int generation)
{
    if (generation != m_generation->load() || !m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace ndes::ui
