#include "mainwindow.h"

#include "helpdialog.h"
#include "language.h"
#include "logs/devicelogpanel.h"
#include "logswindow.h"
#include "pages/causepage.h"
#include "pages/devicelogspage.h"
#include "pages/iislogspage.h"
#include "pages/probepage.h"
#include "pages/remediationpage.h"
#include "pages/scenariopage.h"
#include "pages/urlpage.h"
#include "pages/verdictpage.h"
#include "pages/welcomepage.h"
#include "session.h"
#include "sidepanel.h"
#include "texts.h"
#include "trainingserver.h"
#include "widgets/status.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ndes::ui {

// ---- Wizard -------------------------------------------------------------------------------------

Wizard::Wizard(const PageContext &context, QWidget *parent) : QWizard(parent), m_session(context.session)
{
    setObjectName(QStringLiteral("wizard"));
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setTitleFormat(Qt::RichText);
    setSubTitleFormat(Qt::PlainText);

    setPage(int(PageId::Welcome), new WelcomePage(context, this));
    setPage(int(PageId::Scenario), new ScenarioPage(context, this));
    setPage(int(PageId::Url), new UrlPage(context, this));
    setPage(int(PageId::Probe), new ProbePage(context, this));
    setPage(int(PageId::Verdict), new VerdictPage(context, this));
    setPage(int(PageId::Cause), new CausePage(context, this));
    setPage(int(PageId::Remediation), new RemediationPage(context, this));
    setPage(int(PageId::IisLogs), new IisLogsPage(context, this));
    setPage(int(PageId::DeviceLogs), new DeviceLogsPage(context, this));
    setStartId(int(PageId::Welcome));
    // Enter means Next everywhere: buttons on the pages act on a click or Space, not on Enter
    // (except the quiz's check button, where Enter answering is what people expect).
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (button->objectName() != QLatin1String("quizCheckButton") && button->parentWidget() != this)
            button->setAutoDefault(false);
    }
    refreshButtons();
}

int Wizard::nextId() const
{
    return int(nextPage(*m_session, currentPageId()));
}

Page *Wizard::pageAt(PageId id) const
{
    return qobject_cast<Page *>(page(int(id)));
}

Page *Wizard::current() const
{
    return qobject_cast<Page *>(currentPage());
}

void Wizard::goBackTo(PageId id)
{
    if (!visitedIds().contains(int(id)))
        return;
    while (currentId() != int(id) && visitedIds().size() > 1)
        back();
}

bool Wizard::focusNextPrevChild(bool next)
{
    // QWizard hides its page area for a moment on every completeChanged() and page switch. As a
    // child widget, that would send the focus out of the wizard (to the language switch): keep it
    // on the page instead; QWizard itself then moves it to the new page when it switches.
    const QWidget *focus = QApplication::focusWidget();
    if (focus && !focus->isVisible() && currentPage() && currentPage()->isAncestorOf(focus))
        return true;
    return QWizard::focusNextPrevChild(next);
}

void Wizard::changeEvent(QEvent *event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refreshButtons();
}

void Wizard::refreshButtons()
{
    // QWizard sets its button texts when its style is applied, not on a language change:
    // applying the style again makes them follow the new language (Qt's own translations).
    const WizardStyle style = wizardStyle();
    setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
    setWizardStyle(style);

    const QList<QPair<WizardButton, QString>> names = {
        {BackButton, QStringLiteral("backButton")},     {NextButton, QStringLiteral("nextButton")},
        {CancelButton, QStringLiteral("cancelButton")}, {HelpButton, QStringLiteral("helpButton")},
        {FinishButton, QStringLiteral("finishButton")}, {CommitButton, QStringLiteral("commitButton")},
    };
    for (const auto &[which, name] : names) {
        QAbstractButton *b = button(which);
        if (!b)
            continue;
        b->setObjectName(name);
        QString text = b->text();
        text.remove(QLatin1Char('&'));
        text.remove(QLatin1Char('<'));
        text.remove(QLatin1Char('>'));
        b->setAccessibleName(text.trimmed());
    }
}

// ---- MainWindow ---------------------------------------------------------------------------------

MainWindow::MainWindow(Translations *translations, QWidget *parent)
    : QWidget(parent),
      m_translations(translations),
      m_session(new Session(this)),
      m_training(new TrainingServer(this)),
      m_nam(new QNetworkAccessManager(this)),
      m_appTitle(new QLabel(this)),
      m_badge(new QWidget(this)),
      m_badgeIcon(new QLabel(m_badge)),
      m_badgeText(new QLabel(m_badge)),
      m_languageLabel(new QLabel(this)),
      m_languageGroup(new QButtonGroup(this)),
      m_banner(new QWidget(this)),
      m_bannerIcon(new QLabel(m_banner)),
      m_bannerText(new QLabel(m_banner)),
      m_side(new SidePanel)
{
    setObjectName(QStringLiteral("mainWindow"));
    if (m_translations)
        m_session->setLanguage(m_translations->language());

    // Top bar: the name, then on the right the mode badge and the language switch.
    QFont titleFont = m_appTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_appTitle->setFont(titleFont);
    m_appTitle->setText(QStringLiteral("NDES Doctor"));

    m_badge->setObjectName(QStringLiteral("modeBadge"));
    m_badge->setAttribute(Qt::WA_StyledBackground);
    m_badge->setStyleSheet(QStringLiteral("#modeBadge { border: 1px solid palette(mid); border-radius: 10px; }"));
    auto *badgeLayout = new QHBoxLayout(m_badge);
    badgeLayout->setContentsMargins(8, 2, 10, 2);
    badgeLayout->setSpacing(6);
    badgeLayout->addWidget(m_badgeIcon);
    badgeLayout->addWidget(m_badgeText);

    auto *topBar = new QWidget(this);
    topBar->setObjectName(QStringLiteral("topBar"));
    auto *top = new QHBoxLayout(topBar);
    top->setContentsMargins(12, 8, 12, 8);
    top->setSpacing(8);
    top->addWidget(m_appTitle);
    top->addStretch(1);
    top->addWidget(m_badge);
    top->addSpacing(12);
    top->addWidget(m_languageLabel);
    m_languageGroup->setExclusive(true);
    for (const QString &code : availableLanguages()) {
        auto *button = new QToolButton(topBar);
        button->setObjectName(QStringLiteral("lang_") + code);
        button->setText(code.toUpper());
        button->setCheckable(true);
        button->setChecked(m_translations && m_translations->language() == code);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(languageNativeName(code));
        button->setToolTip(languageNativeName(code));
        button->setProperty("languageCode", code);
        m_languageGroup->addButton(button);
        m_languageButtons << button;
        top->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, code] { setLanguage(code); });
    }
    if (!m_languageButtons.isEmpty())
        m_languageLabel->setBuddy(m_languageButtons.first());
    refreshLanguageButtons();

    // The training banner: a colour of its own and an icon, so nobody takes it for a real server.
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(QStringLiteral("#trainingBanner { background: #ffcc33; border-top: 1px solid #b38600;"
                                           " border-bottom: 1px solid #b38600; }"
                                           "#trainingBanner QLabel { color: #1a1a1a; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    bannerLayout->setSpacing(8);
    m_bannerIcon->setPixmap(modeIcon(QStringLiteral("training")).pixmap(24, 24));
    QFont bannerFont = m_bannerText->font();
    bannerFont.setBold(true);
    m_bannerText->setFont(bannerFont);
    m_bannerText->setWordWrap(true);
    m_bannerText->setObjectName(QStringLiteral("trainingBannerText"));
    bannerLayout->addWidget(m_bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);

    // In training, the CRL addresses of the scenario's certificates lead to the simulator.
    m_training->attachNetwork(m_nam);
    const PageContext context{m_session, m_training, m_nam};
    m_wizard = new Wizard(context, this);
    m_wizard->setSideWidget(m_side);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(topBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_wizard, 1);

    connect(m_wizard, &QWizard::currentIdChanged, this, &MainWindow::onPageChanged);
    connect(m_wizard, &QWizard::helpRequested, this, &MainWindow::showHelp);
    connect(m_wizard, &QDialog::finished, this, &QWidget::close);
    connect(m_session, &Session::changed, this, &MainWindow::refreshFrame);
    connect(m_side, &SidePanel::stepActivated, this, [this](PageId page) { m_wizard->goBackTo(page); });
    connect(m_side, &SidePanel::logsRequested, this, &MainWindow::showLogs);
    if (auto *deviceLogs = qobject_cast<DeviceLogsPage *>(m_wizard->pageAt(PageId::DeviceLogs))) {
        connect(deviceLogs->panel(), &DeviceLogPanel::testUrlRequested, this, &MainWindow::testUrl);
        connect(deviceLogs->panel(), &DeviceLogPanel::shownStageChanged, this, &MainWindow::refreshFrame);
    }
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &MainWindow::showHelp);

    // A comfortable size, within the screen.
    QSize size(1080, 780);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    retranslate();
    onPageChanged();
}

MainWindow::~MainWindow()
{
    // The pages' probes use the network access manager and the training server: they go first.
    disconnect(m_session, nullptr, this, nullptr);
    delete m_wizard;
    m_training->stop();
}

void MainWindow::preselectTraining(const QString &scenarioId)
{
    if (auto *welcome = qobject_cast<WelcomePage *>(m_wizard->pageAt(PageId::Welcome)))
        welcome->selectMode(int(Mode::Training));
    m_preselectedScenario = scenarioId;
    if (!scenarioId.isEmpty()) {
        if (auto *scenario = qobject_cast<ScenarioPage *>(m_wizard->pageAt(PageId::Scenario)))
            scenario->selectScenario(scenarioId);
        m_session->setScenario(scenarioId, false);
        m_training->ensure(scenarioId); // the keys get made while the user reads the first page
    }
}

bool MainWindow::setLanguage(const QString &code)
{
    if (!m_translations)
        return false;
    m_session->setLanguage(code);
    const bool ok = m_translations->setLanguage(code);
    if (!ok)
        m_session->setLanguage(m_translations->language());
    for (QToolButton *button : std::as_const(m_languageButtons))
        button->setChecked(button->property("languageCode").toString() == m_translations->language());
    refreshLanguageButtons();
    return ok;
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showFor(*m_session, m_wizard->currentPageId());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_training->stop();
    if (m_help)
        m_help->close();
    if (m_logs)
        m_logs->close();
    QWidget::closeEvent(event);
}

void MainWindow::refreshLanguageButtons()
{
    // The language in use is checked and in bold, so it does not rely on the style's shading.
    for (QToolButton *button : std::as_const(m_languageButtons)) {
        QFont f = button->font();
        f.setBold(button->isChecked());
        button->setFont(f);
    }
}

void MainWindow::retranslate()
{
    m_languageLabel->setText(tr("&Language:"));
    for (QToolButton *button : std::as_const(m_languageButtons)) {
        const QString code = button->property("languageCode").toString();
        button->setAccessibleName(tr("Language: %1").arg(languageNativeName(code)));
    }
    refreshFrame();
}

void MainWindow::onPageChanged()
{
    QList<PageId> path;
    for (int id : m_wizard->visitedIds())
        path << PageId(id);
    if (path.isEmpty() || path.last() != m_wizard->currentPageId())
        path << m_wizard->currentPageId();
    m_session->setPath(path);
    refreshFrame();

    // QWizard gives the focus to the page, then re-lays itself out and may lose it: settle it once
    // the switch is over.
    QTimer::singleShot(0, this, &MainWindow::focusPage);
}

void MainWindow::focusPage()
{
    Page *page = m_wizard->current();
    if (!page)
        return;
    QWidget *target = page->preferredFocus();
    if (!target) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (page->isAncestorOf(focus) || m_wizard->isAncestorOf(focus)))
            return;
        for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                target = w;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::TabFocusReason);
    else if (QAbstractButton *next = m_wizard->button(QWizard::NextButton); next && next->isVisible())
        next->setFocus(Qt::TabFocusReason);
}

void MainWindow::refreshFrame()
{
    const Mode mode = m_session->mode();
    if (mode != Mode::Training && m_training->state() != TrainingServer::State::Stopped)
        m_training->stop();

    const bool training = mode == Mode::Training;
    QString modeName;
    switch (mode) {
    case Mode::Live: modeName = tr("Live"); break;
    case Mode::Snapshot: modeName = tr("Snapshot"); break;
    case Mode::Training: modeName = tr("Training"); break;
    }
    m_badgeIcon->setPixmap(modeIcon(modeId(mode)).pixmap(18, 18));
    QString badgeText = tr("Mode: %1").arg(modeName);
    QString badgeTip = training ? tr("Training: the results come from a simulated server.")
                                : tr("Live: the results come from the server you test.");
    if (mode == Mode::Snapshot && !m_session->snapshotPath().isEmpty()) {
        badgeText = tr("Mode: %1 (%2)").arg(modeName, QFileInfo(m_session->snapshotPath()).fileName());
        badgeTip = tr("Snapshot: the server's facts come from %1.")
                       .arg(QDir::toNativeSeparators(m_session->snapshotPath()));
    }
    m_badgeText->setText(badgeText);
    m_badge->setAccessibleName(badgeText);
    m_badge->setToolTip(badgeTip);

    m_banner->setVisible(training);
    QString bannerText = tr("Training: simulated server. Nothing on these pages comes from a real NDES server.");
    const bool nameHidden = m_session->isQuiz() && !m_session->quizAnsweredRight().has_value();
    if (training && !m_session->scenarioId().isEmpty() && !nameHidden)
        bannerText += QLatin1Char(' ') + tr("Scenario: %1.").arg(scenarioTitle(m_session->scenarioId()));
    m_bannerText->setText(bannerText);
    m_banner->setAccessibleName(bannerText);

    setWindowTitle(training ? tr("NDES Doctor - Training") : QStringLiteral("NDES Doctor"));

    QList<QPair<PageId, QString>> steps;
    for (PageId id : m_session->path()) {
        if (Page *page = m_wizard->pageAt(id))
            steps << qMakePair(id, page->stepLabel());
    }
    m_side->setSteps(steps);
    int stage = flowStage(*m_session, m_wizard->currentPageId());
    // The device logs page points at the stage its logs show (a connector failure is stage 3 to 6).
    if (auto *deviceLogs = qobject_cast<DeviceLogsPage *>(m_wizard->current()); deviceLogs && deviceLogs->panel()->shownStage() > 0)
        stage = deviceLogs->panel()->shownStage();
    m_side->setStage(stage);
}

LogsWindow *MainWindow::logsWindow() const
{
    return m_logs;
}

LogsWindow *MainWindow::showLogs()
{
    if (!m_logs) {
        m_logs = new LogsWindow(m_session, this);
        connect(m_logs, &LogsWindow::testUrlRequested, this, &MainWindow::testUrl);
    }
    m_logs->show();
    m_logs->raise();
    m_logs->activateWindow();
    return m_logs;
}

void MainWindow::testUrl(const QString &url)
{
    const bool training = m_session->mode() == Mode::Training;
    ProbeSettings settings = m_session->probeSettings();
    if (!training)
        settings.urlText = url;
    m_session->setProbeSettings(settings);
    m_session->setUrlFollowsSimulator(training);
    if (m_session->mode() == Mode::Snapshot)
        m_session->setUrlTestSkipped(false);

    // To the URL page: back along the way walked, or forward from the first pages.
    if (m_wizard->visitedIds().contains(int(PageId::Url))) {
        m_wizard->goBackTo(PageId::Url);
    } else {
        for (int guard = 0; guard < 4; ++guard) {
            const PageId current = m_wizard->currentPageId();
            if ((current != PageId::Welcome && current != PageId::Scenario) || !m_wizard->current()->isComplete())
                break;
            m_wizard->next();
        }
    }
    if (auto *urlPage = qobject_cast<UrlPage *>(m_wizard->current())) {
        urlPage->takeUrl(training ? m_training->url().toString() : url);
        if (urlPage->isComplete())
            m_wizard->next();
    }
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

} // namespace ndes::ui
