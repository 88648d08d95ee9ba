// The embedded facts of every training scenario: read through ScenarioSource from ":/scenarios/<id>",
// they make exactly the scenario's documented cause fail and every other local check pass, and the tree
// walked from the scenario's verdict finds that cause.

#include "checks/catalogue.h"
#include "facts/scenariosource.h"
#include "training/scenario.h"
#include "tree/tree.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ndes;

class TestScenarioSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void facts_data();
    void facts();
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
        const CheckStatus expected = id == s->cause ? CheckStatus::Fail : CheckStatus::Pass;
        QVERIFY2(r->status == expected,
                 qPrintable(QStringLiteral("%1: %2 (%3)").arg(id, checkStatusId(r->status), r->reason)));
    }

    const auto tree = tree::Tree::load();
    QVERIFY(tree.hasValue());
    const tree::Diagnosis d = tree::diagnose(*tree, s->expectedVerdict, ctx);
    QCOMPARE(d.cause, s->cause);
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
