#include "status.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ndes::ui {

QIcon statusIcon(Status status)
{
    switch (status) {
    case Status::Ok: return QIcon(QStringLiteral(":/wizard/icons/ok.svg"));
    case Status::Problem: return QIcon(QStringLiteral(":/wizard/icons/problem.svg"));
    case Status::Warning: return QIcon(QStringLiteral(":/wizard/icons/warning.svg"));
    case Status::Info: return QIcon(QStringLiteral(":/wizard/icons/info.svg"));
    case Status::Cancelled: return QIcon(QStringLiteral(":/wizard/icons/cancelled.svg"));
    }
    return {};
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Ok: return StatusLabel::tr("OK");
    case Status::Problem: return StatusLabel::tr("Problem");
    case Status::Warning: return StatusLabel::tr("Warning");
    case Status::Info: return StatusLabel::tr("Info");
    case Status::Cancelled: return StatusLabel::tr("Cancelled");
    }
    return {};
}

QIcon modeIcon(const QString &modeId)
{
    return QIcon(QStringLiteral(":/wizard/icons/%1.svg").arg(modeId));
}

QString statusLine(Status status, const QString &text)
{
    return StatusLabel::tr("%1: %2").arg(statusWord(status), text);
}

QString statusLineHtml(Status status, const QString &text, int iconPx)
{
    static const char *const files[] = {"ok", "problem", "warning", "info", "cancelled"};
    const QString icon = QStringLiteral("<img src=\":/wizard/icons/%1.svg\" width=\"%2\" height=\"%2\"/>")
                             .arg(QLatin1String(files[int(status)]))
                             .arg(iconPx);
    return icon + QStringLiteral("&nbsp;")
        + StatusLabel::tr("%1: %2").arg(QStringLiteral("<b>%1</b>").arg(statusWord(status).toHtmlEscaped()),
                                        text.toHtmlEscaped());
}

StatusLabel::StatusLabel(QWidget *parent) : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    refresh();
}

void StatusLabel::setStatus(Status status, const QString &text)
{
    m_status = status;
    m_extra = text;
    m_empty = false;
    refresh();
}

void StatusLabel::clear()
{
    m_empty = true;
    m_extra.clear();
    refresh();
}

QString StatusLabel::text() const
{
    return m_text->text();
}

void StatusLabel::setIconSize(int px)
{
    m_iconSize = px;
    refresh();
}

void StatusLabel::setWordWrap(bool on)
{
    m_text->setWordWrap(on);
}

void StatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void StatusLabel::refresh()
{
    if (m_empty) {
        m_icon->clear();
        m_icon->hide();
        m_text->clear();
        setAccessibleName(QString());
        return;
    }
    m_icon->show();
    m_icon->setPixmap(statusIcon(m_status).pixmap(m_iconSize, m_iconSize));
    const QString word = statusWord(m_status);
    const QString full = m_extra.isEmpty() ? word : statusLine(m_status, m_extra);
    m_text->setText(full);
    m_icon->setAccessibleName(word);
    setAccessibleName(full);
}

} // namespace ndes::ui
