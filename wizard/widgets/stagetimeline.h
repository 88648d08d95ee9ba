#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

namespace ndes::ui {

// The steps of an enrolment as a vertical timeline: a tick and "reached", a cross and "failed" with the
// error, or a grey mark and "not reached". Each step can be opened to the log lines that show it
// (selectable text). A step seen starting with no outcome after it gets a warning mark and "no outcome".
// Colour is never the only cue: every step has an icon and a word.
class StageTimeline : public QWidget {
    Q_OBJECT
public:
    enum class State { Reached, Failed, NotReached, NoOutcome };
    struct Row {
        QString name;          // the step, in the user's language
        State state = State::NotReached;
        QString detail;        // a failed step: what went wrong, in the user's language
        QStringList evidence;  // "line N: text", as logged
    };

    explicit StageTimeline(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows.at(index); }
    bool isExpanded(int index) const;
    void setExpanded(int index, bool expanded);
    // The text a row shows, word included ("Stage: reached"), as screen readers hear it.
    QString rowText(int index) const;

    static QString stateWord(State state);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct RowWidgets {
        QWidget *box = nullptr;
        QLabel *icon = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
        QToolButton *toggle = nullptr;
        QPlainTextEdit *lines = nullptr;
    };
    void rebuild();
    void refreshTexts();

    QList<Row> m_rows;
    QList<RowWidgets> m_widgets;
    QVBoxLayout *m_layout;
};

} // namespace ndes::ui
