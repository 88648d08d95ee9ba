#include "probe.h"

#include "core/log.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace ndes::http {

namespace {

QByteArray operationName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::GetCACert: return QByteArrayLiteral("GetCACert");
    case RequestKind::GetCACaps:
    case RequestKind::LongUrl: return QByteArrayLiteral("GetCACaps");
    case RequestKind::Bare: break;
    }
    return {};
}

Outcome outcomeOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError: return Outcome::DnsFailure;
    case QNetworkReply::ConnectionRefusedError: return Outcome::ConnectionRefused;
    case QNetworkReply::SslHandshakeFailedError: return Outcome::TlsFailure;
    case QNetworkReply::TimeoutError: return Outcome::Timeout;
    case QNetworkReply::OperationCanceledError: return Outcome::Cancelled;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError: return Outcome::RedirectLoop;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::BackgroundRequestNotAllowedError: return Outcome::HostUnreachable;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure: return Outcome::ProtocolError;
    default: return Outcome::OtherError;
    }
}

// The log shows the URL without its query: a PKIOperation message can carry secrets, and the
// padding of the long-URL probe is noise.
QString loggable(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
        + (url.hasQuery() ? QStringLiteral("?… (%1 bytes)").arg(url.query(QUrl::FullyEncoded).size()) : QString());
}

} // namespace

UrlCheck checkScepUrl(const QString &text)
{
    UrlCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.problem = QStringLiteral("empty");
        return check;
    }
    // A URL typed without a scheme is taken as https, as a browser's address bar does. "host:443/x" has
    // no scheme (a digit follows the colon); "javascript:x" or "mailto:x" do.
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d)"));
    check.url = hasScheme.match(trimmed).hasMatch() ? QUrl(trimmed, QUrl::TolerantMode)
                                                    : QUrl(QStringLiteral("https://") + trimmed, QUrl::TolerantMode);
    if (!check.url.isValid()) {
        check.problem = QStringLiteral("invalid");
        return check;
    }
    const QString scheme = check.url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        check.problem = QStringLiteral("not-http");
        return check;
    }
    if (check.url.host().isEmpty()) {
        check.problem = QStringLiteral("no-host");
        return check;
    }
    check.pathWarning = !check.url.path().endsWith(QLatin1String("/mscep.dll"), Qt::CaseInsensitive);
    return check;
}

QUrl requestUrl(const ProbeOptions &options, RequestKind kind)
{
    QUrl url = options.url;
    if (kind == RequestKind::Bare)
        return url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("operation"), QString::fromLatin1(operationName(kind)));
    const QByteArray message = kind == RequestKind::LongUrl ? QByteArray(qMax(0, options.longUrlBytes), 'A')
                                                             : options.caIdentifier;
    query.addQueryItem(QStringLiteral("message"), QString::fromLatin1(message));
    url.setQuery(query);
    return url;
}

struct UrlProbe::Pending {
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    QSet<QUrl> visited;
    bool timedOut = false;
    bool overCap = false;
    bool done = true;
};

UrlProbe::UrlProbe(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

UrlProbe::~UrlProbe()
{
    const QSignalBlocker silence(this); // nobody hears from a probe that is being destroyed
    cancel();
    qDeleteAll(m_pending);
}

bool UrlProbe::isRunning() const
{
    return m_remaining > 0;
}

void UrlProbe::start(const ProbeOptions &options)
{
    cancel();
    qDeleteAll(m_pending);
    m_pending.clear();
    m_answers.clear();
    m_options = options;
    m_remaining = int(std::size(kAllRequestKinds));
    ndes::log::get("http")->info("probing {} (timeout {} ms, long URL {} bytes)", loggable(options.url),
                                 options.timeoutMs, options.longUrlBytes);

    for (RequestKind kind : kAllRequestKinds) {
        RawAnswer answer;
        answer.kind = kind;
        answer.url = requestUrl(options, kind);
        m_answers.append(answer);
        auto *pending = new Pending;
        pending->timer = new QTimer(this);
        pending->timer->setSingleShot(true);
        m_pending.append(pending);
    }
    for (int i = 0; i < m_answers.size(); ++i) {
        Pending *pending = m_pending[i];
        pending->done = false;
        pending->clock.start();
        connect(pending->timer, &QTimer::timeout, this, [this, i] {
            Pending *p = m_pending[i];
            p->timedOut = true;
            if (p->reply)
                p->reply->abort();
        });
        pending->timer->start(qMax(1, m_options.timeoutMs));
        Q_EMIT requestStarted(m_answers[i].kind);
        send(i, m_answers[i].url);
    }
}

void UrlProbe::send(int index, const QUrl &url)
{
    Pending *pending = m_pending[index];
    pending->visited.insert(url.adjusted(QUrl::NormalizePathSegments));

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ndes-doctor (SCEP URL test)"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*"));
    request.setTransferTimeout(0); // the whole exchange is bounded by our own timer instead
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_options.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_nam->get(request);
    pending->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, index] { onReadyRead(index); });
    connect(reply, &QNetworkReply::finished, this, [this, index] { onFinished(index); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, index](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_answers[index].tlsErrors << error.errorString();
    });
}

void UrlProbe::onReadyRead(int index)
{
    Pending *pending = m_pending[index];
    QNetworkReply *reply = pending->reply;
    if (!reply)
        return;
    RawAnswer &answer = m_answers[index];
    const qint64 room = m_options.maxBodyBytes - answer.body.size();
    if (room > 0)
        answer.body += reply->read(qMin(room, reply->bytesAvailable()));
    if (reply->bytesAvailable() > 0) {
        // More than the cap: keep what we have and stop reading; a hostile server cannot fill memory.
        answer.bodyTruncated = true;
        pending->overCap = true;
        reply->abort();
    }
}

void UrlProbe::onFinished(int index)
{
    Pending *pending = m_pending[index];
    QNetworkReply *reply = pending->reply;
    if (!reply || pending->done)
        return;
    reply->deleteLater();
    pending->reply = nullptr;
    RawAnswer &answer = m_answers[index];

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool gotStatus = statusAttr.isValid() && statusAttr.toInt() > 0;
    if (gotStatus && !pending->timedOut) {
        const int status = statusAttr.toInt();
        const QUrl location = QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location")).trimmed());
        if (status >= 300 && status < 400 && location.isValid() && !location.isEmpty()) {
            const QUrl next = reply->url().resolved(location);
            answer.redirects.append({reply->url(), status, next});
            const bool loop = pending->visited.contains(next.adjusted(QUrl::NormalizePathSegments));
            if (loop || answer.redirects.size() > m_options.maxRedirects) {
                complete(index, Outcome::RedirectLoop,
                         loop ? QStringLiteral("redirect back to %1").arg(next.toString(QUrl::RemoveQuery))
                              : QStringLiteral("more than %1 redirects").arg(m_options.maxRedirects));
                return;
            }
            answer.body.clear();
            answer.bodyTruncated = false;
            send(index, next);
            return;
        }
        if (!pending->overCap && reply->bytesAvailable() > 0)
            onReadyRead(index);
        answer.status = status;
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        answer.headers = reply->rawHeaderPairs();
        answer.finalUrl = reply->url();
        complete(index, Outcome::Answered, {});
        return;
    }
    if (pending->timedOut) {
        complete(index, Outcome::Timeout,
                 QStringLiteral("no complete answer within %1 ms").arg(m_options.timeoutMs));
        return;
    }
    complete(index, outcomeOf(reply->error()), reply->errorString());
}

void UrlProbe::complete(int index, Outcome outcome, const QString &error)
{
    Pending *pending = m_pending[index];
    if (pending->done)
        return;
    pending->done = true;
    pending->timer->stop();
    RawAnswer &answer = m_answers[index];
    answer.outcome = outcome;
    answer.error = error;
    answer.elapsedMs = pending->clock.elapsed();
    if (answer.finalUrl.isEmpty())
        answer.finalUrl = answer.redirects.isEmpty() ? answer.url : answer.redirects.last().to;
    ndes::log::get("http")->info("{} {} -> {} {} in {} ms{}", requestKindId(answer.kind), loggable(answer.url),
                                 outcomeId(outcome), answer.status, answer.elapsedMs,
                                 error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')'));
    Q_EMIT requestFinished(answer);
    if (--m_remaining == 0)
        Q_EMIT finished(m_answers);
}

void UrlProbe::cancel()
{
    for (int i = 0; i < m_pending.size(); ++i) {
        Pending *pending = m_pending[i];
        if (pending->done)
            continue;
        if (pending->reply) {
            QNetworkReply *reply = pending->reply;
            pending->reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        complete(i, Outcome::Cancelled, QStringLiteral("cancelled"));
    }
}

} // namespace ndes::http
