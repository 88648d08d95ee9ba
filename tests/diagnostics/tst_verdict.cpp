#include "core/verdict.h"

#include <QSet>
#include <QTest>

using namespace ndes;

class TestVerdict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idsRoundTrip()
    {
        QSet<QString> seen;
        for (Verdict v : kAllVerdicts) {
            const QString id = verdictId(v);
            QVERIFY2(!id.isEmpty(), "every verdict has an id");
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(verdictFromId(id), std::optional<Verdict>(v));
        }
        QCOMPARE(seen.size(), 10);
    }

    void productIds()
    {
        // The ids of PRODUCT.md 2.1, spelled out so that a rename fails here.
        const QStringList expected = {
            QStringLiteral("ok-403"), QStringLiteral("ndes-default-page"),
            QStringLiteral("service-unavailable-503"), QStringLiteral("gateway-timeout"),
            QStringLiteral("request-too-long"), QStringLiteral("page-cant-be-displayed"),
            QStringLiteral("internal-error-500"), QStringLiteral("tls-error"),
            QStringLiteral("timeout"), QStringLiteral("unexpected-status")};
        for (const QString &id : expected)
            QVERIFY2(verdictFromId(id).has_value(), qPrintable(id));
        QVERIFY(!verdictFromId(u"OK-403").has_value());
        QVERIFY(!verdictFromId(u"").has_value());
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
