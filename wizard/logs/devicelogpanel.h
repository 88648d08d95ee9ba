#pragma once

#include "logreadjob.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;
class QTemporaryDir;
class QVBoxLayout;

namespace ndes::ui {

class BusyIndicator;
class FixDialog;

// Device and connector logs: drop or open files; each is read off the GUI thread and shown as a report.
// A device log shows how far the device got (a timeline of the seven steps), the NDES URL it used with a
// button to test that URL; a connector log shows its findings with a link to their fix.
class DeviceLogPanel : public QWidget {
    Q_OBJECT
public:
    explicit DeviceLogPanel(QWidget *parent = nullptr);
    ~DeviceLogPanel() override;

    // Training: the scenario whose simulated logs can be loaded (empty outside training).
    void setTrainingScenario(const QString &scenarioId);
    QString trainingScenario() const { return m_scenario; }
    // The simulated logs of a scenario shipped in the resources (":/training-logs/<id>/device|connector/...").
    static QStringList trainingLogResources(const QString &scenarioId);

    void load(const QStringList &paths);
    // Copies the scenario's simulated logs to a temporary folder and reads them; false when there are none.
    bool loadTrainingLogs();
    void clear();

    bool isReading() const;
    const QList<LogFileResult> &results() const { return m_results; }
    // The stage of the SCEP flow (1 to 6) the results point to, or 0 when there is nothing to show.
    int shownStage() const { return m_stage; }

Q_SIGNALS:
    void testUrlRequested(const QString &url);
    void shownStageChanged(int stage);
    void readingFinished();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void chooseFiles();
    void onFileRead(const LogFileResult &result);
    void onFinished();
    void rebuildCards();
    void setDropHint(bool dragging);
    void updateStage();
    QWidget *deviceCard(const LogFileResult &result);
    QWidget *connectorCard(const LogFileResult &result);
    QWidget *problemCard(const LogFileResult &result);
    void showFix(const QString &target);

    LogReadJob *m_job;
    QLabel *m_intro;
    QPushButton *m_open;
    QPushButton *m_training;
    BusyIndicator *m_busy;
    QLabel *m_state;
    QLabel *m_dropHint;
    QScrollArea *m_scroll;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QList<LogFileResult> m_results;
    QString m_scenario;
    int m_expected = 0;
    int m_stage = 0;
    bool m_dragging = false;
    std::unique_ptr<QTemporaryDir> m_trainingDir;
    QPointer<FixDialog> m_fix;
};

} // namespace ndes::ui
