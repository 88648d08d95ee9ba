#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ndes::http {

// The four requests of the SCEP URL test (PRODUCT.md 2.1).
enum class RequestKind { Bare, GetCACaps, GetCACert, LongUrl };

inline constexpr RequestKind kAllRequestKinds[] = {RequestKind::Bare, RequestKind::GetCACaps,
                                                   RequestKind::GetCACert, RequestKind::LongUrl};

QString requestKindId(RequestKind kind); // "bare", "getcacaps", "getcacert", "long-url"

// How a request ended, before any interpretation.
enum class Outcome {
    Answered,          // an HTTP status line was received
    Timeout,           // no complete answer within the timeout
    DnsFailure,        // the host name does not resolve
    ConnectionRefused,
    HostUnreachable,   // no route, network unreachable, connection reset before an answer
    TlsFailure,        // handshake failed; tlsErrors says why
    RedirectLoop,      // too many redirects, or a redirect back to a URL already visited
    Cancelled,
    ProtocolError,     // the peer spoke something that is not HTTP
    OtherError,
};

QString outcomeId(Outcome outcome); // "answered", "timeout", "dns-failure", ...

struct Redirect {
    QUrl from;
    int status = 0;
    QUrl to;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request's raw answer, exactly as received (the body capped).
struct RawAnswer {
    RequestKind kind = RequestKind::Bare;
    QUrl url;                   // the URL asked first
    QUrl finalUrl;              // after redirects
    Outcome outcome = Outcome::OtherError;
    int status = 0;             // HTTP status of the final answer, 0 when none
    QByteArray reason;          // reason phrase of the final answer
    HeaderList headers;         // of the final answer, in order, names as sent
    QByteArray body;            // at most the body cap
    bool bodyTruncated = false; // the server sent more than the cap
    QList<Redirect> redirects;  // followed, in order
    QString error;              // the transport error text (English), empty when answered
    QStringList tlsErrors;      // each certificate or handshake problem (English)
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive; first value, or empty
    bool hasHeaderPrefix(const QByteArray &prefix) const; // any header whose name starts so (case-insensitive)
};

} // namespace ndes::http
