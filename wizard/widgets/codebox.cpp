#include "codebox.h"

#include "status.h"

#include "core/log.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ndes::ui {

namespace {

QString quoteArgument(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('"'))
        && !arg.contains(QLatin1Char('\n')))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QStringList CodeBox::commandLine(const QString &language, const QString &code)
{
    if (language == QLatin1String("powershell"))
        return {QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                QStringLiteral("-Command"), code};
    if (language == QLatin1String("cmd")) {
        QStringList lines;
        for (const QString &line : code.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        return {QStringLiteral("cmd.exe"), QStringLiteral("/d"), QStringLiteral("/c"), lines.join(QStringLiteral(" && "))};
    }
    return {};
}

CodeBox::CodeBox(const QString &language, const QString &code, bool changesServer, bool runAllowed, QWidget *parent)
    : QFrame(parent),
      m_language(language),
      m_code(code),
      m_changesServer(changesServer),
      m_languageLabel(new QLabel(this)),
      m_changesLabel(new StatusLabel(this)),
      m_copyButton(new QPushButton(this)),
      m_runButton(new QPushButton(this)),
      m_codeView(new QPlainTextEdit(this)),
      m_runStatus(new StatusLabel(this)),
      m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("codeBox"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    setPalette(pal);

    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAutoDefault(false);
    m_runButton->setAutoDefault(false);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_codeView->setObjectName(QStringLiteral("codeView"));
    m_output->setObjectName(QStringLiteral("runOutput"));

    QFont bold = m_languageLabel->font();
    bold.setBold(true);
    m_languageLabel->setFont(bold);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_codeView->setFont(mono);
    m_codeView->setReadOnly(true);
    m_codeView->setPlainText(code);
    m_codeView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_codeView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_codeView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeView->setTabChangesFocus(true);
    const QFontMetrics fm(mono);
    for (const QString &line : code.split(QLatin1Char('\n')))
        m_longestLine = qMax(m_longestLine, fm.horizontalAdvance(line));
    m_codeView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    updateCodeHeight();

    m_output->setFont(mono);
    m_output->setReadOnly(true);
    m_output->setMaximumHeight(QFontMetrics(mono).lineSpacing() * 10);
    m_output->hide();
    m_runStatus->hide();
    m_changesLabel->setVisible(changesServer);

    const QStringList command = commandLine(language, code);
    m_runButton->setVisible(runAllowed && !command.isEmpty());

    auto *header = new QHBoxLayout;
    header->addWidget(m_languageLabel);
    header->addSpacing(8);
    header->addWidget(m_changesLabel);
    header->addStretch(1);
    header->addWidget(m_copyButton);
    header->addWidget(m_runButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_codeView);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_output);

    connect(m_copyButton, &QPushButton::clicked, this, &CodeBox::copy);
    connect(m_runButton, &QPushButton::clicked, this, &CodeBox::confirmRun);
    retranslate();
}

CodeBox::~CodeBox()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void CodeBox::updateCodeHeight()
{
    // As tall as the code, plus a scroll bar only when the longest line does not fit.
    const QFontMetrics fm(m_codeView->font());
    const int lines = qMax(1, int(m_code.count(QLatin1Char('\n'))) + 1);
    const int margin = int(m_codeView->document()->documentMargin());
    const int frame = m_codeView->frameWidth();
    const bool scroll = m_longestLine + 2 * margin + 4 > m_codeView->width() - 2 * frame;
    const int scrollBar = scroll ? m_codeView->horizontalScrollBar()->sizeHint().height() : 0;
    m_codeView->setFixedHeight(lines * fm.lineSpacing() + 2 * margin + 2 * frame + scrollBar + 2);
}

void CodeBox::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateCodeHeight();
}

void CodeBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CodeBox::retranslate()
{
    if (m_language == QLatin1String("powershell"))
        m_languageLabel->setText(tr("PowerShell"));
    else if (m_language == QLatin1String("cmd"))
        m_languageLabel->setText(tr("Command prompt"));
    else
        m_languageLabel->setText(m_language.isEmpty() || m_language == QLatin1String("text") ? tr("Text") : m_language);
    m_changesLabel->setStatus(Status::Warning, tr("changes the server"));
    m_copyButton->setText(m_copied ? tr("Copied") : tr("&Copy"));
    m_copyButton->setAccessibleName(tr("Copy the %1 command").arg(m_languageLabel->text()));
    m_runButton->setText(tr("&Run..."));
    m_runButton->setAccessibleName(tr("Run the %1 command").arg(m_languageLabel->text()));
    m_codeView->setAccessibleName(tr("%1 command").arg(m_languageLabel->text()));
    m_output->setAccessibleName(tr("Command output"));
}

void CodeBox::copy()
{
    QApplication::clipboard()->setText(m_code);
    m_copied = true;
    retranslate();
    QTimer::singleShot(2000, this, [this] {
        m_copied = false;
        retranslate();
    });
}

void CodeBox::confirmRun()
{
    const QStringList command = commandLine(m_language, m_code);
    if (command.isEmpty())
        return;
    QStringList shown;
    for (const QString &arg : command)
        shown << quoteArgument(arg);
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("runConfirmation"));
    box->setIcon(m_changesServer ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(tr("Run this command?"));
    const QString intro = m_changesServer ? tr("This command changes the server. Run it only if you are allowed to.")
                                          : tr("This command only reads information from the server.");
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<p>%1</p><p>%2</p><pre>%3</pre>")
                     .arg(intro.toHtmlEscaped(), tr("The exact command:").toHtmlEscaped(),
                          shown.join(QLatin1Char(' ')).toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("&Run"));
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            run();
    });
    box->open();
}

void CodeBox::run()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        return;
    const QStringList command = commandLine(m_language, m_code);
    if (!m_process) {
        m_process = new QProcess(this);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_process, &QProcess::readyRead, this, [this] {
            m_output->appendPlainText(QString::fromLocal8Bit(m_process->readAll()).trimmed());
        });
        connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            m_runButton->setEnabled(true);
            if (status == QProcess::NormalExit && exitCode == 0)
                m_runStatus->setStatus(Status::Ok, tr("finished"));
            else
                m_runStatus->setStatus(Status::Problem, tr("ended with exit code %1").arg(exitCode));
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                m_runButton->setEnabled(true);
                m_runStatus->setStatus(Status::Problem, tr("could not start: %1").arg(m_process->errorString()));
            }
        });
    }
    log::get("ui")->info("running {} (confirmed by the user)", command.first());
    m_output->clear();
    m_output->show();
    m_runStatus->show();
    m_runStatus->setStatus(Status::Info, tr("running..."));
    m_runButton->setEnabled(false);
    m_process->start(command.first(), command.mid(1));
}

} // namespace ndes::ui
