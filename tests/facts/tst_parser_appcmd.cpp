#include "facts/parsers/appcmd.h"
#include "parserfixtures.h"

#include <QTest>

using namespace ndes::facts;
using namespace ndes::testing;

class TestParserAppcmd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appPools_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("notFound");
        QTest::addColumn<int>("pools");
        QTest::addColumn<QString>("scepState");
        QTest::addColumn<QString>("scepVersion");
        QTest::addColumn<QList<int>>("badLines");
        QTest::addColumn<QString>("messagePart");
        const QString app = QStringLiteral("appcmd");
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("list") << reencode(readFixture(app, QStringLiteral("list-apppool.txt")), v) << 0 << false << 5
                        << QStringLiteral("Stopped") << QStringLiteral("v4.0") << QList<int>{} << QString();
            row("truncated") << reencode(readFixture(app, QStringLiteral("list-apppool-truncated.txt")), v) << 0
                             << false << 2 << QStringLiteral("Started") << QStringLiteral("v4.0") << QList<int>{3}
                             << QString();
            row("missing, English") << reencode(readFixture(app, QStringLiteral("apppool-notfound-en.txt")), v)
                                    << AppcmdNotFoundExitCode << true << 0 << QString() << QString() << QList<int>{}
                                    << QStringLiteral("Cannot find APPPOOL object with identifier \"SCEP\".");
            row("missing, French") << reencode(readFixture(app, QStringLiteral("apppool-notfound-fr.txt")), v)
                                   << AppcmdNotFoundExitCode << true << 0 << QString() << QString() << QList<int>{}
                                   << QStringLiteral("Impossible de trouver l\u2019objet APPPOOL");
        }
        QTest::newRow("empty output") << QByteArray() << 0 << false << 0 << QString() << QString() << QList<int>{}
                                      << QString();
        QTest::newRow("text dump is not a pool list")
            << QByteArray("APPPOOL\n  processModel.password:\"secret\"\n") << 0 << false << 0 << QString() << QString()
            << QList<int>{1, 2} << QString();
    }

    void appPools()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(bool, notFound);
        QFETCH(int, pools);
        QFETCH(QString, scepState);
        QFETCH(QString, scepVersion);
        QFETCH(QList<int>, badLines);
        QFETCH(QString, messagePart);
        const auto r = parseAppcmdAppPools(bytes, exitCode);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->notFound, notFound);
        QCOMPARE(r->pools.size(), pools);
        QCOMPARE(r->badLines, badLines);
        QVERIFY2(r->message.contains(messagePart), qPrintable(r->message));
        const auto scep = r->find(QStringLiteral("scep"));
        QCOMPARE(scep.has_value(), !scepState.isEmpty());
        if (scep) {
            QCOMPARE(appPoolStateName(scep->state), scepState);
            QCOMPARE(scep->managedVersion, scepVersion);
            QCOMPARE(scep->pipelineMode, QStringLiteral("Integrated"));
        }
    }

    void appPoolDetails()
    {
        const auto r = parseAppcmdAppPools(readFixture(QStringLiteral("appcmd"), QStringLiteral("list-apppool.txt")));
        QVERIFY(r.hasValue());
        QCOMPARE(r->pools.at(1).name, QStringLiteral("Classic .NET AppPool"));
        QCOMPARE(r->pools.at(1).pipelineMode, QStringLiteral("Classic"));
        QCOMPARE(r->pools.at(2).state, AppPoolState::Stopping);
        QCOMPARE(r->pools.at(3).name, QStringLiteral("No Managed (static)"));
        QCOMPARE(r->pools.at(3).managedVersion, QString());
        QCOMPARE(r->pools.at(3).state, AppPoolState::Unknown);
        QCOMPARE(r->pools.at(4).line, 5);
    }

    void otherFailure()
    {
        const auto r = parseAppcmdAppPools(QByteArray("ERROR ( message:Access denied. )\r\n"), 5);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().details, QStringList{QStringLiteral("Access denied.")});
        QVERIFY(!parseAppcmdAppPools(QByteArray("ERROR ( message:Unknown attribute. )\r\n"), 0).hasValue());
    }

    // `/text:*` dumps print processModel.password in clear: no part of such an output is kept.
    void textDumpPasswordIsNotKept()
    {
        const QByteArray dump("APPPOOL.NAME:\"SCEP\"\r\n[processModel]\r\n  identityType:\"SpecificUser\"\r\n"
                              "  password:\"Dump-Pa55word\"\r\n");
        for (int exitCode : {0, 5, AppcmdNotFoundExitCode}) {
            const auto pools = parseAppcmdAppPools(dump, exitCode);
            const auto state = parseAppcmdState(dump, exitCode);
            QStringList texts;
            texts << (pools ? pools->message : pools.error().toString());
            texts << (state ? state->message : state.error().toString());
            for (const QString &t : texts)
                QVERIFY2(!t.contains(QLatin1String("Pa55word")), qPrintable(t));
            if (pools)
                QCOMPARE(pools->pools.size(), 0);
        }
    }

    void state_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("notFound");
        QTest::addColumn<int>("state");
        QTest::addColumn<QList<int>>("badLines");
        const QString app = QStringLiteral("appcmd");
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("started") << reencode(readFixture(app, QStringLiteral("apppool-scep-state.txt")), v) << 0 << true
                           << false << int(AppPoolState::Started) << QList<int>{};
            row("stopped") << reencode(readFixture(app, QStringLiteral("apppool-scep-state-stopped-lf.txt")), v) << 0
                           << true << false << int(AppPoolState::Stopped) << QList<int>{};
            row("Get-WebAppPoolState") << reencode(readFixture(app, QStringLiteral("get-webapppoolstate.txt")), v) << 0
                                       << true << false << int(AppPoolState::Started) << QList<int>{};
            row("missing") << reencode(readFixture(app, QStringLiteral("apppool-notfound-fr.txt")), v)
                           << AppcmdNotFoundExitCode << true << true << -1 << QList<int>{};
        }
        QTest::newRow("two states (no name given)") << QByteArray("Started\r\nStopped\r\n") << 0 << true << false
                                                    << int(AppPoolState::Started) << QList<int>{2};
        QTest::newRow("cut word") << QByteArray("Sta") << 0 << true << false << -1 << QList<int>{1};
        QTest::newRow("nothing") << QByteArray("\r\n") << 0 << false << false << -1 << QList<int>{};
        QTest::newRow("WMI code") << QByteArray("3\r\n") << 0 << true << false << int(AppPoolState::Stopped)
                                  << QList<int>{};
    }

    void state()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(bool, ok);
        QFETCH(bool, notFound);
        QFETCH(int, state);
        QFETCH(QList<int>, badLines);
        const auto r = parseAppcmdState(bytes, exitCode);
        QCOMPARE(r.hasValue(), ok);
        if (!ok)
            return;
        QCOMPARE(r->notFound, notFound);
        QCOMPARE(r->state.has_value(), state >= 0);
        if (r->state)
            QCOMPARE(int(*r->state), state);
        QCOMPARE(r->badLines, badLines);
    }

    void requestFiltering_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("notFound");
        QTest::addColumn<bool>("sectionFound");
        QTest::addColumn<qulonglong>("maxUrl");
        QTest::addColumn<bool>("maxUrlExplicit");
        QTest::addColumn<qulonglong>("maxQueryString");
        QTest::addColumn<bool>("maxQueryStringExplicit");
        QTest::addColumn<qulonglong>("maxContent");
        QTest::addColumn<QList<int>>("badLines");
        QTest::addColumn<bool>("hasIssue");
        const QString app = QStringLiteral("appcmd");
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("defaults") << reencode(readFixture(app, QStringLiteral("requestfiltering-defaults.xml")), v) << 0
                            << false << true << 4096ULL << false << 2048ULL << false << 30000000ULL << QList<int>{}
                            << false;
            row("NDES values") << reencode(readFixture(app, QStringLiteral("requestfiltering-ndes.xml")), v) << 0
                               << false << true << 65534ULL << true << 65534ULL << true << 30000000ULL << QList<int>{}
                               << false;
            row("bad value") << reencode(readFixture(app, QStringLiteral("requestfiltering-badvalue.xml")), v) << 0
                             << false << true << 65534ULL << true << 2048ULL << false << 1048576ULL << QList<int>{4}
                             << false;
            row("truncated") << reencode(readFixture(app, QStringLiteral("requestfiltering-truncated.xml")), v) << 0
                             << false << true << 4096ULL << false << 2048ULL << false << 30000000ULL << QList<int>{}
                             << true;
            row("site missing") << reencode(readFixture(app, QStringLiteral("site-notfound-en.txt")), v)
                                << AppcmdNotFoundExitCode << true << false << 4096ULL << false << 2048ULL << false
                                << 30000000ULL << QList<int>{} << false;
        }
    }

    void requestFiltering()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(bool, notFound);
        QFETCH(bool, sectionFound);
        QFETCH(qulonglong, maxUrl);
        QFETCH(bool, maxUrlExplicit);
        QFETCH(qulonglong, maxQueryString);
        QFETCH(bool, maxQueryStringExplicit);
        QFETCH(qulonglong, maxContent);
        QFETCH(QList<int>, badLines);
        QFETCH(bool, hasIssue);
        const auto r = parseAppcmdRequestFiltering(bytes, exitCode);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->notFound, notFound);
        QCOMPARE(r->sectionFound, sectionFound);
        QCOMPARE(r->limits.maxUrl, maxUrl);
        QCOMPARE(r->limits.maxUrlExplicit, maxUrlExplicit);
        QCOMPARE(r->limits.maxQueryString, maxQueryString);
        QCOMPARE(r->limits.maxQueryStringExplicit, maxQueryStringExplicit);
        QCOMPARE(r->limits.maxAllowedContentLength, maxContent);
        QCOMPARE(r->badLines, badLines);
        QCOMPARE(!r->issues.isEmpty(), hasIssue);
        if (hasIssue)
            QCOMPARE(r->issues.first().line, 4);
    }

    void requestFilteringNotXml()
    {
        const auto r = parseAppcmdRequestFiltering(QByteArray("Started\r\n"));
        QVERIFY(!r.hasValue());
        QVERIFY(!parseAppcmdRequestFiltering(QByteArray()).hasValue());
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("anonymous"); // -1 absent, 0 false, 1 true
        QTest::addColumn<int>("windows");
        QTest::addColumn<bool>("hasIssue");
        const QString app = QStringLiteral("appcmd");
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("required state") << reencode(readFixture(app, QStringLiteral("auth-certregsvc.xml")), v) << 1 << 0
                                  << false;
            row("windows on, anonymous default")
                << reencode(readFixture(app, QStringLiteral("auth-windows-on.xml")), v) << 0 << 1 << false;
        }
        QTest::newRow("one section only")
            << QByteArray("<system.webServer><security><authentication><windowsAuthentication enabled=\"true\"/>"
                          "</authentication></security></system.webServer>")
            << -1 << 1 << false;
        QTest::newRow("truncated") << QByteArray(
            "<system.webServer>\n<security>\n<authentication>\n<anonymousAuthentication enabled=\"true\" />\n"
            "<windowsAuthentication enab")
                                   << 1 << -1 << true;
    }

    void authentication()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, anonymous);
        QFETCH(int, windows);
        QFETCH(bool, hasIssue);
        const auto r = parseAppcmdAuthentication(bytes);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->anonymousEnabled.has_value(), anonymous >= 0);
        if (r->anonymousEnabled)
            QCOMPARE(int(*r->anonymousEnabled), anonymous);
        QCOMPARE(r->windowsEnabled.has_value(), windows >= 0);
        if (r->windowsEnabled)
            QCOMPARE(int(*r->windowsEnabled), windows);
        QCOMPARE(!r->issues.isEmpty(), hasIssue);
        for (const XmlIssue &issue : r->issues)
            QVERIFY(!issue.what.contains(QLatin1String("AnonPa55")));
    }
};

QTEST_GUILESS_MAIN(TestParserAppcmd)
#include "tst_parser_appcmd.moc"
