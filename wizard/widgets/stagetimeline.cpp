#include "stagetimeline.h"

#include "status.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace ndes::ui {

namespace {

constexpr int kIconPx = 20;
constexpr int kMaxVisibleLines = 10;

Status statusFor(StageTimeline::State state)
{
    switch (state) {
    case StageTimeline::State::Reached: return Status::Ok;
    case StageTimeline::State::Failed: return Status::Problem;
    case StageTimeline::State::NotReached: return Status::Cancelled;
    case StageTimeline::State::NoOutcome: return Status::Warning;
    }
    return Status::Info;
}

} // namespace

StageTimeline::StageTimeline(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("stageTimeline"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

QString StageTimeline::stateWord(State state)
{
    switch (state) {
    case State::Reached: return tr("reached");
    case State::Failed: return tr("failed");
    case State::NotReached: return tr("not reached");
    case State::NoOutcome: return tr("no outcome");
    }
    return {};
}

void StageTimeline::setRows(const QList<Row> &rows)
{
    const bool sameShape = rows.size() == m_rows.size();
    QList<bool> expanded;
    if (sameShape) {
        for (int i = 0; i < m_rows.size(); ++i)
            expanded << isExpanded(i);
    }
    m_rows = rows;
    rebuild();
    for (int i = 0; i < expanded.size(); ++i)
        setExpanded(i, expanded[i]);
}

void StageTimeline::rebuild()
{
    for (const RowWidgets &w : std::as_const(m_widgets))
        delete w.box;
    m_widgets.clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        RowWidgets w;
        w.box = new QWidget(this);
        w.box->setObjectName(QStringLiteral("stageRow%1").arg(i));
        auto *grid = new QGridLayout(w.box);
        grid->setContentsMargins(0, 2, 0, 2);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(2);
        grid->setColumnMinimumWidth(0, kIconPx + 8);
        grid->setColumnStretch(1, 1);

        w.icon = new QLabel(w.box);
        w.icon->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        w.icon->setPixmap(statusIcon(statusFor(row.state)).pixmap(kIconPx, kIconPx));
        w.icon->setAutoFillBackground(true); // hides the rail behind the icon
        grid->addWidget(w.icon, 0, 0, Qt::AlignHCenter | Qt::AlignTop);

        w.title = new QLabel(w.box);
        w.title->setObjectName(QStringLiteral("stageTitle%1").arg(i));
        w.title->setTextFormat(Qt::RichText);
        w.title->setWordWrap(true);
        grid->addWidget(w.title, 0, 1);

        w.toggle = new QToolButton(w.box);
        w.toggle->setObjectName(QStringLiteral("stageToggle%1").arg(i));
        w.toggle->setCheckable(true);
        w.toggle->setAutoRaise(true);
        w.toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        w.toggle->setArrowType(Qt::RightArrow);
        w.toggle->setVisible(!row.evidence.isEmpty());
        grid->addWidget(w.toggle, 0, 2, Qt::AlignTop);

        w.detail = new QLabel(w.box);
        w.detail->setObjectName(QStringLiteral("stageDetail%1").arg(i));
        w.detail->setWordWrap(true);
        w.detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        w.detail->setText(row.detail);
        w.detail->setVisible(!row.detail.isEmpty());
        grid->addWidget(w.detail, 1, 1, 1, 2);

        w.lines = new QPlainTextEdit(w.box);
        w.lines->setObjectName(QStringLiteral("stageLines%1").arg(i));
        w.lines->setReadOnly(true);
        w.lines->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        w.lines->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        w.lines->setWordWrapMode(QTextOption::WrapAnywhere);
        w.lines->setFont(fixed);
        w.lines->setPlainText(row.evidence.join(QLatin1Char('\n')));
        // Log lines are long and wrap: about three screen lines each, up to a limit.
        const int visible = qBound(3, int(row.evidence.size()) * 3, kMaxVisibleLines);
        w.lines->setFixedHeight(QFontMetrics(fixed).lineSpacing() * visible + 12);
        w.lines->setVisible(false);
        grid->addWidget(w.lines, 2, 1, 1, 2);

        connect(w.toggle, &QToolButton::toggled, this, [this, i](bool on) { setExpanded(i, on); });
        m_layout->addWidget(w.box);
        m_widgets << w;
    }
    refreshTexts();
    update();
}

void StageTimeline::refreshTexts()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        RowWidgets &w = m_widgets[i];
        const QString word = stateWord(row.state);
        const bool grey = row.state == State::NotReached;
        w.title->setText(QStringLiteral("<b>%1</b>: %2")
                             .arg(row.name.toHtmlEscaped(),
                                  grey ? QStringLiteral("<span style=\"color: %1\">%2</span>")
                                             .arg(palette().color(QPalette::PlaceholderText).name(),
                                                  word.toHtmlEscaped())
                                       : word.toHtmlEscaped()));
        w.title->setAccessibleName(rowText(i));
        w.icon->setAccessibleName(word);
        w.toggle->setText(tr("Lines (%1)").arg(row.evidence.size()));
        w.toggle->setAccessibleName(tr("Show the log lines for %1").arg(row.name));
        w.lines->setAccessibleName(tr("Log lines for %1").arg(row.name));
        w.detail->setAccessibleName(row.detail);
    }
}

QString StageTimeline::rowText(int index) const
{
    const Row &row = m_rows.at(index);
    QString text = tr("%1: %2").arg(row.name, stateWord(row.state));
    if (!row.detail.isEmpty())
        text += QStringLiteral(". ") + row.detail;
    return text;
}

bool StageTimeline::isExpanded(int index) const
{
    return index >= 0 && index < m_widgets.size() && m_widgets[index].lines->isVisibleTo(this);
}

void StageTimeline::setExpanded(int index, bool expanded)
{
    if (index < 0 || index >= m_widgets.size())
        return;
    RowWidgets &w = m_widgets[index];
    expanded = expanded && !m_rows[index].evidence.isEmpty();
    w.lines->setVisible(expanded);
    w.toggle->blockSignals(true);
    w.toggle->setChecked(expanded);
    w.toggle->blockSignals(false);
    w.toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    update();
}

void StageTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    QWidget::changeEvent(event);
}

void StageTimeline::paintEvent(QPaintEvent *)
{
    // The rail that joins the icons, so the steps read as one path from top to bottom.
    if (m_widgets.size() < 2)
        return;
    const auto centre = [this](const RowWidgets &w) {
        return w.icon->mapTo(this, QPoint(w.icon->width() / 2, w.icon->height() / 2));
    };
    QPainter p(this);
    QPen pen(palette().color(QPalette::Mid));
    pen.setWidth(2);
    p.setPen(pen);
    const QPoint top = centre(m_widgets.first());
    const QPoint bottom = centre(m_widgets.last());
    p.drawLine(top.x(), top.y(), top.x(), bottom.y());
}

} // namespace ndes::ui
