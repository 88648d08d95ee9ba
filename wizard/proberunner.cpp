#include "proberunner.h"

#include "session.h"
#include "trainingserver.h"

#include "core/log.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace ndes::ui {

ProbeRunner::ProbeRunner(Session *session, TrainingServer *training, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_session(session), m_training(training), m_nam(nam)
{
    connect(m_training, &TrainingServer::stateChanged, this, &ProbeRunner::onServerState);
}

void ProbeRunner::start()
{
    cancel();
    if (m_session->mode() == Mode::Training) {
        const QString scenario = m_session->activeScenarioId();
        if (!m_training->isRunning(scenario)) {
            m_state = State::StartingServer;
            Q_EMIT startingServer();
            m_training->ensure(scenario);
            onServerState();
            return;
        }
    }
    startProbe();
}

void ProbeRunner::onServerState()
{
    if (m_state != State::StartingServer)
        return;
    switch (m_training->state()) {
    case TrainingServer::State::Running:
        if (m_training->isRunning(m_session->activeScenarioId()))
            startProbe();
        break;
    case TrainingServer::State::Failed:
        m_state = State::Idle;
        Q_EMIT failed(tr("The simulated server could not start: %1").arg(m_training->errorText()));
        break;
    case TrainingServer::State::Stopped:
        m_state = State::Idle;
        Q_EMIT failed(tr("The simulated server was stopped."));
        break;
    case TrainingServer::State::Preparing: break;
    }
}

void ProbeRunner::startProbe()
{
    const ProbeSettings &settings = m_session->probeSettings();
    http::ProbeOptions options;
    const bool training = m_session->mode() == Mode::Training;
    if (training && m_session->urlFollowsSimulator()) {
        options.url = m_training->url();
    } else {
        const http::UrlCheck check = http::checkScepUrl(settings.urlText);
        if (!check.problem.isEmpty()) {
            m_state = State::Idle;
            Q_EMIT failed(tr("The SCEP server URL cannot be tested; go back and correct it."));
            return;
        }
        options.url = check.url;
    }
    options.timeoutMs = settings.timeoutMs;
    options.longUrlBytes = settings.longUrlBytes;
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_state = State::Idle;
            Q_EMIT failed(tr("The CA file \"%1\" cannot be read.").arg(settings.caFile));
            return;
        }
        const QByteArray data = file.readAll();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(data, QSsl::Der);
        if (certificates.isEmpty()) {
            m_state = State::Idle;
            Q_EMIT failed(tr("The CA file \"%1\" holds no certificate.").arg(settings.caFile));
            return;
        }
        options.extraCaCertificates << certificates;
    }
    if (training)
        options.extraCaCertificates << QSslCertificate::fromData(m_training->trustedCaPem(), QSsl::Pem);

    m_options = options;
    m_state = State::Probing;
    // Connections kept alive from an earlier run carry that run's TLS settings (and, in training,
    // may point at a simulator that has since restarted with new certificates).
    m_nam->clearConnectionCache();
    if (m_probe)
        m_probe->deleteLater();
    m_probe = new http::UrlProbe(m_nam, this);
    connect(m_probe, &http::UrlProbe::requestFinished, this, &ProbeRunner::requestFinished);
    connect(m_probe, &http::UrlProbe::finished, this, &ProbeRunner::onProbeFinished);
    Q_EMIT probeStarted(options.url);
    m_probe->start(options);
}

void ProbeRunner::onProbeFinished(const QList<http::RawAnswer> &answers)
{
    if (m_state != State::Probing)
        return;
    m_state = State::Idle;
    const http::ProbeResult result = http::classify(m_options.url, answers, QDateTime::currentDateTimeUtc());
    log::get("ui")->info("URL test finished: {}", verdictId(result.verdict));
    Q_EMIT finished(result);
}

void ProbeRunner::cancel()
{
    const State was = m_state;
    m_state = State::Idle;
    if (was == State::Idle)
        return;
    QList<http::RawAnswer> answers;
    if (m_probe) {
        m_probe->cancel();
        answers = m_probe->answers();
    }
    Q_EMIT cancelled(answers);
}

} // namespace ndes::ui
