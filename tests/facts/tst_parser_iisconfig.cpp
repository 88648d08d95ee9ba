#include "facts/parsers/iisconfig.h"
#include "parserfixtures.h"

#include <QTest>

using namespace ndes::facts;
using namespace ndes::testing;

Q_DECLARE_METATYPE(ndes::facts::ConfigLevel)

namespace {

QByteArray iis(const char *name)
{
    return readFixture(QStringLiteral("iisconfig"), QString::fromLatin1(name));
}

// Every password (or a piece of one) the fixtures hold.
const QStringList &secrets()
{
    static const QStringList s{QStringLiteral("Q2lwaGVy"),   QStringLiteral("LURvLU5vdC1MZWFr"),
                               QStringLiteral("Clear-Text"), QStringLiteral("Pa55word"),
                               QStringLiteral("VmRpclNl"),   QStringLiteral("IISCngProvider"),
                               QStringLiteral("enc:")};
    return s;
}

QString everything(const QByteArray &apphost, const QByteArray &site, const QByteArray &app)
{
    QStringList out;
    const auto limits = effectiveRequestLimits(apphost, site, app);
    out << (limits ? toString(*limits) : limits.error().toString());
    for (const char *path : {"Default Web Site/CertificateRegistrationSvc", "Default Web Site/CertSrv/mscep"}) {
        const auto auth = authenticationFor(apphost, QString::fromLatin1(path));
        out << (auth ? toString(*auth) : auth.error().toString());
    }
    const auto pools = appPoolsFromConfig(apphost);
    out << (pools ? toString(*pools) : pools.error().toString());
    if (pools) {
        for (const IisAppPool &p : pools->pools)
            out << p.name << p.identityType << p.userName << p.managedRuntimeVersion << p.managedPipelineMode;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestParserIisConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestLimits_data()
    {
        QTest::addColumn<QByteArray>("apphost");
        QTest::addColumn<QByteArray>("site");
        QTest::addColumn<QByteArray>("app");
        QTest::addColumn<QString>("appPath");
        QTest::addColumn<qulonglong>("maxUrl");
        QTest::addColumn<ConfigLevel>("maxUrlLevel");
        QTest::addColumn<QString>("maxUrlFile");
        QTest::addColumn<int>("maxUrlLine");
        QTest::addColumn<qulonglong>("maxQueryString");
        QTest::addColumn<ConfigLevel>("maxQueryStringLevel");
        QTest::addColumn<qulonglong>("maxContent");
        QTest::addColumn<int>("badValues");
        QTest::addColumn<bool>("hasIssue");
        const QString host = QStringLiteral("applicationHost.config");
        for (Variant v : allVariants) {
            const QByteArray apphost = reencode(iis("applicationHost.config"), v);
            const QByteArray site = reencode(iis("site-web.config"), v);
            const QByteArray app = reencode(iis("app-web.config"), v);
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("site location only") << apphost << QByteArray() << QByteArray() << QStringLiteral("CertSrv/mscep")
                                      << 65534ULL << ConfigLevel::SiteLocation << host << 69 << 65534ULL
                                      << ConfigLevel::SiteLocation << 50000000ULL << 0 << false;
            row("site web.config lowers the query string")
                << apphost << site << QByteArray() << QStringLiteral("CertSrv/mscep") << 16384ULL
                << ConfigLevel::AppLocation << QStringLiteral("Default Web Site/web.config") << 14 << 8192ULL
                << ConfigLevel::SiteWebConfig << 50000000ULL << 0 << false;
            row("app web.config restores it, with a bad maxUrl")
                << apphost << site << app << QStringLiteral("CertSrv/mscep") << 16384ULL << ConfigLevel::AppLocation
                << QStringLiteral("Default Web Site/web.config") << 14 << 65534ULL << ConfigLevel::AppWebConfig
                << 50000000ULL << 1 << false;
            row("app web.config lowers the query string")
                << apphost << QByteArray() << reencode(iis("mscep-web-lowers.config"), v) << QStringLiteral("CertSrv/mscep")
                << 65534ULL << ConfigLevel::SiteLocation << host << 69 << 2048ULL << ConfigLevel::AppWebConfig
                << 50000000ULL << 0 << false;
            row("sibling app location") << apphost << QByteArray() << QByteArray()
                                        << QStringLiteral("CertSrv/mscep_admin") << 1024ULL << ConfigLevel::AppLocation
                                        << host << 92 << 65534ULL << ConfigLevel::SiteLocation << 50000000ULL << 0
                                        << false;
            row("server level") << reencode(iis("applicationHost-server-level.config"), v) << QByteArray()
                                << QByteArray() << QStringLiteral("CertSrv/mscep") << 65534ULL << ConfigLevel::Server
                                << host << 6 << 65534ULL << ConfigLevel::Server << 1000000ULL << 0 << false;
            const QByteArray noInherit = reencode(iis("site-web-noinherit.config"), v);
            row("site-only web.config, app below")
                << apphost << noInherit << QByteArray() << QStringLiteral("CertSrv/mscep") << 65534ULL
                << ConfigLevel::SiteLocation << host << 69 << 65534ULL << ConfigLevel::SiteLocation << 50000000ULL << 0
                << false;
            row("site-only web.config, site root")
                << apphost << noInherit << QByteArray() << QString() << 65534ULL << ConfigLevel::SiteLocation << host
                << 69 << 1024ULL << ConfigLevel::SiteWebConfig << 50000000ULL << 0 << false;
            row("truncated") << reencode(iis("applicationHost-truncated.config"), v) << QByteArray() << QByteArray()
                             << QStringLiteral("CertSrv/mscep") << 4096ULL << ConfigLevel::Default << QString() << 0
                             << 2048ULL << ConfigLevel::Default << 30000000ULL << 0 << true;
        }
    }

    void requestLimits()
    {
        QFETCH(QByteArray, apphost);
        QFETCH(QByteArray, site);
        QFETCH(QByteArray, app);
        QFETCH(QString, appPath);
        QFETCH(qulonglong, maxUrl);
        QFETCH(ConfigLevel, maxUrlLevel);
        QFETCH(QString, maxUrlFile);
        QFETCH(int, maxUrlLine);
        QFETCH(qulonglong, maxQueryString);
        QFETCH(ConfigLevel, maxQueryStringLevel);
        QFETCH(qulonglong, maxContent);
        QFETCH(int, badValues);
        QFETCH(bool, hasIssue);
        const auto r = effectiveRequestLimits(apphost, site, app, QStringLiteral("Default Web Site"), appPath);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->limits.maxUrl, maxUrl);
        QCOMPARE(r->maxUrlFrom.level, maxUrlLevel);
        QCOMPARE(r->maxUrlFrom.file, maxUrlFile);
        QCOMPARE(r->maxUrlFrom.line, maxUrlLine);
        QCOMPARE(r->limits.maxUrlExplicit, maxUrlLevel != ConfigLevel::Default);
        QCOMPARE(r->limits.maxQueryString, maxQueryString);
        QCOMPARE(r->maxQueryStringFrom.level, maxQueryStringLevel);
        QCOMPARE(r->limits.maxAllowedContentLength, maxContent);
        QCOMPARE(r->badValues.size(), badValues);
        QCOMPARE(!r->issues.isEmpty(), hasIssue);
    }

    void requestLimitsLocationPath()
    {
        const auto r = effectiveRequestLimits(iis("applicationHost.config"), QByteArray(), QByteArray());
        QVERIFY(r.hasValue());
        QCOMPARE(r->maxUrlFrom.locationPath, QStringLiteral("Default Web Site"));
        QCOMPARE(r->maxAllowedContentLengthFrom.level, ConfigLevel::Server);
        QCOMPARE(r->maxAllowedContentLengthFrom.line, 60);
    }

    void notAConfig()
    {
        QVERIFY(!effectiveRequestLimits(QByteArray("appcmd: not found"), QByteArray(), QByteArray()).hasValue());
        QVERIFY(!authenticationFor(QByteArray(), QStringLiteral("Default Web Site")).hasValue());
        QVERIFY(!appPoolsFromConfig(QByteArray("<sites/>")).hasValue());
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("apphost");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("anonymous");
        QTest::addColumn<ConfigLevel>("anonymousLevel");
        QTest::addColumn<bool>("windows");
        QTest::addColumn<ConfigLevel>("windowsLevel");
        QTest::addColumn<int>("windowsLine");
        QTest::addColumn<bool>("locationFound");
        QTest::addColumn<QString>("overrideMode");
        const QString certreg = QStringLiteral("Default Web Site/CertificateRegistrationSvc");
        for (Variant v : allVariants) {
            const QByteArray apphost = reencode(iis("applicationHost.config"), v);
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("CertificateRegistrationSvc") << apphost << certreg << true << ConfigLevel::AppLocation << false
                                              << ConfigLevel::AppLocation << 79 << true << QStringLiteral("Allow");
            row("mscep inherits the server")
                << apphost << QStringLiteral("Default Web Site/CertSrv/mscep/") << true << ConfigLevel::Server << false
                << ConfigLevel::Server << 57 << false << QString();
            row("mscep_admin") << apphost << QStringLiteral("default web site/certsrv/mscep_admin") << false
                               << ConfigLevel::AppLocation << true << ConfigLevel::AppLocation << 89 << true
                               << QString();
            row("windows on, anonymous never set")
                << reencode(iis("applicationHost-server-level.config"), v) << certreg << false << ConfigLevel::Default
                << true << ConfigLevel::AppLocation << 23 << true << QString();
        }
    }

    void authentication()
    {
        QFETCH(QByteArray, apphost);
        QFETCH(QString, path);
        QFETCH(bool, anonymous);
        QFETCH(ConfigLevel, anonymousLevel);
        QFETCH(bool, windows);
        QFETCH(ConfigLevel, windowsLevel);
        QFETCH(int, windowsLine);
        QFETCH(bool, locationFound);
        QFETCH(QString, overrideMode);
        const auto r = authenticationFor(apphost, path);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->anonymous.enabled, anonymous);
        QCOMPARE(r->anonymous.from.level, anonymousLevel);
        QCOMPARE(r->windows.enabled, windows);
        QCOMPARE(r->windows.from.level, windowsLevel);
        QCOMPARE(r->windows.from.line, windowsLine);
        QCOMPARE(r->locationFound, locationFound);
        QCOMPARE(r->overrideMode, overrideMode);
        QVERIFY(r->issues.isEmpty());
    }

    void appPools_data()
    {
        QTest::addColumn<QByteArray>("apphost");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("scepIdentity");
        QTest::addColumn<QString>("scepUser");
        QTest::addColumn<bool>("scepPassword");
        QTest::addColumn<bool>("hasIssue");
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("full") << reencode(iis("applicationHost.config"), v) << 4 << QStringLiteral("SpecificUser")
                        << QStringLiteral("CONTOSO\\svc-ndes") << true << false;
            row("truncated in the password") << reencode(iis("applicationHost-truncated.config"), v) << 3
                                             << QStringLiteral("ApplicationPoolIdentity") << QString() << false << true;
        }
    }

    void appPools()
    {
        QFETCH(QByteArray, apphost);
        QFETCH(int, count);
        QFETCH(QString, scepIdentity);
        QFETCH(QString, scepUser);
        QFETCH(bool, scepPassword);
        QFETCH(bool, hasIssue);
        const auto r = appPoolsFromConfig(apphost);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->pools.size(), count);
        const auto scep = r->find(QStringLiteral("SCEP"));
        QVERIFY(scep.has_value());
        QCOMPARE(scep->identityType, scepIdentity);
        QCOMPARE(scep->userName, scepUser);
        QCOMPARE(scep->hasPassword, scepPassword);
        QCOMPARE(scep->managedRuntimeVersion, QStringLiteral("v4.0"));
        QCOMPARE(scep->line, 25);
        QCOMPARE(!r->issues.isEmpty(), hasIssue);
        const auto def = r->find(QStringLiteral("DefaultAppPool"));
        QVERIFY(def.has_value());
        QCOMPARE(def->identityType, QStringLiteral("ApplicationPoolIdentity"));
        QCOMPARE(def->managedRuntimeVersion, QStringLiteral("v4.0"));
        QCOMPARE(def->managedPipelineMode, QStringLiteral("Integrated"));
        QCOMPARE(r->find(QStringLiteral("Classic .NET AppPool"))->managedPipelineMode, QStringLiteral("Classic"));
    }

    void clearTextPoolHasNoManagedRuntime()
    {
        const auto r = appPoolsFromConfig(iis("applicationHost.config"));
        QVERIFY(r.hasValue());
        const auto clear = r->find(QStringLiteral("ClearPool"));
        QVERIFY(clear.has_value());
        QVERIFY(clear->hasPassword);
        QCOMPARE(clear->userName, QStringLiteral("LAB\\svc-clear"));
        QCOMPARE(clear->managedRuntimeVersion, QString());
    }

    // No password, encrypted or clear, whole or cut, reaches a result, an issue, an error or toString().
    void passwordsNeverLeak()
    {
        const QByteArray apphost = iis("applicationHost.config");
        const QByteArray site = iis("site-web.config");
        QStringList outputs;
        outputs << everything(apphost, site, iis("app-web.config"));
        for (qsizetype cut = 0; cut <= apphost.size(); cut += 5)
            outputs << everything(apphost.left(cut), site, QByteArray());
        // Malformed around the password itself, and outside any <configuration>.
        QByteArray broken = apphost;
        broken.replace("password=\"Clear-Text-Pa55word!\"", "password=\"Clear-Text-Pa55word!<\"");
        outputs << everything(broken, QByteArray(), QByteArray());
        outputs << everything(QByteArray("<x><processModel password=\"Clear-Text-Pa55word!\"/></x>"), QByteArray(),
                              QByteArray());
        outputs << everything(QByteArray("<configuration password=\"Clear-Text-Pa55word! <"), QByteArray(),
                              QByteArray());
        // Passwords placed where the parsers read: in requestLimits and auth sections.
        outputs << everything(QByteArray("<configuration><system.webServer><security><requestFiltering><requestLimits "
                                         "maxUrl=\"Clear-Text-Pa55word!\"/></requestFiltering><authentication>"
                                         "<anonymousAuthentication enabled=\"Clear-Text-Pa55word!\" "
                                         "password=\"Clear-Text-Pa55word!\"/></authentication></security>"
                                         "</system.webServer></configuration>"),
                              QByteArray(), QByteArray());
        int checked = 0;
        for (const QString &out : outputs) {
            QVERIFY(!out.isEmpty());
            for (const QString &secret : secrets())
                QVERIFY2(!out.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
            ++checked;
        }
        QVERIFY(checked > 100);
        // The check itself can see a password when one is there.
        QVERIFY(everything(apphost, site, QByteArray()).contains(QStringLiteral("CONTOSO\\svc-ndes")));
    }
};

QTEST_GUILESS_MAIN(TestParserIisConfig)
#include "tst_parser_iisconfig.moc"
