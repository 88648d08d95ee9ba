#pragma once

// crl.reachable (PRODUCT.md 2.2): fetches the CRLs named by the CDP extensions of the NDES RA certificates
// (store.my) and of the connector certificate (reg.mscep NDESPolicy NDESCertThumbprint, found in store.my),
// and checks each CRL's nextUpdate against the context's now. Only http(s) URLs are fetched; ldap:// ones are
// listed and give a warning.

#include "checks/check.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ndes::checks {

class CrlReachability : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;

    // `network` is not owned and must outlive the check.
    explicit CrlReachability(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Reads the facts at once, then fetches; finished() is always emitted, possibly before start() returns
    // when there is nothing to fetch.
    void start(const CheckContext &ctx);

    // The CDP URLs gathered by the last start(), in order, without duplicates.
    QStringList urls() const { return m_urls; }

Q_SIGNALS:
    void finished(const ndes::CheckResult &result);

private:
    void fetchNext();
    void onReply(QNetworkReply *reply);
    void finish();

    QNetworkAccessManager *m_network;
    int m_timeoutMs = DefaultTimeoutMs;
    QDateTime m_now;
    QStringList m_urls;
    QStringList m_httpQueue;
    QStringList m_ldap;
    QVariantMap m_evidence;
    QVariantList m_fetched;
    QStringList m_unreachable;
    QStringList m_stale;
    QStringList m_invalid;
};

} // namespace ndes::checks
