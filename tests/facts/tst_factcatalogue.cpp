#include "facts/fact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ndes::facts;

class TestFactCatalogue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requiredIds_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"appcmd.apppool.list", "appcmd.apppool.scep.state", "appcmd.config.requestfiltering",
                               "appcmd.config.auth.certregsvc", "file.applicationhost.config", "file.web.config.site", "file.web.config.mscep",
                               "sc.query.wapcsvc", "sc.qc.wapcsvc", "reg.http.parameters", "reg.mscep",
                               "reg.intune.connector", "secedit.user_rights", "store.root", "store.my",
                               "events.application.1000", "events.connector", "file.setupmsi.log", "ad.service-account"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void requiredIds()
    {
        QFETCH(QString, id);
        const auto spec = findFact(id);
        QVERIFY(spec);
        QCOMPARE(spec->id, id);
        QVERIFY(!spec->acquisitions.isEmpty());
        QVERIFY(!spec->fileName.isEmpty());
    }

    void idsAndFileNamesAreUnique()
    {
        QSet<QString> ids, names;
        for (const FactSpec &f : factCatalogue()) {
            QVERIFY2(!ids.contains(f.id), qPrintable(f.id));
            QVERIFY2(!names.contains(f.fileName.toLower()), qPrintable(f.fileName));
            ids.insert(f.id);
            names.insert(f.fileName.toLower());
            QSet<QString> parts;
            for (const Acquisition &a : f.acquisitions) {
                if (f.multiPart && !a.outputIsFolder) {
                    QVERIFY2(!a.part.isEmpty(), qPrintable(f.id));
                    QVERIFY2(!parts.contains(a.part), qPrintable(a.part));
                    parts.insert(a.part);
                }
            }
        }
        QVERIFY(!findFact(u"no.such.fact"));
    }

    // appcmd /text:* prints the app pool password; no command may ask for it, and no shell is ever run.
    void noSecretsNoShell()
    {
        for (const FactSpec &f : factCatalogue()) {
            for (const Acquisition &a : f.acquisitions) {
                if (a.kind != Acquisition::Command)
                    continue;
                QVERIFY(!a.program.endsWith(QLatin1String("\\cmd.exe"), Qt::CaseInsensitive));
                for (const QString &arg : a.arguments) {
                    QVERIFY2(!arg.contains(QLatin1String("/text:*")), qPrintable(f.id));
                    QVERIFY2(!arg.contains(QLatin1String("processModel.password"), Qt::CaseInsensitive), qPrintable(f.id));
                }
                if (a.program.endsWith(QLatin1String("powershell.exe"))) {
                    QVERIFY(a.arguments.contains(QLatin1String("-NoProfile")));
                    QVERIFY(a.arguments.contains(QLatin1String("-NonInteractive")));
                    QCOMPARE(a.arguments.at(a.arguments.size() - 2), QStringLiteral("-Command"));
                    // Data reaches the script through the environment; the script is fixed and has no double
                    // quotes for Windows' command-line quoting to get wrong.
                    QVERIFY(!a.arguments.last().contains(QLatin1Char('"')));
                    QVERIFY(!a.environmentName.isEmpty());
                }
            }
        }
        const auto state = findFact(u"appcmd.apppool.scep.state");
        QCOMPARE(state->acquisitions.at(0).arguments,
                 QStringList({QStringLiteral("list"), QStringLiteral("apppool"), QStringLiteral("SCEP"),
                              QStringLiteral("/text:state")}));
        const auto sec = findFact(u"secedit.user_rights");
        QVERIFY(sec->acquisitions.at(0).outputIsFile);
        QVERIFY(sec->acquisitions.at(0).arguments.contains(QStringLiteral("%OUT%")));
        const auto msi = findFact(u"file.setupmsi.log");
        QCOMPARE(msi->acquisitions.size(), 2);
        QVERIFY(msi->acquisitions.at(0).path.endsWith(QLatin1String("\\NDESConnectorSetup\\SetupMsi.log")));
        QVERIFY(msi->acquisitions.at(1).path.endsWith(QLatin1String("\\NDESConnectorSetupMsi\\SetupMsi.log")));
    }

    void expand_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("redirected");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("windir") << QStringLiteral("%windir%\\System32\\inetsrv\\appcmd.exe") << false
                                << QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe");
        QTest::newRow("windir, 32-bit process") << QStringLiteral("%windir%\\System32\\inetsrv\\appcmd.exe") << true
                                                << QStringLiteral("C:\\Windows\\Sysnative\\inetsrv\\appcmd.exe");
        QTest::newRow("case-insensitive") << QStringLiteral("%WINDIR%\\system32\\sc.exe") << true
                                          << QStringLiteral("C:\\Windows\\Sysnative\\sc.exe");
        QTest::newRow("SystemRoot") << QStringLiteral("%SystemRoot%\\System32") << false
                                    << QStringLiteral("C:\\Windows\\System32");
        QTest::newRow("System32x is not System32") << QStringLiteral("%windir%\\System32x\\a") << true
                                                   << QStringLiteral("C:\\Windows\\System32x\\a");
        QTest::newRow("SystemDrive") << QStringLiteral("%SystemDrive%\\NDESConnectorSetup\\SetupMsi.log") << true
                                     << QStringLiteral("D:\\NDESConnectorSetup\\SetupMsi.log");
        QTest::newRow("ProgramFiles") << QStringLiteral("%ProgramFiles%\\Microsoft Intune") << false
                                      << QStringLiteral("C:\\Program Files (x86)\\Microsoft Intune");
        QTest::newRow("ProgramFiles, 32-bit process") << QStringLiteral("%ProgramFiles%\\Microsoft Intune") << true
                                                      << QStringLiteral("C:\\Program Files\\Microsoft Intune");
        QTest::newRow("unknown kept") << QStringLiteral("%Nope%\\x") << false << QStringLiteral("%Nope%\\x");
        QTest::newRow("other variable") << QStringLiteral("%TEMP%\\x") << false << QStringLiteral("C:\\Temp\\x");
    }

    void expand()
    {
        QFETCH(QString, path);
        QFETCH(bool, redirected);
        QFETCH(QString, expanded);
        QProcessEnvironment env;
        env.insert(QStringLiteral("windir"), QStringLiteral("C:\\Windows"));
        env.insert(QStringLiteral("SystemDrive"), QStringLiteral("D:"));
        env.insert(QStringLiteral("ProgramFiles"), QStringLiteral("C:\\Program Files (x86)"));
        env.insert(QStringLiteral("ProgramW6432"), QStringLiteral("C:\\Program Files"));
        env.insert(QStringLiteral("TEMP"), QStringLiteral("C:\\Temp"));
        QCOMPARE(expandWindowsPath(path, env, redirected), expanded);
    }

    void commandLineQuotes()
    {
        QCOMPARE(commandLine(QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe"),
                             {QStringLiteral("list"), QStringLiteral("config"), QStringLiteral("Default Web Site"),
                              QStringLiteral("/section:requestFiltering")}),
                 QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe list config \"Default Web Site\" "
                                "/section:requestFiltering"));
        QCOMPARE(commandLine(QStringLiteral("a"), {QString(), QStringLiteral("say \"hi\"")}),
                 QStringLiteral("a \"\" \"say \\\"hi\\\"\""));
    }

    void registryJsonShape()
    {
        RegistryValue n{QStringLiteral("MaxFieldLength"), QStringLiteral("number"), {}, {}, 65534};
        RegistryValue s{QStringLiteral("SignatureTemplate"), QStringLiteral("string"), QStringLiteral("IPSECIntermediateOffline"), {}, 0};
        RegistryValue m{QStringLiteral("Multi"), QStringLiteral("strings"), {}, {QStringLiteral("a"), QStringLiteral("b")}, 0};
        const QByteArray json = registryJson(QStringLiteral("HKEY_LOCAL_MACHINE\\X"), true, {n, s, m});
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("HKEY_LOCAL_MACHINE\\X"));
        QCOMPARE(o.value(QStringLiteral("found")).toBool(), true);
        const QJsonArray values = o.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.at(0).toObject().value(QStringLiteral("value")).toInt(), 65534);
        QCOMPARE(values.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("IPSECIntermediateOffline"));
        QCOMPARE(values.at(2).toObject().value(QStringLiteral("value")).toArray().size(), 2);
    }

    void statusNames()
    {
        for (auto s : {RawFact::Present, RawFact::Missing, RawFact::Failed, RawFact::NotAvailable})
            QCOMPARE(statusFromName(statusName(s)), s);
        QVERIFY(!statusFromName(u"gone"));
    }
};

QTEST_GUILESS_MAIN(TestFactCatalogue)
#include "tst_factcatalogue.moc"
