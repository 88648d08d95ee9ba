#include "welcomepage.h"

#include "session.h"
#include "widgets/choicecard.h"
#include "widgets/status.h"

#include "facts/snapshotsource.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace ndes::ui {

bool WelcomePage::localChecksAvailable()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

bool WelcomePage::ndesInstalledHere()
{
#ifdef Q_OS_WIN
    const QString root = qEnvironmentVariable("SystemRoot", QStringLiteral("C:\\Windows"));
    return QFile::exists(root + QStringLiteral("/System32/certsrv/mscep/mscep.dll"));
#else
    return false;
#endif
}

WelcomePage::WelcomePage(const PageContext &context, QWidget *parent)
    : Page(PageId::Welcome, context, parent),
      m_intro(new QLabel(this)),
      m_live(new ChoiceCard(this)),
      m_snapshot(new ChoiceCard(this)),
      m_training(new ChoiceCard(this)),
      m_snapshotRow(new QWidget(this)),
      m_folderButton(new QPushButton(m_snapshotRow)),
      m_zipButton(new QPushButton(m_snapshotRow)),
      m_snapshotStatus(new StatusLabel(m_snapshotRow))
{
    m_intro->setWordWrap(true);
    m_live->setObjectName(QStringLiteral("liveChoice"));
    m_snapshot->setObjectName(QStringLiteral("snapshotChoice"));
    m_training->setObjectName(QStringLiteral("trainingChoice"));
    m_live->setCardIcon(modeIcon(QStringLiteral("live")));
    m_snapshot->setCardIcon(modeIcon(QStringLiteral("snapshot")));
    m_training->setCardIcon(modeIcon(QStringLiteral("training")));
    m_folderButton->setObjectName(QStringLiteral("snapshotFolderButton"));
    m_zipButton->setObjectName(QStringLiteral("snapshotZipButton"));
    m_snapshotStatus->setObjectName(QStringLiteral("snapshotStatus"));
    m_snapshotStatus->setWordWrap(true);
    setAcceptDrops(true);

    // Under the snapshot card: where to open it from, and what was opened.
    auto *snapshotButtons = new QHBoxLayout;
    snapshotButtons->setContentsMargins(0, 0, 0, 0);
    snapshotButtons->addWidget(m_folderButton);
    snapshotButtons->addWidget(m_zipButton);
    snapshotButtons->addStretch(1);
    auto *snapshotLayout = new QVBoxLayout(m_snapshotRow);
    snapshotLayout->setContentsMargins(48, 0, 0, 0);
    snapshotLayout->setSpacing(4);
    snapshotLayout->addLayout(snapshotButtons);
    snapshotLayout->addWidget(m_snapshotStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addWidget(m_live);
    layout->addWidget(m_snapshot);
    layout->addWidget(m_snapshotRow);
    layout->addWidget(m_training);
    layout->addStretch(1);

    connect(m_folderButton, &QPushButton::clicked, this, [this] { browseSnapshot(false); });
    connect(m_zipButton, &QPushButton::clicked, this, [this] { browseSnapshot(true); });
    for (ChoiceCard *card : {m_live, m_snapshot, m_training}) {
        connect(card, &ChoiceCard::toggled, this, &WelcomePage::onChoice);
        connect(card, &ChoiceCard::activated, this, [this] {
            if (wizard())
                wizard()->next();
        });
    }
    setTabOrder(m_live, m_snapshot);
    setTabOrder(m_snapshot, m_folderButton);
    setTabOrder(m_folderButton, m_zipButton);
    setTabOrder(m_zipButton, m_training);

    // Without an NDES server here, training is the sensible start.
    if (localChecksAvailable() && ndesInstalledHere())
        m_live->setChecked(true);
    else
        m_training->setChecked(true);
    retranslate();
}

void WelcomePage::retranslate()
{
    setPageTitle(tr("Welcome"));
    setSubTitle(tr("What do you want to do?"));
    m_intro->setText(tr("NDES Doctor tests the SCEP address of an NDES server the way devices use it, tells you "
                        "what it saw, and shows you how to fix what is wrong."));
    m_live->setTitle(tr("&Diagnose this NDES server (live)"));
    if (localChecksAvailable())
        m_live->setDescription(tr("Test the SCEP URL and check this server's settings, logs and certificates."));
    else
        m_live->setDescription(tr("Checks on the server itself need Windows: run NDES Doctor on the NDES server "
                                  "for those. From here, the SCEP URL test still works."));
    m_snapshot->setTitle(tr("Open a &snapshot..."));
    m_snapshot->setDescription(tr("Analyse the logs and settings collected on an NDES server: a folder or a .zip "
                                  "file, opened below or dropped on this page."));
    m_folderButton->setText(tr("F&older..."));
    m_folderButton->setAccessibleName(tr("Open a snapshot folder"));
    m_zipButton->setText(tr("&Zip file..."));
    m_zipButton->setAccessibleName(tr("Open a snapshot zip file"));
    refreshSnapshotStatus();
    m_training->setTitle(tr("&Training (offline)"));
    m_training->setDescription(tr("Practise on a simulated NDES server that has the fault of your choice. "
                                  "Nothing real is touched."));
}

void WelcomePage::initializePage()
{
    onChoice();
}

void WelcomePage::selectMode(int mode)
{
    if (Mode(mode) == Mode::Live)
        m_live->setChecked(true);
    else if (Mode(mode) == Mode::Training)
        m_training->setChecked(true);
    else if (Mode(mode) == Mode::Snapshot)
        m_snapshot->setChecked(true);
    onChoice();
}

void WelcomePage::onChoice()
{
    if (m_live->isChecked())
        session().setMode(Mode::Live);
    else if (m_training->isChecked())
        session().setMode(Mode::Training);
    else if (m_snapshot->isChecked())
        session().setMode(Mode::Snapshot);
    Q_EMIT completeChanged();
}

bool WelcomePage::isComplete() const
{
    if (m_snapshot->isChecked())
        return !session().snapshotPath().isEmpty();
    return m_live->isChecked() || m_training->isChecked();
}

void WelcomePage::browseSnapshot(bool zip)
{
    auto *dialog = new QFileDialog(this, zip ? tr("Open a snapshot zip file") : tr("Open a snapshot folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(zip ? QStringLiteral("snapshotZipDialog") : QStringLiteral("snapshotFolderDialog"));
    if (zip) {
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Zip files (*.zip)"), tr("All files (*)")});
    } else {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly, true);
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openSnapshot(path); });
    dialog->open();
}

bool WelcomePage::openSnapshot(const QString &path)
{
    m_errorPath.clear();
    m_errorReason.clear();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString reason;
    if (!QFileInfo::exists(absolute)) {
        reason = tr("there is no such file or folder");
    } else {
        auto source = facts::SnapshotSource::open(absolute);
        if (!source) {
            reason = source.error().what;
        } else {
            const facts::SnapshotSource &snapshot = *source.value();
            m_snapshotHost = snapshot.host();
            m_snapshotCreated = snapshot.createdUtc();
            m_snapshotFacts = int(snapshot.manifestIds().size());
            m_snapshotProblems = int(snapshot.problems().size());
        }
    }
    if (!reason.isEmpty()) {
        m_errorPath = absolute;
        m_errorReason = reason;
        session().setSnapshotPath(QString());
        refreshSnapshotStatus();
        Q_EMIT completeChanged();
        return false;
    }
    session().setSnapshotPath(absolute);
    m_snapshot->setChecked(true);
    onChoice();
    refreshSnapshotStatus();
    return true;
}

void WelcomePage::refreshSnapshotStatus()
{
    if (!m_errorPath.isEmpty()) {
        m_snapshotStatus->setStatus(Status::Problem, tr("The snapshot %1 cannot be opened: %2.")
                                                         .arg(QDir::toNativeSeparators(m_errorPath), m_errorReason));
        return;
    }
    const QString path = session().snapshotPath();
    if (path.isEmpty()) {
        m_snapshotStatus->setStatus(Status::Info, tr("No snapshot open yet."));
        return;
    }
    QString text = QDir::toNativeSeparators(path);
    if (!m_snapshotHost.isEmpty() && m_snapshotCreated.isValid())
        text += QLatin1Char(' ')
                + tr("(server %1, recorded on %2, %n fact(s)).", nullptr, m_snapshotFacts)
                      .arg(m_snapshotHost,
                           QLocale().toString(m_snapshotCreated.toUTC().date(), QStringLiteral("d MMMM yyyy")));
    else if (m_snapshotFacts > 0)
        text += QLatin1Char(' ') + tr("(%n fact(s)).", nullptr, m_snapshotFacts);
    if (m_snapshotProblems > 0) {
        m_snapshotStatus->setStatus(Status::Warning,
                                    text + QLatin1Char(' ')
                                        + tr("%n part(s) of it could not be read; the rest is used.", nullptr,
                                             m_snapshotProblems));
        return;
    }
    m_snapshotStatus->setStatus(Status::Ok, text);
}

// A snapshot folder or .zip dropped anywhere on the page opens it.
namespace {

QString droppedSnapshot(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QFileInfo info(mime->urls().first().toLocalFile());
    if (info.isDir() || info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
        return info.absoluteFilePath();
    return {};
}

} // namespace

void WelcomePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedSnapshot(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void WelcomePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedSnapshot(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openSnapshot(path);
}

bool WelcomePage::validatePage()
{
    onChoice();
    return isComplete();
}

QString WelcomePage::stepLabel() const
{
    switch (session().mode()) {
    case Mode::Live: return tr("Start: live");
    case Mode::Snapshot: return tr("Start: snapshot");
    case Mode::Training: return tr("Start: training");
    }
    return plainTitle();
}

QWidget *WelcomePage::preferredFocus() const
{
    if (m_snapshot->isChecked())
        return m_snapshot;
    return m_live->isChecked() ? m_live : m_training;
}

} // namespace ndes::ui
