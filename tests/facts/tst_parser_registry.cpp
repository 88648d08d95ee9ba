#include "facts/parsers/registry.h"
#include "parserfixtures.h"

#include <QTest>

using namespace ndes::facts;
using namespace ndes::testing;

namespace {

QByteArray reg(const char *name)
{
    return readFixture(QStringLiteral("registry"), QString::fromLatin1(name));
}

const QString httpKey = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters");
const QString mscepKey = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP");

} // namespace

class TestParserRegistry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void httpParameters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("notFound");
        QTest::addColumn<int>("keys");
        QTest::addColumn<qlonglong>("maxFieldLength"); // -1: absent
        QTest::addColumn<qlonglong>("maxRequestBytes");
        QTest::addColumn<QList<int>>("badLines");
        QTest::addColumn<QString>("messagePart");
        for (Variant v : allVariants) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", name, variantName(v));
            };
            row("both set") << reencode(reg("http-parameters.txt"), v) << 0 << false << 1 << 65534LL << 65534LL
                            << QList<int>{} << QString();
            row("both absent, subkey listed") << reencode(reg("http-parameters-absent-lf.txt"), v) << 0 << false << 2
                                              << -1LL << -1LL << QList<int>{} << QString();
            row("truncated") << reencode(reg("truncated.txt"), v) << 0 << false << 1 << 65534LL << -1LL << QList<int>{4}
                             << QString();
            row("bad values") << reencode(reg("bad-values.txt"), v) << 0 << false << 1 << -1LL << 65534LL
                              << QList<int>{3, 5, 6} << QString();
            row("missing, English") << reencode(reg("notfound-en.txt"), v) << 1 << true << 0 << -1LL << -1LL
                                    << QList<int>{}
                                    << QStringLiteral(
                                           "ERROR: The system was unable to find the specified registry key");
            row("missing, French") << reencode(reg("notfound-fr.txt"), v) << 1 << true << 0 << -1LL << -1LL
                                   << QList<int>{}
                                   << QStringLiteral("ERREUR\u00a0: le syst\u00e8me n\u2019a pas trouv\u00e9");
        }
    }

    void httpParameters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(bool, notFound);
        QFETCH(int, keys);
        QFETCH(qlonglong, maxFieldLength);
        QFETCH(qlonglong, maxRequestBytes);
        QFETCH(QList<int>, badLines);
        QFETCH(QString, messagePart);
        const auto r = parseRegQuery(bytes, exitCode);
        QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->notFound, notFound);
        QCOMPARE(r->keys.size(), keys);
        QCOMPARE(r->badLines, badLines);
        QVERIFY2(r->message.contains(messagePart), qPrintable(r->message));
        const auto field = r->dword(httpKey, QStringLiteral("MaxFieldLength"));
        QCOMPARE(field ? qlonglong(*field) : -1LL, maxFieldLength);
        const auto bytesValue = r->dword(httpKey + QLatin1Char('\\'), QStringLiteral("maxrequestbytes"));
        QCOMPARE(bytesValue ? qlonglong(*bytesValue) : -1LL, maxRequestBytes);
    }

    void valueTypes()
    {
        for (Variant v : allVariants) {
            const auto r = parseRegQuery(reencode(reg("mscep-s.txt"), v));
            QVERIFY(r.hasValue());
            QCOMPARE(r->keys.size(), 3);
            QVERIFY(r->badLines.isEmpty());
            const auto key = r->key(mscepKey);
            QVERIFY(key.has_value());
            QCOMPARE(key->values.size(), 9);
            const RegValue def = key->values.at(0);
            QVERIFY(def.isDefault);
            QCOMPARE(def.type, RegType::Sz);
            QCOMPARE(def.data, QString());
            QCOMPARE(r->string(mscepKey, QStringLiteral("SignatureTemplate")), QStringLiteral("NDES-Intune"));
            QCOMPARE(r->string(mscepKey, QStringLiteral("GeneralPurposeTemplate")),
                     QStringLiteral("IPSECIntermediateOffline"));
            const auto path = key->value(QStringLiteral("Install Path"));
            QVERIFY(path.has_value());
            QCOMPARE(path->type, RegType::ExpandSz);
            QCOMPARE(path->data, QStringLiteral("%SystemRoot%\\system32\\CertSrv\\mscep"));
            QCOMPARE(key->value(QStringLiteral("CAList"))->strings,
                     (QStringList{QStringLiteral("CONTOSO-CA"), QStringLiteral("CONTOSO-CA2")}));
            QCOMPARE(key->value(QStringLiteral("EmptyList"))->strings, QStringList{});
            QCOMPARE(key->value(QStringLiteral("Thumbprint Bytes"))->binary, QByteArray("\x0A\x1B\x2C\x3D\xFF"));
            QCOMPARE(key->value(QStringLiteral("LastRun"))->number.value_or(0), 0x1d9a2b3c4d5e6f7ULL);
            QCOMPARE(key->value(QStringLiteral("LastRun"))->line, 11);
            QVERIFY(!dword(*key, QStringLiteral("LastRun")).has_value());
            QVERIFY(!dword(*key, QStringLiteral("SignatureTemplate")).has_value());
            QCOMPARE(
                r->string(mscepKey + QStringLiteral("\\Modules\\NDESPolicy"), QStringLiteral("NDESCertThumbprint")),
                QStringLiteral("3F2A9C1B7D4E5F60718293A4B5C6D7E8F9012345"));
            QVERIFY(r->key(mscepKey + QStringLiteral("\\Modules"))->values.isEmpty());
            QVERIFY(!r->matchCount.has_value());
        }
    }

    void frenchDefault()
    {
        const auto r = parseRegQuery(reg("mscep-fr-utf16.txt"));
        QVERIFY(r.hasValue());
        const auto key = r->key(QStringLiteral("hklm\\software\\microsoft\\cryptography\\mscep"));
        QVERIFY(key.has_value());
        QCOMPARE(key->values.size(), 2);
        QVERIFY(key->values.at(0).isDefault);
        QCOMPARE(key->values.at(0).name, QStringLiteral("(par d\u00e9faut)"));
        QCOMPARE(key->value(QString())->data, QStringLiteral("valeur \u00e9crite"));
        QCOMPARE(key->value(QStringLiteral("SignatureTemplate"))->data, QStringLiteral("Mod\u00e8le NDES"));
        QVERIFY(!key->values.at(1).isDefault);
    }

    void search_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("keys");
        QTest::addColumn<int>("matches");
        for (Variant v : allVariants) {
            QTest::addRow("English, %s", variantName(v)) << reencode(reg("search-f.txt"), v) << 2 << 2;
            QTest::addRow("French, %s", variantName(v)) << reencode(reg("search-f-fr.txt"), v) << 1 << 1;
        }
    }

    void search()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, keys);
        QFETCH(int, matches);
        const auto r = parseRegQuery(bytes);
        QVERIFY(r.hasValue());
        QCOMPARE(r->keys.size(), keys);
        QCOMPARE(r->matchCount.value_or(-1), matches);
        QVERIFY(r->badLines.isEmpty());
        QCOMPARE(r->string(QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\MicrosoftIntune\\NDESConnector"),
                           QStringLiteral("SigningCertificate")),
                 QStringLiteral("3F2A9C1B7D4E5F60718293A4B5C6D7E8F9012345"));
    }

    void failures()
    {
        QVERIFY(!parseRegQuery(QByteArray()).hasValue());
        QVERIFY(!parseRegQuery(QByteArray("ERROR: Invalid syntax.\r\n"), 0).hasValue());
        const auto denied = parseRegQuery(QByteArray("ERROR: Access is denied.\r\n"), 5);
        QVERIFY(!denied.hasValue());
        QCOMPARE(denied.error().details, QStringList{QStringLiteral("ERROR: Access is denied.")});
        QCOMPARE(canonicalRegPath(QStringLiteral("hkcu\\Software\\")), QStringLiteral("HKEY_CURRENT_USER\\Software"));
    }
};

QTEST_GUILESS_MAIN(TestParserRegistry)
#include "tst_parser_registry.moc"
