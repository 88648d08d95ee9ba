#pragma once

#include "answer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ndes::http {

struct ProbeOptions {
    QUrl url;                              // the SCEP server URL, e.g. https://host/certsrv/mscep/mscep.dll
    int timeoutMs = 10000;                 // per request, whole exchange including redirects
    int longUrlBytes = 20000;              // size of the padded message of the long-URL probe
    int maxRedirects = 5;
    qint64 maxBodyBytes = 1024 * 1024;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    QByteArray caIdentifier = QByteArrayLiteral("default"); // the GetCACert/GetCACaps message value
};

// The SCEP server URL as typed by a person, checked. `problem` is empty when the URL can be tested,
// else one of "empty", "not-http", "no-host", "invalid". `pathWarning` is set when the path does not
// end with /mscep.dll (NDES serves SCEP there; other SCEP servers may not).
struct UrlCheck {
    QUrl url;
    QString problem;
    bool pathWarning = false;
};

UrlCheck checkScepUrl(const QString &text);

// The URL a request kind asks, for a given SCEP URL (query added to whatever the URL already has).
QUrl requestUrl(const ProbeOptions &options, RequestKind kind);

// Sends the four requests of the SCEP URL test concurrently through the injected
// QNetworkAccessManager. Each has its own timeout; redirects are followed by hand (and recorded);
// bodies are capped. Emits requestFinished() as each completes, then finished() once with all four.
class UrlProbe : public QObject {
    Q_OBJECT
public:
    explicit UrlProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~UrlProbe() override;

    void start(const ProbeOptions &options);
    void cancel(); // every request still running ends as Outcome::Cancelled
    bool isRunning() const;
    const QList<RawAnswer> &answers() const { return m_answers; }

Q_SIGNALS:
    void requestStarted(ndes::http::RequestKind kind);
    void requestFinished(const ndes::http::RawAnswer &answer);
    void finished(const QList<ndes::http::RawAnswer> &answers);

private:
    struct Pending;
    void send(int index, const QUrl &url);
    void onReadyRead(int index);
    void onFinished(int index);
    void complete(int index, Outcome outcome, const QString &error);

    QNetworkAccessManager *m_nam;
    ProbeOptions m_options;
    QList<RawAnswer> m_answers;
    QList<Pending *> m_pending;
    int m_remaining = 0;
};

} // namespace ndes::http
