#pragma once

#include "logs/iis/scepsummary.h"
#include "widgets/remediationview.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTemporaryDir;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace ndes::ui {

class HourChart;
class IisScanJob;
class FixDialog;
class LogDropZone;
class Session;
class StatusLabel;

// "Did the devices reach IIS, and what did IIS answer?": reads IIS site logs and HTTP.sys error logs
// chosen by the user (buttons or drag and drop), on a worker thread with progress and Cancel, then shows
// a headline, the findings with their evidence and a link to their fix, a chart of SCEP requests over
// time and a summary table. Used by the "Review IIS logs" page and by the logs window.
class IisLogPanel : public QWidget {
    Q_OBJECT
public:
    explicit IisLogPanel(Session *session, QWidget *parent = nullptr);
    ~IisLogPanel() override;

    // Reads these files and folders (folders are searched for *.log, one level down too).
    void scanPaths(const QStringList &paths);
    // Training: extracts the simulated server's logs of the session's scenario and reads them.
    bool loadTrainingLogs();
    void cancelScan();

    bool isScanning() const;
    bool hasResult() const { return m_report.has_value(); }
    const std::optional<logs::iis::ScanReport> &report() const { return m_report; }
    QStringList paths() const { return m_paths; }

    // The scenarios that ship simulated IIS logs (resources/training-logs/<scenario>/).
    static bool hasTrainingLogs(const QString &scenarioId);

    HourChart *chart() const { return m_chart; }
    QTreeWidget *summaryTable() const { return m_summary; }
    // The dialog of the last "How to fix" opened, or null.
    RemediationView *fixView() const;
    // Opens the remediation page for a finding id, at its anchor.
    void showFix(const QString &findingId);

Q_SIGNALS:
    void scanStarted();
    // Any end: the report arrived (complete or cancelled) or the scan failed.
    void scanEnded();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void refreshMode();
    void chooseFolder();
    void chooseFiles();
    void scanTyped();
    void setScanning(bool scanning);
    void onProgress(qint64 done, qint64 total, int filesDone, int filesTotal);
    void onFinished(const logs::iis::ScanReport &report);
    void onFailed(const QString &what, const QString &where);
    void showReport();
    void showError();
    void buildFindings();
    void buildSummary();
    QWidget *findingRow(const Finding &finding);
    QString displayPath(const QString &path) const;
    QString displayLocation(const QString &location) const;
    QString startFolder() const;

    Session *m_session;
    IisScanJob *m_job;
    QLabel *m_pathLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_scanButton;
    LogDropZone *m_dropZone;
    QPushButton *m_folderButton;
    QPushButton *m_filesButton;
    QPushButton *m_trainingButton;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancelButton;
    StatusLabel *m_status;
    QScrollArea *m_scroll;
    StatusLabel *m_headline;
    QLabel *m_period;
    QLabel *m_findingsHeading;
    QWidget *m_findingsBox;
    QVBoxLayout *m_findingsLayout;
    QLabel *m_chartHeading;
    HourChart *m_chart;
    QLabel *m_summaryHeading;
    QTreeWidget *m_summary;
    QPointer<FixDialog> m_fixDialog;

    QStringList m_paths;
    QString m_lastTypedPrefill;
    std::unique_ptr<QTemporaryDir> m_trainingDir;
    QString m_trainingScenario;
    std::optional<logs::iis::ScanReport> m_report;
    struct Failure {
        QString what;
        QString where;
    };
    std::optional<Failure> m_failure;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    int m_filesDone = 0;
    int m_filesTotal = 0;
};

} // namespace ndes::ui
