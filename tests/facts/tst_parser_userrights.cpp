#include "facts/parsers/userrights.h"
#include "parserfixtures.h"

#include <QTest>

using namespace ndes::facts;
using namespace ndes::testing;

namespace {

QByteArray inf(const char *name)
{
    return readFixture(QStringLiteral("userrights"), QString::fromLatin1(name));
}

const QString iisIusrs = QStringLiteral("S-1-5-32-568");
const QString impersonate = QStringLiteral("SeImpersonatePrivilege");

} // namespace

class TestParserUserRights : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rights");
        QTest::addColumn<bool>("iisImpersonate");
        QTest::addColumn<int>("impersonators");
        QTest::addColumn<QStringList>("sections");
        QTest::addColumn<QList<int>>("badLines");
        const QStringList usual{QStringLiteral("Unicode"), QStringLiteral("Privilege Rights"),
                                QStringLiteral("Version")};
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("IIS installed") << reencode(inf("secedit-iis.inf"), v) << 9 << true << 5 << usual << QList<int>{};
            row("French, no IIS") << reencode(inf("secedit-fr-no-iis.inf"), v) << 5 << false << 4
                                  << QStringList{QStringLiteral("Unicode"), QStringLiteral("System Access"),
                                                 QStringLiteral("Privilege Rights"), QStringLiteral("Version")}
                                  << QList<int>{};
            // Cut inside the last SID of SeImpersonatePrivilege (`*S-1-5-32-`): the right keeps its four whole
            // principals and the line is reported.
            row("truncated") << reencode(inf("secedit-truncated.inf"), v) << 7 << false << 4
                             << QStringList{QStringLiteral("Unicode"), QStringLiteral("Privilege Rights")}
                             << QList<int>{10};
            row("bad lines") << reencode(inf("secedit-bad-lines-lf.inf"), v) << 1 << true << 2 << usual
                             << QList<int>{4, 5, 6};
        }
    }

    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, rights);
        QFETCH(bool, iisImpersonate);
        QFETCH(int, impersonators);
        QFETCH(QStringList, sections);
        QFETCH(QList<int>, badLines);
        const auto r = parseSeceditUserRights(bytes);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->rights.size(), rights);
        QCOMPARE(r->hasSid(impersonate, iisIusrs), iisImpersonate);
        QCOMPARE(r->hasSid(impersonate.toLower(), QLatin1Char('*') + iisIusrs), iisImpersonate);
        const UserRight *right = r->right(impersonate);
        QVERIFY(right);
        QCOMPARE(right->principals.size(), impersonators);
        QCOMPARE(r->sections, sections);
        QCOMPARE(r->badLines, badLines);
    }

    void principals()
    {
        const auto r = parseSeceditUserRights(inf("secedit-iis.inf"));
        QVERIFY(r.hasValue());
        const UserRight *logon = r->right(QStringLiteral("seservicelogonright"));
        QVERIFY(logon);
        QCOMPARE(logon->line, 8);
        QCOMPARE(logon->principals.size(), 4);
        QCOMPARE(logon->principals.at(1).sid, QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-1013"));
        QVERIFY(!logon->principals.at(2).isSid());
        QCOMPARE(logon->principals.at(2).name, QStringLiteral("Classic .NET AppPool"));
        QCOMPARE(logon->principals.at(3).name, QStringLiteral("DefaultAppPool"));
        QVERIFY(r->hasSid(QStringLiteral("SeBatchLogonRight"),
                          QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-1013")));
        QVERIFY(r->hasSid(QStringLiteral("SeCreateGlobalPrivilege"), iisIusrs));
        QCOMPARE(r->right(QStringLiteral("SeAssignPrimaryTokenPrivilege"))->principals.at(2).name,
                 QStringLiteral("SQLServerDTSUser$HOST"));
        QVERIFY(!r->hasSid(QStringLiteral("SeDebugPrivilege"), iisIusrs));
    }

    void localizedNamesAreNotSids()
    {
        const auto r = parseSeceditUserRights(inf("secedit-fr-no-iis.inf"));
        QVERIFY(r.hasValue());
        const UserRight *deny = r->right(QStringLiteral("SeDenyNetworkLogonRight"));
        QVERIFY(deny);
        QCOMPARE(deny->principals.size(), 2);
        QCOMPARE(deny->principals.at(0).name, QStringLiteral("Gast"));
        QCOMPARE(deny->principals.at(1).name, QStringLiteral("Invit\u00e9"));
        QVERIFY(!r->hasSid(QStringLiteral("SeDenyNetworkLogonRight"), QStringLiteral("Gast")));
        QCOMPARE(r->right(QStringLiteral("SeNetworkLogonRight"))->name, QStringLiteral("senetworklogonright"));
        QVERIFY(r->right(QStringLiteral("SeCreateSymbolicLinkPrivilege"))->principals.isEmpty());
        QVERIFY(r->right(QStringLiteral("SeTrustedCredManAccessPrivilege"))->principals.isEmpty());
        // Lines of other sections are not rights.
        QVERIFY(!r->right(QStringLiteral("MinimumPasswordAge")));
    }

    void noPrivilegeSection()
    {
        QVERIFY(!parseSeceditUserRights(inf("secedit-no-section.inf")).hasValue());
        QVERIFY(!parseSeceditUserRights(QByteArray()).hasValue());
        const auto cut = parseSeceditUserRights(QByteArray("[Privilege Rights"));
        QVERIFY(cut.hasValue());
        QCOMPARE(cut->badLines, QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TestParserUserRights)
#include "tst_parser_userrights.moc"
