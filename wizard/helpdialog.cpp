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
    case PageId::Cause:
        return tr("# Finding the cause\n\n"
                  "Each branch of the troubleshooting tree has its known causes. NDES Doctor checks each of them "
                  "on the server: the SCEP application pool, the certificates, the service account, the IIS "
                  "settings, the logs...\n\n"
                  "- **Problem**: this check found a fault. The first one, in the order of the documentation, is "
                  "the cause, shown first.\n"
                  "- **Warning**: something to look at, but not enough to explain the failure.\n"
                  "- **OK**: this cause is ruled out.\n"
                  "- **Not checked**: the facts this check needs could not be read here.\n\n"
                  "Open **Evidence** under a check to see the values, lines and certificates it read. The checks "
                  "read the server itself in live mode (Windows only), the snapshot in snapshot mode, and the "
                  "recorded facts of the scenario in training.");
    case PageId::IisLogs:
        return tr("# Reviewing the IIS logs\n\n"
                  "When the SCEP URL works but devices still get no certificate, the IIS logs of the NDES server "
                  "tell whether their requests arrived, and what IIS answered them.\n\n"
                  "- On the NDES server, the logs are in `%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC1` (one "
                  "`u_exYYMMDD.log` file per day). Refusals by HTTP.sys, before IIS, are in "
                  "`%SystemRoot%\\System32\\LogFiles\\HTTPERR`.\n"
                  "- Choose the folder or the files, or drop them on the page. Reading a large log can take a "
                  "moment: **Cancel reading** stops it at once.\n"
                  "- **No SCEP request at all**: the devices never reached IIS. Something on the way blocks "
                  "them: firewall, proxy, application proxy, or a wrong URL in the profile.\n"
                  "- **200**: the device reached NDES; look next at the device's own log and at the connector.\n"
                  "- **500 0 1346**, **414**, **404.15**, **503** and the others: each finding says what it means, "
                  "and **How to fix** opens the fix.\n\n"
                  "IIS writes its times in UTC; the page shows local time next to them. IIS also writes its log "
                  "in batches, so the last minute or so may be missing.");
    case PageId::DeviceLogs:
        return tr("# Reviewing the device and connector logs\n\n"
                  "A device's own log tells how far it got with NDES, step by step: the profile received, NDES "
                  "contacted, GetCACaps and GetCACert answered, the request sent, the answer received, the "
                  "certificate installed.\n\n"
                  "- **Android**: the Company Portal log, OMADM.log (turn on verbose logging first).\n"
                  "- **iOS and iPadOS**: the console messages of the profiled process, copied from the Console app "
                  "on a Mac into a text file.\n"
                  "- **Windows**: the DeviceManagement-Enterprise-Diagnostics-Provider Admin events (36, 39, 32, 307), "
                  "exported with wevtutil or copied from Event Viewer.\n\n"
                  "The connector's logs on the NDES server tell what happened next: NDESPlugin.log, the .svclog "
                  "traces and the Certificate Connector events show whether the challenge was verified, the "
                  "certificate issued and Intune told.\n\n"
                  "Drop the files on the page or choose **Open log...**: each file is recognised by its content. "
                  "**Test this URL** tests the address the device used. **How to fix** opens the fix for a connector "
                  "finding. **Logs...** in the side panel opens the same tools, and the list of where every log "
                  "lives, at any step.");
    case PageId::Verdict:
    case PageId::Remediation:
    case PageId::End: break;
    }
    return tr("# Help\n\nRun the URL test first: the help for the fix depends on what it finds.");
}

} // namespace ndes::ui
