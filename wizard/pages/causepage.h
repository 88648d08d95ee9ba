#pragma once

#include "page.h"

#include "core/check.h"
#include "tree/tree.h"

#include <QFrame>
#include <QList>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace ndes::ui {

class BusyIndicator;
class CauseRunner;
class CheckRow;
class StatusLabel;

// "Find the cause": the local checks of the verdict's branch (every branch without a URL test), one row
// each with live progress; when they are done, the cause first and highlighted, each row expandable to its
// evidence. Starts in initializePage(), cancels in cleanupPage(); complete once done or stopped.
class CausePage : public Page {
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Stopped, Failed };

    CausePage(const PageContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    QString stepLabel() const override;
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // The cause found, empty when none (or not yet).
    QString cause() const { return m_diagnosis.cause; }
    // The check ids in the order the rows show them.
    QStringList rowOrder() const;
    CheckRow *row(const QString &checkId) const;

    void startChecks();
    void cancelChecks();

protected:
    void retranslate() override;
    void initializePage() override;
    void cleanupPage() override;

private:
    void clearRows();
    void onStarted(const QString &checkId);
    void onFinished(const ndes::CheckResult &result);
    void onAllDone(const ndes::tree::Diagnosis &diagnosis);
    void onCancelled();
    void finish(State state);
    void sortRows();
    void refreshSummary();
    void refreshIntro();
    void updateButtons();

    CauseRunner *m_runner;
    QLabel *m_intro;
    StatusLabel *m_notice;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    QLabel *m_summaryDetail;
    QScrollArea *m_scroll;
    QWidget *m_rowsHost;
    QVBoxLayout *m_rowsLayout;
    QList<CheckRow *> m_rows;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
    State m_state = State::Idle;
    QString m_noticeText;   // translated when it happened (an error naming a path)
    bool m_liveWithoutChecks = false;
    tree::Diagnosis m_diagnosis;
};

// One check on the page: its state, result and evidence.
class CheckRow : public QFrame {
    Q_OBJECT
public:
    enum class State { Waiting, Running, Done, NotRun };

    CheckRow(const QString &checkId, QWidget *parent = nullptr);

    QString checkId() const { return m_id; }
    State state() const { return m_state; }
    const std::optional<CheckResult> &result() const { return m_result; }
    bool isCause() const { return m_cause; }
    bool isExpanded() const;
    QString sentence() const;

    void setRunning();
    void setResult(const CheckResult &result);
    void setNotRun();
    void setCause(bool cause);
    void setExpanded(bool expanded);
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_id;
    State m_state = State::Waiting;
    std::optional<CheckResult> m_result;
    bool m_cause = false;
    BusyIndicator *m_busy;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_title;
    QLabel *m_badge;
    QToolButton *m_expand;
    QLabel *m_question;
    QLabel *m_sentence;
    QLabel *m_evidence;
};

} // namespace ndes::ui
