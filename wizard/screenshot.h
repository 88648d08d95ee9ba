#pragma once

#include "flow.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace ndes::ui {

class MainWindow;

// Saves what `widget` shows as a PNG file. False (with the reason in `error`) when it cannot.
bool takeScreenshot(QWidget *widget, const QString &path, QString *error = nullptr);

// Drives the window through training (or a snapshot) to a page, waits until that page is complete (the URL
// test or the checks finished), then saves a screenshot. Reports done(0) on success, done(2, reason) on failure,
// and gives up after a safety time limit.
class PageDriver : public QObject {
    Q_OBJECT
public:
    PageDriver(MainWindow *window, PageId target, const QString &scenarioId, const QString &screenshotPath,
               QObject *parent = nullptr);

    void start(int safetyMs = 30000);
    // Drives through snapshot mode with this snapshot (folder or .zip) instead of training; the URL test is
    // skipped, so the checks walk every branch.
    void setSnapshot(const QString &path) { m_snapshot = path; }

Q_SIGNALS:
    void done(int exitCode, const QString &message);

private:
    void step();
    void finish(int exitCode, const QString &message);
    bool leadsToIisLogs(PageId current) const;

    MainWindow *m_window;
    PageId m_target;
    QString m_scenario;
    QString m_path;
    QString m_snapshot;
    bool m_snapshotOpened = false;
    QTimer m_tick;
    QTimer m_safety;
    int m_settle = 0;
    bool m_moved = false;
    bool m_finished = false;
};

} // namespace ndes::ui
