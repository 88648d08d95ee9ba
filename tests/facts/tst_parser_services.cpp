#include "facts/parsers/services.h"
#include "parserfixtures.h"

#include <QTest>

using namespace ndes::facts;
using namespace ndes::testing;

namespace {

QByteArray sc(const char *name)
{
    return readFixture(QStringLiteral("services"), QString::fromLatin1(name));
}

} // namespace

class TestParserServices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void query_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("notFound");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("state"); // -1: absent
        QTest::addColumn<QStringList>("controls");
        QTest::addColumn<qlonglong>("win32ExitCode"); // -1: absent
        QTest::addColumn<QList<int>>("badLines");
        QTest::addColumn<QString>("messagePart");
        const QStringList runningControls{QStringLiteral("STOPPABLE"), QStringLiteral("NOT_PAUSABLE"),
                                          QStringLiteral("ACCEPTS_SHUTDOWN")};
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("W3SVC running") << reencode(sc("sc-query-w3svc.txt"), v) << false << QStringLiteral("W3SVC") << 0x20
                                 << int(ServiceState::Running) << runningControls << 0LL << QList<int>{} << QString();
            row("WAPCSvc stopped") << reencode(sc("sc-query-wapcsvc-stopped-lf.txt"), v) << false
                                   << QStringLiteral("WAPCSvc") << 0x10 << int(ServiceState::Stopped) << QStringList{}
                                   << 1077LL << QList<int>{} << QString();
            row("French words") << reencode(sc("sc-query-fr-words.txt"), v) << false
                                << QStringLiteral("PKICertificateConnectorSvc") << 0x10
                                << int(ServiceState::StartPending)
                                << QStringList{QStringLiteral("NON_ARR\u00caTABLE"), QStringLiteral("NON_SUSPENDABLE"),
                                               QStringLiteral("IGNORE_ARR\u00caT")}
                                << 0LL << QList<int>{} << QString();
            row("missing, English") << reencode(sc("sc-query-notfound-en.txt"), v) << true << QString() << -1 << -1
                                    << QStringList{} << -1LL << QList<int>{}
                                    << QStringLiteral("The specified service does not exist");
            row("missing, French") << reencode(sc("sc-query-notfound-fr.txt"), v) << true << QString() << -1 << -1
                                   << QStringList{} << -1LL << QList<int>{}
                                   << QStringLiteral("Le service sp\u00e9cifi\u00e9 n\u2019existe pas");
            row("truncated") << reencode(sc("sc-query-truncated.txt"), v) << false << QStringLiteral("W3SVC") << 0x20
                             << int(ServiceState::Running) << runningControls << -1LL << QList<int>{6} << QString();
        }
        QTest::newRow("state out of range")
            << QByteArray("SERVICE_NAME: X\n        STATE : 9  WEIRD\n") << false << QStringLiteral("X") << -1 << -1
            << QStringList{} << -1LL << QList<int>{2} << QString();
        QTest::newRow("line before any service")
            << QByteArray("        STATE : 4  RUNNING\nSERVICE_NAME: Y\n") << false << QStringLiteral("Y") << -1 << -1
            << QStringList{} << -1LL << QList<int>{1} << QString();
    }

    void query()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, notFound);
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(int, state);
        QFETCH(QStringList, controls);
        QFETCH(qlonglong, win32ExitCode);
        QFETCH(QList<int>, badLines);
        QFETCH(QString, messagePart);
        const auto r = parseScQuery(bytes);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->notFound, notFound);
        QVERIFY2(r->message.contains(messagePart), qPrintable(r->message));
        QCOMPARE(r->badLines, badLines);
        QCOMPARE(r->services.size(), notFound ? 0 : 1);
        if (notFound)
            return;
        const ScServiceStatus &s = r->services.first();
        QCOMPARE(s.serviceName, name);
        QCOMPARE(s.type.value_or(-1), type);
        QCOMPARE(s.state ? int(*s.state) : -1, state);
        QCOMPARE(s.controls, controls);
        if (s.state == ServiceState::Running)
            QCOMPARE(s.stateName, QStringLiteral("RUNNING"));
        if (s.state == ServiceState::StartPending)
            QCOMPARE(s.stateName, QStringLiteral("D\u00c9MARRAGE_EN_COURS"));
        QCOMPARE(s.win32ExitCode ? qlonglong(*s.win32ExitCode) : -1LL, win32ExitCode);
    }

    void queryFailures()
    {
        const auto denied = parseScQuery(sc("sc-query-accessdenied.txt"));
        QVERIFY(!denied.hasValue());
        QCOMPARE(denied.error().what, QStringLiteral("sc failed with code 5"));
        QCOMPARE(denied.error().details, QStringList{QStringLiteral("Access is denied.")});
        QVERIFY(!parseScQuery(QByteArray()).hasValue());
        QVERIFY(!parseScQuery(QByteArray("\xFF\xFE\x00\x01garbage", 11)).hasValue());
    }

    void queryManyServices()
    {
        const QByteArray two = sc("sc-query-w3svc.txt") + sc("sc-query-wapcsvc-stopped-lf.txt");
        const auto r = parseScQuery(two);
        QVERIFY(r.hasValue());
        QCOMPARE(r->services.size(), 2);
        QCOMPARE(r->services.at(1).serviceName, QStringLiteral("WAPCSvc"));
        QCOMPARE(r->services.at(1).line, 11);
    }

    void config_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("notFound");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("startType"); // -1: absent
        QTest::addColumn<bool>("delayed");
        QTest::addColumn<QString>("binaryPath");
        QTest::addColumn<QStringList>("dependencies");
        QTest::addColumn<QString>("startName");
        QTest::addColumn<QList<int>>("badLines");
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("W3SVC") << reencode(sc("sc-qc-w3svc.txt"), v) << false << QStringLiteral("W3SVC")
                         << int(ServiceStartType::Auto) << false
                         << QStringLiteral("C:\\Windows\\system32\\svchost.exe -k iissvcs")
                         << QStringList{QStringLiteral("HTTP"), QStringLiteral("WAS")} << QStringLiteral("LocalSystem")
                         << QList<int>{};
            row("WAPCSvc delayed, quoted path")
                << reencode(sc("sc-qc-wapcsvc-delayed.txt"), v) << false << QStringLiteral("WAPCSvc")
                << int(ServiceStartType::Auto) << true
                << QStringLiteral(
                       "\"C:\\Program Files\\Microsoft AAD App Proxy Connector\\ApplicationProxyConnectorService.exe\"")
                << QStringList{} << QStringLiteral("NT AUTHORITY\\NetworkService") << QList<int>{};
            row("French, disabled")
                << reencode(sc("sc-qc-ndesconnector-fr.txt"), v) << false << QStringLiteral("NDESConnectorSvc")
                << int(ServiceStartType::Disabled) << false
                << QStringLiteral("\"C:\\Program Files\\Microsoft Intune\\NDESConnectorSvc\\NDESConnector.exe\"")
                << QStringList{} << QStringLiteral("CONTOSO\\svc-ndes") << QList<int>{};
            row("missing") << reencode(sc("sc-qc-notfound-en.txt"), v) << true << QString() << -1 << false << QString()
                           << QStringList{} << QString() << QList<int>{};
            row("truncated") << reencode(sc("sc-qc-truncated.txt"), v) << false << QStringLiteral("HTTP")
                             << int(ServiceStartType::Demand) << false << QStringLiteral("system32\\drivers\\HTTP.sys")
                             << QStringList{QStringLiteral("MsQuic"), QStringLiteral("W")} << QString() << QList<int>{};
        }
        QTest::newRow("bad start type") << QByteArray("SERVICE_NAME: Z\r\n        START_TYPE : AUTO_START\r\n"
                                                      "        START_TYPE : 7   WHAT\r\nnot a key line\r\n")
                                        << false << QStringLiteral("Z") << -1 << false << QString() << QStringList{}
                                        << QString() << QList<int>{2, 3, 4};
    }

    void config()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, notFound);
        QFETCH(QString, name);
        QFETCH(int, startType);
        QFETCH(bool, delayed);
        QFETCH(QString, binaryPath);
        QFETCH(QStringList, dependencies);
        QFETCH(QString, startName);
        QFETCH(QList<int>, badLines);
        const auto r = parseScQc(bytes);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->notFound, notFound);
        QCOMPARE(r->serviceName, name);
        QCOMPARE(r->startType ? int(*r->startType) : -1, startType);
        QCOMPARE(r->delayed, delayed);
        QCOMPARE(r->binaryPathName, binaryPath);
        QCOMPARE(r->dependencies, dependencies);
        QCOMPARE(r->serviceStartName, startName);
        QCOMPARE(r->badLines, badLines);
        if (notFound)
            QVERIFY(r->message.startsWith(QLatin1String("The specified service")));
    }

    void configDetails()
    {
        const auto r = parseScQc(sc("sc-qc-w3svc.txt"));
        QVERIFY(r.hasValue());
        QCOMPARE(r->type.value_or(-1), 0x20);
        QCOMPARE(r->errorControl.value_or(-1), 1);
        QCOMPARE(r->loadOrderGroup, QString());
        QCOMPARE(r->tag, QStringLiteral("0"));
        QCOMPARE(r->displayName, QStringLiteral("World Wide Web Publishing Service"));
        QCOMPARE(r->startTypeName, QStringLiteral("AUTO_START"));
        QCOMPARE(parseScQc(sc("sc-qc-ndesconnector-fr.txt"))->startTypeName, QStringLiteral("D\u00c9SACTIV\u00c9"));
        QVERIFY(!parseScQc(QByteArray("[SC] QueryServiceConfig SUCCESS\r\n\r\n")).hasValue());
        QVERIFY(!parseScQc(QByteArray("[SC] OpenService FAILED 1722:\r\n\r\nThe RPC server is unavailable.\r\n"))
                     .hasValue());
    }
};

QTEST_GUILESS_MAIN(TestParserServices)
#include "tst_parser_services.moc"
