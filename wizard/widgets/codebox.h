#pragma once

#include <QFrame>
#include <QString>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QProcess;
class QPushButton;

namespace ndes::ui {

class StatusLabel;

// One command of a fix, in its own monospace box, with Copy and (where allowed) Run... buttons.
// Run asks for confirmation first, showing the exact program and arguments, then runs them
// through QProcess with an argument list.
class CodeBox : public QFrame {
    Q_OBJECT
public:
    CodeBox(const QString &language, const QString &code, bool changesServer, bool runAllowed, QWidget *parent = nullptr);
    ~CodeBox() override;

    QString code() const { return m_code; }
    QString language() const { return m_language; }
    bool changesServer() const { return m_changesServer; }

    // The program and its arguments for a command in `language` ("powershell" or "cmd"); empty when
    // the language cannot be run.
    static QStringList commandLine(const QString &language, const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void updateCodeHeight();
    void copy();
    void confirmRun();
    void run();

    QString m_language;
    QString m_code;
    bool m_changesServer;
    QLabel *m_languageLabel;
    StatusLabel *m_changesLabel;
    QPushButton *m_copyButton;
    QPushButton *m_runButton;
    QPlainTextEdit *m_codeView;
    StatusLabel *m_runStatus;
    QPlainTextEdit *m_output;
    QProcess *m_process = nullptr;
    bool m_copied = false;
    int m_longestLine = 0;
};

} // namespace ndes::ui
