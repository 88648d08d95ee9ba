#pragma once

#include <QTimer>
#include <QWidget>

namespace ndes::ui {

// A small spinning indicator for work in progress. It animates only while running and visible.
class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTimer();

    QTimer m_timer;
    int m_step = 0;
    bool m_running = false;
};

} // namespace ndes::ui
