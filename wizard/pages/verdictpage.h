#pragma once

#include "page.h"

#include "core/verdict.h"

#include <QList>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace ndes::ui {

class BrowserView;
class StatusLabel;

// The verdict in one sentence with its icon, what the test saw (including the page as a browser
// shows it) and what it means. In quiz mode the trainee first picks the cause among four.
class VerdictPage : public Page {
    Q_OBJECT
public:
    VerdictPage(const PageContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    QString stepLabel() const override;
    QString shownVerdictId() const; // the verdict on display, empty before a result
    int correctChoice() const { return m_correct; } // quiz: index of the right answer

protected:
    void retranslate() override;
    void initializePage() override;

private:
    void buildChoices();
    void checkAnswer();
    void refresh();
    QString factsHtml() const;
    bool quizPending() const;

    StatusLabel *m_headline;
    QGroupBox *m_quiz;
    QLabel *m_quizQuestion;
    QList<QRadioButton *> m_choices;
    QButtonGroup *m_choiceGroup;
    QPushButton *m_check;
    StatusLabel *m_quizResult;
    QScrollArea *m_scroll;
    QLabel *m_sawHeading;
    QLabel *m_facts;
    QLabel *m_browserHeading;
    BrowserView *m_browser;
    QLabel *m_meaningHeading;
    QLabel *m_meaning;
    QList<Verdict> m_choiceVerdicts;
    int m_correct = -1;
    std::optional<Verdict> m_shown;
};

} // namespace ndes::ui
