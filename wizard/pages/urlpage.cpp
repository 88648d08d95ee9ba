#include "urlpage.h"

#include "session.h"
#include "trainingserver.h"
#include "widgets/busyindicator.h"
#include "widgets/status.h"

#include "http/probe.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ndes::ui {

UrlPage::UrlPage(const PageContext &context, QWidget *parent)
    : Page(PageId::Url, context, parent),
      m_skip(new QCheckBox(this)),
      m_urlLabel(new QLabel(this)),
      m_url(new QLineEdit(this)),
      m_check(new StatusLabel(this)),
      m_hint(new QLabel(this)),
      m_serverBusy(new BusyIndicator(this)),
      m_serverText(new QLabel(this)),
      m_advancedToggle(new QToolButton(this)),
      m_advanced(new QWidget(this)),
      m_timeoutLabel(new QLabel(m_advanced)),
      m_timeout(new QSpinBox(m_advanced)),
      m_longUrlLabel(new QLabel(m_advanced)),
      m_longUrl(new QSpinBox(m_advanced)),
      m_longUrlNote(new QLabel(m_advanced)),
      m_caLabel(new QLabel(m_advanced)),
      m_caFile(new QLineEdit(m_advanced)),
      m_caBrowse(new QPushButton(m_advanced))
{
    m_skip->setObjectName(QStringLiteral("skipUrlTest"));
    m_skip->setVisible(false);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_check->setObjectName(QStringLiteral("urlCheck"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_longUrl->setObjectName(QStringLiteral("longUrlSpin"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caBrowse->setObjectName(QStringLiteral("caFileBrowse"));
    m_serverText->setObjectName(QStringLiteral("serverState"));

    m_urlLabel->setBuddy(m_url);
    m_url->setClearButtonEnabled(true);
    m_url->setPlaceholderText(QStringLiteral("https://ndes.contoso.com/certsrv/mscep/mscep.dll"));
    m_check->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_serverText->setWordWrap(true);

    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced->setVisible(false);

    m_timeout->setRange(1, 300);
    m_timeout->setValue(10);
    m_longUrl->setRange(100, 65534);
    m_longUrl->setSingleStep(1000);
    m_longUrl->setValue(20000);
    m_longUrl->setGroupSeparatorShown(true);
    m_longUrlNote->setWordWrap(true);
    m_longUrlNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_timeoutLabel->setBuddy(m_timeout);
    m_longUrlLabel->setBuddy(m_longUrl);
    m_caLabel->setBuddy(m_caFile);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *form = new QFormLayout(m_advanced);
    form->setContentsMargins(20, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_longUrlLabel, m_longUrl);
    form->addRow(QString(), m_longUrlNote);
    form->addRow(m_caLabel, caRow);

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverBusy);
    serverRow->addWidget(m_serverText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_skip);
    layout->addWidget(m_urlLabel);
    layout->addWidget(m_url);
    layout->addWidget(m_check);
    layout->addLayout(serverRow);
    layout->addSpacing(6);
    layout->addWidget(m_hint);
    layout->addSpacing(10);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch(1);

    connect(m_skip, &QCheckBox::toggled, this, &UrlPage::onSkipToggled);
    connect(m_url, &QLineEdit::textEdited, this, &UrlPage::onTextEdited);
    connect(m_url, &QLineEdit::textChanged, this, &UrlPage::updateCheck);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_caBrowse, &QPushButton::clicked, this, &UrlPage::browseCaFile);
    connect(&training(), &TrainingServer::stateChanged, this, &UrlPage::onServerState);

    setTabOrder(m_skip, m_url);
    setTabOrder(m_url, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_timeout);
    setTabOrder(m_timeout, m_longUrl);
    setTabOrder(m_longUrl, m_caFile);
    setTabOrder(m_caFile, m_caBrowse);
    retranslate();
}

void UrlPage::retranslate()
{
    setPageTitle(tr("SCEP server URL"));
    setSubTitle(tr("The address devices use to reach NDES."));
    m_skip->setText(tr("S&kip the URL test: analyse the snapshot only"));
    m_skip->setAccessibleName(tr("Skip the URL test and only analyse the snapshot"));
    m_urlLabel->setText(tr("SCEP server &URL:"));
    m_url->setAccessibleName(tr("SCEP server URL"));
    m_hint->setText(tr("Where to find it: in the Intune admin center, open the SCEP certificate profile; "
                       "the address is under \"SCEP Server URLs\". It usually ends with /certsrv/mscep/mscep.dll."));
    m_advancedToggle->setText(tr("&Advanced settings"));
    m_advancedToggle->setAccessibleName(tr("Advanced settings"));
    m_timeoutLabel->setText(tr("T&ime limit per request:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Time limit per request, in seconds"));
    m_longUrlLabel->setText(tr("Lo&ng URL size:"));
    m_longUrl->setSuffix(tr(" bytes"));
    m_longUrl->setAccessibleName(tr("Size of the long URL, in bytes"));
    m_longUrlNote->setText(tr("Intune devices can send URLs of up to 65,534 bytes; the server's limits must allow that."));
    m_caLabel->setText(tr("Extra trusted &CA file:"));
    m_caFile->setPlaceholderText(tr("PEM file (optional)"));
    m_caFile->setAccessibleName(tr("Extra trusted CA file"));
    m_caBrowse->setText(tr("Bro&wse..."));
    m_caBrowse->setAccessibleName(tr("Browse for a CA file"));
    updateCheck();
    onServerState();
}

void UrlPage::initializePage()
{
    const ProbeSettings &settings = session().probeSettings();
    m_timeout->setValue(settings.timeoutMs / 1000);
    m_longUrl->setValue(settings.longUrlBytes);
    m_caFile->setText(settings.caFile);
    if (session().mode() == Mode::Training) {
        if (session().urlFollowsSimulator())
            setSimulatorUrl(training().url().toString());
        training().ensure(session().activeScenarioId());
    } else if (m_url->text().isEmpty() || m_url->text() == m_simulatorText) {
        // Live after training: the simulator's address means nothing here.
        m_url->setText(settings.urlText == m_simulatorText ? QString() : settings.urlText);
    }
    // A snapshot can be analysed without a URL: the test is then skipped, unless a URL is given.
    const bool snapshot = session().mode() == Mode::Snapshot;
    m_skip->setVisible(snapshot);
    if (snapshot)
        m_skip->setChecked(session().urlTestSkipped() || m_url->text().trimmed().isEmpty());
    else
        m_skip->setChecked(false);
    onSkipToggled();
    onServerState();
    updateCheck();
}

void UrlPage::takeUrl(const QString &url)
{
    m_skip->setChecked(false);
    if (!url.isEmpty())
        m_url->setText(url);
}

void UrlPage::onSkipToggled()
{
    const bool skip = session().mode() == Mode::Snapshot && m_skip->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_urlLabel), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_advancedToggle), static_cast<QWidget *>(m_advanced)})
        w->setEnabled(!skip);
    if (session().mode() == Mode::Snapshot)
        session().setUrlTestSkipped(m_skip->isChecked());
    Q_EMIT completeChanged();
}

void UrlPage::setSimulatorUrl(const QString &url)
{
    m_simulatorText = url;
    m_url->setText(url);
}

void UrlPage::onTextEdited()
{
    if (session().mode() == Mode::Training)
        session().setUrlFollowsSimulator(m_url->text().trimmed() == training().url().toString());
}

void UrlPage::onServerState()
{
    const bool training = session().mode() == Mode::Training;
    const TrainingServer::State state = this->training().state();
    const bool preparing = training && state == TrainingServer::State::Preparing;
    m_serverBusy->setVisible(preparing);
    m_serverBusy->setRunning(preparing);
    m_serverText->setVisible(training);
    if (!training)
        return;
    switch (state) {
    case TrainingServer::State::Preparing:
        m_serverText->setText(tr("Starting the simulated server (creating its keys and certificates)..."));
        break;
    case TrainingServer::State::Running:
        m_serverText->setText(tr("The simulated server is running on this computer."));
        if (session().urlFollowsSimulator() && isVisible())
            setSimulatorUrl(this->training().url().toString());
        break;
    case TrainingServer::State::Failed:
        m_serverText->setText(tr("The simulated server could not start: %1").arg(this->training().errorText()));
        break;
    case TrainingServer::State::Stopped: m_serverText->setText(tr("The simulated server is stopped.")); break;
    }
    Q_EMIT completeChanged();
}

void UrlPage::updateCheck()
{
    const http::UrlCheck check = http::checkScepUrl(m_url->text());
    if (m_url->text().trimmed().isEmpty()) {
        m_check->clear();
    } else if (check.problem == QLatin1String("not-http")) {
        m_check->setStatus(Status::Problem, tr("only http:// and https:// addresses can be tested."));
    } else if (check.problem == QLatin1String("no-host")) {
        m_check->setStatus(Status::Problem, tr("the address has no server name."));
    } else if (!check.problem.isEmpty()) {
        m_check->setStatus(Status::Problem, tr("this is not a valid web address."));
    } else if (check.pathWarning) {
        m_check->setStatus(Status::Warning,
                           tr("the address does not end with /mscep.dll, where NDES answers. You can still test it."));
    } else {
        m_check->setStatus(Status::Ok, tr("the address looks right."));
    }
    Q_EMIT completeChanged();
}

bool UrlPage::isComplete() const
{
    if (session().mode() == Mode::Snapshot && m_skip->isChecked())
        return true;
    if (m_url->text().trimmed().isEmpty())
        return false;
    return http::checkScepUrl(m_url->text()).problem.isEmpty();
}

void UrlPage::storeSettings()
{
    ProbeSettings settings = session().probeSettings();
    settings.urlText = m_url->text().trimmed();
    settings.timeoutMs = m_timeout->value() * 1000;
    settings.longUrlBytes = m_longUrl->value();
    settings.caFile = m_caFile->text().trimmed();
    session().setProbeSettings(settings);
}

bool UrlPage::validatePage()
{
    if (!isComplete())
        return false;
    if (session().mode() == Mode::Snapshot)
        session().setUrlTestSkipped(m_skip->isChecked());
    if (session().mode() == Mode::Snapshot && m_skip->isChecked())
        return true;
    storeSettings();
    return true;
}

void UrlPage::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Extra trusted CA file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_caFile->setText(file); });
    dialog->open();
}

QString UrlPage::stepLabel() const
{
    if (session().mode() == Mode::Snapshot && session().urlTestSkipped())
        return tr("URL: not tested");
    const http::UrlCheck check = http::checkScepUrl(session().probeSettings().urlText);
    if (!check.problem.isEmpty() || check.url.host().isEmpty())
        return plainTitle();
    return tr("URL: %1").arg(check.url.host());
}

QWidget *UrlPage::preferredFocus() const
{
    return m_url;
}

} // namespace ndes::ui
