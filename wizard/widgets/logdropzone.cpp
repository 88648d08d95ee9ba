#include "logdropzone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace ndes::ui {

LogDropZone::LogDropZone(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_hint(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("logDropZone"));
    m_hint->setObjectName(QStringLiteral("logDropHint"));
    m_hint->setWordWrap(true);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_DirOpenIcon).pixmap(24, 24));
    // The hint on top, the buttons below it: both keep their full width in either language.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    auto *hintRow = new QHBoxLayout;
    hintRow->setSpacing(10);
    hintRow->addWidget(m_icon, 0, Qt::AlignVCenter);
    hintRow->addWidget(m_hint, 1);
    layout->addLayout(hintRow);
    m_buttons->setSpacing(6);
    m_buttons->addSpacing(34);
    layout->addLayout(m_buttons);
}

void LogDropZone::setHint(const QString &text)
{
    m_hint->setText(text);
    setAccessibleDescription(text);
}

QString LogDropZone::hint() const
{
    return m_hint->text();
}

void LogDropZone::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

QStringList LogDropZone::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths << url.toLocalFile();
    }
    return paths;
}

void LogDropZone::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QColor border = m_highlighted ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    if (m_highlighted) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(40);
        p.setBrush(fill);
    } else {
        p.setBrush(Qt::NoBrush);
    }
    p.setPen(QPen(border, m_highlighted ? 2 : 1.2, Qt::DashLine));
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

} // namespace ndes::ui
