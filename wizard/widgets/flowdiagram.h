#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

namespace ndes::ui {

// The six stages of SCEP enrolment, top to bottom, with the current one highlighted
// (filled, bold, framed and marked with an arrow, so colour is not the only cue).
class FlowDiagram : public QWidget {
    Q_OBJECT
public:
    static constexpr int kStages = 6;

    explicit FlowDiagram(QWidget *parent = nullptr);

    void setCurrentStage(int stage); // 1 to 6, or 0 for none
    int currentStage() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Box {
        QRectF rect;
        QRectF textRect;
    };
    QList<Box> layoutBoxes(int width) const;
    void updateAccessibleText();

    int m_current = 0;
};

} // namespace ndes::ui
