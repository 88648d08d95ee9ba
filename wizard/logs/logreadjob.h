#pragma once

#include "logs/connector/connectorlog.h"
#include "logs/device/devicelog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace ndes::ui {

// What reading one dropped or chosen file gave: a device log report, or why the file could not be used.
struct LogFileResult {
    enum class Kind {
        Device,       // a device log (Android, iOS, Windows)
        Connector,    // a connector log (NDESPlugin.log, .svclog, connector events)
        Missing,      // no such file
        Unreadable,   // exists but cannot be opened or read (`reason` has the system's words)
        Empty,        // no bytes at all
        Unrecognised, // read, but neither a device log nor a connector log
    };
    QString path;
    Kind kind = Kind::Unrecognised;
    std::optional<logs::device::DeviceLogReport> device;
    std::optional<logs::connector::ConnectorReport> connector;
    QString reason; // Unreadable: the reason as the system gave it (English)
};

// Reads log files on a worker thread, so a large file never freezes the window. Each file is routed by
// its content: device logs first, then connector logs. Results come back on the GUI thread, one per file,
// in the order given. Starting again drops what the previous run had not delivered yet.
class LogReadJob : public QObject {
    Q_OBJECT
public:
    explicit LogReadJob(QObject *parent = nullptr);
    ~LogReadJob() override;

    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

    // Folders are replaced by the files directly inside them (sorted by name).
    static QStringList expandPaths(const QStringList &paths);
    // What the worker does for one file; synchronous.
    static LogFileResult readOne(const QString &path);

Q_SIGNALS:
    void started(int files);
    void fileRead(const ndes::ui::LogFileResult &result);
    void finished();

private:
    void deliver(int generation, const LogFileResult &result);
    void done(int generation);

    std::shared_ptr<std::atomic<int>> m_generation;
    QList<QPointer<QThread>> m_workers;
    bool m_running = false;
};

} // namespace ndes::ui
