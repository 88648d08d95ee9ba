#include "checks/crlreachability.h"

#include "facts/parsers/certstore.h"
#include "scep/ossl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <ctime>

namespace ndes::checks {

namespace {

using X509CrlPtr = std::unique_ptr<X509_CRL, scep::OsslDeleter<X509_CRL_free>>;

const QString checkId = QStringLiteral("crl.reachable");
const QString remediation = QStringLiteral("service-unavailable-503#cause-crl");

std::optional<QDateTime> toDateTime(const ASN1_TIME *t)
{
    if (!t)
        return std::nullopt;
    std::tm tm{};
    if (ASN1_TIME_to_tm(t, &tm) != 1) {
        scep::drainOpenSslErrors();
        return std::nullopt;
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

struct CrlTimes {
    std::optional<QDateTime> lastUpdate;
    std::optional<QDateTime> nextUpdate;
    QString issuer;
};

Expected<CrlTimes> parseCrl(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    X509CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(bytes.size())));
    if (!crl) {
        scep::drainOpenSslErrors();
        scep::BioPtr bio = scep::memBio(bytes);
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    }
    if (!crl)
        return scep::opensslError(QStringLiteral("not a CRL (DER or PEM)"));
    CrlTimes out;
    out.lastUpdate = toDateTime(X509_CRL_get0_lastUpdate(crl.get()));
    out.nextUpdate = toDateTime(X509_CRL_get0_nextUpdate(crl.get()));
    if (const X509_NAME *issuer = X509_CRL_get_issuer(crl.get())) {
        scep::BioPtr bio(BIO_new(BIO_s_mem()));
        if (bio && X509_NAME_print_ex(bio.get(), issuer, 0, XN_FLAG_RFC2253) >= 0)
            out.issuer = QString::fromUtf8(scep::bioContents(bio.get()));
        scep::drainOpenSslErrors();
    }
    return out;
}

// NDESCertThumbprint from reg.mscep's NDESPolicy.json (registry JSON), upper-case without spaces.
QString connectorThumbprint(const facts::RawFact &mscep)
{
    for (const auto &part : mscep.files) {
        const QJsonDocument doc = QJsonDocument::fromJson(part.second);
        for (const QJsonValue &v : doc.object().value(QStringLiteral("values")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString().compare(QLatin1String("NDESCertThumbprint"),
                                                                   Qt::CaseInsensitive) == 0)
                return o.value(QStringLiteral("value")).toString().remove(QLatin1Char(' ')).toUpper();
        }
    }
    return {};
}

} // namespace

CrlReachability::CrlReachability(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

void CrlReachability::start(const CheckContext &ctx)
{
    m_now = ctx.now;
    m_urls.clear();
    m_httpQueue.clear();
    m_ldap.clear();
    m_evidence.clear();
    m_fetched.clear();
    m_unreachable.clear();
    m_stale.clear();
    m_invalid.clear();

    const auto skipped = [this](const QString &reason, QVariantMap ev) {
        CheckResult r;
        r.id = checkId;
        r.status = CheckStatus::Skipped;
        r.reason = reason;
        r.evidence = std::move(ev);
        Q_EMIT finished(r);
    };
    CheckResult skip;
    const auto myFact = readFact(ctx, checkId, QStringLiteral("store.my"), &skip);
    if (!myFact) {
        Q_EMIT finished(skip);
        return;
    }
    const facts::RawFact &my = *myFact;
    const auto store = facts::parseCertificateStore(my.files);
    if (!store) {
        skipped(QStringLiteral("fact-unreadable"),
                {{QStringLiteral("fact"), my.id}, {QStringLiteral("error"), store.error().toString()}});
        return;
    }

    QList<QPair<QString, const facts::StoreCertificate *>> sources;
    const auto ra = facts::findMscepRaCertificates(*store);
    for (const auto &c : ra.signing)
        sources.append({QStringLiteral("ra-signing"), &c.certificate});
    for (const auto &c : ra.encryption)
        sources.append({QStringLiteral("ra-encryption"), &c.certificate});
    const facts::RawFact mscep = ctx.facts->read(QStringLiteral("reg.mscep"));
    const QString connector = mscep.status == facts::RawFact::Present ? connectorThumbprint(mscep) : QString();
    if (!connector.isEmpty()) {
        for (const auto &c : store->certificates) {
            if (c.info.sha1Hex.compare(connector, Qt::CaseInsensitive) == 0)
                sources.append({QStringLiteral("connector"), &c});
        }
    }

    QVariantList certs;
    QSet<QString> seen;
    for (const auto &[role, cert] : sources) {
        certs.append(QVariantMap{{QStringLiteral("role"), role},
                                 {QStringLiteral("subject"), cert->info.subject},
                                 {QStringLiteral("thumbprint"), cert->info.sha1Hex},
                                 {QStringLiteral("crlUrls"), cert->info.crlUrls}});
        for (const QString &url : cert->info.crlUrls) {
            if (seen.contains(url))
                continue;
            seen.insert(url);
            m_urls.append(url);
            const QString scheme = QUrl(url).scheme().toLower();
            if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
                m_httpQueue.append(url);
            else if (scheme == QLatin1String("ldap"))
                m_ldap.append(url);
        }
    }
    m_evidence.insert(QStringLiteral("certificates"), certs);
    if (!connector.isEmpty())
        m_evidence.insert(QStringLiteral("connectorThumbprint"), connector);
    if (m_urls.isEmpty()) {
        skipped(sources.isEmpty() ? QStringLiteral("no-certificates") : QStringLiteral("no-cdp"), m_evidence);
        return;
    }
    fetchNext();
}

void CrlReachability::fetchNext()
{
    if (m_httpQueue.isEmpty()) {
        finish();
        return;
    }
    QNetworkRequest request{QUrl(m_httpQueue.takeFirst())};
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void CrlReachability::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString url = reply->request().url().toString();
    QVariantMap one{{QStringLiteral("url"), url}};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0)
        one.insert(QStringLiteral("httpStatus"), status);
    if (reply->error() != QNetworkReply::NoError) {
        one.insert(QStringLiteral("outcome"), QStringLiteral("unreachable"));
        one.insert(QStringLiteral("networkError"), int(reply->error()));
        if (reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError) {
            one.insert(QStringLiteral("timeoutMs"), m_timeoutMs);
            one.insert(QStringLiteral("error"), QStringLiteral("timeout"));
        } else {
            one.insert(QStringLiteral("error"), reply->errorString());
        }
        m_unreachable.append(url);
    } else {
        const auto crl = parseCrl(reply->readAll());
        if (!crl) {
            one.insert(QStringLiteral("outcome"), QStringLiteral("not-a-crl"));
            one.insert(QStringLiteral("error"), crl.error().toString());
            m_invalid.append(url);
        } else {
            if (crl->lastUpdate)
                one.insert(QStringLiteral("thisUpdate"), crl->lastUpdate->toString(Qt::ISODate));
            if (crl->nextUpdate)
                one.insert(QStringLiteral("nextUpdate"), crl->nextUpdate->toString(Qt::ISODate));
            one.insert(QStringLiteral("issuer"), crl->issuer);
            if (crl->nextUpdate && *crl->nextUpdate < m_now) {
                one.insert(QStringLiteral("outcome"), QStringLiteral("stale"));
                m_stale.append(url);
            } else {
                one.insert(QStringLiteral("outcome"), QStringLiteral("fresh"));
            }
        }
    }
    m_fetched.append(one);
    fetchNext();
}

void CrlReachability::finish()
{
    CheckResult r;
    r.id = checkId;
    r.evidence = m_evidence;
    r.evidence.insert(QStringLiteral("now"), m_now.toUTC().toString(Qt::ISODate));
    r.evidence.insert(QStringLiteral("fetched"), m_fetched);
    if (!m_ldap.isEmpty())
        r.evidence.insert(QStringLiteral("ldapNotTested"), m_ldap);
    if (!m_unreachable.isEmpty() || !m_stale.isEmpty() || !m_invalid.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.reason = !m_unreachable.isEmpty() ? QStringLiteral("crl-unreachable")
                   : !m_stale.isEmpty()     ? QStringLiteral("crl-stale")
                                            : QStringLiteral("crl-invalid");
        r.remediation = remediation;
    } else if (!m_ldap.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.reason = QStringLiteral("ldap-not-tested");
        r.remediation = remediation;
    } else if (m_fetched.isEmpty()) {
        r.status = CheckStatus::Skipped;
        r.reason = QStringLiteral("no-http-cdp");
    } else {
        r.status = CheckStatus::Pass;
        r.reason = QStringLiteral("crls-fresh");
    }
    Q_EMIT finished(r);
}

} // namespace ndes::checks
