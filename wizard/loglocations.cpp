#include "loglocations.h"

#include "facts/zipreader.h"
#include "texts.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace ndes::ui {

namespace {

LogLocation location(const char *id, LogLocation::Host host, LogLocation::Kind kind, const char *path,
                     const char *folder, const char *snapshotFile, int stage)
{
    LogLocation l;
    l.id = QLatin1String(id);
    l.host = host;
    l.kind = kind;
    l.path = QString::fromUtf8(path);
    l.folder = QString::fromUtf8(folder);
    l.snapshotFile = QString::fromUtf8(snapshotFile);
    l.stage = stage;
    return l;
}

QList<LogLocation> makeLocations()
{
    using H = LogLocation::Host;
    using K = LogLocation::Kind;
    const char *const svclogFolder = "%ProgramFiles%\\Microsoft Intune\\NDESConnectorSvc\\Logs\\Logs";
    const char *const evtx = "%windir%\\System32\\winevt\\Logs";
    return {
        location("iis", H::NdesServer, K::Folder, "%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex*.log",
                 "%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC1", "", 2),
        location("httperr", H::NdesServer, K::Folder, "%windir%\\System32\\LogFiles\\HTTPERR\\httperr*.log",
                 "%windir%\\System32\\LogFiles\\HTTPERR", "", 2),
        location("application-events", H::NdesServer, K::EventLog, "%windir%\\System32\\winevt\\Logs\\Application.evtx",
                 evtx, "events.application.1000.xml", 2),
        location("capi2", H::NdesServer, K::EventLog,
                 "%windir%\\System32\\winevt\\Logs\\Microsoft-Windows-CAPI2%4Operational.evtx", evtx, "", 2),
        location("setupmsi", H::NdesServer, K::File, "%SystemDrive%\\NDESConnectorSetup\\SetupMsi.log",
                 "%SystemDrive%\\NDESConnectorSetup", "file.setupmsi.log", 3),
        location("ndesplugin", H::NdesServer, K::File,
                 "%ProgramFiles%\\Microsoft Intune\\NDESPolicyModule\\Logs\\NDESPlugin.log",
                 "%ProgramFiles%\\Microsoft Intune\\NDESPolicyModule\\Logs", "", 3),
        location("crp-svclog", H::NdesServer, K::Folder,
                 "%ProgramFiles%\\Microsoft Intune\\NDESConnectorSvc\\Logs\\Logs\\CertificateRegistrationPoint_<date>_<time>.svclog",
                 svclogFolder, "", 3),
        location("connector-events", H::NdesServer, K::EventLog,
                 "%windir%\\System32\\winevt\\Logs\\Microsoft-Intune-CertificateConnectors%4Admin.evtx", evtx,
                 "events.connector", 3),
        location("connector-svclog", H::NdesServer, K::Folder,
                 "%ProgramFiles%\\Microsoft Intune\\NDESConnectorSvc\\Logs\\Logs\\NDESConnector_<date>_<time>.svclog",
                 svclogFolder, "", 6),
        location("request-status", H::NdesServer, K::Folder,
                 "%ProgramFiles%\\Microsoft Intune\\CertificateRequestStatus\\{Succeed,Failed,Processing}",
                 "%ProgramFiles%\\Microsoft Intune\\CertificateRequestStatus", "", 6),
        location("android-omadm", H::Device, K::DeviceApp, "OMADM.log", "", "", 2),
        location("ios-console", H::Device, K::DeviceApp, "profiled", "", "", 2),
        location("windows-dmedp", H::Device, K::EventLog,
                 "%windir%\\System32\\winevt\\Logs\\Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider%4Admin.evtx",
                 "", "", 2),
    };
}

bool onWindows()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

// A file or folder of a snapshot folder, its name matched without regard to case as the snapshot reader does.
QString findInFolder(const QString &root, const QString &name)
{
    const QDir dir(root);
    const QStringList entries = dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir.filePath(entry);
    }
    return {};
}

} // namespace

const QList<LogLocation> &logLocations()
{
    static const QList<LogLocation> locations = makeLocations();
    return locations;
}

QString logLocationName(const LogLocation &l)
{
    if (l.id == QLatin1String("iis"))
        return LogLocationsPanel::tr("IIS logs");
    if (l.id == QLatin1String("httperr"))
        return LogLocationsPanel::tr("HTTP.sys error logs");
    if (l.id == QLatin1String("application-events"))
        return LogLocationsPanel::tr("Application event log");
    if (l.id == QLatin1String("capi2"))
        return LogLocationsPanel::tr("CAPI2 operational log");
    if (l.id == QLatin1String("setupmsi"))
        return LogLocationsPanel::tr("Connector setup log (SetupMsi.log)");
    if (l.id == QLatin1String("ndesplugin"))
        return LogLocationsPanel::tr("Policy module log (NDESPlugin.log)");
    if (l.id == QLatin1String("crp-svclog"))
        return LogLocationsPanel::tr("Certificate registration point trace (.svclog)");
    if (l.id == QLatin1String("connector-events"))
        return LogLocationsPanel::tr("Certificate Connector event logs");
    if (l.id == QLatin1String("connector-svclog"))
        return LogLocationsPanel::tr("Connector service trace (.svclog)");
    if (l.id == QLatin1String("request-status"))
        return LogLocationsPanel::tr("Certificate request status files");
    if (l.id == QLatin1String("android-omadm"))
        return LogLocationsPanel::tr("Android: Company Portal log (OMADM.log)");
    if (l.id == QLatin1String("ios-console"))
        return LogLocationsPanel::tr("iOS and iPadOS: console messages");
    if (l.id == QLatin1String("windows-dmedp"))
        return LogLocationsPanel::tr("Windows device: device management event log");
    return l.id;
}

QString logLocationShows(const LogLocation &l)
{
    if (l.id == QLatin1String("iis"))
        return LogLocationsPanel::tr("Every request that reached IIS, with the status it answered: devices' GetCACaps, "
                                     "GetCACert and PKIOperation requests to mscep.dll (200 is fine; 500 0 1346 is the "
                                     "missing impersonation right). No mscep.dll line at all means the devices never "
                                     "reached this server.");
    if (l.id == QLatin1String("httperr"))
        return LogLocationsPanel::tr("Requests that HTTP.sys refused before IIS saw them: 503 when the SCEP "
                                     "application pool is stopped, 400 or 414 when a request is longer than the "
                                     "HTTP.sys limits.");
    if (l.id == QLatin1String("application-events"))
        return LogLocationsPanel::tr("Crashes of the SCEP application pool: event 1000 for w3wp.exe. Open it in Event "
                                     "Viewer (eventvwr.msc), under Windows Logs > Application.");
    if (l.id == QLatin1String("capi2"))
        return LogLocationsPanel::tr("Chain building and revocation checks, once the log is turned on (it is off by "
                                     "default): shows a revocation list that cannot be downloaded. Event Viewer, "
                                     "Applications and Services Logs > Microsoft > Windows > CAPI2 > Operational.");
    if (l.id == QLatin1String("setupmsi"))
        return LogLocationsPanel::tr("The installation of the Intune connector. When the URL shows the plain NDES page, "
                                     "it tells whether the installation finished (installation success or error "
                                     "status: 0).");
    if (l.id == QLatin1String("ndesplugin"))
        return LogLocationsPanel::tr("The Intune policy module: each request sent to the certificate registration "
                                     "point to have its challenge checked (VerifyRequest), the answer (Verify challenge "
                                     "returns true or false), and the notification after the certificate is issued.");
    if (l.id == QLatin1String("crp-svclog"))
        return LogLocationsPanel::tr("The certificate registration point receiving and validating the requests "
                                     "(validation phases, VerifyRequest finished with status True or False). Open it "
                                     "with Service Trace Viewer, or in the device and connector logs tab.");
    if (l.id == QLatin1String("connector-events"))
        return LogLocationsPanel::tr("The newer Certificate Connector for Microsoft Intune: SCEP events 4000 to 4010 "
                                     "(request received, verified, issued, reported to Intune, and their failures), in "
                                     "the Admin and Operational logs under Applications and Services Logs > "
                                     "Microsoft-Intune-CertificateConnectors.");
    if (l.id == QLatin1String("connector-svclog"))
        return LogLocationsPanel::tr("The connector talking to the Intune service, which receives the reports of "
                                     "issued certificates. The connection state is also in the registry: "
                                     "HKLM\\SOFTWARE\\Microsoft\\MicrosoftIntune\\NDESConnector, value "
                                     "ConnectionStatus.");
    if (l.id == QLatin1String("request-status"))
        return LogLocationsPanel::tr("One file per request in the Succeed, Failed or Processing folder, with the "
                                     "certificate serial number, user, device and thumbprint: what the connector "
                                     "reports to Intune.");
    if (l.id == QLatin1String("android-omadm"))
        return LogLocationsPanel::tr("How far the Android device got: the GetCACaps and GetCACert answers, the request "
                                     "sent and the certificate installed. In the Company Portal app, turn on verbose "
                                     "logging, reproduce the problem, then send the logs by USB cable or e-mail.");
    if (l.id == QLatin1String("ios-console"))
        return LogLocationsPanel::tr("The profiled messages: the requests to the SCEP URL, the CSR sent, and errors "
                                     "such as an invalid answer from the Registration Authority. Connect the device to "
                                     "a Mac, open the Console app with info and debug messages, reproduce the problem, "
                                     "then copy the messages into a text file.");
    if (l.id == QLatin1String("windows-dmedp"))
        return LogLocationsPanel::tr("On the Windows device: event 36 when the certificate request is made (with the "
                                     "NDES URL), 39 when the certificate is installed, 32 or 307 when it fails. Event "
                                     "Viewer, Applications and Services Logs > Microsoft > Windows > "
                                     "DeviceManagement-Enterprise-Diagnostics-Provider > Admin.");
    return {};
}

QString logLocationHost(const LogLocation &l)
{
    return l.host == LogLocation::Host::NdesServer ? LogLocationsPanel::tr("On the NDES server")
                                                   : LogLocationsPanel::tr("On the device");
}

QString expandWindowsPath(const QString &path)
{
    QString out = path;
    for (const char *name : {"ProgramFiles", "SystemDrive", "windir"}) {
        const QString variable = QLatin1Char('%') + QLatin1String(name) + QLatin1Char('%');
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            out.replace(variable, QDir::toNativeSeparators(value), Qt::CaseInsensitive);
    }
    return out;
}

// ---- LogLocationsPanel ---------------------------------------------------------------------------

LogLocationsPanel::LogLocationsPanel(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_note(new QLabel(this)), m_rows(new QWidget), m_grid(new QGridLayout(m_rows))
{
    setObjectName(QStringLiteral("logLocationsPanel"));
    m_intro->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("logLocationsNote"));
    m_note->setWordWrap(true);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("logLocationsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_rows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);
    rebuild();
}

LogLocationsPanel::~LogLocationsPanel() = default;

void LogLocationsPanel::setMode(Mode mode, const QString &snapshotPath)
{
    if (m_mode == mode && m_snapshot == snapshotPath)
        return;
    m_mode = mode;
    m_snapshot = snapshotPath;
    m_extracted.reset();
    rebuild();
}

int LogLocationsPanel::rowCount() const
{
    return int(logLocations().size());
}

QPushButton *LogLocationsPanel::button(const QString &locationId) const
{
    return m_rows->findChild<QPushButton *>(QStringLiteral("open_") + locationId);
}

QLineEdit *LogLocationsPanel::pathField(const QString &locationId) const
{
    return m_rows->findChild<QLineEdit *>(QStringLiteral("path_") + locationId);
}

QString LogLocationsPanel::shownPath(const LogLocation &l) const
{
    if (l.id == QLatin1String("android-omadm"))
        return tr("Company Portal app > Help > Send logs (OMADM.log)");
    if (l.id == QLatin1String("ios-console"))
        return tr("Console app on a Mac > the device > process profiled");
    if (m_mode == Mode::Live && onWindows() && l.host == LogLocation::Host::NdesServer)
        return expandWindowsPath(l.path);
    return l.path;
}

QString LogLocationsPanel::disabledReason(const LogLocation &l) const
{
    switch (m_mode) {
    case Mode::Training:
        return tr("Training: on a real NDES server this button opens the log.");
    case Mode::Live:
        if (l.host == LogLocation::Host::Device)
            return tr("This log is on the device, not on the server.");
        if (!onWindows())
            return tr("This log is on the Windows NDES server; it cannot be opened from this computer.");
        if (l.kind != LogLocation::Kind::EventLog && !QFileInfo(expandWindowsPath(l.folder)).isDir())
            return tr("This folder is not on this server: %1").arg(expandWindowsPath(l.folder));
        return {};
    case Mode::Snapshot: {
        if (l.snapshotFile.isEmpty())
            return tr("Snapshots do not hold a copy of this log.");
        const bool zip = QFileInfo(m_snapshot).isFile();
        if (!zip && findInFolder(m_snapshot, l.snapshotFile).isEmpty())
            return tr("This snapshot has no %1.").arg(l.snapshotFile);
        return {};
    }
    }
    return {};
}

void LogLocationsPanel::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = font();
    bold.setBold(true);
    QFont heading = bold;
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.1);

    int row = 0;
    std::optional<LogLocation::Host> host;
    for (const LogLocation &l : logLocations()) {
        if (host != l.host) {
            host = l.host;
            auto *title = new QLabel(logLocationHost(l), m_rows);
            title->setObjectName(QStringLiteral("hostHeading%1").arg(row));
            title->setFont(heading);
            if (row > 0)
                m_grid->setRowMinimumHeight(row++, 10);
            m_grid->addWidget(title, row++, 0, 1, 3);
        }
        auto *name = new QLabel(m_rows);
        name->setObjectName(QStringLiteral("name_") + l.id);
        name->setFont(bold);
        name->setWordWrap(true);
        auto *stage = new QLabel(m_rows);
        stage->setObjectName(QStringLiteral("stage_") + l.id);
        stage->setWordWrap(true);
        // A path has no spaces to wrap at: a read-only line keeps it whole, selectable and copyable.
        auto *path = new QLineEdit(m_rows);
        path->setObjectName(QStringLiteral("path_") + l.id);
        path->setFont(fixed);
        path->setReadOnly(true);
        path->setFrame(false);
        path->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        auto *shows = new QLabel(m_rows);
        shows->setObjectName(QStringLiteral("shows_") + l.id);
        shows->setWordWrap(true);
        shows->setTextFormat(Qt::PlainText);
        auto *open = new QPushButton(m_rows);
        open->setObjectName(QStringLiteral("open_") + l.id);
        open->setAutoDefault(false);
        auto *reason = new QLabel(m_rows);
        reason->setObjectName(QStringLiteral("reason_") + l.id);
        reason->setWordWrap(true);
        reason->setMaximumWidth(220);
        QPalette greyed = reason->palette();
        greyed.setColor(QPalette::WindowText, greyed.color(QPalette::PlaceholderText));
        reason->setPalette(greyed);
        QFont small = reason->font();
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.9);
        reason->setFont(small);

        auto *left = new QVBoxLayout;
        left->setSpacing(2);
        left->addWidget(name);
        left->addWidget(stage);
        left->addStretch(1);
        auto *middle = new QVBoxLayout;
        middle->setSpacing(2);
        middle->addWidget(path);
        middle->addWidget(shows);
        auto *right = new QVBoxLayout;
        right->setSpacing(2);
        right->addWidget(open, 0, Qt::AlignLeft);
        right->addWidget(reason);
        right->addStretch(1);
        auto *leftBox = new QWidget(m_rows);
        leftBox->setLayout(left);
        leftBox->setMaximumWidth(230);
        left->setContentsMargins(0, 0, 0, 0);
        auto *middleBox = new QWidget(m_rows);
        middleBox->setLayout(middle);
        middle->setContentsMargins(0, 0, 0, 0);
        auto *rightBox = new QWidget(m_rows);
        rightBox->setLayout(right);
        right->setContentsMargins(0, 0, 0, 0);
        m_grid->addWidget(leftBox, row, 0);
        m_grid->addWidget(middleBox, row, 1);
        m_grid->addWidget(rightBox, row, 2);
        ++row;
        auto *line = new QFrame(m_rows);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        m_grid->addWidget(line, row++, 0, 1, 3);

        const QString id = l.id;
        connect(open, &QPushButton::clicked, this, [this, id] {
            for (const LogLocation &candidate : logLocations()) {
                if (candidate.id == id)
                    openLocation(candidate);
            }
        });
    }
    m_grid->setRowStretch(row, 1);
    retranslate();
}

void LogLocationsPanel::retranslate()
{
    m_intro->setText(tr("Where each log of an NDES enrolment lives, what it shows, and at which stage of the SCEP "
                        "flow it helps."));
    switch (m_mode) {
    case Mode::Training:
        m_note->setText(tr("Training: these are the places on a real NDES server and on the devices. The Open buttons "
                           "work in live mode on the server itself."));
        break;
    case Mode::Live:
        m_note->setText(onWindows() ? tr("Paths are shown as they are on this server. Open shows the folder or Event "
                                         "Viewer.")
                                    : tr("Live mode on a computer that is not the NDES server: the paths are shown as "
                                         "written on Windows, and the folders cannot be opened from here."));
        break;
    case Mode::Snapshot:
        m_note->setText(tr("Snapshot %1: Open shows the copy the snapshot holds, when it holds one.")
                            .arg(QDir::toNativeSeparators(m_snapshot)));
        break;
    }
    for (const LogLocation &l : logLocations()) {
        auto *name = m_rows->findChild<QLabel *>(QStringLiteral("name_") + l.id);
        auto *stage = m_rows->findChild<QLabel *>(QStringLiteral("stage_") + l.id);
        auto *path = pathField(l.id);
        auto *shows = m_rows->findChild<QLabel *>(QStringLiteral("shows_") + l.id);
        auto *reason = m_rows->findChild<QLabel *>(QStringLiteral("reason_") + l.id);
        QPushButton *open = button(l.id);
        if (!name || !stage || !path || !shows || !reason || !open)
            continue;
        name->setText(logLocationName(l));
        stage->setText(tr("Stage %1: %2").arg(l.stage).arg(flowStageName(l.stage)));
        path->setText(shownPath(l));
        path->setCursorPosition(0);
        path->setToolTip(shownPath(l));
        path->setAccessibleName(tr("Location of %1").arg(logLocationName(l)));
        shows->setText(logLocationShows(l));
        QString buttonText;
        if (m_mode == Mode::Snapshot)
            buttonText = tr("Open the copy");
        else if (l.kind == LogLocation::Kind::EventLog)
            buttonText = tr("Open Event Viewer");
        else
            buttonText = tr("Open folder");
        open->setText(buttonText);
        const QString why = disabledReason(l);
        open->setEnabled(why.isEmpty());
        open->setAccessibleName(tr("%1: %2").arg(buttonText, logLocationName(l)));
        open->setAccessibleDescription(why);
        open->setToolTip(why);
        // Training says it once above the table; the other modes say it on each row.
        reason->setText(m_mode == Mode::Training ? QString() : why);
        reason->setVisible(m_mode != Mode::Training && !why.isEmpty());
    }
}

void LogLocationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString LogLocationsPanel::snapshotCopy(const LogLocation &l, QString *error)
{
    if (QFileInfo(m_snapshot).isDir())
        return findInFolder(m_snapshot, l.snapshotFile);

    // A zipped snapshot: the file (or the folder of parts) is copied out to a temporary folder first.
    Expected<std::unique_ptr<facts::ZipReader>> zip = facts::ZipReader::open(m_snapshot);
    if (!zip) {
        *error = zip.error().toString();
        return {};
    }
    if (!m_extracted)
        m_extracted = std::make_unique<QTemporaryDir>();
    if (!m_extracted->isValid()) {
        *error = m_extracted->errorString();
        return {};
    }
    const QString wanted = l.snapshotFile.toLower();
    QString found;
    for (const facts::ZipEntry &entry : (*zip)->entries()) {
        // The snapshot may sit in one folder inside the archive.
        const QString lower = entry.path.toLower();
        QStringList candidates{lower};
        if (const qsizetype slash = lower.indexOf(QLatin1Char('/')); slash > 0)
            candidates << lower.mid(slash + 1);
        QString relative;
        for (const QString &candidate : std::as_const(candidates)) {
            if (candidate == wanted || candidate.startsWith(wanted + QLatin1Char('/'))) {
                relative = entry.path.right(candidate.size());
                break;
            }
        }
        if (relative.isEmpty())
            continue;
        Expected<QByteArray> bytes = (*zip)->extract(entry);
        if (!bytes) {
            *error = bytes.error().toString();
            return {};
        }
        const QString target = QDir(m_extracted->path()).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
            *error = out.errorString();
            return {};
        }
        found = QDir(m_extracted->path()).filePath(relative.left(l.snapshotFile.size()));
    }
    if (found.isEmpty())
        *error = tr("This snapshot has no %1.").arg(l.snapshotFile);
    return found;
}

void LogLocationsPanel::openLocation(const LogLocation &l)
{
    QString target;
    if (m_mode == Mode::Live) {
        target = l.kind == LogLocation::Kind::EventLog ? expandWindowsPath(QStringLiteral("%windir%\\System32\\eventvwr.msc"))
                                                       : expandWindowsPath(l.folder);
    } else if (m_mode == Mode::Snapshot) {
        QString error;
        target = snapshotCopy(l, &error);
        if (target.isEmpty()) {
            if (auto *reason = m_rows->findChild<QLabel *>(QStringLiteral("reason_") + l.id)) {
                reason->setText(error);
                reason->setVisible(true);
            }
            return;
        }
    }
    if (target.isEmpty())
        return;
    Q_EMIT opened(target);
    QDesktopServices::openUrl(QUrl::fromLocalFile(target));
}

} // namespace ndes::ui
