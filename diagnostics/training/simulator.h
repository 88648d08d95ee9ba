#pragma once

#include "core/expected.h"
#include "scenario.h"
#include "scep/pki.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;

namespace ndes::training {

struct SimulatorOptions {
    QString scenarioId;
    bool tls = true;
    quint16 port = 0;   // 0: any free loopback port
    QDateTime now;      // validity of the generated certificates is placed around it (UTC)
};

// Keys and certificates for one simulator run. Making them is the slow part (key generation),
// so it is separate and may run on a worker thread.
struct SimulatorMaterial {
    Scenario scenario;
    SimulatorOptions options;
    scep::NdesPki pki;
    scep::TlsMaterial tls;          // the TLS server certificate the probe is given to trust
    scep::TlsMaterial untrustedTls; // served instead in the tls-untrusted scenario
};

Expected<SimulatorMaterial> prepareSimulator(const SimulatorOptions &options);

// A simulated NDES server on 127.0.0.1, HTTP or HTTPS, answering as the scenario says.
class Simulator : public QObject {
    Q_OBJECT
public:
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    Expected<QUrl> start(SimulatorMaterial material);
    void stop();

    bool isRunning() const;
    QUrl url() const;               // the SCEP URL to test; under .invalid for the wrong-URL scenario
    // The plain HTTP port on 127.0.0.1 of the scenario's CRL distribution point (see TrainingNetwork); 0 when stopped.
    quint16 cdpPort() const;
    QByteArray trustedCaPem() const; // the CA the probe should trust in HTTPS mode
    const SimulatorMaterial &material() const;
    int requestsServed() const;

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QByteArray &target, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ndes::training
