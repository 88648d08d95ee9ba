// The embedded facts of every training scenario: read through ScenarioSource from ":/scenarios/<id>",
// they make exactly the scenario's documented cause fail and every other local check pass, except the SCEP
// pool, which is stopped exactly where the simulator answers 503 (a crashing pool is stopped by IIS: the
// tree lists it as a symptom). crl.reachable runs for real against the scenario's simulator, and the tree
// walked from the scenario's verdict finds the documented cause.

#include "checks/catalogue.h"
#include "checks/crlreachability.h"
#include "facts/scenariosource.h"
#include "training/scenario.h"
#include "training/simulator.h"
#include "training/trainingnetwork.h"
#include "tree/tree.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <optional>

using namespace ndes;

class TestScenarioSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void facts_data();
    void facts();
    void crlAndCause_data() { facts_data(); }
    void crlAndCause();
    void trainingNetworkRoutesOnlyTheCdp();
    void unknownScenario();
    void everyFileEmbedded();
};

void TestScenarioSource::facts_data()
{
    QTest::addColumn<QString>("scenario");
    for (const training::Scenario &s : training::scenarios())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void TestScenarioSource::facts()
{
    QFETCH(QString, scenario);
    const auto s = training::findScenario(scenario);
    QVERIFY(s);
    auto source = facts::ScenarioSource::open(scenario);
    QVERIFY2(source.hasValue(), qPrintable(source ? QString() : source.error().toString()));
    QCOMPARE((*source)->kind(), QStringLiteral("scenario"));
    QVERIFY2((*source)->snapshot().problems().isEmpty(), qPrintable((*source)->snapshot().problems().join(QLatin1String("; "))));
    QCOMPARE((*source)->snapshot().manifestIds().size(), 12);

    const checks::CheckContext ctx{source->get(), QDateTime::currentDateTimeUtc()};
    for (const QString &id : checks::checkIds()) {
        if (checks::isAsyncCheck(id))
            continue;
        const auto r = checks::runCheck(id, ctx);
        QVERIFY(r);
        const bool poolDown = id == QLatin1String("apppool.scep") && s->behaviour == training::Behaviour::AppPoolStopped;
        const CheckStatus expected = id == s->cause || poolDown ? CheckStatus::Fail : CheckStatus::Pass;
        QVERIFY2(r->status == expected,
                 qPrintable(QStringLiteral("%1: %2 (%3)").arg(id, checkStatusId(r->status), r->reason)));
    }
}

// crl.reachable fetches the CRL distribution point of the scenario's certificates from its simulator,
// through TrainingNetwork; then the whole diagnosis finds the scenario's cause.
void TestScenarioSource::crlAndCause()
{
    QFETCH(QString, scenario);
    const auto s = training::findScenario(scenario);
    QVERIFY(s);
    auto source = facts::ScenarioSource::open(scenario);
    QVERIFY(source.hasValue());

    training::SimulatorOptions options;
    options.scenarioId = scenario;
    options.tls = false;
    auto material = training::prepareSimulator(options);
    QVERIFY2(material.hasValue(), qPrintable(material ? QString() : material.error().toString()));
    training::Simulator simulator;
    QVERIFY(simulator.start(std::move(material).value()).hasValue());
    QVERIFY(simulator.cdpPort() != 0);
    training::TrainingNetwork network;
    network.setCdpPort(simulator.cdpPort());

    const checks::CheckContext ctx{source->get(), QDateTime::currentDateTimeUtc()};
    checks::CrlReachability crl(&network);
    std::optional<CheckResult> result;
    QEventLoop loop;
    connect(&crl, &checks::CrlReachability::finished, &loop, [&](const CheckResult &r) {
        result = r;
        loop.quit();
    });
    crl.start(ctx);
    if (!result)
        loop.exec();
    QVERIFY(result);
    const bool cause = s->cause == QLatin1String("crl.reachable");
    QVERIFY2(result->status == (cause ? CheckStatus::Fail : CheckStatus::Pass),
             qPrintable(QStringLiteral("%1 (%2)").arg(checkStatusId(result->status), result->reason)));
    QCOMPARE(result->reason, cause ? QStringLiteral("crl-unreachable") : QStringLiteral("crls-fresh"));
    const QVariantList fetched = result->evidence.value(QStringLiteral("fetched")).toList();
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(fetched.first().toMap().value(QStringLiteral("url")).toString(),
             QStringLiteral("http://pki.contoso.training.invalid/crl/contoso-issuing.crl"));
    if (cause)
        QCOMPARE(fetched.first().toMap().value(QStringLiteral("httpStatus")).toInt(), 404);

    const auto tree = tree::Tree::load();
    QVERIFY(tree.hasValue());
    tree::Diagnosis d = tree::diagnose(*tree, s->expectedVerdict, ctx);
    tree::setResult(*tree, d, *result);
    QCOMPARE(d.cause, s->cause);
}

namespace {

struct Fetched {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Fetched fetch(QNetworkAccessManager *network, const QUrl &url)
{
    QNetworkReply *reply = network->get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Fetched out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return out;
}

} // namespace

// The training host goes to the simulator's CDP listener, which serves the scenario's CRLs and nothing else;
// every other URL, the simulator's own NDES port included, is fetched from its own host.
void TestScenarioSource::trainingNetworkRoutesOnlyTheCdp()
{
    training::SimulatorOptions options;
    options.scenarioId = QStringLiteral("healthy");
    options.tls = false;
    auto material = training::prepareSimulator(options);
    QVERIFY(material.hasValue());
    training::Simulator simulator;
    const auto url = simulator.start(std::move(material).value());
    QVERIFY(url.hasValue());
    training::TrainingNetwork network;
    network.setCdpPort(simulator.cdpPort());
    QCOMPARE(network.cdpPort(), simulator.cdpPort());

    const Fetched crl = fetch(&network, QUrl(QStringLiteral("http://pki.contoso.training.invalid/crl/contoso-issuing.crl")));
    QCOMPARE(crl.status, 200);
    QCOMPARE(crl.contentType, QByteArray("application/pkix-crl"));
    QFile shipped(QStringLiteral(":/scenarios/healthy/cdp/contoso-issuing.crl"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(crl.body, shipped.readAll());

    QCOMPARE(fetch(&network, QUrl(QStringLiteral("http://pki.contoso.training.invalid/crl/other.crl"))).status, 404);
    QCOMPARE(fetch(&network, QUrl(QStringLiteral("http://pki.contoso.training.invalid/crl/..%2Fmanifest.json"))).status, 404);
    QCOMPARE(fetch(&network, QUrl(QStringLiteral("http://pki.contoso.training.invalid/certsrv/mscep/mscep.dll"))).status, 404);
    // Not the training host: straight to the simulator's NDES port, which answers the browser test with 403.
    QCOMPARE(fetch(&network, *url).status, 403);

    // Unmapped, the training host resolves nowhere.
    network.setCdpPort(0);
    QCOMPARE(fetch(&network, QUrl(QStringLiteral("http://pki.contoso.training.invalid/crl/contoso-issuing.crl"))).status, 0);
}

void TestScenarioSource::unknownScenario()
{
    QVERIFY(!facts::ScenarioSource::open(QStringLiteral("no-such-scenario")).hasValue());
    QVERIFY(!facts::ScenarioSource::open(QString()).hasValue());
    QVERIFY(!facts::ScenarioSource::open(QStringLiteral("../tree")).hasValue());
}

// The list in diagnostics/facts/scenarios.cmake and the folders of resources/scenarios/ hold the same files.
void TestScenarioSource::everyFileEmbedded()
{
    const auto listFiles = [](const QString &root) {
        QStringList files;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next().mid(root.size() + 1);
            if (path.contains(QLatin1Char('/')))
                files << path;
        }
        files.sort();
        return files;
    };
    const QStringList source = listFiles(QStringLiteral(NDES_SOURCE_DIR "/resources/scenarios"));
    QVERIFY(!source.isEmpty());
    QCOMPARE(listFiles(QStringLiteral(":/scenarios")), source);
    for (const QString &rel : source) {
        QFile a(QStringLiteral(NDES_SOURCE_DIR "/resources/scenarios/") + rel);
        QFile b(QStringLiteral(":/scenarios/") + rel);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(rel));
    }
}

QTEST_GUILESS_MAIN(TestScenarioSource)
#include "tst_scenariosource.moc"
