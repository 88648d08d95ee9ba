#include "causepage.h"

#include "causerunner.h"
#include "checktexts.h"
#include "session.h"
#include "texts.h"
#include "widgets/busyindicator.h"
#include "widgets/status.h"

#include "facts/livesource.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace ndes::ui {

namespace {

Status statusOf(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return Status::Ok;
    case CheckStatus::Warn: return Status::Warning;
    case CheckStatus::Fail: return Status::Problem;
    case CheckStatus::Skipped: return Status::Info;
    }
    return Status::Info;
}

// Cause first, then problems, warnings, passes, and what could not be checked; walk order within each.
int rank(const CheckRow *row)
{
    if (row->isCause())
        return 0;
    if (!row->result())
        return 5;
    switch (row->result()->status) {
    case CheckStatus::Fail: return 1;
    case CheckStatus::Warn: return 2;
    case CheckStatus::Pass: return 3;
    case CheckStatus::Skipped: return 4;
    }
    return 5;
}

} // namespace

// ---- CheckRow -----------------------------------------------------------------------------------

CheckRow::CheckRow(const QString &checkId, QWidget *parent)
    : QFrame(parent),
      m_id(checkId),
      m_busy(new BusyIndicator(this)),
      m_icon(new QLabel(this)),
      m_word(new QLabel(this)),
      m_title(new QLabel(this)),
      m_badge(new QLabel(this)),
      m_expand(new QToolButton(this)),
      m_question(new QLabel(this)),
      m_sentence(new QLabel(this)),
      m_evidence(new QLabel(this))
{
    setObjectName(QStringLiteral("checkRow_") + checkId);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_expand->setObjectName(QStringLiteral("evidenceToggle"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_sentence->setObjectName(QStringLiteral("sentence"));
    m_badge->setObjectName(QStringLiteral("causeBadge"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_word->setFont(bold);
    m_badge->setFont(bold);
    m_title->setWordWrap(true);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                                          " border-radius: 3px; padding: 1px 6px; }"));
    m_badge->hide();

    QPalette dim = m_question->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_question->setPalette(dim);
    m_question->setWordWrap(true);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentence->hide();
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_evidence->setFocusPolicy(Qt::ClickFocus);
    m_evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_evidence->setContentsMargins(4, 4, 4, 4);
    m_evidence->hide();

    m_expand->setCheckable(true);
    m_expand->setAutoRaise(true);
    m_expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expand->setArrowType(Qt::RightArrow);
    m_expand->setEnabled(false);
    connect(m_expand, &QToolButton::toggled, this, [this](bool open) {
        m_evidence->setVisible(open);
        m_expand->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    const int iconSize = fontMetrics().height() + 2;
    m_icon->setFixedSize(iconSize, iconSize);
    m_icon->hide();
    m_busy->hide();

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_busy, 0, Qt::AlignVCenter);
    header->addWidget(m_icon, 0, Qt::AlignVCenter);
    header->addWidget(m_word, 0, Qt::AlignVCenter);
    header->addWidget(m_title, 1, Qt::AlignVCenter);
    header->addWidget(m_badge, 0, Qt::AlignVCenter);
    header->addWidget(m_expand, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_question);
    layout->addWidget(m_sentence);
    layout->addWidget(m_evidence);
    retranslate();
}

bool CheckRow::isExpanded() const
{
    return m_expand->isChecked();
}

QString CheckRow::sentence() const
{
    return m_sentence->text();
}

void CheckRow::setRunning()
{
    m_state = State::Running;
    retranslate();
}

void CheckRow::setResult(const CheckResult &result)
{
    m_state = State::Done;
    m_result = result;
    retranslate();
}

void CheckRow::setNotRun()
{
    if (m_state == State::Done)
        return;
    m_state = State::NotRun;
    retranslate();
}

void CheckRow::setCause(bool cause)
{
    m_cause = cause;
    update();
    retranslate();
}

void CheckRow::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_cause)
        return;
    // The cause stands out with a thick frame in the highlight colour (and its "Cause" badge).
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.25, 1.25, -1.25, -1.25), 4, 4);
}

void CheckRow::setExpanded(bool expanded)
{
    if (m_expand->isEnabled())
        m_expand->setChecked(expanded);
}

void CheckRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CheckRow::retranslate()
{
    const QString title = checkTitle(m_id);
    m_title->setText(title);
    m_question->setText(checkQuestion(m_id));
    m_badge->setText(CausePage::tr("Cause"));
    m_badge->setVisible(m_cause);
    m_expand->setText(CausePage::tr("Evidence"));
    m_expand->setAccessibleName(CausePage::tr("Evidence of the check \"%1\"").arg(title));
    m_busy->setVisible(m_state == State::Running);
    m_busy->setRunning(m_state == State::Running);
    switch (m_state) {
    case State::Waiting:
        m_icon->hide();
        m_word->setText(CausePage::tr("Waiting"));
        m_question->show();
        m_sentence->hide();
        break;
    case State::Running:
        m_icon->hide();
        m_word->setText(CausePage::tr("Checking..."));
        m_question->show();
        m_sentence->hide();
        break;
    case State::NotRun:
        m_icon->show();
        m_icon->setPixmap(statusIcon(Status::Cancelled).pixmap(m_icon->size()));
        m_word->setText(CausePage::tr("Not run"));
        m_question->show();
        m_sentence->hide();
        break;
    case State::Done: {
        const CheckResult &r = *m_result;
        m_icon->show();
        m_icon->setPixmap(statusIcon(statusOf(r.status)).pixmap(m_icon->size()));
        m_word->setText(checkStatusName(r.status));
        m_question->hide();
        m_sentence->setText(checkResultSentence(r));
        m_sentence->show();
        const QStringList lines = checkEvidenceLines(r);
        m_evidence->setText(lines.join(QLatin1Char('\n')));
        m_evidence->setAccessibleName(CausePage::tr("Evidence of the check \"%1\"").arg(title));
        m_expand->setEnabled(!lines.isEmpty());
        if (lines.isEmpty())
            m_expand->setChecked(false);
        break;
    }
    }
    m_icon->setAccessibleName(m_word->text());
    QString name = CausePage::tr("%1: %2").arg(m_word->text(), title);
    if (m_cause)
        name = CausePage::tr("Cause found: %1").arg(name);
    if (m_state == State::Done)
        name = CausePage::tr("%1. %2").arg(name, m_sentence->text());
    setAccessibleName(name);
    m_sentence->setAccessibleName(m_sentence->text());
}

// ---- CausePage ----------------------------------------------------------------------------------

CausePage::CausePage(const PageContext &context, QWidget *parent)
    : Page(PageId::Cause, context, parent),
      m_runner(new CauseRunner(context.nam, this)),
      m_intro(new QLabel(this)),
      m_notice(new StatusLabel(this)),
      m_summaryIcon(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_summaryDetail(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_rowsHost(new QWidget),
      m_rowsLayout(new QVBoxLayout(m_rowsHost)),
      m_cancel(new QPushButton(this)),
      m_rerun(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("causeIntro"));
    m_notice->setObjectName(QStringLiteral("causeNotice"));
    m_notice->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("causeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_summary->setFont(bold);
    m_summaryIcon->setFixedSize(24, 24);
    m_summaryDetail->setObjectName(QStringLiteral("causeSummaryDetail"));
    m_summaryDetail->setWordWrap(true);
    m_summaryDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryDetail->hide();
    m_cancel->setObjectName(QStringLiteral("cancelChecksButton"));
    m_rerun->setObjectName(QStringLiteral("rerunChecksButton"));
    m_scroll->setObjectName(QStringLiteral("checkRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rowsLayout->setContentsMargins(0, 0, 4, 0);
    m_rowsLayout->setSpacing(6);
    m_rowsLayout->addStretch(1);
    m_scroll->setWidget(m_rowsHost);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rerun);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->setSpacing(8);
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);
    layout->addLayout(summaryRow);
    layout->addWidget(m_summaryDetail);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_runner, &CauseRunner::started, this, &CausePage::onStarted);
    connect(m_runner, &CauseRunner::finished, this, &CausePage::onFinished);
    connect(m_runner, &CauseRunner::allDone, this, &CausePage::onAllDone);
    connect(m_runner, &CauseRunner::cancelled, this, &CausePage::onCancelled);
    connect(m_cancel, &QPushButton::clicked, this, &CausePage::cancelChecks);
    connect(m_rerun, &QPushButton::clicked, this, &CausePage::startChecks);
    updateButtons();
    retranslate();
}

void CausePage::retranslate()
{
    setPageTitle(tr("Find the cause"));
    setSubTitle(tr("The checks for this branch, on the server's own settings, accounts, certificates and logs."));
    m_cancel->setText(tr("S&top the checks"));
    m_cancel->setAccessibleName(tr("Stop the checks"));
    m_rerun->setText(tr("&Run the checks again"));
    m_rerun->setAccessibleName(tr("Run the checks again"));
    m_scroll->setAccessibleName(tr("Checks and their results"));
    refreshIntro();
    refreshSummary();
}

void CausePage::refreshIntro()
{
    QString source;
    switch (session().mode()) {
    case Mode::Training:
        source = tr("The facts come from the training scenario: files recorded on a simulated NDES server.");
        break;
    case Mode::Snapshot:
        source = tr("The facts come from the snapshot %1.")
                     .arg(QDir::toNativeSeparators(session().snapshotPath()));
        break;
    case Mode::Live: source = tr("The facts are read from this computer."); break;
    }
    QString branch;
    if (session().result())
        branch = tr("The URL test found: %1 These are the checks for that branch.")
                     .arg(verdictSentence(*session().result()));
    else
        branch = tr("There is no URL test result, so the checks of every branch run.");
    m_intro->setText(branch + QLatin1Char(' ') + source);

    if (!m_noticeText.isEmpty())
        m_notice->setStatus(Status::Problem, m_noticeText);
    else if (m_liveWithoutChecks)
        m_notice->setStatus(Status::Warning,
                            tr("Local checks need Windows: run NDES Doctor on the NDES server itself, or open a "
                               "snapshot taken there. The checks below cannot read anything here; you can still "
                               "go on to the fix."));
    else
        m_notice->clear();
    m_notice->setVisible(!m_noticeText.isEmpty() || m_liveWithoutChecks);
}

void CausePage::refreshSummary()
{
    const int total = int(m_rows.size());
    int done = 0;
    int skipped = 0;
    for (const CheckRow *row : m_rows) {
        if (row->state() == CheckRow::State::Done) {
            ++done;
            if (row->result()->status == CheckStatus::Skipped)
                ++skipped;
        }
    }
    m_summaryDetail->hide();
    const auto setSummary = [this](Status status, const QString &text) {
        m_summaryIcon->setPixmap(statusIcon(status).pixmap(m_summaryIcon->size()));
        m_summaryIcon->setAccessibleName(statusWord(status));
        m_summaryIcon->show();
        m_summary->setText(text);
        m_summary->setAccessibleName(text);
        m_summary->show();
    };
    switch (m_state) {
    case State::Idle:
        m_summaryIcon->hide();
        m_summary->clear();
        m_summary->hide();
        return;
    case State::Failed:
        setSummary(Status::Problem, tr("The checks could not run."));
        return;
    case State::Running:
        setSummary(Status::Info, tr("Checking: %1 of %2 done.").arg(done).arg(total));
        return;
    case State::Done:
    case State::Stopped: break;
    }

    const QString &cause = m_diagnosis.cause;
    QString detail;
    if (!cause.isEmpty()) {
        setSummary(Status::Problem, tr("Cause found: %1").arg(checkTitle(cause)));
        detail = tr("Next shows how to fix it; then \"Test again\" tells whether the fix worked.");
        if (m_state == State::Stopped)
            detail += QLatin1Char(' ') + tr("The checks were stopped before the end: other problems may remain.");
    } else if (m_state == State::Stopped) {
        setSummary(Status::Cancelled, tr("The checks were stopped after %1 of %2.").arg(done).arg(total));
        detail = tr("No cause was found among the checks that ran. Run them again, or go on.");
    } else if (total == 0) {
        setSummary(Status::Info, tr("There is no check on the server for this branch."));
        detail = tr("The cause is outside the NDES server (the network path, a proxy, or the certificate the "
                    "server presents): the fix page says what to look at.");
    } else {
        setSummary(Status::Ok, tr("No cause found among %n check(s).", nullptr, total));
        const std::optional<Verdict> verdict = m_diagnosis.verdict;
        if (!verdict)
            detail = tr("None of the documented faults shows in these facts. The IIS logs and the device logs "
                        "come next: they show how far the devices get.");
        else if (*verdict == Verdict::Ok403)
            detail = tr("The server's own settings look right. The next question is whether the devices reach "
                        "IIS at all: the IIS logs come next.");
        else
            detail = tr("None of the documented causes of this branch shows on the server. The fix page lists "
                        "what else to look at.");
        if (skipped > 0)
            detail += QLatin1Char(' ')
                      + tr("%n check(s) could not read their facts, so a cause may still hide there.", nullptr,
                           skipped);
    }
    if (!detail.isEmpty()) {
        m_summaryDetail->setText(detail);
        m_summaryDetail->show();
    }
}

void CausePage::initializePage()
{
    startChecks();
}

void CausePage::cleanupPage()
{
    m_runner->cancel();
    m_state = State::Idle;
    session().setCauseCheck(QString());
}

void CausePage::clearRows()
{
    for (CheckRow *row : std::as_const(m_rows)) {
        m_rowsLayout->removeWidget(row);
        row->deleteLater();
    }
    m_rows.clear();
}

void CausePage::startChecks()
{
    m_runner->cancel();
    clearRows();
    m_noticeText.clear();
    m_diagnosis = tree::Diagnosis{};
    session().setCauseCheck(QString());
    m_liveWithoutChecks = session().mode() == Mode::Live && !facts::LiveSource::isSupported();

    QString error;
    std::shared_ptr<facts::FactSource> source = factSourceFor(session(), &error);
    if (!source) {
        m_noticeText = error;
        finish(State::Failed);
        return;
    }
    std::optional<Verdict> verdict;
    if (session().result())
        verdict = session().result()->verdict;
    m_state = State::Running;
    m_runner->start(verdict, std::move(source));
    if (!m_runner->treeError().isEmpty()) {
        m_noticeText = tr("The troubleshooting tree cannot be read: %1").arg(m_runner->treeError());
        finish(State::Failed);
        return;
    }
    if (m_state != State::Running) // no check at all: already done
        return;
    int index = 0;
    for (const QString &id : m_runner->checkIds()) {
        auto *row = new CheckRow(id, m_rowsHost);
        m_rowsLayout->insertWidget(index++, row);
        m_rows << row;
    }
    refreshIntro();
    refreshSummary();
    updateButtons();
    Q_EMIT completeChanged();
}

void CausePage::cancelChecks()
{
    m_runner->cancel();
}

void CausePage::onStarted(const QString &checkId)
{
    if (CheckRow *r = row(checkId)) {
        r->setRunning();
        m_scroll->ensureWidgetVisible(r, 0, 0);
    }
    refreshSummary();
}

void CausePage::onFinished(const CheckResult &result)
{
    if (CheckRow *r = row(result.id))
        r->setResult(result);
    refreshSummary();
}

void CausePage::onAllDone(const tree::Diagnosis &diagnosis)
{
    m_diagnosis = diagnosis;
    finish(State::Done);
}

void CausePage::onCancelled()
{
    m_diagnosis = m_runner->diagnosis();
    // Placeholders of checks that did not run are no results.
    for (CheckResult &c : m_diagnosis.checks) {
        if (!m_runner->hasRun(c.id))
            c.status = CheckStatus::Skipped;
    }
    finish(State::Stopped);
}

void CausePage::finish(State state)
{
    m_state = state;
    for (CheckRow *r : std::as_const(m_rows))
        r->setNotRun();
    QString remediation;
    for (const CheckResult &c : std::as_const(m_diagnosis.checks)) {
        if (c.id == m_diagnosis.cause)
            remediation = c.remediation;
    }
    if (state == State::Failed)
        m_diagnosis.cause.clear();
    for (CheckRow *r : std::as_const(m_rows))
        r->setCause(!m_diagnosis.cause.isEmpty() && r->checkId() == m_diagnosis.cause);
    sortRows();
    if (CheckRow *causeRow = row(m_diagnosis.cause))
        causeRow->setExpanded(true);
    session().setCauseCheck(m_diagnosis.cause, remediation);
    session().notifyChanged(); // the side panel shows the new step label
    refreshIntro();
    refreshSummary();
    updateButtons();
    m_scroll->verticalScrollBar()->setValue(0);
    Q_EMIT completeChanged();
    if (wizard() && wizard()->currentPage() == this && wizard()->button(QWizard::NextButton)->isEnabled())
        wizard()->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason);
}

void CausePage::sortRows()
{
    QList<CheckRow *> sorted = m_rows;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const CheckRow *a, const CheckRow *b) { return rank(a) < rank(b); });
    for (CheckRow *r : std::as_const(sorted))
        m_rowsLayout->removeWidget(r);
    int index = 0;
    for (CheckRow *r : std::as_const(sorted))
        m_rowsLayout->insertWidget(index++, r);
    // The tab order follows the new order.
    QWidget *previous = m_rerun;
    for (CheckRow *r : std::as_const(sorted)) {
        if (QToolButton *toggle = r->findChild<QToolButton *>(QStringLiteral("evidenceToggle"))) {
            setTabOrder(previous, toggle);
            previous = toggle;
        }
    }
    m_rows = sorted;
}

void CausePage::updateButtons()
{
    enableCancelOrRerun(m_state == State::Running, m_cancel, m_rerun);
}

QStringList CausePage::rowOrder() const
{
    QStringList ids;
    for (const CheckRow *r : m_rows)
        ids << r->checkId();
    return ids;
}

CheckRow *CausePage::row(const QString &checkId) const
{
    for (CheckRow *r : m_rows) {
        if (r->checkId() == checkId)
            return r;
    }
    return nullptr;
}

bool CausePage::isComplete() const
{
    return m_state == State::Done || m_state == State::Stopped || m_state == State::Failed;
}

QString CausePage::stepLabel() const
{
    if (!m_diagnosis.cause.isEmpty()) {
        // Long names such as CertificateRegistrationSvc may break between their parts in the narrow side panel.
        QString title;
        const QString plain = checkTitle(m_diagnosis.cause);
        for (qsizetype i = 0; i < plain.size(); ++i) {
            if (i > 0 && plain.at(i).isUpper() && plain.at(i - 1).isLower())
                title += QChar(0x200B);
            title += plain.at(i);
        }
        return tr("Cause: %1").arg(title);
    }
    if (m_state == State::Done)
        return tr("Cause: none found");
    return tr("Find the cause");
}

} // namespace ndes::ui
