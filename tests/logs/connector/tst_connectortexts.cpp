// The sentences of wizard/connectortexts for every finding and stage the connector fixtures produce: our own
// sentence (not the generic rendering of the id), placeholders filled, and French once the catalog is loaded.
#include "connectortexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace ndes;
using namespace ndes::logs::connector;
using namespace ndes::ui;

class TestConnectorTexts : public QObject {
    Q_OBJECT

    std::unique_ptr<QTranslator> m_en;
    std::unique_ptr<QTranslator> m_fr;
    QList<ConnectorReport> m_reports;

    // English, then French; both complete, and different.
    template<typename F>
    void check(const QString &what, F text)
    {
        static const QRegularExpression placeholder(QStringLiteral("%[0-9n]"));
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        const QString en = text();
        QVERIFY2(!en.isEmpty(), qPrintable(what));
        QVERIFY2(!en.contains(placeholder), qPrintable(en));
        if (what.startsWith(QLatin1String("connector.")))
            QVERIFY2(!en.contains(what), qPrintable(en));
        QVERIFY2(!en.contains(QLatin1String("(s)")), qPrintable(en));
        QCoreApplication::removeTranslator(m_en.get());
        QVERIFY(QCoreApplication::installTranslator(m_fr.get()));
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
        const QString fr = text();
        QCoreApplication::removeTranslator(m_fr.get());
        QCoreApplication::installTranslator(m_en.get());
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        QVERIFY2(!fr.contains(placeholder), qPrintable(fr));
        QVERIFY2(fr != en, qPrintable(QStringLiteral("not translated: ") + en));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English needs its catalog too: it holds the singular and plural forms of the %n sentences.
        m_en = std::make_unique<QTranslator>();
        QVERIFY(m_en->load(QStringLiteral(":/i18n/ndes-doctor_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(m_en.get()));
        m_fr = std::make_unique<QTranslator>();
        QVERIFY(m_fr->load(QStringLiteral(":/i18n/ndes-doctor_fr.qm")));
        const QDir dir(QStringLiteral(NDES_FIXTURES_DIR "/connector"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            Expected<ConnectorReport> r = readConnectorLog(dir.filePath(name));
            if (r)
                m_reports << std::move(r).value();
        }
        QVERIFY(m_reports.size() >= 15);
    }

    void findings()
    {
        int n = 0;
        for (const ConnectorReport &r : std::as_const(m_reports)) {
            for (const Finding &f : r.findings) {
                check(f.id, [&f] { return connectorFindingText(f); });
                ++n;
            }
        }
        QVERIFY(n >= 20);
    }

    void evidenceInSentences()
    {
        for (const ConnectorReport &r : std::as_const(m_reports)) {
            for (const Finding &f : r.findings) {
                if (f.id == QLatin1String("connector.verify-403"))
                    QVERIFY(connectorFindingText(f).contains(QLatin1String("403 - Forbidden: Access is denied.")));
                if (f.id == QLatin1String("connector.notify-failed"))
                    QVERIFY(connectorFindingText(f).contains(QLatin1String("0x80072ee2")));
            }
        }
    }

    void stages()
    {
        for (const ConnectorReport &r : std::as_const(m_reports)) {
            for (const StageSeen &s : r.stages) {
                check(connectorStageName(s.stage), [&s] { return connectorStageSentence(s); });
                check(connectorStageName(s.stage), [&s] { return connectorStageStateName(s.state); });
            }
            check(r.file, [&r] { return connectorSummary(r.stages); });
            check(r.file, [&r] { return connectorLogKindName(r.kind); });
        }
        check(QStringLiteral("merged"), [this] { return connectorSummary(mergeStages(m_reports)); });
    }
};

QTEST_GUILESS_MAIN(TestConnectorTexts)
#include "tst_connectortexts.moc"
