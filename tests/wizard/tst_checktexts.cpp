#include "checktexts.h"

#include "checks/catalogue.h"
#include "checks/crlreachability.h"
#include "facts/scenariosource.h"
#include "training/scenario.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace ndes;
using namespace ndes::ui;

Q_DECLARE_METATYPE(ndes::CheckResult)

namespace {

CheckResult make(const char *id, CheckStatus status, const char *reason, QVariantMap evidence = {})
{
    CheckResult r;
    r.id = QLatin1String(id);
    r.status = status;
    r.reason = QLatin1String(reason);
    r.evidence = std::move(evidence);
    return r;
}

// crl.reachable over a scenario's facts, every download refused by a closed loopback proxy.
CheckResult crlWithRefusedDownloads(facts::FactSource *source)
{
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on loopback");
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));
    checks::CrlReachability crl(&nam);
    crl.setTimeout(5000);
    std::optional<CheckResult> result;
    QEventLoop loop;
    QObject::connect(&crl, &checks::CrlReachability::finished, &loop, [&](const CheckResult &r) {
        result = r;
        loop.quit();
    });
    crl.start(checks::CheckContext{source, QDateTime::currentDateTimeUtc()});
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

class TestCheckTexts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenarioResults_data();
    void scenarioResults();
    void everyReason_data();
    void everyReason();
    void titlesAndQuestions();
    void fallbackNamesTheReason();

private:
    void verifySentences(const CheckResult &r);
    std::unique_ptr<QTranslator> m_fr;
};

void TestCheckTexts::initTestCase()
{
    m_fr = std::make_unique<QTranslator>();
    QVERIFY(m_fr->load(QStringLiteral(":/i18n/ndes-doctor_fr.qm")));
}

// The sentence is our own (not the fallback), complete, and in French once the French catalog is loaded.
void TestCheckTexts::verifySentences(const CheckResult &r)
{
    QVERIFY2(hasCheckSentence(r), qPrintable(r.id + QLatin1Char('/') + r.reason));
    static const QRegularExpression placeholder(QStringLiteral("%[0-9n]"));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    const QString en = checkResultSentence(r);
    QVERIFY(!en.isEmpty());
    QVERIFY2(!en.contains(placeholder), qPrintable(en));
    QVERIFY2(!en.contains(r.reason) || r.reason.count(QLatin1Char('-')) == 0, qPrintable(en));
    const QStringList enLines = checkEvidenceLines(r);
    if (!r.evidence.isEmpty())
        QVERIFY(!enLines.isEmpty());
    for (const QString &line : enLines)
        QVERIFY2(!line.contains(placeholder), qPrintable(line));

    QVERIFY(QCoreApplication::installTranslator(m_fr.get()));
    QLocale::setDefault(QLocale(QStringLiteral("fr")));
    const QString fr = checkResultSentence(r);
    const QString frTitle = checkTitle(r.id);
    const QStringList frLines = checkEvidenceLines(r);
    QCoreApplication::removeTranslator(m_fr.get());
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    QVERIFY(!fr.isEmpty());
    QVERIFY2(fr != en, qPrintable(QStringLiteral("not translated: ") + en));
    QVERIFY2(!fr.contains(placeholder), qPrintable(fr));
    QVERIFY2(frTitle != checkTitle(r.id) || r.id == QLatin1String("unknown.check"), qPrintable(frTitle));
    QCOMPARE(frLines.size(), enLines.size());
}

void TestCheckTexts::scenarioResults_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("check");
    for (const auto &s : training::scenarios()) {
        for (const QString &id : checks::checkIds())
            QTest::addRow("%s %s", qPrintable(s.id), qPrintable(id)) << s.id << id;
    }
}

void TestCheckTexts::scenarioResults()
{
    QFETCH(QString, scenario);
    QFETCH(QString, check);
    auto source = facts::ScenarioSource::open(scenario);
    QVERIFY2(source.hasValue(), qPrintable(scenario));
    CheckResult r;
    if (checks::isAsyncCheck(check)) {
        r = crlWithRefusedDownloads(source->get());
    } else {
        const auto ran = checks::runCheck(check, checks::CheckContext{source->get(), QDateTime::currentDateTimeUtc()});
        QVERIFY(ran.has_value());
        r = *ran;
    }
    QCOMPARE(r.id, check);
    verifySentences(r);
    if (r.status == CheckStatus::Fail)
        QVERIFY(!r.remediation.isEmpty());
}

// Every reason id the checks and the tree can give, with the evidence they give with it.
void TestCheckTexts::everyReason_data()
{
    QTest::addColumn<CheckResult>("result");
    const QVariantMap fact{{QStringLiteral("fact"), QStringLiteral("store.my")},
                           {QStringLiteral("factStatus"), QStringLiteral("missing")}};
    for (const QString &id : checks::checkIds()) {
        const QByteArray name = id.toLatin1();
        QTest::addRow("%s fact-missing", name.constData()) << make(name.constData(), CheckStatus::Skipped, "fact-missing", fact);
        QTest::addRow("%s not-available", name.constData())
            << make(name.constData(), CheckStatus::Skipped, "not-available",
                    {{QStringLiteral("fact"), QStringLiteral("store.my")},
                     {QStringLiteral("factStatus"), QStringLiteral("not-available")},
                     {QStringLiteral("error"), QStringLiteral("local checks need Windows (this is Linux)")}});
        QTest::addRow("%s fact-unreadable", name.constData())
            << make(name.constData(), CheckStatus::Skipped, "fact-unreadable",
                    {{QStringLiteral("fact"), QStringLiteral("store.my")},
                     {QStringLiteral("error"), QStringLiteral("bad bytes")}});
    }
    QTest::newRow("needs-network") << make("crl.reachable", CheckStatus::Skipped, "needs-network");
    QTest::newRow("unknown-check") << make("unknown.check", CheckStatus::Skipped, "unknown-check");

    const QVariantMap pool{{QStringLiteral("pool"), QStringLiteral("SCEP")}, {QStringLiteral("state"), QStringLiteral("Stopped")}};
    for (const char *reason : {"pool-started", "pool-stopped", "pool-stopping", "pool-starting", "pool-state-unknown",
                               "pool-missing"})
        QTest::addRow("apppool %s", reason) << make("apppool.scep", CheckStatus::Fail, reason, pool);

    const QVariantMap crash{{QStringLiteral("windowDays"), 7}, {QStringLiteral("count"), 3},
                            {QStringLiteral("newest"), QStringLiteral("2026-01-04T08:00:00Z")},
                            {QStringLiteral("faultingModule"), QStringLiteral("KERNELBASE.dll")},
                            {QStringLiteral("newestOlder"), QStringLiteral("2025-12-01T08:00:00Z")},
                            {QStringLiteral("olderCount"), 2}};
    for (const char *reason : {"no-crashes", "only-older-crashes", "w3wp-crashes"})
        QTest::addRow("crash %s", reason) << make("events.w3wp-crash", CheckStatus::Fail, reason, crash);

    const QVariantMap bad{{QStringLiteral("subject"), QStringLiteral("CN=Contoso Issuing CA")},
                          {QStringLiteral("notAfter"), QStringLiteral("2030-01-01T00:00:00Z")},
                          {QStringLiteral("selfIssued"), false}, {QStringLiteral("selfSigned"), false}};
    const QVariantMap root{{QStringLiteral("certificates"), 4}, {QStringLiteral("intermediates"), QVariantList{bad}}};
    for (const char *reason : {"store-empty", "root-store-clean", "intermediates-in-root"})
        QTest::addRow("root %s", reason) << make("rootstore.intermediates", CheckStatus::Fail, reason, root);

    const QVariantMap crl{
        {QStringLiteral("fetched"),
         QVariantList{QVariantMap{{QStringLiteral("url"), QStringLiteral("http://pki/a.crl")}, {QStringLiteral("outcome"), QStringLiteral("unreachable")}},
                      QVariantMap{{QStringLiteral("url"), QStringLiteral("http://pki/b.crl")}, {QStringLiteral("outcome"), QStringLiteral("stale")},
                                  {QStringLiteral("nextUpdate"), QStringLiteral("2025-01-01T00:00:00Z")}},
                      QVariantMap{{QStringLiteral("url"), QStringLiteral("http://pki/c.crl")}, {QStringLiteral("outcome"), QStringLiteral("not-a-crl")}}}},
        {QStringLiteral("ldapNotTested"), QStringList{QStringLiteral("ldap:///CN=x")}}};
    for (const char *reason : {"no-certificates", "no-cdp", "no-http-cdp", "crl-unreachable", "crl-stale",
                               "crl-invalid", "ldap-not-tested", "crls-fresh"})
        QTest::addRow("crl %s", reason) << make("crl.reachable", CheckStatus::Fail, reason, crl);

    for (const char *reason : {"not-present", "windows-auth-enabled", "anonymous-disabled", "section-missing",
                               "anonymous-only"})
        QTest::addRow("auth %s", reason) << make("iis.auth.certregsvc", CheckStatus::Fail, reason,
                                                 {{QStringLiteral("anonymousEnabled"), true}});

    const QVariantMap service{{QStringLiteral("state"), 1}, {QStringLiteral("stateName"), QStringLiteral("STOPPED")},
                              {QStringLiteral("startType"), 3}, {QStringLiteral("startTypeName"), QStringLiteral("DEMAND_START")}};
    for (const char *reason : {"not-installed", "service-not-running", "service-not-automatic",
                               "service-running-automatic"})
        QTest::addRow("appproxy %s", reason) << make("service.appproxy", CheckStatus::Fail, reason, service);
    QVariantMap runningNoConfig = service;
    runningNoConfig.insert(QStringLiteral("fact"), QStringLiteral("sc.qc.wapcsvc"));
    QTest::newRow("appproxy running, config missing")
        << make("service.appproxy", CheckStatus::Skipped, "fact-missing", runningNoConfig);

    const QVariantMap filtering{{QStringLiteral("maxUrl"), 4096}, {QStringLiteral("maxQueryString"), 2048},
                                {QStringLiteral("minimum"), 65534}};
    for (const char *reason : {"limits-too-low", "limits-sufficient"})
        QTest::addRow("filtering %s", reason) << make("limits.requestfiltering", CheckStatus::Fail, reason, filtering);

    const QVariantMap httpsys{{QStringLiteral("MaxFieldLength"), 16384}, {QStringLiteral("minimum"), 65534},
                              {QStringLiteral("belowMinimum"), QStringList{QStringLiteral("MaxFieldLength")}},
                              {QStringLiteral("absent"), QStringList{QStringLiteral("MaxRequestBytes")}}};
    for (const char *reason : {"limits-too-low", "values-absent", "limits-sufficient"})
        QTest::addRow("httpsys %s", reason) << make("limits.httpsys", CheckStatus::Fail, reason, httpsys);

    const QVariantMap account{{QStringLiteral("samAccountName"), QStringLiteral("svc-ndes")},
                              {QStringLiteral("builtInIdentity"), QStringLiteral("ApplicationPoolIdentity")},
                              {QStringLiteral("accountExpires"), QStringLiteral("2026-01-01T00:00:00Z")},
                              {QStringLiteral("problems"), QStringList{QStringLiteral("account-locked"), QStringLiteral("password-expired")}}};
    for (const char *reason : {"built-in-identity", "account-disabled", "account-locked", "password-expired",
                               "account-expired", "account-usable"})
        QTest::addRow("account %s", reason) << make("account.ndes-service", CheckStatus::Fail, reason, account);

    for (const char *grade : {"ra-missing", "ra-expired", "ra-no-private-key", "ra-not-yet-valid", "ra-expiring"}) {
        const QVariantMap ra{{QStringLiteral("signing"),
                              QVariantMap{{QStringLiteral("grade"), QLatin1String(grade)},
                                          {QStringLiteral("subject"), QStringLiteral("CN=NDES01-MSCEP-RA")},
                                          {QStringLiteral("notAfter"), QStringLiteral("2025-06-30T00:00:00Z")},
                                          {QStringLiteral("daysLeft"), 12}}},
                             {QStringLiteral("encryption"), QVariantMap{{QStringLiteral("grade"), QStringLiteral("ra-valid")}}}};
        QTest::addRow("ra %s", grade) << make("certs.mscep-ra", CheckStatus::Fail, grade, ra);
    }
    QTest::newRow("ra ra-valid")
        << make("certs.mscep-ra", CheckStatus::Pass, "ra-valid",
                {{QStringLiteral("signing"), QVariantMap{{QStringLiteral("daysLeft"), 400}}},
                 {QStringLiteral("encryption"), QVariantMap{{QStringLiteral("daysLeft"), 300}}}});

    const QVariantMap logs{{QStringLiteral("logs"),
                            QVariantList{QVariantMap{{QStringLiteral("file"), QStringLiteral("SetupMsi.log")},
                                                     {QStringLiteral("outcome"), QStringLiteral("failure")},
                                                     {QStringLiteral("productVersion"), QStringLiteral("6.2301.1.0")}}}}};
    for (const char *reason : {"log-absent", "fact-unreadable", "install-succeeded", "install-failed",
                               "install-cancelled", "outcome-unknown"})
        QTest::addRow("connector %s", reason) << make("connector.install", CheckStatus::Fail, reason, logs);

    for (const char *reason : {"iis-iusrs-granted", "iis-iusrs-missing", "right-not-granted"})
        QTest::addRow("impersonate %s", reason) << make("rights.impersonate", CheckStatus::Fail, reason);
}

void TestCheckTexts::everyReason()
{
    QFETCH(CheckResult, result);
    verifySentences(result);
}

void TestCheckTexts::titlesAndQuestions()
{
    for (const QString &id : checks::checkIds()) {
        QVERIFY(checkTitle(id) != id);
        QVERIFY(checkQuestion(id).endsWith(QLatin1Char('?')));
    }
    for (CheckStatus s : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Skipped})
        QVERIFY(!checkStatusName(s).isEmpty());
}

void TestCheckTexts::fallbackNamesTheReason()
{
    const CheckResult r = make("apppool.scep", CheckStatus::Warn, "some-new-reason");
    QVERIFY(!hasCheckSentence(r));
    QVERIFY(checkResultSentence(r).contains(QStringLiteral("some-new-reason")));
}

QTEST_GUILESS_MAIN(TestCheckTexts)
#include "tst_checktexts.moc"
