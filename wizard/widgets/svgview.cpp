#include "svgview.h"

#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace ndes::ui {

SvgView::SvgView(QWidget *parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

bool SvgView::load(const QString &path)
{
    const bool ok = m_renderer->load(path);
    updateGeometry();
    update();
    return ok;
}

bool SvgView::isValid() const
{
    return m_renderer->isValid();
}

QSizeF SvgView::drawSize(int width) const
{
    if (!m_renderer->isValid())
        return {};
    const QSizeF natural = m_renderer->viewBoxF().size().isEmpty() ? QSizeF(m_renderer->defaultSize())
                                                                    : m_renderer->viewBoxF().size();
    if (natural.isEmpty())
        return {};
    const qreal w = qMin<qreal>(width, natural.width() * 1.5);
    return {w, w * natural.height() / natural.width()};
}

int SvgView::heightForWidth(int width) const
{
    return int(std::ceil(drawSize(width).height()));
}

QSize SvgView::sizeHint() const
{
    const QSizeF natural = m_renderer->isValid() ? QSizeF(m_renderer->defaultSize()) : QSizeF(200, 100);
    return natural.toSize();
}

QSize SvgView::minimumSizeHint() const
{
    return {100, heightForWidth(100)};
}

void SvgView::paintEvent(QPaintEvent *)
{
    if (!m_renderer->isValid())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = drawSize(width());
    const QRectF target(QPointF((width() - size.width()) / 2, 0), size);
    m_renderer->render(&p, target);
}

} // namespace ndes::ui
