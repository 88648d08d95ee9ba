#include "trainingserver.h"

#include "core/log.h"
#include "training/simulator.h"
#include "training/trainingnetwork.h"

#include <QNetworkAccessManager>

#include <QThread>

#include <memory>
#include <optional>

namespace ndes::ui {

TrainingServer::TrainingServer(QObject *parent) : QObject(parent), m_simulator(new training::Simulator(this)) {}

TrainingServer::~TrainingServer()
{
    ++m_generation;
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
    m_simulator->stop();
    if (m_network)
        training::mapCdpHost(m_network, 0);
}

bool TrainingServer::isRunning(const QString &scenarioId) const
{
    return m_state == State::Running && m_scenarioId == scenarioId;
}

QUrl TrainingServer::url() const
{
    return m_state == State::Running ? m_simulator->url() : QUrl();
}

QByteArray TrainingServer::trustedCaPem() const
{
    return m_state == State::Running ? m_simulator->trustedCaPem() : QByteArray();
}

quint16 TrainingServer::cdpPort() const
{
    return m_state == State::Running ? m_simulator->cdpPort() : 0;
}

void TrainingServer::attachNetwork(QNetworkAccessManager *network)
{
    if (m_network && m_network != network)
        training::mapCdpHost(m_network, 0);
    m_network = network;
    updateNetwork();
}

void TrainingServer::updateNetwork()
{
    if (m_network)
        training::mapCdpHost(m_network, cdpPort());
}

void TrainingServer::setState(State state)
{
    m_state = state;
    updateNetwork();
    Q_EMIT stateChanged();
}

void TrainingServer::stop()
{
    ++m_generation;
    if (m_simulator->isRunning())
        log::get("training")->info("simulator stopped ({} requests served)", m_simulator->requestsServed());
    m_simulator->stop();
    m_scenarioId.clear();
    m_error.clear();
    if (m_state != State::Stopped)
        setState(State::Stopped);
}

void TrainingServer::ensure(const QString &scenarioId)
{
    if (m_scenarioId == scenarioId && (m_state == State::Running || m_state == State::Preparing))
        return;

    if (m_simulator->isRunning() && m_simulator->url().port() > 0)
        m_port = quint16(m_simulator->url().port());
    m_simulator->stop();
    const int generation = ++m_generation;
    m_scenarioId = scenarioId;
    m_error.clear();
    setState(State::Preparing);

    training::SimulatorOptions options;
    options.scenarioId = scenarioId;
    options.tls = true;
    auto prepared = std::make_shared<std::optional<Expected<training::SimulatorMaterial>>>();
    QThread *worker = QThread::create([options, prepared] { prepared->emplace(training::prepareSimulator(options)); });
    worker->setParent(this);
    m_workers.removeAll(QPointer<QThread>());
    m_workers << worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, generation, prepared] {
        if (generation != m_generation || !prepared->has_value())
            return;
        Expected<training::SimulatorMaterial> &material = **prepared;
        if (!material) {
            m_error = material.error().toString();
            log::get("training")->error("cannot prepare the simulator: {}", m_error);
            setState(State::Failed);
            return;
        }
        training::SimulatorMaterial onOldPort = *material;
        onOldPort.options.port = m_port;
        Expected<QUrl> url = m_simulator->start(std::move(onOldPort));
        if (!url && m_port != 0) {
            // The old port was taken in between: any free port will do.
            material->options.port = 0;
            url = m_simulator->start(std::move(material).value());
        }
        if (!url) {
            m_error = url.error().toString();
            log::get("training")->error("cannot start the simulator: {}", m_error);
            setState(State::Failed);
            return;
        }
        log::get("training")->info("simulator for \"{}\" listening at {}", m_scenarioId, url->toString());
        setState(State::Running);
    });
    worker->start();
}

} // namespace ndes::ui
