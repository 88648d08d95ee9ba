#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QThread;

namespace ndes::training {
class Simulator;
}

namespace ndes::ui {

// The simulated NDES server of training mode, for the whole session. Preparing it (key generation)
// runs on a worker thread; the server itself runs on the GUI thread.
class TrainingServer : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Preparing, Running, Failed };

    explicit TrainingServer(QObject *parent = nullptr);
    ~TrainingServer() override;

    // Makes the server run `scenarioId`; nothing happens when it already runs or prepares it.
    // A restart keeps the port, so the URL the user has does not change.
    void ensure(const QString &scenarioId);
    void stop();

    State state() const { return m_state; }
    QString scenarioId() const { return m_scenarioId; }
    bool isRunning(const QString &scenarioId) const;
    QUrl url() const;
    QByteArray trustedCaPem() const;
    quint16 cdpPort() const; // the CRL distribution point of the scenario (training::TrainingNetwork), 0 when not running

    // While a scenario runs, `network` fetches the CRLs named by the scenario's certificates from the simulator
    // (training::mapCdpHost); when it stops, `network` goes back to the application's proxy settings.
    // Not owned; one manager at a time.
    void attachNetwork(QNetworkAccessManager *network);
    QString errorText() const { return m_error; } // English, for the log and the details line

Q_SIGNALS:
    void stateChanged();

private:
    void setState(State state);
    void updateNetwork();

    training::Simulator *m_simulator;
    State m_state = State::Stopped;
    QString m_scenarioId;
    QString m_error;
    quint16 m_port = 0;
    int m_generation = 0;
    QList<QPointer<QThread>> m_workers;
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace ndes::ui
