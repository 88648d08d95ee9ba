#include "busyindicator.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace ndes::ui {

namespace {
constexpr int kSpokes = 12;
}

BusyIndicator::BusyIndicator(QWidget *parent) : QWidget(parent)
{
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % kSpokes;
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("In progress"));
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height();
    return {side, side};
}

void BusyIndicator::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    updateTimer();
    update();
}

void BusyIndicator::updateTimer()
{
    if (m_running && isVisible())
        m_timer.start();
    else
        m_timer.stop();
}

void BusyIndicator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void BusyIndicator::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void BusyIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("In progress"));
    QWidget::changeEvent(event);
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    if (!m_running)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    p.translate(width() / 2.0, height() / 2.0);
    const qreal outer = side / 2.0 - 1;
    const qreal inner = outer * 0.45;
    QColor colour = palette().color(QPalette::WindowText);
    for (int i = 0; i < kSpokes; ++i) {
        const int age = (m_step - i + kSpokes) % kSpokes;
        colour.setAlphaF(1.0 - 0.8 * age / qreal(kSpokes - 1));
        p.setPen(QPen(colour, qMax(1.5, side / 9.0), Qt::SolidLine, Qt::RoundCap));
        const qreal angle = 2 * M_PI * i / kSpokes;
        p.drawLine(QPointF(inner * std::cos(angle), inner * std::sin(angle)),
                   QPointF(outer * std::cos(angle), outer * std::sin(angle)));
    }
}

} // namespace ndes::ui
