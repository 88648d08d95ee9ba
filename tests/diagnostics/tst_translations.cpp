// Both languages are complete at every commit: the French catalog has no unfinished, vanished or
// obsolete entry, and every translation keeps the placeholders and the mnemonic of its source.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString &error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

int mnemonics(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return int(t.count(QLatin1Char('&')));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frenchIsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(NDES_SOURCE_DIR "/translations/ndes-doctor_fr.ts"), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" entry: ") + where));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                QSet<QString> expected = placeholders(m.source);
                if (m.numerus) // a plural form may spell the number out instead of %n
                    expected.remove(QStringLiteral("%n"));
                QVERIFY2(placeholders(t).contains(expected), qPrintable(QStringLiteral("placeholder lost: ") + where));
                QVERIFY2(mnemonics(t) == mnemonics(m.source), qPrintable(QStringLiteral("mnemonic mismatch: ") + where));
            }
        }
    }

    void englishHasTheSameMessages()
    {
        QString error;
        const QList<Message> fr = readTs(QStringLiteral(NDES_SOURCE_DIR "/translations/ndes-doctor_fr.ts"), error);
        const QList<Message> en = readTs(QStringLiteral(NDES_SOURCE_DIR "/translations/ndes-doctor_en.ts"), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> frKeys, enKeys;
        for (const Message &m : fr)
            frKeys.insert(m.context + QLatin1Char('\x1f') + m.source);
        for (const Message &m : en) {
            QVERIFY2(m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"), qPrintable(m.source));
            enKeys.insert(m.context + QLatin1Char('\x1f') + m.source);
        }
        QCOMPARE(enKeys, frKeys);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
