#include "devicelogpanel.h"

#include "connectortexts.h"
#include "devicetexts.h"
#include "fixdialog.h"
#include "traininglogs.h"
#include "texts.h"
#include "widgets/busyindicator.h"
#include "widgets/stagetimeline.h"
#include "widgets/status.h"

#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

namespace ndes::ui {

using logs::device::DeviceLogReport;
using logs::device::Stage;

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, bool selectable = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QFrame *card(QWidget *parent, const QString &name)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Plain);
    return frame;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    QLabel *label = wrapped(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
}

QString evidenceLine(qint64 line, const QString &text)
{
    return DeviceLogPanel::tr("line %1: %2").arg(line).arg(text);
}

// The first step the device did not get through, or nullopt when it got through all of them.
std::optional<Stage> firstMissing(const DeviceLogReport &report)
{
    if (report.failure)
        return report.failure->stage;
    for (const logs::device::StageResult &stage : report.stages) {
        if (!stage.reached)
            return stage.stage;
    }
    return std::nullopt;
}

// The stage of the SCEP flow where a device stopped: before NDES is stage 1, the exchange with NDES stage 2,
// a request answered without a certificate stage 3 (the policy module or the CA said no), and the
// installation stage 5.
int flowStageOf(const DeviceLogReport &report)
{
    const std::optional<Stage> missing = firstMissing(report);
    if (!missing)
        return 5;
    switch (*missing) {
    case Stage::ProfileReceived: return 1;
    case Stage::NdesContacted:
    case Stage::GetCaCapsOk:
    case Stage::GetCaCertOk:
    case Stage::CsrSent: return 2;
    case Stage::CertRep: return 3;
    case Stage::Installed: return 5;
    }
    return 2;
}

QString meaningOf(const DeviceLogReport &report)
{
    const std::optional<Stage> missing = firstMissing(report);
    if (!missing)
        return DeviceLogPanel::tr("The device has its certificate. If Intune still shows the profile as failed, look "
                                  "at what the connector reports to Intune (stage 6).");
    // The device got an answer but refused it: what NDES sent is at fault, whatever the step.
    const bool refused = report.failure
        && (report.failure->kind == QLatin1String("trust-failed") || report.failure->kind == QLatin1String("ra-response-invalid"));
    switch (refused ? Stage::CsrSent : *missing) {
    case Stage::ProfileReceived:
        return DeviceLogPanel::tr("The log shows no SCEP profile at all: the profile may not have reached the device. "
                                  "Check its assignment in Intune (stage 1), then collect the log again.");
    case Stage::NdesContacted:
        return DeviceLogPanel::tr("The device never reached NDES: check the SCEP server URL of the profile and the "
                                  "network path to it (application proxy, firewall, DNS).");
    case Stage::GetCaCapsOk:
    case Stage::GetCaCertOk:
        return DeviceLogPanel::tr("NDES did not give the device what it asked for. Test the URL: the server's answer "
                                  "tells the cause, the same way it does for the device.");
    case Stage::CsrSent:
        return DeviceLogPanel::tr("The device did not send its certificate request: it did not accept what NDES sent "
                                  "(the MSCEP-RA certificates, or the chain of the server's certificate).");
    case Stage::CertRep:
        return DeviceLogPanel::tr("The request was sent but no usable answer came back: look at the IIS logs and at "
                                  "the connector's logs (NDESPlugin.log, connector events) on the NDES server.");
    case Stage::Installed:
        return DeviceLogPanel::tr("NDES answered, but the certificate was not installed: the answer's status and the "
                                  "failure below tell why.");
    }
    return {};
}

} // namespace

DeviceLogPanel::DeviceLogPanel(QWidget *parent)
    : QWidget(parent),
      m_job(new LogReadJob(this)),
      m_intro(new QLabel(this)),
      m_open(new QPushButton(this)),
      m_training(new QPushButton(this)),
      m_busy(new BusyIndicator(this)),
      m_state(new QLabel(this)),
      m_dropHint(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_cards(new QWidget),
      m_cardsLayout(new QVBoxLayout(m_cards))
{
    setObjectName(QStringLiteral("deviceLogPanel"));
    setAcceptDrops(true);
    m_intro->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openLogButton"));
    m_open->setAutoDefault(false);
    m_training->setObjectName(QStringLiteral("trainingLogButton"));
    m_training->setAutoDefault(false);
    m_training->setVisible(false);
    m_busy->setVisible(false);
    m_state->setObjectName(QStringLiteral("readState"));
    m_state->setWordWrap(true);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setMinimumHeight(44);
    m_scroll->setObjectName(QStringLiteral("logReports"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 4, 0);
    m_cardsLayout->setSpacing(10);
    m_cardsLayout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_training);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_state, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_dropHint);
    layout->addWidget(m_scroll, 1);

    connect(m_open, &QPushButton::clicked, this, &DeviceLogPanel::chooseFiles);
    connect(m_training, &QPushButton::clicked, this, &DeviceLogPanel::loadTrainingLogs);
    connect(m_job, &LogReadJob::fileRead, this, &DeviceLogPanel::onFileRead);
    connect(m_job, &LogReadJob::finished, this, &DeviceLogPanel::onFinished);
    setDropHint(false);
    retranslate();
}

DeviceLogPanel::~DeviceLogPanel() = default;

void DeviceLogPanel::setTrainingScenario(const QString &scenarioId)
{
    m_scenario = scenarioId;
    m_training->setVisible(!scenarioId.isEmpty());
    m_training->setEnabled(!trainingLogResources(scenarioId).isEmpty());
    retranslate();
}

QStringList DeviceLogPanel::trainingLogResources(const QString &scenarioId)
{
    QStringList files;
    if (scenarioId.isEmpty())
        return files;
    for (const char *part : {"device", "connector"}) {
        QDirIterator it(trainingLogsRoot(scenarioId, QLatin1String(part)), QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found << it.next();
        found.sort();
        files << found;
    }
    return files;
}

bool DeviceLogPanel::loadTrainingLogs()
{
    const QStringList resources = trainingLogResources(m_scenario);
    if (resources.isEmpty())
        return false;
    m_trainingDir = std::make_unique<QTemporaryDir>();
    if (!m_trainingDir->isValid()) {
        m_state->setText(tr("The simulated logs cannot be copied to a temporary folder: %1")
                             .arg(m_trainingDir->errorString()));
        return false;
    }
    for (const char *part : {"device", "connector"})
        copyTrainingLogs(m_scenario, QLatin1String(part), m_trainingDir->path());
    // The copies, in the order of the resources: ":/training-logs/<scenario>/<part>/..." becomes "<dir>/<part>/...".
    const QString root = trainingLogsRoot(m_scenario, QString());
    QStringList paths;
    for (const QString &resource : resources) {
        const QString copy = QDir(m_trainingDir->path()).filePath(resource.mid(root.size()));
        if (QFileInfo::exists(copy))
            paths << copy;
    }
    load(paths);
    return !paths.isEmpty();
}

void DeviceLogPanel::clear()
{
    m_job->cancel();
    m_results.clear();
    m_expected = 0;
    rebuildCards();
    updateStage();
}

void DeviceLogPanel::load(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_results.clear();
    rebuildCards();
    m_expected = int(LogReadJob::expandPaths(paths).size());
    m_job->start(paths);
    m_busy->setVisible(true);
    m_busy->setRunning(true);
    retranslate();
}

bool DeviceLogPanel::isReading() const
{
    return m_job->isRunning();
}

void DeviceLogPanel::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Open device or connector logs"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("openLogDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Logs (*.log *.txt *.rtf *.xml *.svclog)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &DeviceLogPanel::load);
    dialog->open();
}

void DeviceLogPanel::onFileRead(const LogFileResult &result)
{
    m_results << result;
    QWidget *widget = nullptr;
    switch (result.kind) {
    case LogFileResult::Kind::Device: widget = deviceCard(result); break;
    case LogFileResult::Kind::Connector: widget = connectorCard(result); break;
    default: widget = problemCard(result); break;
    }
    m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, widget);
    retranslate();
    updateStage();
}

void DeviceLogPanel::onFinished()
{
    m_busy->setRunning(false);
    m_busy->setVisible(false);
    retranslate();
    Q_EMIT readingFinished();
}

void DeviceLogPanel::rebuildCards()
{
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (const LogFileResult &result : std::as_const(m_results)) {
        QWidget *widget = nullptr;
        switch (result.kind) {
        case LogFileResult::Kind::Device: widget = deviceCard(result); break;
        case LogFileResult::Kind::Connector: widget = connectorCard(result); break;
        default: widget = problemCard(result); break;
        }
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, widget);
    }
}

void DeviceLogPanel::updateStage()
{
    // The first log that shows a problem decides; else the last one read.
    int stage = 0;
    bool problem = false;
    for (const LogFileResult &result : std::as_const(m_results)) {
        int s = 0;
        bool bad = false;
        if (result.device) {
            s = flowStageOf(*result.device);
            bad = !result.device->installed();
        } else if (result.connector) {
            for (const logs::connector::StageSeen &seen : result.connector->stages) {
                if (seen.state == logs::connector::StageState::Failed) {
                    s = seen.stage;
                    bad = true;
                    break;
                }
                s = seen.stage;
            }
        }
        if (s == 0 || problem)
            continue;
        stage = s;
        problem = bad;
    }
    if (stage != m_stage) {
        m_stage = stage;
        Q_EMIT shownStageChanged(stage);
    }
}

QWidget *DeviceLogPanel::deviceCard(const LogFileResult &result)
{
    const DeviceLogReport &report = *result.device;
    QFrame *frame = card(m_cards, QStringLiteral("deviceReport"));
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(6);

    layout->addWidget(heading(QFileInfo(result.path).fileName(), frame));
    QLabel *platform = wrapped(tr("Device log: %1, %2, %n line(s) read.", nullptr, int(qMin<qint64>(report.lines, INT_MAX)))
                                   .arg(devicePlatformName(report.platform), deviceFormatName(report.format)),
                               frame);
    platform->setObjectName(QStringLiteral("devicePlatform"));
    layout->addWidget(platform);

    auto *headline = new StatusLabel(frame);
    headline->setObjectName(QStringLiteral("deviceHeadline"));
    headline->setWordWrap(true);
    const Status status = report.installed() ? Status::Ok : report.failure ? Status::Problem : Status::Warning;
    headline->setStatus(status, deviceReachedSentence(report));
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    QLabel *meaning = wrapped(meaningOf(report), frame);
    meaning->setObjectName(QStringLiteral("deviceMeaning"));
    layout->addWidget(meaning);

    if (report.failure) {
        const logs::device::Failure &failure = *report.failure;
        auto *error = new StatusLabel(frame);
        error->setObjectName(QStringLiteral("deviceFailure"));
        error->setWordWrap(true);
        QString text = deviceFailureSentence(failure.kind);
        if (!failure.code.isEmpty())
            text += QLatin1Char(' ') + tr("Error code: %1.").arg(failure.code);
        error->setStatus(Status::Problem, text);
        layout->addWidget(error);
        QLabel *line = wrapped(evidenceLine(failure.line, failure.text), frame, true);
        line->setObjectName(QStringLiteral("deviceFailureLine"));
        line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(line);
    }

    if (!report.ndesUrl.isEmpty()) {
        auto *row = new QHBoxLayout;
        QLabel *url = wrapped(tr("NDES URL the device used: %1").arg(report.ndesUrl), frame, true);
        url->setObjectName(QStringLiteral("deviceNdesUrl"));
        row->addWidget(url, 1);
        auto *test = new QPushButton(tr("Test this &URL"), frame);
        test->setObjectName(QStringLiteral("testUrlButton"));
        test->setAutoDefault(false);
        test->setAccessibleName(tr("Test the URL %1").arg(report.ndesUrl));
        const QString target = report.ndesUrl;
        connect(test, &QPushButton::clicked, this, [this, target] { Q_EMIT testUrlRequested(target); });
        row->addWidget(test, 0, Qt::AlignTop);
        layout->addLayout(row);
        if (!m_scenario.isEmpty()) {
            QLabel *note = wrapped(tr("Training: the test goes to the simulated server, which stands for this address."),
                                   frame);
            note->setObjectName(QStringLiteral("trainingUrlNote"));
            layout->addWidget(note);
        }
    }

    QList<StageTimeline::Row> rows;
    for (const logs::device::StageResult &stage : report.stages) {
        StageTimeline::Row row;
        row.name = deviceStageName(stage.stage);
        if (stage.reached) {
            row.state = StageTimeline::State::Reached;
        } else if (report.failure && report.failure->stage == stage.stage) {
            row.state = StageTimeline::State::Failed;
            row.detail = deviceFailureSentence(report.failure->kind);
        } else {
            row.state = StageTimeline::State::NotReached;
        }
        if (stage.stage == Stage::CertRep && !stage.detail.isEmpty()) {
            const QString certRep = deviceCertRepSentence(stage.detail, stage.failInfo);
            row.detail = row.detail.isEmpty() ? certRep : row.detail + QLatin1Char(' ') + certRep;
        }
        for (const logs::device::Evidence &evidence : stage.evidence)
            row.evidence << evidenceLine(evidence.line, evidence.text);
        if (row.state == StageTimeline::State::Failed && report.failure->line > 0) {
            const QString failed = evidenceLine(report.failure->line, report.failure->text);
            if (!row.evidence.contains(failed))
                row.evidence << failed;
        }
        rows << row;
    }
    auto *timeline = new StageTimeline(frame);
    timeline->setRows(rows);
    // The step that failed is opened: its lines are the first thing to read.
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].state == StageTimeline::State::Failed)
            timeline->setExpanded(i, true);
    }
    layout->addWidget(timeline);
    return frame;
}

QWidget *DeviceLogPanel::connectorCard(const LogFileResult &result)
{
    using logs::connector::StageState;
    const logs::connector::ConnectorReport &report = *result.connector;
    QFrame *frame = card(m_cards, QStringLiteral("connectorReport"));
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(6);

    layout->addWidget(heading(QFileInfo(result.path).fileName(), frame));
    QString kind = tr("Connector log: %1, %n record(s) read.", nullptr, int(qMin<qint64>(report.records, INT_MAX)))
                       .arg(connectorLogKindName(report.kind));
    if (report.badRecords > 0)
        kind += QLatin1Char(' ') + tr("%n record(s) could not be read.", nullptr, int(qMin<qint64>(report.badRecords, INT_MAX)));
    QLabel *kindLabel = wrapped(kind, frame);
    kindLabel->setObjectName(QStringLiteral("connectorKind"));
    layout->addWidget(kindLabel);

    Status worst = Status::Ok;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error)
            worst = Status::Problem;
        else if (finding.severity == Severity::Warning && worst == Status::Ok)
            worst = Status::Warning;
    }
    auto *headline = new StatusLabel(frame);
    headline->setObjectName(QStringLiteral("connectorHeadline"));
    headline->setWordWrap(true);
    headline->setStatus(worst, connectorSummary(report.stages));
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    if (!report.stages.isEmpty()) {
        QList<StageTimeline::Row> rows;
        for (const logs::connector::StageSeen &seen : report.stages) {
            StageTimeline::Row row;
            row.name = tr("Stage %1: %2").arg(seen.stage).arg(connectorStageName(seen.stage));
            switch (seen.state) {
            case StageState::Reached: row.state = StageTimeline::State::Reached; break;
            case StageState::Failed: row.state = StageTimeline::State::Failed; break;
            case StageState::Started: row.state = StageTimeline::State::NoOutcome; break;
            }
            row.detail = connectorStageSentence(seen);
            if (!seen.line.isEmpty())
                row.evidence << tr("%1: %2").arg(seen.at, seen.line);
            rows << row;
        }
        auto *timeline = new StageTimeline(frame);
        timeline->setObjectName(QStringLiteral("connectorStages"));
        timeline->setRows(rows);
        layout->addWidget(timeline);
    }

    if (!report.findings.isEmpty()) {
        QLabel *title = wrapped(tr("What the log shows"), frame);
        QFont titleFont = title->font();
        titleFont.setBold(true);
        title->setFont(titleFont);
        layout->addWidget(title);
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const Finding &finding : report.findings) {
        auto *row = new QWidget(frame);
        row->setObjectName(QStringLiteral("connectorFinding"));
        row->setProperty("findingId", finding.id);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 4, 0, 4);
        rowLayout->setSpacing(2);
        auto *top = new QHBoxLayout;
        auto *text = new StatusLabel(row);
        text->setObjectName(QStringLiteral("findingText"));
        text->setWordWrap(true);
        const Status status = finding.severity == Severity::Error     ? Status::Problem
                              : finding.severity == Severity::Warning ? Status::Warning
                                                                      : Status::Info;
        text->setStatus(status, connectorFindingText(finding));
        top->addWidget(text, 1);
        const QString fix = logs::connector::remediationFor(finding.id);
        if (!fix.isEmpty()) {
            auto *link = new QPushButton(tr("How to fix"), row);
            link->setObjectName(QStringLiteral("fixLink"));
            link->setAutoDefault(false);
            link->setFlat(true);
            link->setCursor(Qt::PointingHandCursor);
            link->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; }"));
            link->setAccessibleName(tr("How to fix: %1").arg(connectorFindingText(finding)));
            link->setProperty("target", fix);
            connect(link, &QPushButton::clicked, this, [this, fix] { showFix(fix); });
            top->addWidget(link, 0, Qt::AlignTop);
        }
        rowLayout->addLayout(top);
        const QStringList at = finding.evidence.value(QStringLiteral("at")).toStringList();
        const QStringList lines = finding.evidence.value(QStringLiteral("lines")).toStringList();
        QStringList shown;
        for (int i = 0; i < at.size() || i < lines.size(); ++i) {
            const QString where = i < at.size() ? at[i] : QString();
            const QString what = i < lines.size() ? lines[i] : QString();
            shown << (what.isEmpty() ? where : where.isEmpty() ? what : tr("%1: %2").arg(where, what));
        }
        if (!shown.isEmpty()) {
            QLabel *evidence = wrapped(shown.join(QLatin1Char('\n')), row, true);
            evidence->setObjectName(QStringLiteral("findingEvidence"));
            evidence->setFont(fixed);
            evidence->setContentsMargins(24, 0, 0, 0);
            rowLayout->addWidget(evidence);
        }
        layout->addWidget(row);
    }
    return frame;
}

QWidget *DeviceLogPanel::problemCard(const LogFileResult &result)
{
    QFrame *frame = card(m_cards, QStringLiteral("logProblem"));
    auto *layout = new QVBoxLayout(frame);
    const QString name = QDir::toNativeSeparators(result.path);
    QString text;
    switch (result.kind) {
    case LogFileResult::Kind::Missing: text = tr("%1 does not exist (any more).").arg(name); break;
    case LogFileResult::Kind::Unreadable: text = tr("%1 cannot be read: %2").arg(name, result.reason); break;
    case LogFileResult::Kind::Empty: text = tr("%1 is empty.").arg(name); break;
    case LogFileResult::Kind::Unrecognised:
        text = tr("%1 is neither a device log (Android OMADM.log, iOS console text, Windows device management "
                  "events) nor a connector log (NDESPlugin.log, .svclog, connector events).")
                   .arg(name);
        break;
    case LogFileResult::Kind::Device:
    case LogFileResult::Kind::Connector: break;
    }
    auto *label = new StatusLabel(frame);
    label->setObjectName(QStringLiteral("logProblemText"));
    label->setWordWrap(true);
    label->setStatus(Status::Warning, text);
    layout->addWidget(label);
    return frame;
}

void DeviceLogPanel::showFix(const QString &target)
{
    if (!m_fix)
        m_fix = new FixDialog(this);
    m_fix->showTarget(target);
}

void DeviceLogPanel::setDropHint(bool dragging)
{
    m_dragging = dragging;
    const QString colour = dragging ? palette().color(QPalette::Highlight).name() : palette().color(QPalette::Mid).name();
    m_dropHint->setStyleSheet(QStringLiteral("QLabel#dropHint { border: 2px dashed %1; border-radius: 6px; padding: 8px; %2 }")
                                  .arg(colour, dragging ? QStringLiteral("font-weight: bold;") : QString()));
    retranslate();
}

void DeviceLogPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        setDropHint(true);
    }
}

void DeviceLogPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHint(false);
    QWidget::dragLeaveEvent(event);
}

void DeviceLogPanel::dropEvent(QDropEvent *event)
{
    setDropHint(false);
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    load(paths);
}

void DeviceLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildCards();
    }
    QWidget::changeEvent(event);
}

void DeviceLogPanel::retranslate()
{
    m_intro->setText(tr("Drop the logs a device or the connector wrote: Android OMADM.log, iOS console text, Windows "
                        "device management events, NDESPlugin.log, .svclog files or connector events. Each file is "
                        "recognised by its content."));
    m_open->setText(tr("&Open log..."));
    m_open->setAccessibleName(tr("Open device or connector logs"));
    m_training->setText(tr("Load the &simulated device's log"));
    m_training->setAccessibleName(tr("Load the simulated device's log"));
    m_training->setToolTip(m_training->isEnabled() ? QString() : tr("This scenario has no simulated device log."));
    m_dropHint->setText(m_dragging ? tr("Release to read these files") : tr("Drop log files here"));
    m_dropHint->setAccessibleName(m_dropHint->text());
    if (m_job->isRunning())
        m_state->setText(tr("Reading %1 of %2 file(s)...").arg(m_results.size() + 1).arg(m_expected));
    else if (m_results.isEmpty())
        m_state->setText(tr("No log read yet."));
    else
        m_state->setText(tr("%n file(s) read.", nullptr, int(m_results.size())));
}

} // namespace ndes::ui
