// The troubleshooting tree: the shipped tree.json validates against the catalogue of checks and the
// content pages of the source tree; broken trees are refused with a message naming the problem; the walker
// runs a node's checks in order and picks the first failing one as the cause, symptoms last.

#include "checks/catalogue.h"
#include "facts/scenariosource.h"
#include "facts/snapshotsource.h"
#include "tree/tree.h"

#include <QFile>
#include <QTest>

using namespace ndes;

namespace {

const QString kContent = QStringLiteral(NDES_SOURCE_DIR "/resources/content");

QByteArray treeJson(const QByteArray &nodes)
{
    return "{\"format\": \"ndes-doctor-tree\", \"version\": 1, \"nodes\": [" + nodes + "]}";
}

} // namespace

class TestTree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedTreeValidates();
    void shippedTreeMatchesSourceFile();
    void brokenTree_data();
    void brokenTree();
    void walkPicksFirstFailure();
    void unknownVerdictWalksEveryNode();
    void laterResultPicksCauseAgain();
};

void TestTree::shippedTreeValidates()
{
    const auto tree = tree::Tree::load(tree::pagesUnder(kContent, QStringLiteral("en")));
    QVERIFY2(tree.hasValue(), qPrintable(tree ? QString() : tree.error().toString()));
    const auto fr = tree::Tree::load(tree::pagesUnder(kContent, QStringLiteral("fr")));
    QVERIFY2(fr.hasValue(), qPrintable(fr ? QString() : fr.error().toString()));
    for (const Verdict v : kAllVerdicts)
        QVERIFY2(tree->node(v), qPrintable(verdictId(v)));
    QCOMPARE(tree->node(Verdict::ServiceUnavailable503)->checks,
             (QStringList{QStringLiteral("apppool.scep"), QStringLiteral("events.w3wp-crash"),
                          QStringLiteral("rootstore.intermediates"), QStringLiteral("crl.reachable"),
                          QStringLiteral("iis.auth.certregsvc")}));
    QCOMPARE(tree->node(Verdict::ServiceUnavailable503)->symptoms,
             (QStringList{QStringLiteral("apppool.scep"), QStringLiteral("events.w3wp-crash")}));
}

void TestTree::shippedTreeMatchesSourceFile()
{
    QFile source(QStringLiteral(NDES_SOURCE_DIR "/resources/tree/tree.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile embedded(QStringLiteral(":/tree/tree.json"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), source.readAll());
}

void TestTree::brokenTree_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown check")
        << treeJson(R"({"id": "ok-403", "page": "ok-403", "checks": ["apppool.scep", "no.such.check"]})")
        << QStringLiteral("node \"ok-403\": unknown check \"no.such.check\"");
    QTest::newRow("missing page")
        << treeJson(R"({"id": "timeout", "page": "no-such-page", "checks": []})")
        << QStringLiteral("node \"timeout\": missing content page \"no-such-page\"");
    QTest::newRow("unknown verdict")
        << treeJson(R"({"id": "teapot-418", "page": "ok-403", "checks": []})")
        << QStringLiteral("unknown verdict \"teapot-418\"");
    QTest::newRow("duplicate node")
        << treeJson(R"({"id": "timeout", "page": "timeout", "checks": []}, {"id": "timeout", "page": "timeout", "checks": []})")
        << QStringLiteral("duplicate node \"timeout\"");
    QTest::newRow("check twice")
        << treeJson(R"({"id": "gateway-timeout", "page": "gateway-timeout", "checks": ["service.appproxy", "service.appproxy"]})")
        << QStringLiteral("node \"gateway-timeout\": check \"service.appproxy\" listed twice");
    QTest::newRow("symptom not a check")
        << treeJson(R"({"id": "gateway-timeout", "page": "gateway-timeout", "checks": ["service.appproxy"], "symptoms": ["apppool.scep"]})")
        << QStringLiteral("node \"gateway-timeout\": symptom \"apppool.scep\" is not one of its checks");
    QTest::newRow("not json") << QByteArray("{\"nodes\": [") << QStringLiteral("the tree is not valid JSON");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1, "nodes": []})")
                                  << QStringLiteral("the tree is not an ndes-doctor-tree of version 1");
}

void TestTree::brokenTree()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto tree = tree::Tree::parse(json, tree::pagesUnder(kContent));
    QVERIFY(!tree.hasValue());
    QVERIFY2(tree.error().what.startsWith(message), qPrintable(tree.error().what));
}

void TestTree::walkPicksFirstFailure()
{
    auto source = facts::SnapshotSource::open(QStringLiteral(NDES_FIXTURES_DIR "/checks/server-503"));
    QVERIFY(source.hasValue());
    const auto tree = tree::Tree::load();
    QVERIFY(tree.hasValue());
    checks::CheckContext ctx;
    ctx.facts = source->get();
    ctx.now = QDateTime(QDate(2024, 3, 3), QTime(9, 0), Qt::UTC);
    const tree::Diagnosis d = tree::diagnose(*tree, Verdict::ServiceUnavailable503, ctx);
    QCOMPARE(d.path, QStringList{QStringLiteral("service-unavailable-503")});
    QCOMPARE(d.checks.size(), 5);
    for (qsizetype i = 0; i < d.checks.size(); ++i)
        QCOMPARE(d.checks.at(i).id, tree->node(Verdict::ServiceUnavailable503)->checks.at(i));
    QCOMPARE(d.checks.at(3).status, CheckStatus::Skipped);
    QCOMPARE(d.checks.at(3).reason, QStringLiteral("needs-network"));
    // The pool is stopped and Windows authentication is on: the stopped pool is the symptom, the
    // authentication the cause.
    QCOMPARE(d.checks.at(0).status, CheckStatus::Fail);
    QCOMPARE(d.checks.at(4).status, CheckStatus::Fail);
    QCOMPARE(d.cause, QStringLiteral("iis.auth.certregsvc"));
    QCOMPARE(d.causePage, QStringLiteral("service-unavailable-503#cause-windows-auth"));
}

void TestTree::unknownVerdictWalksEveryNode()
{
    auto source = facts::SnapshotSource::open(QStringLiteral(NDES_FIXTURES_DIR "/checks/server-503"));
    QVERIFY(source.hasValue());
    const auto tree = tree::Tree::load();
    QVERIFY(tree.hasValue());
    checks::CheckContext ctx;
    ctx.facts = source->get();
    ctx.now = QDateTime(QDate(2024, 3, 3), QTime(9, 0), Qt::UTC);
    const tree::Diagnosis d = tree::diagnose(*tree, std::nullopt, ctx);
    QCOMPARE(d.path.size(), tree->nodes().size());
    QCOMPARE(d.checks.size(), checks::checkIds().size());
}

void TestTree::laterResultPicksCauseAgain()
{
    auto source = facts::ScenarioSource::open(QStringLiteral("healthy"));
    QVERIFY(source.hasValue());
    const auto tree = tree::Tree::load();
    QVERIFY(tree.hasValue());
    const checks::CheckContext ctx{source->get(), QDateTime::currentDateTimeUtc()};
    tree::Diagnosis d = tree::diagnose(*tree, Verdict::ServiceUnavailable503, ctx);
    QCOMPARE(d.cause, QString());

    CheckResult crl{QStringLiteral("crl.reachable"), CheckStatus::Fail, QStringLiteral("crl-unreachable"), {},
                    QStringLiteral("service-unavailable-503#cause-crl")};
    QVERIFY(tree::setResult(*tree, d, crl));
    QCOMPARE(d.checks.at(3).status, CheckStatus::Fail);
    QCOMPARE(d.cause, QStringLiteral("crl.reachable"));
    QCOMPARE(d.causePage, QStringLiteral("service-unavailable-503#cause-crl"));

    // A failure earlier in the node's order wins; a warning is never the cause.
    QVERIFY(tree::setResult(*tree, d, CheckResult{QStringLiteral("rootstore.intermediates"), CheckStatus::Fail, QStringLiteral("intermediates-in-root"), {}, {}}));
    QCOMPARE(d.cause, QStringLiteral("rootstore.intermediates"));
    QCOMPARE(d.causePage, QStringLiteral("service-unavailable-503"));
    QVERIFY(tree::setResult(*tree, d, CheckResult{QStringLiteral("rootstore.intermediates"), CheckStatus::Warn, {}, {}, {}}));
    QCOMPARE(d.cause, QStringLiteral("crl.reachable"));

    // A stopped pool is a symptom: it is the cause only when nothing deeper fails.
    QVERIFY(tree::setResult(*tree, d, CheckResult{QStringLiteral("apppool.scep"), CheckStatus::Fail, QStringLiteral("pool-stopped"), {}, {}}));
    QCOMPARE(d.cause, QStringLiteral("crl.reachable"));
    QVERIFY(tree::setResult(*tree, d, CheckResult{QStringLiteral("crl.reachable"), CheckStatus::Pass, QStringLiteral("crls-fresh"), {}, {}}));
    QCOMPARE(d.cause, QStringLiteral("apppool.scep"));
    QCOMPARE(d.causePage, QStringLiteral("service-unavailable-503"));

    QVERIFY(!tree::setResult(*tree, d, CheckResult{QStringLiteral("service.appproxy"), CheckStatus::Fail, {}, {}, {}}));
}

QTEST_GUILESS_MAIN(TestTree)
#include "tst_tree.moc"
