#include "facts/parsers/adaccount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>

using namespace ndes::facts;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(NDES_FIXTURES_DIR "/facts/adaccount/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QByteArray utf16Bom(const QByteArray &utf8)
{
    return QByteArray("\xFF\xFE") + QStringEncoder(QStringEncoder::Utf16LE).encode(QString::fromUtf8(utf8));
}

// -1 unknown, 0 false, 1 true
int tri(const std::optional<bool> &b)
{
    return b ? int(*b) : -1;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestParserAdAccount : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accounts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sam");
        QTest::addColumn<int>("enabled");
        QTest::addColumn<int>("lockedOut");
        QTest::addColumn<int>("passwordExpired");
        QTest::addColumn<int>("neverExpires");
        QTest::addColumn<bool>("managed");
        QTest::addColumn<bool>("accountNeverExpires");
        QTest::addColumn<QDateTime>("accountExpires");
        QTest::addColumn<QDateTime>("passwordLastSet");
        struct Row {
            const char *file;
            const char *kind;
            const char *sam;
            int enabled, locked, pwdExpired, neverExpires;
            bool managed, accountNever;
            QDateTime expires, lastSet;
        };
        const Row rows[] = {
            {"user-ok-ps51.json", "user", "svc-ndes", 1, 0, 0, 1, false, true, {}, utc(2023, 11, 14, 22, 13, 20)},
            {"user-locked-expired-ps7.json", "user", "ndes-svc", 1, 1, 1, 0, false, false, utc(2026, 1, 31, 23),
             utc(2025, 6, 30, 12, 22, 5, 123)},
            {"user-disabled-ps51.json", "user", "svc-scep", 0, 0, 0, 0, false, false, utc(2026, 1, 1),
             utc(2023, 7, 22, 4, 26, 40)},
            {"gmsa.json", "gmsa", "gmsa-ndes$", 1, 0, -1, 0, true, true, {}, utc(2025, 11, 13, 2, 13, 20)},
            {"msa.json", "msa", "msa-ndes$", 1, 0, -1, -1, true, false, {}, utc(2025, 11, 13, 2, 13, 20)},
            {"computer.json", "computer", "NDES01$", 1, 0, 0, 0, false, true, {}, utc(2025, 11, 1, 12, 26, 40)},
        };
        for (const Row &r : rows) {
            const QByteArray bytes = fixture(QString::fromLatin1(r.file));
            for (int encoding = 0; encoding < 2; ++encoding) {
                QTest::addRow("%s, %s", r.file, encoding ? "utf-16le bom" : "as recorded")
                    << (encoding ? utf16Bom(bytes) : bytes) << QString::fromLatin1(r.kind) << QString::fromLatin1(r.sam)
                    << r.enabled << r.locked << r.pwdExpired << r.neverExpires << r.managed << r.accountNever
                    << r.expires << r.lastSet;
            }
        }
    }

    void accounts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QFETCH(QString, sam);
        QFETCH(int, enabled);
        QFETCH(int, lockedOut);
        QFETCH(int, passwordExpired);
        QFETCH(int, neverExpires);
        QFETCH(bool, managed);
        QFETCH(bool, accountNeverExpires);
        QFETCH(QDateTime, accountExpires);
        QFETCH(QDateTime, passwordLastSet);
        const ndes::Expected<AdAccount> a = parseAdAccountJson(bytes);
        QVERIFY2(a.hasValue(), qPrintable(a.hasValue() ? QString() : a.error().toString()));
        QCOMPARE(adAccountKindId(a->kind), kind);
        QCOMPARE(a->samAccountName, sam);
        QCOMPARE(tri(a->enabled), enabled);
        QCOMPARE(tri(a->lockedOut), lockedOut);
        QCOMPARE(tri(a->passwordExpired), passwordExpired);
        QCOMPARE(tri(a->passwordNeverExpires), neverExpires);
        QCOMPARE(a->passwordManaged, managed);
        QCOMPARE(a->accountNeverExpires, accountNeverExpires);
        QCOMPARE(a->accountExpires.value_or(QDateTime()), accountExpires);
        QCOMPARE(a->passwordLastSet.value_or(QDateTime()), passwordLastSet);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::newRow("empty output") << fixture(QStringLiteral("not-found.json")) << QStringLiteral("no account in the output (not found)");
        QTest::newRow("null") << QByteArray("null\r\n") << QStringLiteral("no account in the output (not found)");
        QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("no account in the output (not found)");
        QTest::newRow("two accounts") << fixture(QStringLiteral("two-accounts.json")) << QStringLiteral("several accounts in the output");
        QTest::newRow("cut JSON") << fixture(QStringLiteral("user-ok-ps51.json")).left(200) << QStringLiteral("invalid JSON");
        QTest::newRow("error text") << QByteArray("Get-ADUser : Cannot find an object with identity: 'svc-ndes'")
                                    << QStringLiteral("invalid JSON");
        QTest::newRow("object without identity") << QByteArray("{\"Enabled\": true}")
                                                 << QStringLiteral("the object has no SamAccountName, DistinguishedName or ObjectClass");
    }

    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        const ndes::Expected<AdAccount> a = parseAdAccountJson(bytes);
        QVERIFY(!a.hasValue());
        QCOMPARE(a.error().what, what);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QDateTime>("expected"); // invalid: no date
        QTest::newRow("ms date") << QStringLiteral("\"/Date(1700000000000)/\"") << utc(2023, 11, 14, 22, 13, 20);
        QTest::newRow("ms date with offset") << QStringLiteral("\"/Date(1700000000000+0100)/\"") << utc(2023, 11, 14, 22, 13, 20);
        QTest::newRow("negative ms date") << QStringLiteral("\"/Date(-1000)/\"") << utc(1969, 12, 31, 23, 59, 59);
        QTest::newRow("iso Z, 7 digits") << QStringLiteral("\"2025-06-30T12:22:05.1234567Z\"") << utc(2025, 6, 30, 12, 22, 5, 123);
        QTest::newRow("iso offset") << QStringLiteral("\"2026-02-01T00:00:00+01:00\"") << utc(2026, 1, 31, 23);
        QTest::newRow("iso no zone") << QStringLiteral("\"2026-02-01T00:00:00\"") << utc(2026, 2, 1);
        QTest::newRow("wrapped value") << QStringLiteral("{\"value\": \"/Date(0)/\", \"DateTime\": \"jeudi 1 janvier 1970\"}")
                                       << utc(1970, 1, 1);
        QTest::newRow("null") << QStringLiteral("null") << QDateTime();
        QTest::newRow("locale text") << QStringLiteral("\"samedi 22 juillet 2023 06:26:40\"") << QDateTime();
        QTest::newRow("number") << QStringLiteral("1700000000000") << QDateTime();
    }

    void dates()
    {
        QFETCH(QString, json);
        QFETCH(QDateTime, expected);
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(json).toUtf8());
        QVERIFY(doc.isArray());
        const std::optional<QDateTime> t = parsePowerShellDate(doc.array().first());
        QCOMPARE(t.value_or(QDateTime()), expected);
    }

    void builtIn_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("builtIn"); // empty: an account AD applies to
        QTest::newRow("ApplicationPoolIdentity") << QStringLiteral("ApplicationPoolIdentity") << QStringLiteral("ApplicationPoolIdentity");
        QTest::newRow("IIS APPPOOL\\SCEP") << QStringLiteral("IIS APPPOOL\\SCEP") << QStringLiteral("ApplicationPoolIdentity");
        QTest::newRow("app pool SID") << QStringLiteral("S-1-5-82-3006700770-424185619-1745488364-794895919-4004696415")
                                      << QStringLiteral("ApplicationPoolIdentity");
        QTest::newRow("networkservice") << QStringLiteral("networkservice") << QStringLiteral("NetworkService");
        QTest::newRow("NT AUTHORITY\\NETWORK SERVICE") << QStringLiteral("NT AUTHORITY\\NETWORK SERVICE") << QStringLiteral("NetworkService");
        QTest::newRow("French name, by SID") << QStringLiteral("S-1-5-20") << QStringLiteral("NetworkService");
        QTest::newRow("LocalSystem") << QStringLiteral("LocalSystem") << QStringLiteral("LocalSystem");
        QTest::newRow("S-1-5-18") << QStringLiteral("S-1-5-18") << QStringLiteral("LocalSystem");
        QTest::newRow("LocalService") << QStringLiteral(" LocalService ") << QStringLiteral("LocalService");
        QTest::newRow("domain account") << QStringLiteral("CONTOSO\\svc-ndes") << QString();
        QTest::newRow("gMSA") << QStringLiteral("CONTOSO\\gmsa-ndes$") << QString();
        QTest::newRow("SpecificUser") << QStringLiteral("SpecificUser") << QString();
    }

    void builtIn()
    {
        QFETCH(QString, identity);
        QFETCH(QString, builtIn);
        const std::optional<AdAccount> a = builtInIdentity(identity);
        QCOMPARE(a.has_value(), !builtIn.isEmpty());
        if (a) {
            QCOMPARE(a->kind, AdAccountKind::BuiltIn);
            QCOMPARE(adAccountKindId(a->kind), QStringLiteral("built-in"));
            QCOMPARE(a->builtInIdentity, builtIn);
            QVERIFY(!a->enabled.has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestParserAdAccount)
#include "tst_parser_adaccount.moc"
