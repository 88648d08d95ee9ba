#pragma once

#include "page.h"

#include "http/classify.h"

#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ndes::ui {

class BusyIndicator;
class ProbeRunner;
class StatusLabel;

// Runs the URL test: one row per request, each with a busy indicator, then its status, time and
// result. Starts in initializePage(), reports through isComplete(), cancels in cleanupPage().
class ProbePage : public Page {
    Q_OBJECT
public:
    ProbePage(const PageContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool isRunning() const;
    QString stepLabel() const override;

    void startTest();
    void cancelTest();

protected:
    void retranslate() override;
    void initializePage() override;
    void cleanupPage() override;

private:
    struct Row {
        http::RequestKind kind;
        BusyIndicator *busy;
        QLabel *name;
        QLabel *description;
        QLabel *status;
        QLabel *time;
        StatusLabel *result;
        std::optional<http::RawAnswer> answer;
    };

    void resetRows(bool running);
    void showAnswer(const http::RawAnswer &answer);
    void refreshRow(Row &row);
    void onFinished(const http::ProbeResult &result);
    void onCancelled(const QList<http::RawAnswer> &answers);
    void onFailed(const QString &reason);
    void updateButtons();
    Row *rowFor(http::RequestKind kind);

    ProbeRunner *m_runner;
    QLabel *m_intro;
    QWidget *m_serverRow;
    BusyIndicator *m_serverBusy;
    QLabel *m_serverText;
    QProgressBar *m_serverProgress;
    QLabel *m_headRequest;
    QLabel *m_headStatus;
    QLabel *m_headTime;
    QLabel *m_headResult;
    QList<Row> m_rows;
    StatusLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
    QString m_failure;
    bool m_cancelled = false;
};

} // namespace ndes::ui
