#include "facts/text.h"

#include <QStringEncoder>
#include <QTest>

using namespace ndes::facts;

Q_DECLARE_METATYPE(ndes::facts::TextEncoding)

class TestText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QString>("text");
        const QString sample = QStringLiteral("[Privilege Rights]\r\nSeImpersonatePrivilege = *S-1-5-32-568\r\nÉvénement");
        const QByteArray le = QStringEncoder(QStringEncoder::Utf16LE).encode(sample);
        const QByteArray be = QStringEncoder(QStringEncoder::Utf16BE).encode(sample);
        QTest::newRow("utf-16le with BOM") << QByteArray("\xFF\xFE") + le << TextEncoding::Utf16LeBom << sample;
        QTest::newRow("utf-16le without BOM") << le << TextEncoding::Utf16Le << sample;
        QTest::newRow("utf-16be with BOM") << QByteArray("\xFE\xFF") + be << TextEncoding::Utf16BeBom << sample;
        QTest::newRow("utf-16be without BOM") << be << TextEncoding::Utf16Be << sample;
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << TextEncoding::Utf8Bom << sample;
        QTest::newRow("utf-8") << sample.toUtf8() << TextEncoding::Utf8 << sample;
        QTest::newRow("windows-1252 French") << QByteArray("\xC9tat : D\xE9marr\xE9") << TextEncoding::Latin1
                                             << QStringLiteral("État : Démarré");
        QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << QString();
        QTest::newRow("one byte") << QByteArray("\x00", 1) << TextEncoding::Utf8 << QString(QChar(0));
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QFETCH(QString, text);
        QCOMPARE(detectEncoding(bytes), encoding);
        QCOMPARE(decodeText(bytes), text);
    }

    void splitLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("lf, no final newline") << QStringLiteral("a\nb") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("lone cr") << QStringLiteral("a\rb\r") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("blank lines kept") << QStringLiteral("\r\na\r\n\r\nb") << QStringList{QString(), QStringLiteral("a"), QString(), QStringLiteral("b")};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void splitLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QCOMPARE(ndes::facts::splitLines(text), lines);
    }

    void anyBytesDecode()
    {
        QByteArray bytes(4096, Qt::Uninitialized);
        for (int round = 0; round < 200; ++round) {
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 131 + round * 17) ^ (i >> 3));
            const QString text = decodeText(bytes.left(round * 20));
            QVERIFY(text.size() <= round * 20);
        }
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
