#include "welcomepage.h"

#include "session.h"
#include "widgets/choicecard.h"
#include "widgets/status.h"

#include <QFile>
#include <QLabel>
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
      m_training(new ChoiceCard(this))
{
    m_intro->setWordWrap(true);
    m_live->setObjectName(QStringLiteral("liveChoice"));
    m_snapshot->setObjectName(QStringLiteral("snapshotChoice"));
    m_training->setObjectName(QStringLiteral("trainingChoice"));
    m_live->setCardIcon(modeIcon(QStringLiteral("live")));
    m_snapshot->setCardIcon(modeIcon(QStringLiteral("snapshot")));
    m_training->setCardIcon(modeIcon(QStringLiteral("training")));
    m_snapshot->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addWidget(m_live);
    layout->addWidget(m_snapshot);
    layout->addWidget(m_training);
    layout->addStretch(1);

    for (ChoiceCard *card : {m_live, m_training}) {
        connect(card, &ChoiceCard::toggled, this, &WelcomePage::onChoice);
        connect(card, &ChoiceCard::activated, this, [this] {
            if (wizard())
                wizard()->next();
        });
    }
    setTabOrder(m_live, m_training);

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
    m_snapshot->setDescription(tr("Analyse logs and settings collected on a server. Available in a later version."));
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
    onChoice();
}

void WelcomePage::onChoice()
{
    if (m_live->isChecked())
        session().setMode(Mode::Live);
    else if (m_training->isChecked())
        session().setMode(Mode::Training);
    Q_EMIT completeChanged();
}

bool WelcomePage::isComplete() const
{
    return m_live->isChecked() || m_training->isChecked();
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
    return m_live->isChecked() ? m_live : m_training;
}

} // namespace ndes::ui
