#pragma once

#include "flow.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ndes::ui {

class FlowDiagram;

// The left side of the window: the steps walked so far (click one to go back to it) and the
// SCEP flow diagram with the current stage highlighted.
class SidePanel : public QWidget {
    Q_OBJECT
public:
    explicit SidePanel(QWidget *parent = nullptr);

    // The steps in order; the last one is the current page.
    void setSteps(const QList<QPair<PageId, QString>> &steps);
    void setStage(int stage);

    QListWidget *stepList() const { return m_steps; }
    FlowDiagram *diagram() const { return m_diagram; }
    QPushButton *logsButton() const { return m_logs; }

Q_SIGNALS:
    void stepActivated(ndes::ui::PageId page);
    // "Logs...": the logs window, reachable from any step.
    void logsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_stepsTitle;
    QListWidget *m_steps;
    QLabel *m_flowTitle;
    FlowDiagram *m_diagram;
    QPushButton *m_logs;
};

} // namespace ndes::ui
