#pragma once

// The training scenarios' certificates name a CRL distribution point on a host that no DNS knows
// (cdpHost()). TrainingNetwork sends the requests for that host to the simulator's CDP port on
// 127.0.0.1, as an HTTP proxy would, so the URL in the request and in the evidence stays the one of the
// certificate. Every other URL goes out as the application's proxy settings say.

#include <QNetworkAccessManager>
#include <QString>

namespace ndes::training {

// "pki.contoso.training.invalid"
QString cdpHost();

// Installs the mapping on any manager (replacing its proxy factory); port 0 removes it.
void mapCdpHost(QNetworkAccessManager *network, quint16 cdpPort);

class TrainingNetwork : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit TrainingNetwork(QObject *parent = nullptr);

    // The simulator's Simulator::cdpPort(); 0 leaves the training host unresolved.
    void setCdpPort(quint16 port);
    quint16 cdpPort() const { return m_cdpPort; }

private:
    quint16 m_cdpPort = 0;
};

} // namespace ndes::training
