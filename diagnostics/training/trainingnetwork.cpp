#include "trainingnetwork.h"

#include <QNetworkProxyFactory>

namespace ndes::training {

namespace {

class CdpProxyFactory : public QNetworkProxyFactory {
public:
    explicit CdpProxyFactory(quint16 port) : m_port(port) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QUrl url = query.url();
        if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
            && url.host().compare(cdpHost(), Qt::CaseInsensitive) == 0)
            return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port)};
        return QNetworkProxyFactory::proxyForQuery(query);
    }

private:
    quint16 m_port;
};

} // namespace

QString cdpHost()
{
    return QStringLiteral("pki.contoso.training.invalid");
}

void mapCdpHost(QNetworkAccessManager *network, quint16 cdpPort)
{
    // The manager owns its factory; nullptr restores the application's proxy settings.
    network->setProxyFactory(cdpPort == 0 ? nullptr : new CdpProxyFactory(cdpPort));
}

TrainingNetwork::TrainingNetwork(QObject *parent) : QNetworkAccessManager(parent) {}

void TrainingNetwork::setCdpPort(quint16 port)
{
    m_cdpPort = port;
    mapCdpHost(this, port);
}

} // namespace ndes::training
