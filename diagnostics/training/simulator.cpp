#include "simulator.h"

#include "core/log.h"
#include "responder_p.h"

#include <QHostAddress>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace ndes::training {

namespace {

// Larger than any request the probe sends (Intune needs URLs up to 65,534 bytes), so that the
// HTTP.sys limits are decided by the responder, as HTTP.sys decides them from its registry values.
constexpr qsizetype kMaxHeadBytes = 80 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;
// What the responder gets of a body; the rest is read and dropped.
constexpr qint64 kMaxKeptBodyBytes = 1024 * 1024;
constexpr int kIdleTimeoutMs = 30 * 1000;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

bool isVisibleAscii(const QByteArray &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Bytes from the network, made safe for one log line.
QByteArray printable(const QByteArray &s, qsizetype max = 200)
{
    QByteArray out = s.left(max);
    for (char &c : out) {
        if (c < 0x20 || c >= 0x7f)
            c = '?';
    }
    if (s.size() > max)
        out += "...";
    return out;
}

struct ParsedHead {
    Request request;
    std::optional<detail::BadRequest> error;
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = true;
};

QByteArray headerValue(const Request &request, const QByteArray &name)
{
    for (const auto &[n, v] : request.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

ParsedHead parseHead(const QByteArray &head)
{
    ParsedHead out;
    Request &req = out.request;
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const QByteArray requestLine = lines.value(0);
    const qsizetype sp1 = requestLine.indexOf(' ');
    req.method = sp1 < 0 ? requestLine : requestLine.left(sp1);
    if (!isToken(req.method)) {
        out.error = detail::BadRequest::InvalidVerb;
        return out;
    }
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp2 < 0) {
        out.error = detail::BadRequest::Generic;
        return out;
    }
    req.target = requestLine.mid(sp1 + 1, sp2 - sp1 - 1);
    req.version = requestLine.mid(sp2 + 1);
    const bool originForm = req.target.startsWith('/');
    const bool absoluteForm = req.target.startsWith("http://") || req.target.startsWith("https://");
    if (!isVisibleAscii(req.target) || !(originForm || absoluteForm || req.target == "*")) {
        out.error = detail::BadRequest::InvalidUrl;
        return out;
    }
    if (req.version != "HTTP/1.1" && req.version != "HTTP/1.0") {
        out.error = detail::BadRequest::Generic;
        return out;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            out.error = detail::BadRequest::Generic;
            return out;
        }
        req.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    if (req.version == "HTTP/1.1" && headerValue(req, "Host").isEmpty()) {
        out.error = detail::BadRequest::InvalidHostname;
        return out;
    }

    const QByteArray length = headerValue(req, "Content-Length");
    if (!length.isEmpty()) {
        bool ok = false;
        out.contentLength = length.toLongLong(&ok);
        if (!ok || out.contentLength < 0 || out.contentLength > kMaxBodyBytes) {
            out.error = detail::BadRequest::Generic;
            return out;
        }
    }
    out.chunked = headerValue(req, "Transfer-Encoding").toLower().contains("chunked");
    const QByteArray connection = headerValue(req, "Connection").toLower();
    out.keepAlive = req.version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    return out;
}

// Where the request head ends: the index just past the blank line, or -1.
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 3;
    if (lf >= 0)
        return lf + 2;
    return -1;
}

// HTTP.sys parses as bytes arrive: a request that cannot be HTTP is refused before its end.
std::optional<detail::BadRequest> earlyError(const QByteArray &buffer)
{
    constexpr qsizetype kMaxMethod = 32;
    for (qsizetype i = 0; i < buffer.size() && i <= kMaxMethod; ++i) {
        const char c = buffer.at(i);
        if (c == ' ')
            return i == 0 ? std::optional(detail::BadRequest::InvalidVerb) : std::nullopt;
        if (!isTokenChar(c))
            return detail::BadRequest::InvalidVerb;
    }
    if (buffer.size() > kMaxMethod)
        return detail::BadRequest::InvalidVerb;
    return std::nullopt;
}

} // namespace

class Simulator::Private : public QTcpServer {
public:
    class Connection;
    class CdpServer;

    explicit Private(Simulator *q);

    Simulator *m_q;
    SimulatorMaterial m_material{};
    // Optional so that an idle simulator does not load the TLS backend: a default-constructed
    // QSslCertificate does, and the wizard owns a simulator from its first page on.
    std::optional<QSslCertificate> m_certificate;
    std::optional<QSslKey> m_key;
    QUrl m_url;
    CdpServer *m_cdp;
    QSet<Connection *> m_connections;
    int m_served = 0;

    void served(const Request &request, int status);
    void forget(Connection *connection) { m_connections.remove(connection); }
    void closeAll();

protected:
    void incomingConnection(qintptr descriptor) override;
};

// One client connection: reads requests, answers each, and closes when HTTP says so. `cdp`: a connection
// to the CRL distribution point, which serves the scenario's CRLs instead of NDES.
class Simulator::Private::Connection : public QObject {
public:
    Connection(QTcpSocket *socket, Simulator::Private *owner, bool cdp)
        : QObject(owner), m_owner(owner), m_socket(socket), m_cdp(cdp)
    {
        m_socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.setInterval(kIdleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, &Connection::shutdown);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &Connection::shutdown);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &Connection::shutdown);
        m_idle.start();
    }

    // Drops the connection at once, without answering.
    void shutdown()
    {
        if (m_state == State::Done)
            return;
        m_state = State::Done;
        m_idle.stop();
        m_socket->disconnect(this);
        m_socket->abort();
        m_owner->forget(this);
        deleteLater();
    }

private:
    enum class State { Head, Body, Silent, Closing, Done };

    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (m_state != State::Head && m_state != State::Body)
            return; // after the answer, or while never answering: the rest is ignored
        m_idle.start();
        m_buffer += data;
        process();
    }

    void process()
    {
        while (m_state == State::Head || m_state == State::Body) {
            if (m_state == State::Head) {
                // Empty lines before a request line are allowed (RFC 9112 2.2).
                while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
                    m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
                if (const auto bad = earlyError(m_buffer)) {
                    reject(*bad, Request());
                    return;
                }
                const qsizetype end = headEnd(m_buffer);
                if (end < 0 || end > kMaxHeadBytes) {
                    if (end > kMaxHeadBytes || m_buffer.size() > kMaxHeadBytes)
                        reject(detail::BadRequest::HeadersTooLong, Request());
                    return;
                }
                ParsedHead head = parseHead(m_buffer.left(end).trimmed());
                m_buffer.remove(0, end);
                if (head.error) {
                    reject(*head.error, head.request);
                    return;
                }
                m_request = std::move(head.request);
                m_keepAlive = head.keepAlive && !head.chunked;
                m_bodyLeft = head.chunked ? 0 : head.contentLength;
                m_state = State::Body;
            }
            const qint64 take = std::min<qint64>(m_bodyLeft, m_buffer.size());
            const qint64 keep = std::clamp<qint64>(kMaxKeptBodyBytes - m_request.body.size(), 0, take);
            m_request.body += m_buffer.left(keep);
            m_buffer.remove(0, take);
            m_bodyLeft -= take;
            if (m_bodyLeft > 0)
                return;
            answer();
        }
    }

    void answer()
    {
        const Response response = m_cdp ? detail::cdpResponse(m_owner->m_material.scenario.id, m_request)
                                        : respond(m_owner->m_material.scenario, m_request, m_owner->m_material.pki);
        if (response.neverAnswer) {
            m_state = State::Silent;
            m_idle.stop();
            m_buffer.clear();
        } else {
            QByteArray bytes = response.serialize();
            if (m_request.method == "HEAD")
                bytes.chop(response.body.size());
            m_socket->write(bytes);
            const bool serverCloses = std::any_of(response.headers.begin(), response.headers.end(), [](const auto &h) {
                return h.first.compare("Connection", Qt::CaseInsensitive) == 0 && h.second.toLower() == "close";
            });
            if (m_keepAlive && !serverCloses) {
                m_state = State::Head;
            } else {
                m_state = State::Closing;
                m_socket->disconnectFromHost();
            }
        }
        m_owner->served(m_request, response.neverAnswer ? 0 : response.status);
    }

    // Answers a request HTTP.sys would refuse; `partial` is whatever could be parsed of it.
    void reject(detail::BadRequest kind, const Request &partial)
    {
        const Response response = detail::httpSysBadRequest(kind);
        m_state = State::Closing;
        m_buffer.clear();
        m_socket->write(response.serialize());
        m_socket->disconnectFromHost();
        m_owner->served(partial, response.status);
    }

    Simulator::Private *m_owner;
    QTcpSocket *m_socket;
    QTimer m_idle;
    State m_state = State::Head;
    QByteArray m_buffer;
    Request m_request;
    qint64 m_bodyLeft = 0;
    bool m_keepAlive = false;
    bool m_cdp;
};

// The plain HTTP listener of the CRL distribution point, next to the NDES one.
class Simulator::Private::CdpServer : public QTcpServer {
public:
    explicit CdpServer(Simulator::Private *owner) : QTcpServer(owner), m_owner(owner) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_owner->m_connections.insert(new Connection(socket, m_owner, true));
    }

private:
    Simulator::Private *m_owner;
};

Simulator::Private::Private(Simulator *q) : m_q(q), m_cdp(new CdpServer(this)) {}

void Simulator::Private::served(const Request &request, int status)
{
    ++m_served;
    const detail::TargetParts parts = detail::splitTarget(request.target);
    // The message of a PKIOperation can carry a challenge password: only its length is logged.
    log::get("training")->debug("{} {} operation={} message-length={} status={}", printable(request.method),
                                printable(parts.path), printable(parts.operation, 40), parts.messageLength,
                                status);
    Q_EMIT m_q->requestServed(request.method, detail::redactedTarget(request.target), status);
}

void Simulator::Private::closeAll()
{
    const QSet<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        connection->shutdown();
    m_connections.clear();
}

void Simulator::Private::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_material.options.tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(*m_certificate);
        ssl->setPrivateKey(*m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    m_connections.insert(new Connection(socket, this, false));
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
}

Expected<SimulatorMaterial> prepareSimulator(const SimulatorOptions &options)
{
    const std::optional<Scenario> scenario = findScenario(options.scenarioId);
    if (!scenario) {
        return Error{QStringLiteral("unknown training scenario \"%1\"").arg(options.scenarioId),
                     QStringLiteral("prepareSimulator"), {}};
    }

    SimulatorMaterial material;
    material.scenario = *scenario;
    material.options = options;
    QDateTime &now = material.options.now;
    now = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();

    scep::NdesPkiOptions pkiOptions;
    pkiOptions.now = now;
    pkiOptions.raExpired = scenario->behaviour == Behaviour::MscepRaExpired;
    Expected<scep::NdesPki> pki = scep::generateNdesPki(pkiOptions);
    if (!pki)
        return pki.error();
    material.pki = std::move(pki).value();

    const QStringList names = {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")};
    Expected<scep::TlsMaterial> tls = scep::generateTlsMaterial(QStringLiteral("NDES Doctor Simulator CA"), names, now);
    if (!tls)
        return tls.error();
    material.tls = std::move(tls).value();

    // Its CA is never handed out, so a probe that trusts only trustedCaPem() must refuse it.
    Expected<scep::TlsMaterial> untrusted =
        scep::generateTlsMaterial(QStringLiteral("NDES Doctor Untrusted CA"), names, now);
    if (!untrusted)
        return untrusted.error();
    material.untrustedTls = std::move(untrusted).value();
    return material;
}

Simulator::Simulator(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) {}

Simulator::~Simulator()
{
    stop();
}

Expected<QUrl> Simulator::start(SimulatorMaterial material)
{
    stop();
    const QString where = QStringLiteral("127.0.0.1:%1").arg(material.options.port);
    if (material.options.tls) {
        if (!QSslSocket::supportsSsl())
            return Error{QStringLiteral("TLS is not available to Qt Network"), where, {}};
        const scep::IssuedCert &server =
            material.scenario.behaviour == Behaviour::TlsUntrusted ? material.untrustedTls.server : material.tls.server;
        QSslCertificate certificate(server.certDer, QSsl::Der);
        QSslKey key(server.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (certificate.isNull() || key.isNull())
            return Error{QStringLiteral("cannot load the simulator's TLS certificate or key"), where, {}};
        d->m_certificate = certificate;
        d->m_key = key;
    }
    d->m_material = std::move(material);
    d->m_served = 0;
    if (!d->listen(QHostAddress::LocalHost, d->m_material.options.port))
        return Error{QStringLiteral("cannot listen"), where, {d->errorString()}};
    if (!d->m_cdp->listen(QHostAddress::LocalHost, 0)) {
        const QString error = d->m_cdp->errorString();
        d->close();
        return Error{QStringLiteral("cannot listen for the CRL distribution point"), QStringLiteral("127.0.0.1"), {error}};
    }

    const bool tls = d->m_material.options.tls;
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    if (d->m_material.scenario.behaviour == Behaviour::WrongExternalUrl) {
        // .invalid never resolves (RFC 6761): like an external URL that no DNS knows.
        url.setHost(QStringLiteral("ndes-contoso.invalid"));
    } else {
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(d->serverPort());
    }
    url.setPath(QStringLiteral("/certsrv/mscep/mscep.dll"));
    d->m_url = url;
    log::get("training")->info("simulator for scenario {} listening on 127.0.0.1:{} ({}), CRLs on 127.0.0.1:{}",
                               d->m_material.scenario.id, d->serverPort(), tls ? "https" : "http",
                               d->m_cdp->serverPort());
    return url;
}

void Simulator::stop()
{
    if (d->isListening()) {
        d->close();
        log::get("training")->info("simulator for scenario {} stopped", d->m_material.scenario.id);
    }
    d->m_cdp->close();
    d->closeAll();
    d->m_url.clear();
}

bool Simulator::isRunning() const
{
    return d->isListening();
}

QUrl Simulator::url() const
{
    return d->m_url;
}

quint16 Simulator::cdpPort() const
{
    return d->m_cdp->isListening() ? d->m_cdp->serverPort() : 0;
}

QByteArray Simulator::trustedCaPem() const
{
    return d->m_material.tls.ca.certPem();
}

const SimulatorMaterial &Simulator::material() const
{
    return d->m_material;
}

int Simulator::requestsServed() const
{
    return d->m_served;
}

} // namespace ndes::training
