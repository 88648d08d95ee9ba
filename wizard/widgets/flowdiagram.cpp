#include "flowdiagram.h"

#include "texts.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ndes::ui {

namespace {
constexpr qreal kMarker = 12;  // room on the left for the "you are here" arrow
constexpr qreal kArrow = 14;   // vertical gap between boxes, holding the arrow
constexpr qreal kPad = 6;
} // namespace

FlowDiagram::FlowDiagram(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleText();
}

void FlowDiagram::setCurrentStage(int stage)
{
    if (stage == m_current)
        return;
    m_current = stage;
    updateAccessibleText();
    update();
}

void FlowDiagram::updateAccessibleText()
{
    setAccessibleName(tr("SCEP enrolment flow"));
    QStringList stages;
    for (int i = 1; i <= kStages; ++i) {
        if (i == m_current)
            stages << tr("%1. %2 (current stage)").arg(i).arg(flowStageName(i));
        else
            stages << QStringLiteral("%1. %2").arg(i).arg(flowStageName(i));
    }
    setAccessibleDescription(stages.join(QStringLiteral("; ")));
    QStringList tips;
    for (int i = 1; i <= kStages; ++i)
        tips << QStringLiteral("%1. %2").arg(i).arg(flowStageDescription(i));
    setToolTip(tips.join(QLatin1Char('\n')));
}

QList<FlowDiagram::Box> FlowDiagram::layoutBoxes(int width) const
{
    QList<Box> boxes;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const qreal badge = fm.height() + 4;
    const qreal boxWidth = qMax<qreal>(60, width - kMarker - 1);
    const qreal textWidth = boxWidth - badge - 3 * kPad;
    qreal y = 0.5;
    for (int i = 1; i <= kStages; ++i) {
        const QRectF bounds = fm.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, flowStageName(i));
        const qreal h = qMax(badge, bounds.height()) + 2 * kPad;
        Box box;
        box.rect = QRectF(kMarker, y, boxWidth, h);
        box.textRect = QRectF(kMarker + 2 * kPad + badge, y + kPad, textWidth, h - 2 * kPad);
        boxes << box;
        y += h + kArrow;
    }
    return boxes;
}

int FlowDiagram::heightForWidth(int width) const
{
    const QList<Box> boxes = layoutBoxes(width);
    return int(std::ceil(boxes.last().rect.bottom() + 1));
}

QSize FlowDiagram::sizeHint() const
{
    return {200, heightForWidth(200)};
}

QSize FlowDiagram::minimumSizeHint() const
{
    return {120, heightForWidth(120)};
}

void FlowDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        updateGeometry();
        update();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void FlowDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QList<Box> boxes = layoutBoxes(width());
    QFont normal = font();
    QFont bold = font();
    bold.setBold(true);
    const qreal badge = QFontMetricsF(bold).height() + 4;

    for (int i = 0; i < boxes.size(); ++i) {
        const int stage = i + 1;
        const bool current = stage == m_current;
        const Box &box = boxes[i];

        // Arrow to the next stage.
        if (i + 1 < boxes.size()) {
            const qreal x = box.rect.center().x();
            const qreal top = box.rect.bottom() + 2;
            const qreal bottom = boxes[i + 1].rect.top() - 2;
            QColor arrow = pal.color(QPalette::WindowText);
            arrow.setAlphaF(0.55);
            p.setPen(QPen(arrow, 1.5));
            p.drawLine(QPointF(x, top), QPointF(x, bottom - 4));
            QPainterPath head;
            head.moveTo(x - 4, bottom - 5);
            head.lineTo(x + 4, bottom - 5);
            head.lineTo(x, bottom);
            head.closeSubpath();
            p.fillPath(head, arrow);
        }

        const QColor fill = current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base);
        const QColor text = current ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
        QColor border = current ? pal.color(QPalette::Highlight).darker(130) : pal.color(QPalette::Mid);
        p.setPen(QPen(border, current ? 2.5 : 1));
        p.setBrush(fill);
        p.drawRoundedRect(box.rect, 5, 5);

        // The stage number in a circle.
        const QRectF circle(box.rect.left() + kPad, box.rect.center().y() - badge / 2, badge, badge);
        p.setPen(Qt::NoPen);
        p.setBrush(current ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Button));
        p.drawEllipse(circle);
        p.setFont(bold);
        p.setPen(current ? pal.color(QPalette::Highlight) : pal.color(QPalette::ButtonText));
        p.drawText(circle, Qt::AlignCenter, QString::number(stage));

        p.setFont(current ? bold : normal);
        p.setPen(text);
        p.drawText(box.textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, flowStageName(stage));

        if (current) {
            QPainterPath marker;
            const qreal cy = box.rect.center().y();
            marker.moveTo(0, cy - 6);
            marker.lineTo(kMarker - 3, cy);
            marker.lineTo(0, cy + 6);
            marker.closeSubpath();
            p.fillPath(marker, pal.color(QPalette::WindowText));
        }
    }
}

} // namespace ndes::ui
