#include "choicecard.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

namespace ndes::ui {

namespace {
constexpr int kPad = 12;
constexpr int kIcon = 40;
constexpr int kIndicator = 18;
} // namespace

ChoiceCard::ChoiceCard(QWidget *parent) : QAbstractButton(parent)
{
    setCheckable(true);
    setAutoExclusive(true);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_Hover);
}

void ChoiceCard::setTitle(const QString &title)
{
    m_title = title;
    setText(title);
    updateAccessibility();
    updateGeometry();
    update();
}

void ChoiceCard::setDescription(const QString &description)
{
    m_description = description;
    updateAccessibility();
    updateGeometry();
    update();
}

void ChoiceCard::setCardIcon(const QIcon &icon)
{
    m_icon = icon;
    update();
}

void ChoiceCard::updateAccessibility()
{
    QString name = m_title;
    name.remove(QLatin1Char('&'));
    setAccessibleName(name);
    setAccessibleDescription(m_description);
}

QRect ChoiceCard::textArea(int width) const
{
    const int left = kPad + kIndicator + kPad + kIcon + kPad;
    return QRect(left, kPad, qMax(80, width - left - kPad), 10000);
}

int ChoiceCard::heightForWidth(int width) const
{
    const QRect area = textArea(width);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.12);
    const QFontMetrics titleFm(bold);
    const QRect titleRect = titleFm.boundingRect(area, Qt::TextWordWrap | Qt::TextShowMnemonic, m_title);
    const QRect descRect = fontMetrics().boundingRect(area, Qt::TextWordWrap, m_description);
    const int text = titleRect.height() + 4 + descRect.height();
    return qMax(kIcon, text) + 2 * kPad;
}

QSize ChoiceCard::sizeHint() const
{
    return {480, heightForWidth(480)};
}

QSize ChoiceCard::minimumSizeHint() const
{
    return {260, heightForWidth(260)};
}

void ChoiceCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    QAbstractButton::mouseDoubleClickEvent(event);
    if (isEnabled()) {
        setChecked(true);
        Q_EMIT activated();
    }
}

void ChoiceCard::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && isEnabled()) {
        setChecked(true);
        event->ignore(); // the wizard's default button (Next) takes it
        return;
    }
    // Arrow keys move between the cards, as between radio buttons.
    QAbstractButton::keyPressEvent(event);
}

void ChoiceCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool on = isChecked();
    const bool enabled = isEnabled();
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);

    QColor fill = pal.color(QPalette::Base);
    if (on)
        fill = QColor::fromRgbF(
            pal.color(QPalette::Base).redF() * 0.85 + pal.color(QPalette::Highlight).redF() * 0.15,
            pal.color(QPalette::Base).greenF() * 0.85 + pal.color(QPalette::Highlight).greenF() * 0.15,
            pal.color(QPalette::Base).blueF() * 0.85 + pal.color(QPalette::Highlight).blueF() * 0.15);
    else if (underMouse() && enabled)
        fill = pal.color(QPalette::AlternateBase);
    QColor border = on ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    p.setPen(QPen(border, on ? 2.5 : 1));
    p.setBrush(fill);
    p.drawRoundedRect(frame, 8, 8);
    if (hasFocus()) {
        QPen focus(pal.color(QPalette::Highlight), 1, Qt::DashLine);
        p.setPen(focus);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(frame.adjusted(4, 4, -4, -4), 6, 6);
    }

    // The radio indicator tells the state without colour.
    QStyleOptionButton radio;
    radio.initFrom(this);
    radio.rect = QRect(kPad, (height() - kIndicator) / 2, kIndicator, kIndicator);
    radio.state = (on ? QStyle::State_On : QStyle::State_Off) | (enabled ? QStyle::State_Enabled : QStyle::State_None);
    style()->drawPrimitive(QStyle::PE_IndicatorRadioButton, &radio, &p, this);

    const QRect iconRect(kPad + kIndicator + kPad, (height() - kIcon) / 2, kIcon, kIcon);
    m_icon.paint(&p, iconRect, Qt::AlignCenter, enabled ? QIcon::Normal : QIcon::Disabled);

    const QRect area = textArea(width());
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.12);
    const QFontMetrics titleFm(bold);
    const QRect titleRect = titleFm.boundingRect(area, Qt::TextWordWrap | Qt::TextShowMnemonic, m_title);
    const QRect descRect = fontMetrics().boundingRect(area, Qt::TextWordWrap, m_description);
    const int top = (height() - (titleRect.height() + 4 + descRect.height())) / 2;
    const QColor text = pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    p.setPen(text);
    p.setFont(bold);
    p.drawText(QRect(area.left(), top, area.width(), titleRect.height()),
               Qt::TextWordWrap | Qt::TextShowMnemonic, m_title);
    p.setFont(font());
    QColor desc = text;
    if (enabled)
        desc.setAlphaF(0.8);
    p.setPen(desc);
    p.drawText(QRect(area.left(), top + titleRect.height() + 4, area.width(), descRect.height()), Qt::TextWordWrap,
               m_description);
}

} // namespace ndes::ui
