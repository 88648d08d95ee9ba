#include "helpdialog.h"

#include "session.h"
#include "widgets/remediationview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ndes::ui {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent),
      m_stack(new QStackedWidget(this)),
      m_view(new RemediationView(this)),
      m_text(new QTextBrowser(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(720, 640);
}

void HelpDialog::showFor(const Session &session, PageId page)
{
    m_page = page;
    m_topic = helpTopic(session, page);
    m_language = session.language();
    refresh();
    show();
    raise();
    activateWindow();
}

void HelpDialog::refresh()
{
    setWindowTitle(tr("Help - NDES Doctor"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the help"));
    m_text->setAccessibleName(tr("Help for this step"));
    if (!m_topic.isEmpty() && m_view->load(m_topic, m_language)) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_text->setMarkdown(pageHelp(m_page));
    m_stack->setCurrentWidget(m_text);
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString code = QLocale().name().left(2);
        if (!code.isEmpty())
            m_language = code;
        if (isVisible())
            refresh();
    }
    QDialog::changeEvent(event);
}

QString HelpDialog::pageHelp(PageId page) const
{
    switch (page) {
    case PageId::Welcome:
        return tr("# Getting started\n\n"
                  "**Live** tests the SCEP URL of a real NDES server. On the NDES server itself, the tool can also "
                  "check the server's settings, logs and certificates; those checks need Windows.\n\n"
                  "**Training** starts a simulated NDES server on this computer, with the fault of your choice. "
                  "Everything works as in the field, and nothing real is touched. A coloured banner reminds you "
                  "that the results are simulated.");
    case PageId::Scenario:
        return tr("# Training scenarios\n\n"
                  "Each scenario reproduces one documented fault of an NDES server: a stopped application pool, "
                  "a missing connector, expired certificates, limits left at their defaults...\n\n"
                  "**Surprise me** picks one at random and hides its name. On the verdict page you choose the "
                  "cause yourself before the answer is shown.");
    case PageId::Url:
        return tr("# The SCEP server URL\n\n"
                  "Devices reach NDES at the address in their SCEP certificate profile. In the Intune admin "
                  "center, open the profile: the address is listed under **SCEP Server URLs**, for example "
                  "`https://ndes.contoso.com/certsrv/mscep/mscep.dll`.\n\n"
                  "**Advanced settings**\n\n"
                  "- *Time limit per request*: how long to wait for each answer.\n"
                  "- *Long URL size*: the size of the long request. Devices can send up to 65,534 bytes; the "
                  "server's limits must allow that.\n"
                  "- *Extra trusted CA file*: a PEM file with the root certificate of the server's TLS "
                  "certificate, when this computer does not trust it already.");
    case PageId::Probe:
        return tr("# The URL test\n\n"
                  "Four requests are sent at the same time:\n\n"
                  "1. **Browser test**: the URL alone. A healthy NDES server answers *403 Forbidden*.\n"
                  "2. **GetCACaps**: what the SCEP server can do.\n"
                  "3. **GetCACert**: the certificates of the CA and of NDES (the MSCEP-RA certificates).\n"
                  "4. **Long URL**: a request as long as the ones devices send, to check the server's size limits.\n\n"
                  "No certificate request is ever sent, so the NDES logs stay clean.");
    case PageId::Verdict:
    case PageId::Cause:
    case PageId::Remediation:
    case PageId::IisLogs:
    case PageId::DeviceLogs:
    case PageId::End: break;
    }
    return tr("# Help\n\nRun the URL test first: the help for the fix depends on what it finds.");
}

} // namespace ndes::ui
