#pragma once

#include "http/classify.h"
#include "http/probe.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ndes::ui {

class Session;
class TrainingServer;

// Runs the URL test for the session: in training it first waits for the simulated server to run
// the session's scenario, then probes with the simulator's CA trusted. Cancel stops everything at once.
class ProbeRunner : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, StartingServer, Probing };

    ProbeRunner(Session *session, TrainingServer *training, QNetworkAccessManager *nam, QObject *parent = nullptr);

    void start();
    void cancel();
    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    const http::ProbeOptions &options() const { return m_options; }

Q_SIGNALS:
    void startingServer();
    void probeStarted(const QUrl &url);
    void requestFinished(const ndes::http::RawAnswer &answer);
    void finished(const ndes::http::ProbeResult &result);
    void cancelled(const QList<ndes::http::RawAnswer> &answers);
    void failed(const QString &reason); // translated, for people

private:
    void onServerState();
    void startProbe();
    void onProbeFinished(const QList<http::RawAnswer> &answers);

    Session *m_session;
    TrainingServer *m_training;
    QNetworkAccessManager *m_nam;
    QPointer<http::UrlProbe> m_probe;
    http::ProbeOptions m_options;
    State m_state = State::Idle;
};

} // namespace ndes::ui
