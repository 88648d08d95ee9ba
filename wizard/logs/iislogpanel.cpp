#include "iislogpanel.h"

#include "iistexts.h"
#include "logs/fixdialog.h"
#include "logs/iisscanjob.h"
#include "logs/traininglogs.h"
#include "session.h"
#include "texts.h"
#include "widgets/hourchart.h"
#include "widgets/logdropzone.h"
#include "widgets/status.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <climits>

namespace ndes::ui {

using namespace ndes::logs::iis;

namespace {

Status statusOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Status::Problem;
    case Severity::Warning: return Status::Warning;
    case Severity::Info: return Status::Info;
    }
    return Status::Info;
}

QFont headingFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * 1.08);
    f.setBold(true);
    return f;
}

QString utcText(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString localText(std::int64_t seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(), QLocale::ShortFormat);
}

int plural(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

} // namespace

IisLogPanel::IisLogPanel(Session *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_job(new IisScanJob(this)),
      m_pathLabel(new QLabel(this)),
      m_pathEdit(new QLineEdit(this)),
      m_scanButton(new QPushButton(this)),
      m_dropZone(new LogDropZone(this)),
      m_folderButton(new QPushButton(m_dropZone)),
      m_filesButton(new QPushButton(m_dropZone)),
      m_trainingButton(new QPushButton(this)),
      m_progressRow(new QWidget(this)),
      m_progress(new QProgressBar(m_progressRow)),
      m_progressText(new QLabel(m_progressRow)),
      m_cancelButton(new QPushButton(m_progressRow)),
      m_status(new StatusLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_headline(new StatusLabel),
      m_period(new QLabel),
      m_findingsHeading(new QLabel),
      m_findingsBox(new QWidget),
      m_findingsLayout(new QVBoxLayout(m_findingsBox)),
      m_chartHeading(new QLabel),
      m_chart(new HourChart),
      m_summaryHeading(new QLabel),
      m_summary(new QTreeWidget)
{
    setObjectName(QStringLiteral("iisLogPanel"));
    setAcceptDrops(true);
    m_pathEdit->setObjectName(QStringLiteral("iisPathEdit"));
    m_pathEdit->setAcceptDrops(false); // a drop reads the logs, it does not paste their path
    m_pathEdit->setClearButtonEnabled(true);
    m_pathLabel->setBuddy(m_pathEdit);
    m_scanButton->setObjectName(QStringLiteral("iisScanButton"));
    m_folderButton->setObjectName(QStringLiteral("iisFolderButton"));
    m_filesButton->setObjectName(QStringLiteral("iisFilesButton"));
    m_trainingButton->setObjectName(QStringLiteral("iisTrainingButton"));
    m_progress->setObjectName(QStringLiteral("iisProgress"));
    m_progressText->setObjectName(QStringLiteral("iisProgressText"));
    m_cancelButton->setObjectName(QStringLiteral("iisCancelButton"));
    m_status->setObjectName(QStringLiteral("iisStatus"));
    m_status->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("iisHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setIconSize(28);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_headline->setFont(big);
    m_period->setObjectName(QStringLiteral("iisPeriod"));
    m_period->setWordWrap(true);
    m_period->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsBox->setObjectName(QStringLiteral("iisFindings"));
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->setSpacing(8);
    m_summary->setObjectName(QStringLiteral("iisSummary"));
    m_summary->setColumnCount(3);
    m_summary->setUniformRowHeights(true);
    m_summary->setRootIsDecorated(true);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setTextElideMode(Qt::ElideRight);
    m_summary->header()->setStretchLastSection(true);
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QLabel *heading : {m_findingsHeading, m_chartHeading, m_summaryHeading})
        heading->setFont(headingFont(font()));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_scanButton);

    m_dropZone->buttonRow()->addWidget(m_folderButton);
    m_dropZone->buttonRow()->addWidget(m_filesButton);
    m_dropZone->buttonRow()->addStretch(1);
    // In training, loading the simulated logs is the main action: a row of its own, so it never gets clipped.
    auto *trainingRow = new QHBoxLayout;
    trainingRow->addWidget(m_trainingButton);
    trainingRow->addStretch(1);

    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_cancelButton);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progressRow->hide();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("iisResults"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 10, 6);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_headline);
    contentLayout->addWidget(m_period);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_chartHeading);
    contentLayout->addWidget(m_chart);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_findingsHeading);
    contentLayout->addWidget(m_findingsBox);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_summaryHeading);
    contentLayout->addWidget(m_summary);
    contentLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("iisResultsScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(trainingRow);
    layout->addLayout(pathRow);
    layout->addWidget(m_dropZone);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    // Before the first scan the results are hidden: the drop zone keeps its height and the space stays below.
    m_dropZone->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addStretch(0);
    m_status->hide();

    connect(m_scanButton, &QPushButton::clicked, this, &IisLogPanel::scanTyped);
    connect(m_folderButton, &QPushButton::clicked, this, &IisLogPanel::chooseFolder);
    connect(m_filesButton, &QPushButton::clicked, this, &IisLogPanel::chooseFiles);
    connect(m_trainingButton, &QPushButton::clicked, this, &IisLogPanel::loadTrainingLogs);
    connect(m_cancelButton, &QPushButton::clicked, this, &IisLogPanel::cancelScan);
    connect(m_pathEdit, &QLineEdit::textChanged, this,
            [this] { m_scanButton->setEnabled(!m_pathEdit->text().trimmed().isEmpty() && !isScanning()); });
    connect(m_job, &IisScanJob::progress, this, &IisLogPanel::onProgress);
    connect(m_job, &IisScanJob::finished, this, &IisLogPanel::onFinished);
    connect(m_job, &IisScanJob::failed, this, &IisLogPanel::onFailed);
    if (m_session)
        connect(m_session, &Session::changed, this, &IisLogPanel::refreshMode);

    retranslate();
    refreshMode();
}

IisLogPanel::~IisLogPanel()
{
    // The job waits for its thread; it must go before the training files it may be reading.
    delete m_job;
    m_job = nullptr;
}

bool IisLogPanel::isScanning() const
{
    return m_job && m_job->isRunning();
}

bool IisLogPanel::hasTrainingLogs(const QString &scenarioId)
{
    return !scenarioId.isEmpty() && QFileInfo(trainingLogsRoot(scenarioId, QStringLiteral("W3SVC1"))).isDir();
}

void IisLogPanel::refreshMode()
{
    const bool training = m_session && m_session->mode() == Mode::Training;
    m_trainingButton->setVisible(training);
    const QString scenario = m_session ? m_session->scenarioId() : QString();
    m_trainingButton->setEnabled(training && hasTrainingLogs(scenario) && !isScanning());
    m_trainingButton->setToolTip(training && !hasTrainingLogs(scenario)
                                     ? tr("This scenario has no simulated logs.")
                                     : tr("Reads the IIS logs of the simulated NDES server for this scenario."));
#ifdef Q_OS_WIN
    // On the NDES server itself, the IIS logs are in a well-known folder.
    if (m_session && m_session->mode() == Mode::Live && (m_pathEdit->text().isEmpty() || m_pathEdit->text() == m_lastTypedPrefill)) {
        const QString drive = qEnvironmentVariable("SystemDrive", QStringLiteral("C:"));
        m_lastTypedPrefill = QDir::toNativeSeparators(drive + QStringLiteral("/inetpub/logs/LogFiles"));
        m_pathEdit->setText(m_lastTypedPrefill);
    }
#endif
}

QString IisLogPanel::startFolder() const
{
    const QString typed = m_pathEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts).value(0).trimmed();
    if (!typed.isEmpty()) {
        const QFileInfo info(typed);
        if (info.isDir())
            return info.absoluteFilePath();
        if (info.exists())
            return info.absolutePath();
    }
    return QDir::homePath();
}

void IisLogPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the IIS log folder"), startFolder());
    if (!folder.isEmpty())
        scanPaths({folder});
}

void IisLogPanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose IIS log files"), startFolder(),
                                                            tr("Log files (*.log);;All files (*)"));
    if (!files.isEmpty())
        scanPaths(files);
}

void IisLogPanel::scanTyped()
{
    // The field names the simulated server while its logs are shown: Read reads them again.
    if (!m_trainingScenario.isEmpty() && m_pathEdit->text() == tr("Simulated server: %1").arg(scenarioTitle(m_trainingScenario))) {
        loadTrainingLogs();
        return;
    }
    QStringList paths;
    for (const QString &part : m_pathEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString path = part.trimmed();
        if (!path.isEmpty())
            paths << QDir::fromNativeSeparators(path);
    }
    if (!paths.isEmpty())
        scanPaths(paths);
}

void IisLogPanel::scanPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_paths = paths;
    QStringList shown;
    for (const QString &p : paths)
        shown << QDir::toNativeSeparators(p);
    // The training copy lives in a temporary folder: the field names the scenario instead.
    if (!(m_trainingDir && paths.size() == 1 && paths.first() == m_trainingDir->path())) {
        m_pathEdit->setText(shown.join(QStringLiteral("; ")));
        m_pathEdit->setCursorPosition(0);
        m_trainingScenario.clear();
    }
    m_failure.reset();
    m_bytesDone = m_bytesTotal = 0;
    m_filesDone = m_filesTotal = 0;
    setScanning(true);
    m_job->start(paths);
    Q_EMIT scanStarted();
}

bool IisLogPanel::loadTrainingLogs()
{
    const QString scenario = m_session ? m_session->scenarioId() : QString();
    if (!hasTrainingLogs(scenario))
        return false;
    if (isScanning())
        m_job->cancel();
    // Only the server's log folders: the scenario's device and connector logs sit next to them.
    auto dir = std::make_unique<QTemporaryDir>();
    bool copied = dir->isValid();
    for (const QString &folder : {QStringLiteral("W3SVC1"), QStringLiteral("HTTPERR")})
        copied = copied && copyTrainingLogs(scenario, folder, dir->path());
    if (!copied) {
        onFailed(QStringLiteral("cannot copy the training logs"), dir->path());
        return false;
    }
    // The previous copy may still be read by a scan that is being cancelled: it goes with the job's next run.
    m_trainingDir = std::move(dir);
    m_trainingScenario = scenario;
    m_pathEdit->setText(tr("Simulated server: %1").arg(scenarioTitle(scenario)));
    m_pathEdit->setCursorPosition(0);
    scanPaths({m_trainingDir->path()});
    return true;
}

void IisLogPanel::cancelScan()
{
    if (isScanning()) {
        m_job->cancel();
        m_cancelButton->setEnabled(false);
        m_progressText->setText(tr("Stopping..."));
    }
}

void IisLogPanel::setScanning(bool scanning)
{
    m_progressRow->setVisible(scanning);
    m_cancelButton->setEnabled(scanning);
    m_scanButton->setEnabled(!scanning && !m_pathEdit->text().trimmed().isEmpty());
    m_progress->setValue(0);
    m_progressText->setText(scanning ? tr("Looking for log files...") : QString());
    if (scanning) {
        m_status->show();
        m_status->setStatus(Status::Info, tr("Reading the logs..."));
    }
    refreshMode();
}

void IisLogPanel::onProgress(qint64 done, qint64 total, int filesDone, int filesTotal)
{
    m_bytesDone = done;
    m_bytesTotal = total;
    m_filesDone = filesDone;
    m_filesTotal = filesTotal;
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QLocale locale;
    const QString text = tr("%1 of %2, file %3 of %4")
                             .arg(locale.formattedDataSize(done), locale.formattedDataSize(total))
                             .arg(std::min(filesDone + 1, std::max(filesTotal, 1)))
                             .arg(filesTotal);
    m_progressText->setText(text);
    m_progress->setAccessibleName(tr("Reading the logs: %1").arg(text));
}

void IisLogPanel::onFinished(const ScanReport &report)
{
    m_report = report;
    m_failure.reset();
    setScanning(false);
    showReport();
    Q_EMIT scanEnded();
}

void IisLogPanel::onFailed(const QString &what, const QString &where)
{
    m_failure = Failure{what, where};
    setScanning(false);
    showError();
    Q_EMIT scanEnded();
}

void IisLogPanel::showError()
{
    if (!m_failure)
        return;
    const QString where = QDir::toNativeSeparators(m_failure->where);
    QString text;
    if (m_failure->what == QLatin1String("no such file or folder"))
        text = tr("\"%1\" does not exist. Check the path, or choose the folder again.").arg(where);
    else if (m_failure->what == QLatin1String("no log files (*.log) in the folder"))
        text = tr("There is no log file (*.log) in \"%1\" or in its subfolders. IIS keeps its logs in "
                  "%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC1.")
                   .arg(where);
    else if (m_failure->what == QLatin1String("cannot copy the training logs"))
        text = tr("The simulated logs could not be copied to \"%1\".").arg(where);
    else
        text = tr("\"%1\" cannot be read. Check that you may open it (run as administrator on the server).").arg(where);
    m_status->show();
    m_status->setStatus(Status::Problem, text);
}

void IisLogPanel::showReport()
{
    if (!m_report) {
        m_scroll->hide();
        return;
    }
    const ScanReport &r = *m_report;
    const ScepSummary &s = r.scep;
    const QLocale locale;

    qint64 bytes = 0;
    for (const FileStats &f : r.files)
        bytes += f.bytes;
    if (r.cancelled) {
        m_status->show();
        m_status->setStatus(Status::Cancelled,
                            tr("Reading stopped: what follows covers only the first %1 of %2.")
                                .arg(locale.formattedDataSize(bytes), locale.formattedDataSize(std::max(bytes, m_bytesTotal))));
    } else {
        m_status->show();
        m_status->setStatus(Status::Info, tr("Read %n file(s), %1.", nullptr, int(r.files.size())).arg(locale.formattedDataSize(bytes)));
    }

    // The headline answers the page's question; "no SCEP request at all" comes first when it is the answer.
    const Finding *noTraffic = nullptr;
    const Finding *firstProblem = nullptr;
    const Finding *firstWarning = nullptr;
    for (const Finding &f : r.findings) {
        if (f.id == QLatin1String("iis.no-scep-traffic"))
            noTraffic = &f;
        else if (f.severity == Severity::Error && !firstProblem)
            firstProblem = &f;
        else if (f.severity == Severity::Warning && !firstWarning)
            firstWarning = &f;
    }
    if (noTraffic && !firstProblem)
        m_headline->setStatus(Status::Problem, tr("No SCEP request at all: no device reached IIS."));
    else if (firstProblem)
        m_headline->setStatus(Status::Problem, iisFindingText(*firstProblem));
    else if (firstWarning)
        m_headline->setStatus(Status::Warning, iisFindingText(*firstWarning));
    else if (s.total)
        m_headline->setStatus(Status::Ok, tr("Devices reach IIS: %n SCEP request(s), and the logs show no problem.", nullptr, plural(s.total)));
    else
        m_headline->setStatus(Status::Info, tr("These logs hold no request to the SCEP application."));

    if (s.first && s.last) {
        m_period->setText(tr("From %1 to %2, local time (in the logs, UTC: %3 to %4).")
                              .arg(localText(*s.first), localText(*s.last), utcText(*s.first), utcText(*s.last)));
        m_period->show();
    } else {
        m_period->hide();
    }
    m_chart->setData(s.perHour);
    buildFindings();
    buildSummary();
    m_scroll->show();
}

QString IisLogPanel::displayPath(const QString &path) const
{
    // Shown relative to the folder the user chose (or the training copy), with the platform's separators.
    for (const QString &root : m_paths) {
        const QFileInfo info(root);
        if (!info.isDir())
            continue;
        const QString prefix = QDir(root).absolutePath() + QLatin1Char('/');
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (absolute.startsWith(prefix))
            return QDir::toNativeSeparators(absolute.mid(prefix.size()));
    }
    return QDir::toNativeSeparators(path);
}

QString IisLogPanel::displayLocation(const QString &location) const
{
    const qsizetype colon = location.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return displayPath(location);
    return displayPath(location.left(colon)) + location.mid(colon);
}

QWidget *IisLogPanel::findingRow(const Finding &f)
{
    auto *row = new QFrame;
    row->setObjectName(QStringLiteral("finding_") + f.id);
    row->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    auto *sentence = new StatusLabel(row);
    sentence->setObjectName(QStringLiteral("findingText"));
    sentence->setWordWrap(true);
    sentence->setStatus(statusOf(f.severity), iisFindingText(f));
    top->addWidget(sentence, 1);
    const FixTarget target = iisFixTarget(f.id);
    if (target.isValid()) {
        auto *fix = new QPushButton(f.severity == Severity::Info ? tr("More about this...") : tr("How to fix..."), row);
        fix->setObjectName(QStringLiteral("fixButton"));
        fix->setAutoDefault(false);
        fix->setProperty("findingId", f.id);
        fix->setProperty("contentId", target.contentId);
        fix->setProperty("anchor", target.anchor);
        fix->setAccessibleName(tr("How to fix: %1").arg(iisFindingText(f)));
        const QString id = f.id;
        connect(fix, &QPushButton::clicked, this, [this, id] { showFix(id); });
        top->addWidget(fix, 0, Qt::AlignTop);
    }
    layout->addLayout(top);

    // The evidence: where it was seen, and the lines themselves (redacted by the core).
    const QStringList at = f.evidence.value(QStringLiteral("at")).toStringList();
    const QStringList lines = f.evidence.value(QStringLiteral("lines")).toStringList();
    const QStringList clients = f.evidence.value(QStringLiteral("clients")).toStringList();
    QStringList evidence;
    for (qsizetype i = 0; i < at.size(); ++i) {
        QString entry = displayLocation(at[i]);
        if (i < lines.size())
            entry += QLatin1Char('\n') + QStringLiteral("    ") + lines[i];
        else if (i < clients.size())
            entry += QStringLiteral("  ") + tr("device %1").arg(clients[i]);
        evidence << entry;
    }
    const qint64 count = f.evidence.value(QStringLiteral("count")).toLongLong();
    if (!at.isEmpty() && count > at.size())
        evidence << tr("... and %n more", nullptr, plural(count - at.size()));
    if (!evidence.isEmpty()) {
        auto *lines = new QLabel(evidence.join(QLatin1Char('\n')), row);
        lines->setObjectName(QStringLiteral("findingEvidence"));
        lines->setTextFormat(Qt::PlainText);
        lines->setWordWrap(true);
        lines->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        lines->setFocusPolicy(Qt::TabFocus);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(font().pointSizeF() * 0.9);
        lines->setFont(mono);
        lines->setAccessibleName(tr("Evidence"));
        layout->addWidget(lines);
    }
    if (f.evidence.contains(QStringLiteral("first")) && f.evidence.contains(QStringLiteral("last"))) {
        const QDateTime first = QDateTime::fromString(f.evidence.value(QStringLiteral("first")).toString(), Qt::ISODate);
        const QDateTime last = QDateTime::fromString(f.evidence.value(QStringLiteral("last")).toString(), Qt::ISODate);
        if (first.isValid() && last.isValid()) {
            auto *when = new QLabel(tr("Seen from %1 to %2, local time.")
                                        .arg(localText(first.toSecsSinceEpoch()), localText(last.toSecsSinceEpoch())),
                                    row);
            when->setObjectName(QStringLiteral("findingPeriod"));
            when->setWordWrap(true);
            layout->addWidget(when);
        }
    }
    return row;
}

void IisLogPanel::buildFindings()
{
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_report)
        return;
    for (const Finding &f : m_report->findings)
        m_findingsLayout->addWidget(findingRow(f));
    if (m_report->findings.isEmpty()) {
        auto *none = new StatusLabel;
        none->setObjectName(QStringLiteral("noFindings"));
        none->setWordWrap(true);
        none->setStatus(Status::Ok, tr("Nothing to report: no error status, no HTTP.sys refusal, no unreadable line."));
        m_findingsLayout->addWidget(none);
    }
}

void IisLogPanel::buildSummary()
{
    m_summary->clear();
    if (!m_report)
        return;
    const ScanReport &r = *m_report;
    const ScepSummary &s = r.scep;
    const QLocale locale;
    QFont bold = m_summary->font();
    bold.setBold(true);

    auto fill = [&](QTreeWidgetItem *item, const QString &key, const QString &name, std::optional<qint64> count,
                    const QString &detail) {
        item->setData(0, Qt::UserRole, key);
        item->setText(0, name);
        if (count) {
            item->setText(1, locale.toString(*count));
            item->setData(1, Qt::UserRole, *count);
        }
        item->setText(2, detail);
        item->setToolTip(2, detail);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    auto section = [&](const QString &key, const QString &name, std::optional<qint64> count, const QString &detail = QString()) {
        QTreeWidgetItem *item = fill(new QTreeWidgetItem(m_summary), key, name, count, detail);
        item->setFont(0, bold);
        return item;
    };
    auto child = [&](QTreeWidgetItem *parent, const QString &key, const QString &name, std::optional<qint64> count,
                     const QString &detail = QString()) {
        QTreeWidgetItem *item = fill(new QTreeWidgetItem(parent), key, name, count, detail);
        item->setToolTip(0, name);
        return item;
    };

    // Files and lines.
    qint64 lines = 0, bad = 0;
    QStringList badAt;
    for (const FileStats &f : r.files) {
        lines += f.lines;
        bad += f.badLines;
        for (const BadLine &b : f.badSamples) {
            if (badAt.size() < 5)
                badAt << QStringLiteral("%1:%2").arg(displayPath(f.path)).arg(b.line);
        }
    }
    QTreeWidgetItem *files = section(QStringLiteral("files"), tr("Files read"), r.files.size());
    for (qsizetype i = 0; i < r.files.size(); ++i) {
        const FileStats &f = r.files[i];
        QString kind;
        switch (f.kind) {
        case LogKind::Access: kind = tr("IIS site log"); break;
        case LogKind::HttpErr: kind = tr("HTTP.sys error log"); break;
        case LogKind::Unknown: kind = tr("not recognised"); break;
        }
        QStringList detail{kind, locale.formattedDataSize(f.bytes), tr("%n line(s)", nullptr, plural(f.lines))};
        if (f.badLines)
            detail << tr("%n bad line(s)", nullptr, plural(f.badLines));
        if (f.cancelled)
            detail << tr("reading stopped here");
        child(files, QStringLiteral("file/%1").arg(i), displayPath(f.path), f.lines, detail.join(QStringLiteral(", ")));
    }
    QTreeWidgetItem *lineItem = section(QStringLiteral("lines"), tr("Lines"), lines);
    child(lineItem, QStringLiteral("badLines"), tr("Bad lines (skipped)"), bad,
          badAt.isEmpty() ? QString() : tr("first at %1").arg(badAt.join(QStringLiteral(", "))));

    // SCEP requests.
    QTreeWidgetItem *scep = section(QStringLiteral("scep"), tr("SCEP requests (mscep.dll)"), s.total);
    QTreeWidgetItem *ops = child(scep, QStringLiteral("operations"), tr("By operation"), std::nullopt);
    for (int i = 0; i < kScepOperationCount; ++i) {
        const qint64 n = s.byOperation[std::size_t(i)];
        if (n)
            child(ops, QStringLiteral("operation/") + scepOperationId(ScepOperation(i)), scepOperationName(ScepOperation(i)), n);
    }
    QTreeWidgetItem *statuses = child(scep, QStringLiteral("statuses"), tr("By status"), std::nullopt);
    auto statusDetail = [](const StatusTriple &t) {
        QString meaning;
        // The connector's answers to the policy module: created (checked) and no content (noted).
        if (t.hasStatus() && t.status == 201)
            meaning = tr("HTTP 201: the connector checked the request and accepted it.");
        else if (t.hasStatus() && t.status == 204)
            meaning = tr("HTTP 204: the connector took note, with nothing to send back.");
        else if (t.hasStatus())
            meaning = httpStatusMeaning(int(t.status), (t.present & 2) ? int(t.substatus) : -1);
        if ((t.present & 4) && t.win32 == 1346)
            meaning += QLatin1Char(' ') + tr("Windows code 1346: the account may not act on behalf of the client.");
        else if ((t.present & 4) && t.win32 == 2148204809u)
            meaning += QLatin1Char(' ') + tr("Windows code 0x800B0109: the certificate chain ends in an untrusted root.");
        else if ((t.present & 4) && t.win32 == 64)
            meaning += QLatin1Char(' ') + tr("Windows code 64: the client went away before the answer.");
        return meaning;
    };
    for (const auto &[triple, n] : s.byStatus)
        child(statuses, QStringLiteral("status/") + triple.key(), triple.key(), n, statusDetail(triple));
    QTreeWidgetItem *platforms = child(scep, QStringLiteral("platforms"), tr("By platform"), std::nullopt);
    for (int i = 0; i < kPlatformCount; ++i) {
        const qint64 n = s.byPlatform[std::size_t(i)];
        if (n)
            child(platforms, QStringLiteral("platform/") + platformId(Platform(i)), platformName(Platform(i)), n);
    }
    if (s.first && s.last) {
        child(scep, QStringLiteral("first"), tr("First seen"), std::nullopt,
              tr("%1 local time (%2 UTC)").arg(localText(*s.first), utcText(*s.first)));
        child(scep, QStringLiteral("last"), tr("Last seen"), std::nullopt,
              tr("%1 local time (%2 UTC)").arg(localText(*s.last), utcText(*s.last)));
    }

    // The policy module's calls to the connector.
    if (s.verifyRequest.total || s.notify.total) {
        QTreeWidgetItem *module = section(QStringLiteral("connector"), tr("Policy module calls (CertificateRegistrationSvc)"),
                                          s.verifyRequest.total + s.notify.total);
        for (const auto &[name, endpoint] : {std::pair{QStringLiteral("verifyRequest"), &s.verifyRequest},
                                             std::pair{QStringLiteral("notify"), &s.notify}}) {
            if (!endpoint->total)
                continue;
            QTreeWidgetItem *e = child(module, name, name == QLatin1String("notify") ? tr("Notify") : tr("VerifyRequest"),
                                       endpoint->total);
            for (const auto &[triple, n] : endpoint->byStatus)
                child(e, name + QLatin1Char('/') + triple.key(), triple.key(), n, statusDetail(triple));
        }
    }

    // HTTP.sys refusals.
    if (s.httpErr.lines) {
        QTreeWidgetItem *httpErr = section(QStringLiteral("httperr"), tr("HTTP.sys errors (HTTPERR)"), s.httpErr.lines);
        QTreeWidgetItem *scepQueue = child(httpErr, QStringLiteral("httperr-scep"), tr("On the SCEP application pool"), std::nullopt);
        qint64 onScep = 0;
        for (const auto &[reason, n] : s.httpErr.scepQueueByReason) {
            const QString text = QString::fromUtf8(reason.data(), qsizetype(reason.size()));
            child(scepQueue, QStringLiteral("httperr-scep/") + text, text, n, httpErrReasonMeaning(text));
            onScep += n;
        }
        scepQueue->setText(1, locale.toString(onScep));
        scepQueue->setData(1, Qt::UserRole, onScep);
        QTreeWidgetItem *all = child(httpErr, QStringLiteral("httperr-all"), tr("All reasons"), std::nullopt);
        for (const auto &[reason, n] : s.httpErr.byReason) {
            const QString text = QString::fromUtf8(reason.data(), qsizetype(reason.size()));
            child(all, QStringLiteral("httperr/") + text, text, n, httpErrReasonMeaning(text));
        }
    }

    m_summary->expandAll();
    // The table shows every row; the page scrolls, not the table.
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_summary); *it; ++it)
        ++rows;
    const int hinted = m_summary->topLevelItemCount() ? m_summary->sizeHintForRow(0) : 0;
    const int rowHeight = hinted > 0 ? hinted : m_summary->fontMetrics().height() + 4;
    m_summary->setFixedHeight(m_summary->header()->sizeHint().height() + rows * rowHeight + 2 * m_summary->frameWidth() + 2);
}

RemediationView *IisLogPanel::fixView() const
{
    return m_fixDialog ? m_fixDialog->view() : nullptr;
}

void IisLogPanel::showFix(const QString &findingId)
{
    const FixTarget target = iisFixTarget(findingId);
    if (!target.isValid())
        return;
    if (!m_fixDialog)
        m_fixDialog = new FixDialog(this);
    if (m_session)
        m_session->addFixShown(target.contentId);
    m_fixDialog->showTarget(target.anchor.isEmpty() ? target.contentId
                                                    : target.contentId + QLatin1Char('#') + target.anchor);
}

void IisLogPanel::retranslate()
{
    m_pathLabel->setText(tr("Log f&older or files:"));
    m_pathEdit->setPlaceholderText(tr("For example C:\\inetpub\\logs\\LogFiles\\W3SVC1"));
    m_pathEdit->setAccessibleName(tr("Log folder or files"));
    m_scanButton->setText(tr("&Read"));
    m_scanButton->setAccessibleName(tr("Read the logs at this path"));
    m_dropZone->setHint(tr("Drop IIS log files or folders here (W3SVC1, HTTPERR), or:"));
    m_dropZone->setAccessibleName(tr("Drop zone for log files"));
    m_folderButton->setText(tr("Choose a &folder..."));
    m_filesButton->setText(tr("Choose f&iles..."));
    m_trainingButton->setText(tr("Load the simulated ser&ver's logs"));
    m_folderButton->setAccessibleName(tr("Choose a log folder"));
    m_filesButton->setAccessibleName(tr("Choose log files"));
    m_trainingButton->setAccessibleName(tr("Load the simulated server's logs"));
    m_cancelButton->setText(tr("&Cancel reading"));
    m_cancelButton->setAccessibleName(tr("Stop reading the logs"));
    m_progress->setAccessibleName(tr("Reading the logs"));
    m_headline->setAccessibleName(tr("What the logs say"));
    m_findingsHeading->setText(tr("Findings"));
    m_chartHeading->setText(tr("SCEP requests over time"));
    m_summaryHeading->setText(tr("Summary"));
    m_summary->setHeaderLabels({tr("What"), tr("Count"), tr("Meaning")});
    m_summary->setAccessibleName(tr("Summary of the logs"));
    m_findingsBox->setAccessibleName(tr("Findings"));
    if (m_trainingDir && !m_trainingScenario.isEmpty()) {
        m_pathEdit->setText(tr("Simulated server: %1").arg(scenarioTitle(m_trainingScenario)));
        m_pathEdit->setCursorPosition(0);
    }
    refreshMode();
    if (isScanning()) {
        m_status->setStatus(Status::Info, tr("Reading the logs..."));
        if (m_bytesTotal)
            onProgress(m_bytesDone, m_bytesTotal, m_filesDone, m_filesTotal);
    } else if (m_failure) {
        showError();
    } else if (m_report) {
        showReport();
    }
}

void IisLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IisLogPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (LogDropZone::localPaths(event->mimeData()).isEmpty())
        return;
    m_dropZone->setHighlighted(true);
    event->acceptProposedAction();
}

void IisLogPanel::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void IisLogPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropZone->setHighlighted(false);
    QWidget::dragLeaveEvent(event);
}

void IisLogPanel::dropEvent(QDropEvent *event)
{
    m_dropZone->setHighlighted(false);
    const QStringList paths = LogDropZone::localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    scanPaths(paths);
}

} // namespace ndes::ui
