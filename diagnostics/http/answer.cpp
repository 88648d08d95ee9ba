#include "answer.h"

namespace ndes::http {

QString requestKindId(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Bare: return QStringLiteral("bare");
    case RequestKind::GetCACaps: return QStringLiteral("getcacaps");
    case RequestKind::GetCACert: return QStringLiteral("getcacert");
    case RequestKind::LongUrl: return QStringLiteral("long-url");
    }
    return {};
}

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Answered: return QStringLiteral("answered");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::DnsFailure: return QStringLiteral("dns-failure");
    case Outcome::ConnectionRefused: return QStringLiteral("connection-refused");
    case Outcome::HostUnreachable: return QStringLiteral("host-unreachable");
    case Outcome::TlsFailure: return QStringLiteral("tls-failure");
    case Outcome::RedirectLoop: return QStringLiteral("redirect-loop");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::ProtocolError: return QStringLiteral("protocol-error");
    case Outcome::OtherError: return QStringLiteral("other-error");
    }
    return {};
}

QByteArray RawAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RawAnswer::hasHeaderPrefix(const QByteArray &prefix) const
{
    for (const auto &header : headers) {
        if (header.first.size() >= prefix.size()
            && header.first.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace ndes::http
