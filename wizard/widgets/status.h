#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

class QLabel;

namespace ndes::ui {

// A result state. It is always shown as an icon and a word, never by colour alone.
enum class Status { Ok, Problem, Warning, Info, Cancelled };

QIcon statusIcon(Status status);
QString statusWord(Status status);
QIcon modeIcon(const QString &modeId); // "live", "snapshot", "training"
// "Word: text" in the current language, plain and as rich text with the icon.
QString statusLine(Status status, const QString &text);
QString statusLineHtml(Status status, const QString &text, int iconPx = 14);

// An icon followed by a word, optionally followed by more text. Its accessible name is the whole text.
class StatusLabel : public QWidget {
    Q_OBJECT
public:
    explicit StatusLabel(QWidget *parent = nullptr);

    void setStatus(Status status, const QString &text = QString());
    void clear();
    Status status() const { return m_status; }
    QString text() const;
    void setIconSize(int px);
    void setWordWrap(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_icon;
    QLabel *m_text;
    Status m_status = Status::Info;
    QString m_extra;
    bool m_empty = true;
    int m_iconSize = 16;
};

} // namespace ndes::ui
