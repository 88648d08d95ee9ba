#include "sidepanel.h"

#include "widgets/flowdiagram.h"
#include "widgets/status.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace ndes::ui {

namespace {

// Enter on a step goes back to it, and stops there (the wizard would take it as Next).
class StepList : public QListWidget {
public:
    using QListWidget::QListWidget;
    std::function<void(QListWidgetItem *)> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            if (onEnter)
                onEnter(currentItem());
            event->accept();
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

// The panel is narrow: let long technical names (CertificateRegistrationSvc) wrap where their words join.
QString wrappable(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && text.at(i).isUpper() && text.at(i - 1).isLower())
            out += QChar(0x200B); // zero-width space: a line break opportunity, invisible otherwise
        out += text.at(i);
    }
    return out;
}

} // namespace

SidePanel::SidePanel(QWidget *parent)
    : QWidget(parent),
      m_stepsTitle(new QLabel(this)),
      m_steps(new StepList(this)),
      m_flowTitle(new QLabel(this)),
      m_diagram(new FlowDiagram(this)),
      m_logs(new QPushButton(this))
{
    setObjectName(QStringLiteral("sidePanel"));
    m_steps->setObjectName(QStringLiteral("stepsList"));
    m_diagram->setObjectName(QStringLiteral("flowDiagram"));
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_steps->setIconSize(QSize(14, 14));
    m_steps->setResizeMode(QListView::Adjust);
    m_steps->setUniformItemSizes(false);
    m_steps->setAutoFillBackground(false);
    m_steps->viewport()->setAutoFillBackground(false);
    m_steps->setStyleSheet(QStringLiteral("QListWidget#stepsList { background: transparent; }"));
    m_stepsTitle->setBuddy(m_steps);
    QFont bold = m_stepsTitle->font();
    bold.setBold(true);
    m_stepsTitle->setFont(bold);
    m_flowTitle->setFont(bold);
    m_flowTitle->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(m_stepsTitle);
    layout->addWidget(m_steps, 1);
    layout->addSpacing(8);
    layout->addWidget(m_flowTitle);
    layout->addWidget(m_diagram);
    layout->addSpacing(8);
    m_logs->setObjectName(QStringLiteral("logsButton"));
    m_logs->setAutoDefault(false);
    m_logs->setIcon(statusIcon(Status::Info));
    layout->addWidget(m_logs);
    connect(m_logs, &QPushButton::clicked, this, &SidePanel::logsRequested);
    setMinimumWidth(210);
    setMaximumWidth(270);

    // Click or Enter on an earlier step goes back to it.
    const auto goBack = [this](QListWidgetItem *item) {
        if (item && item != m_steps->item(m_steps->count() - 1))
            Q_EMIT stepActivated(PageId(item->data(Qt::UserRole).toInt()));
    };
    static_cast<StepList *>(m_steps)->onEnter = goBack;
    connect(m_steps, &QListWidget::itemClicked, this, goBack);
    retranslate();
}

void SidePanel::retranslate()
{
    m_stepsTitle->setText(tr("S&teps so far"));
    m_steps->setAccessibleName(tr("Steps so far; activate one to go back to it"));
    m_flowTitle->setText(tr("Where we are in SCEP"));
    m_logs->setText(tr("Lo&gs..."));
    m_logs->setAccessibleName(tr("Open the logs window"));
    m_logs->setToolTip(tr("IIS, device and connector logs, and where every log lives"));
}

void SidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SidePanel::setSteps(const QList<QPair<PageId, QString>> &steps)
{
    m_steps->clear();
    for (int i = 0; i < steps.size(); ++i) {
        const bool current = i == steps.size() - 1;
        auto *item = new QListWidgetItem(wrappable(steps[i].second), m_steps);
        item->setData(Qt::UserRole, int(steps[i].first));
        item->setIcon(current ? statusIcon(Status::Info) : statusIcon(Status::Ok));
        if (current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setData(Qt::AccessibleTextRole, tr("%1 (current step)").arg(steps[i].second));
            item->setToolTip(tr("Current step"));
        } else {
            item->setData(Qt::AccessibleTextRole, tr("%1 (done; activate to go back)").arg(steps[i].second));
            item->setToolTip(tr("Go back to this step"));
        }
    }
    if (m_steps->count() > 0)
        m_steps->setCurrentRow(m_steps->count() - 1);
}

void SidePanel::setStage(int stage)
{
    m_diagram->setCurrentStage(stage);
}

} // namespace ndes::ui
