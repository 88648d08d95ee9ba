#include "probepage.h"

#include "proberunner.h"
#include "session.h"
#include "texts.h"
#include "widgets/busyindicator.h"
#include "widgets/status.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace ndes::ui {

namespace {

// Whether one request got the answer a working NDES gives it.
bool answerLooksRight(const http::RawAnswer &answer)
{
    if (answer.outcome != http::Outcome::Answered)
        return false;
    return answer.kind == http::RequestKind::Bare ? answer.status == 403 : answer.status == 200;
}

} // namespace

ProbePage::ProbePage(const PageContext &context, QWidget *parent)
    : Page(PageId::Probe, context, parent),
      m_runner(new ProbeRunner(context.session, context.training, context.nam, this)),
      m_intro(new QLabel(this)),
      m_serverRow(new QWidget(this)),
      m_serverBusy(new BusyIndicator(m_serverRow)),
      m_serverText(new QLabel(m_serverRow)),
      m_serverProgress(new QProgressBar(m_serverRow)),
      m_headRequest(new QLabel(this)),
      m_headStatus(new QLabel(this)),
      m_headTime(new QLabel(this)),
      m_headResult(new QLabel(this)),
      m_summary(new StatusLabel(this)),
      m_cancel(new QPushButton(this)),
      m_rerun(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_serverText->setWordWrap(true);
    m_serverText->setObjectName(QStringLiteral("probeServerState"));
    m_serverProgress->setRange(0, 0);
    m_serverProgress->setTextVisible(false);
    m_serverProgress->setMaximumWidth(160);
    m_summary->setObjectName(QStringLiteral("probeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setIconSize(22);
    m_cancel->setObjectName(QStringLiteral("cancelProbeButton"));
    m_rerun->setObjectName(QStringLiteral("rerunProbeButton"));

    auto *serverLayout = new QHBoxLayout(m_serverRow);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->addWidget(m_serverBusy);
    serverLayout->addWidget(m_serverText, 1);
    serverLayout->addWidget(m_serverProgress);
    m_serverRow->hide();

    auto *table = new QFrame(this);
    table->setObjectName(QStringLiteral("probeTable"));
    table->setFrameShape(QFrame::StyledPanel);
    table->setBackgroundRole(QPalette::Base);
    table->setAutoFillBackground(true);
    auto *grid = new QGridLayout(table);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    QFont bold = font();
    bold.setBold(true);
    int column = 1;
    for (QLabel *head : {m_headRequest, m_headStatus, m_headTime, m_headResult}) {
        head->setFont(bold);
        grid->addWidget(head, 0, column++);
    }
    auto *line = new QFrame(table);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 1, 0, 1, 5);

    int gridRow = 2;
    for (http::RequestKind kind : http::kAllRequestKinds) {
        Row row{kind,
                new BusyIndicator(table),
                new QLabel(table),
                new QLabel(table),
                new QLabel(table),
                new QLabel(table),
                new StatusLabel(table),
                std::nullopt};
        const QString key = http::requestKindId(kind);
        row.result->setObjectName(QStringLiteral("result_") + key);
        row.status->setObjectName(QStringLiteral("status_") + key);
        row.busy->setObjectName(QStringLiteral("busy_") + key);
        row.name->setFont(bold);
        row.description->setWordWrap(true);
        QPalette dim = row.description->palette();
        dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
        row.description->setPalette(dim);
        row.status->setWordWrap(true);
        row.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *nameBox = new QVBoxLayout;
        nameBox->setSpacing(1);
        nameBox->addWidget(row.name);
        nameBox->addWidget(row.description);
        grid->addWidget(row.busy, gridRow, 0, Qt::AlignTop | Qt::AlignHCenter);
        grid->addLayout(nameBox, gridRow, 1);
        grid->addWidget(row.status, gridRow, 2, Qt::AlignTop);
        grid->addWidget(row.time, gridRow, 3, Qt::AlignTop | Qt::AlignRight);
        grid->addWidget(row.result, gridRow, 4, Qt::AlignTop);
        m_rows << row;
        ++gridRow;
    }
    grid->setColumnMinimumWidth(0, fontMetrics().height() + 4);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rerun);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_serverRow);
    layout->addWidget(table);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_runner, &ProbeRunner::startingServer, this, [this] {
        m_serverRow->show();
        m_serverBusy->setRunning(true);
        updateButtons();
    });
    connect(m_runner, &ProbeRunner::probeStarted, this, [this] {
        m_serverRow->hide();
        m_serverBusy->setRunning(false);
        resetRows(true);
    });
    connect(m_runner, &ProbeRunner::requestFinished, this, &ProbePage::showAnswer);
    connect(m_runner, &ProbeRunner::finished, this, &ProbePage::onFinished);
    connect(m_runner, &ProbeRunner::cancelled, this, &ProbePage::onCancelled);
    connect(m_runner, &ProbeRunner::failed, this, &ProbePage::onFailed);
    connect(m_cancel, &QPushButton::clicked, this, &ProbePage::cancelTest);
    connect(m_rerun, &QPushButton::clicked, this, &ProbePage::startTest);

    resetRows(false);
    retranslate();
}

void ProbePage::retranslate()
{
    setPageTitle(tr("Testing the URL"));
    setSubTitle(tr("Four requests, sent the way devices send them."));
    m_intro->setText(tr("NDES Doctor now asks the server what a browser and a device would ask. "
                        "It never sends a certificate request."));
    m_serverText->setText(tr("Starting the simulated server (creating its keys and certificates)..."));
    m_headRequest->setText(tr("Request"));
    m_headStatus->setText(tr("Answer"));
    m_headTime->setText(tr("Time"));
    m_headResult->setText(tr("Result"));
    m_cancel->setText(tr("&Stop the test"));
    m_cancel->setAccessibleName(tr("Stop the test"));
    m_rerun->setText(tr("&Run the test again"));
    m_rerun->setAccessibleName(tr("Run the test again"));
    for (Row &row : m_rows)
        refreshRow(row);
    // A failure's reason was translated when it came; the other summaries are made here.
    if (!m_failure.isEmpty())
        return;
    if (m_cancelled) {
        m_summary->setStatus(Status::Cancelled, tr("the test was stopped. Run it again when you are ready."));
    } else if (session().result() && !isRunning()) {
        const http::ProbeResult &result = *session().result();
        const bool quiz = session().isQuiz() && !session().quizAnsweredRight().has_value();
        if (quiz)
            m_summary->setStatus(Status::Info, tr("the test is finished. Click Next to look at what the server answered."));
        else
            m_summary->setStatus(isHealthy(result.verdict) ? Status::Ok : Status::Problem,
                                 verdictSentence(result));
    }
}

ProbePage::Row *ProbePage::rowFor(http::RequestKind kind)
{
    for (Row &row : m_rows) {
        if (row.kind == kind)
            return &row;
    }
    return nullptr;
}

void ProbePage::resetRows(bool running)
{
    for (Row &row : m_rows) {
        row.answer.reset();
        row.busy->setRunning(running);
        refreshRow(row);
    }
    m_summary->clear();
    updateButtons();
}

void ProbePage::refreshRow(Row &row)
{
    row.name->setText(requestKindName(row.kind));
    row.description->setText(requestKindDescription(row.kind));
    if (!row.answer) {
        row.status->setText(row.busy->isRunning() ? tr("waiting for the answer...") : QString());
        row.time->clear();
        row.result->clear();
        row.busy->setAccessibleName(row.busy->isRunning() ? tr("%1: in progress").arg(requestKindName(row.kind))
                                                          : QString());
        return;
    }
    const http::RawAnswer &a = *row.answer;
    if (a.outcome == http::Outcome::Answered)
        row.status->setText(QStringLiteral("%1 %2").arg(a.status).arg(QString::fromLatin1(a.reason)).trimmed());
    else
        row.status->setText(outcomeName(a.outcome));
    row.time->setText(tr("%1 ms").arg(QLocale().toString(a.elapsedMs)));
    if (a.outcome == http::Outcome::Cancelled) {
        row.result->setStatus(Status::Cancelled);
        return;
    }
    if (!answerLooksRight(a)) {
        row.result->setStatus(Status::Problem);
        return;
    }
    // An answer can look right and still carry a problem: expired or unreadable certificates.
    if (row.kind == http::RequestKind::GetCACert && session().result()) {
        for (const Finding &finding : session().result()->findings) {
            if (finding.id == QLatin1String("getcacert-unreadable")) {
                row.result->setStatus(Status::Problem, tr("unreadable"));
                return;
            }
            if (finding.id == QLatin1String("ra-certificate-expired") || finding.id == QLatin1String("ca-certificate-expired")) {
                row.result->setStatus(Status::Problem, tr("expired certificate"));
                return;
            }
        }
    }
    row.result->setStatus(Status::Ok);
}

void ProbePage::showAnswer(const http::RawAnswer &answer)
{
    Row *row = rowFor(answer.kind);
    if (!row)
        return;
    row->answer = answer;
    row->busy->setRunning(false);
    refreshRow(*row);
}

void ProbePage::initializePage()
{
    startTest();
}

void ProbePage::cleanupPage()
{
    cancelTest();
}

void ProbePage::startTest()
{
    m_failure.clear();
    m_cancelled = false;
    session().clearResult();
    resetRows(false);
    Q_EMIT completeChanged();
    m_runner->start();
    updateButtons();
}

void ProbePage::cancelTest()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
}

void ProbePage::onFinished(const http::ProbeResult &result)
{
    for (const http::RawAnswer &answer : result.answers)
        showAnswer(answer);
    session().setResult(result);
    retranslate();
    updateButtons();
    Q_EMIT completeChanged();
    // The natural next key press is Enter for Next.
    if (wizard() && wizard()->button(QWizard::NextButton)->isEnabled())
        wizard()->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason);
}

void ProbePage::onCancelled(const QList<http::RawAnswer> &answers)
{
    for (const http::RawAnswer &answer : answers)
        showAnswer(answer);
    for (Row &row : m_rows) {
        if (row.busy->isRunning()) {
            row.busy->setRunning(false);
            refreshRow(row);
        }
    }
    m_serverRow->hide();
    m_serverBusy->setRunning(false);
    m_cancelled = true;
    retranslate();
    updateButtons();
    Q_EMIT completeChanged();
}

void ProbePage::onFailed(const QString &reason)
{
    m_serverRow->hide();
    m_serverBusy->setRunning(false);
    m_failure = reason;
    m_summary->setStatus(Status::Problem, reason);
    updateButtons();
    Q_EMIT completeChanged();
}

void ProbePage::updateButtons()
{
    enableCancelOrRerun(m_runner->isRunning(), m_cancel, m_rerun);
}

bool ProbePage::isRunning() const
{
    return m_runner->isRunning();
}

bool ProbePage::isComplete() const
{
    return !m_runner->isRunning() && session().result().has_value();
}

QString ProbePage::stepLabel() const
{
    return tr("URL test");
}

} // namespace ndes::ui
