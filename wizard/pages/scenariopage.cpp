#include "scenariopage.h"

#include "session.h"
#include "texts.h"
#include "trainingserver.h"

#include "training/scenario.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QWizard>

namespace ndes::ui {

namespace {

enum Role { IdRole = Qt::UserRole, SymptomRole, DifficultyRole };

// Two lines per scenario: the name in bold with the difficulty on the right, the symptom below.
class ScenarioDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kPad = 8;

    static QString difficultyText(int difficulty)
    {
        QString dots;
        for (int i = 1; i <= 3; ++i)
            dots += i <= difficulty ? QChar(0x25CF) : QChar(0x25CB);
        return QStringLiteral("%1 %2").arg(dots, difficultyName(difficulty));
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = option.widget ? option.widget->width() - 30 : 400;
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldFm(bold);
        const QString diff = difficultyText(index.data(DifficultyRole).toInt());
        const int titleWidth = width - boldFm.horizontalAdvance(diff) - 3 * kPad;
        const QRect title = boldFm.boundingRect(QRect(0, 0, qMax(80, titleWidth), 1000), Qt::TextWordWrap,
                                                index.data(Qt::DisplayRole).toString());
        const QRect symptom = option.fontMetrics.boundingRect(QRect(0, 0, qMax(80, width - 2 * kPad), 1000),
                                                              Qt::TextWordWrap, index.data(SymptomRole).toString());
        return {width, title.height() + symptom.height() + 3 * kPad};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
        const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldFm(bold);
        const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
        const QString diff = difficultyText(index.data(DifficultyRole).toInt());
        const int diffWidth = boldFm.horizontalAdvance(diff);

        painter->save();
        painter->setPen(text);
        painter->setFont(option.font);
        painter->drawText(QRect(r.right() - diffWidth, r.top(), diffWidth, boldFm.height()), Qt::AlignRight, diff);
        painter->setFont(bold);
        const QRect titleArea(r.left(), r.top(), r.width() - diffWidth - kPad, 1000);
        const QRect title = boldFm.boundingRect(titleArea, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        painter->drawText(titleArea, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        painter->setFont(option.font);
        QColor dim = text;
        dim.setAlphaF(selected ? 1.0 : 0.8);
        painter->setPen(dim);
        painter->drawText(QRect(r.left(), r.top() + title.height() + kPad / 2, r.width(), r.height()), Qt::TextWordWrap,
                          index.data(SymptomRole).toString());
        painter->restore();
    }
};

} // namespace

ScenarioPage::ScenarioPage(const PageContext &context, QWidget *parent)
    : Page(PageId::Scenario, context, parent),
      m_intro(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_surprise(new QPushButton(this)),
      m_surpriseHint(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setItemDelegate(new ScenarioDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAlternatingRowColors(true);
    m_surprise->setObjectName(QStringLiteral("surpriseButton"));
    m_surpriseHint->setWordWrap(true);
    m_intro->setBuddy(m_list);

    auto *surpriseRow = new QHBoxLayout;
    surpriseRow->addWidget(m_surprise);
    surpriseRow->addWidget(m_surpriseHint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(surpriseRow);

    for (const training::Scenario &scenario : training::scenarios()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(IdRole, scenario.id);
        item->setData(DifficultyRole, scenario.difficulty);
    }
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        m_quizPicked = false;
        Q_EMIT completeChanged();
    });
    // Enter reaches the wizard's default button by itself; a double click goes on too.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (wizard())
            wizard()->next();
    });
    connect(m_surprise, &QPushButton::clicked, this, &ScenarioPage::surprise);
    retranslate();
}

void ScenarioPage::fillList()
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString id = item->data(IdRole).toString();
        const int difficulty = item->data(DifficultyRole).toInt();
        item->setText(scenarioTitle(id));
        item->setData(SymptomRole, scenarioSymptom(id));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1. %2 Difficulty: %3.").arg(scenarioTitle(id), scenarioSymptom(id), difficultyName(difficulty)));
        item->setToolTip(scenarioSymptom(id));
    }
    m_list->doItemsLayout();
}

void ScenarioPage::retranslate()
{
    setPageTitle(tr("Training scenario"));
    setSubTitle(tr("Choose the fault the simulated server will have."));
    m_intro->setText(tr("&Scenarios (the simulated server runs on this computer only):"));
    m_list->setAccessibleName(tr("Scenarios"));
    m_surprise->setText(tr("Surprise &me"));
    m_surprise->setAccessibleName(tr("Surprise me: pick a scenario at random and hide its name"));
    m_surpriseHint->setText(tr("Picks a scenario at random and hides its name: you find the cause yourself."));
    fillList();
}

void ScenarioPage::initializePage()
{
    if (!session().scenarioId().isEmpty() && !session().isQuiz())
        selectScenario(session().scenarioId());
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ScenarioPage::selectScenario(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QString ScenarioPage::selectedScenario() const
{
    if (m_quizPicked)
        return m_quizScenario;
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ScenarioPage::surprise()
{
    const QList<training::Scenario> &all = training::scenarios();
    if (all.isEmpty())
        return;
    m_quizScenario = all.at(QRandomGenerator::global()->bounded(int(all.size()))).id;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_quizPicked = true;
    Q_EMIT completeChanged();
    if (wizard())
        wizard()->next();
}

bool ScenarioPage::isComplete() const
{
    return !selectedScenario().isEmpty();
}

bool ScenarioPage::validatePage()
{
    const QString id = selectedScenario();
    if (id.isEmpty())
        return false;
    session().setScenario(id, m_quizPicked);
    // The simulated server gets ready while the user reads the next page.
    training().ensure(id);
    return true;
}

QString ScenarioPage::stepLabel() const
{
    if (session().isQuiz() && !session().quizAnsweredRight().has_value())
        return tr("Scenario: surprise");
    if (session().scenarioId().isEmpty())
        return plainTitle();
    return tr("Scenario: %1").arg(scenarioTitle(session().scenarioId()));
}

QWidget *ScenarioPage::preferredFocus() const
{
    return m_list;
}

} // namespace ndes::ui
