// Checks the remediation pages and illustrations: both languages complete and in step, the format the
// wizard's viewer expects, and every file of resources/content embedded in content_resources.
#include "core/verdict.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace ndes;

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("fr")};

// The pages the wizard draws from the simulator's own response bodies.
const QSet<QString> kBrowserPictures = {
    QStringLiteral("iis-403"),   QStringLiteral("ndes-default"),
    QStringLiteral("httpsys-503"), QStringLiteral("appproxy-gatewaytimeout"),
    QStringLiteral("httpsys-414"), QStringLiteral("iis-404-15"),
    QStringLiteral("cant-be-displayed"), QStringLiteral("iis-500"),
    QStringLiteral("tls-error"), QStringLiteral("timeout"),
    QStringLiteral("iis-401"),
};

const QSet<QString> kCodeLanguages = {QStringLiteral("powershell"), QStringLiteral("cmd"),
                                      QStringLiteral("text")};

// Elements an illustration may use: what QtSvg renders from SVG Tiny 1.2, nothing external.
const QSet<QString> kSvgElements = {
    QStringLiteral("svg"),  QStringLiteral("title"),    QStringLiteral("desc"),
    QStringLiteral("g"),    QStringLiteral("rect"),     QStringLiteral("line"),
    QStringLiteral("circle"), QStringLiteral("ellipse"), QStringLiteral("polygon"),
    QStringLiteral("polyline"), QStringLiteral("path"), QStringLiteral("text"),
    QStringLiteral("tspan"),
};

constexpr qint64 kMaxSvgBytes = 30 * 1024;

struct CodeBlock {
    QString language;
    QString flag;
    QStringList lines;
};

struct Image {
    QString alt;
    QString target;
};

struct Link {
    QString page; // empty for a link inside the same page
    QString anchor;
};

struct Page {
    QString title;
    QStringList anchors;
    QList<Image> images;
    QList<CodeBlock> blocks;
    QList<Link> links;
    QStringList errors;
};

QString sourceContentDir()
{
    return QStringLiteral(NDES_SOURCE_DIR "/resources/content");
}

QString readUtf8(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(f.readAll()) : QString();
}

Page parsePage(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral(R"(^(#{1,6})\s+(.*)$)"));
    static const QRegularExpression anchorAtEnd(QStringLiteral(R"(\s\{#([^}\s]*)\}\s*$)"));
    static const QRegularExpression kebab(QStringLiteral(R"(^[a-z0-9]+(-[a-z0-9]+)*$)"));
    static const QRegularExpression fence(QStringLiteral(R"(^```(.*)$)"));
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\(([^)\s]+)\))"));
    static const QRegularExpression link(QStringLiteral(R"((?<!!)\[[^\]]*\]\(([^)\s]+)\))"));

    Page page;
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || !lines.first().startsWith(QLatin1String("# ")))
        page.errors << QStringLiteral("the first line is not '# <title>'");
    else
        page.title = lines.first().mid(2).trimmed();

    CodeBlock *open = nullptr;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString where = QStringLiteral("line %1: ").arg(i + 1);
        const auto fm = fence.match(line);
        if (open) {
            if (fm.hasMatch() && fm.captured(1).trimmed().isEmpty())
                open = nullptr;
            else
                open->lines << line;
            continue;
        }
        if (fm.hasMatch()) {
            const QStringList info = fm.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            CodeBlock block;
            block.language = info.value(0);
            block.flag = info.value(1);
            if (!kCodeLanguages.contains(block.language))
                page.errors << where + QStringLiteral("code block language '%1'").arg(block.language);
            if (info.size() > 2 || (!block.flag.isEmpty() && block.flag != QLatin1String("changes-server")))
                page.errors << where + QStringLiteral("code block info '%1'").arg(fm.captured(1));
            if (block.language == QLatin1String("text") && !block.flag.isEmpty())
                page.errors << where + QStringLiteral("a text block cannot change the server");
            page.blocks << block;
            open = &page.blocks.last();
            continue;
        }
        if (line.startsWith(QLatin1Char('>')))
            page.errors << where + QStringLiteral("a line starting with '>' becomes a quote");
        const auto hm = heading.match(line);
        if (hm.hasMatch()) {
            if (hm.captured(1).size() == 1) {
                page.errors << where + QStringLiteral("a second '# ' title");
            } else if (hm.captured(1).size() > 3) {
                page.errors << where + QStringLiteral("sections are '##' or '###' only");
            } else {
                const auto am = anchorAtEnd.match(line);
                if (!am.hasMatch())
                    page.errors << where + QStringLiteral("heading without an explicit {#anchor}");
                else if (!kebab.match(am.captured(1)).hasMatch())
                    page.errors << where + QStringLiteral("anchor '%1' is not kebab-case").arg(am.captured(1));
                else if (page.anchors.contains(am.captured(1)))
                    page.errors << where + QStringLiteral("anchor '%1' used twice").arg(am.captured(1));
                else
                    page.anchors << am.captured(1);
            }
        }
        for (auto it = image.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            page.images << Image{m.captured(1), m.captured(2)};
        }
        for (auto it = link.globalMatch(line); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://")))
                continue;
            const qsizetype hash = target.indexOf(QLatin1Char('#'));
            Link l;
            l.page = hash < 0 ? target : target.left(hash);
            l.anchor = hash < 0 ? QString() : target.mid(hash + 1);
            page.links << l;
        }
    }
    if (open)
        page.errors << QStringLiteral("a code block is never closed");
    return page;
}

// The command lines of a block, without comment lines: they must be the same in both languages.
QStringList commandLines(const CodeBlock &block)
{
    QStringList out;
    for (const QString &line : block.lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1String("::"))
            || t.startsWith(QLatin1String("REM "), Qt::CaseInsensitive))
            continue;
        out << t;
    }
    return out;
}

QStringList pageIdsIn(const QString &dir)
{
    QStringList ids;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : entries)
        ids << (fi.isFile() && fi.suffix() == QLatin1String("md") ? fi.completeBaseName() : fi.fileName());
    return ids;
}

QStringList filesUnder(const QString &root)
{
    QStringList rel;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        rel << QDir(root).relativeFilePath(it.next());
    rel.sort();
    return rel;
}

QString svgProblem(const QByteArray &bytes)
{
    if (bytes.size() >= kMaxSvgBytes)
        return QStringLiteral("%1 bytes, the limit is %2").arg(bytes.size()).arg(kMaxSvgBytes);
    QXmlStreamReader xml(bytes);
    bool sawRoot = false;
    bool sawIllustration = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (!sawRoot) {
                if (name != QLatin1String("svg") || xml.namespaceUri() != QLatin1String("http://www.w3.org/2000/svg"))
                    return QStringLiteral("the root element is not an SVG <svg>");
                sawRoot = true;
            }
            if (!kSvgElements.contains(name))
                return QStringLiteral("element <%1> is not allowed").arg(name);
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QString n = a.qualifiedName().toString();
                if (n == QLatin1String("style") || n == QLatin1String("class") || n.startsWith(QLatin1String("xlink:"))
                    || n == QLatin1String("href") || n == QLatin1String("filter"))
                    return QStringLiteral("attribute '%1' on <%2> is not allowed").arg(n, name);
            }
        } else if (xml.isCharacters() && xml.text().contains(QLatin1String("Illustration"))) {
            sawIllustration = true;
        }
    }
    if (xml.hasError())
        return QStringLiteral("XML error: %1").arg(xml.errorString());
    if (!sawRoot)
        return QStringLiteral("no <svg> element");
    if (!sawIllustration)
        return QStringLiteral("it is not labelled 'Illustration'");
    return {};
}

} // namespace

class TestContent : public QObject {
    Q_OBJECT

private:
    Page loadPage(const QString &lang, const QString &id)
    {
        bool ok = false;
        const QString text = readUtf8(QStringLiteral(":/content/%1/%2.md").arg(lang, id), &ok);
        if (!ok) {
            Page p;
            p.errors << QStringLiteral("not embedded");
            return p;
        }
        return parsePage(text);
    }

    QStringList allPageIds()
    {
        QStringList ids = pageIdsIn(sourceContentDir() + QStringLiteral("/en"));
        for (const QString &id : pageIdsIn(sourceContentDir() + QStringLiteral("/fr"))) {
            if (!ids.contains(id))
                ids << id;
        }
        return ids;
    }

private Q_SLOTS:
    void everyVerdictHasAPage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("id");
        for (const QString &lang : kLanguages) {
            for (Verdict v : kAllVerdicts) {
                const QString id = verdictId(v);
                QTest::newRow(qPrintable(lang + QLatin1Char('/') + id)) << lang << id;
            }
        }
    }

    void everyVerdictHasAPage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, id);
        QVERIFY2(QFile::exists(QStringLiteral(":/content/%1/%2.md").arg(lang, id)), "missing from the resources");
        QVERIFY2(QFile::exists(sourceContentDir() + QStringLiteral("/%1/%2.md").arg(lang, id)),
                 "missing from resources/content");
    }

    void languagesHaveTheSamePages()
    {
        for (const QString &root : {sourceContentDir(), QStringLiteral(":/content")}) {
            const QStringList en = pageIdsIn(root + QStringLiteral("/en"));
            const QStringList fr = pageIdsIn(root + QStringLiteral("/fr"));
            QVERIFY2(!en.isEmpty(), qPrintable(root));
            QCOMPARE(en, fr);
            QCOMPARE(pageIdsIn(root + QStringLiteral("/img/en")), pageIdsIn(root + QStringLiteral("/img/fr")));
        }
        // Only pages, illustrations and nothing else at the top of content/.
        QStringList top = QDir(sourceContentDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(top, (QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("img")}));
        const QStringList imgFiles = filesUnder(sourceContentDir() + QStringLiteral("/img"));
        for (const QString &f : imgFiles)
            QVERIFY2(f.endsWith(QLatin1String(".svg")), qPrintable(f));
    }

    void sourceAndResourcesMatch()
    {
        const QStringList source = filesUnder(sourceContentDir());
        const QStringList embedded = filesUnder(QStringLiteral(":/content"));
        QVERIFY(!source.isEmpty());
        for (const QString &f : source)
            QVERIFY2(embedded.contains(f), qPrintable(f + QStringLiteral(" is not in resources/CMakeLists.txt")));
        for (const QString &f : embedded)
            QVERIFY2(source.contains(f), qPrintable(f + QStringLiteral(" is embedded but not in resources/content")));
        for (const QString &f : source) {
            QFile a(sourceContentDir() + QLatin1Char('/') + f);
            QFile b(QStringLiteral(":/content/") + f);
            QVERIFY(a.open(QIODevice::ReadOnly));
            QVERIFY(b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(f + QStringLiteral(": the build is stale")));
        }
    }

    void pageFormat_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("id");
        for (const QString &lang : kLanguages) {
            for (const QString &id : allPageIds())
                QTest::newRow(qPrintable(lang + QLatin1Char('/') + id)) << lang << id;
        }
    }

    void pageFormat()
    {
        QFETCH(QString, lang);
        QFETCH(QString, id);
        const Page page = loadPage(lang, id);
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(QStringLiteral("; "))));
        QVERIFY(!page.title.isEmpty());

        QVERIFY2(page.anchors.contains(QStringLiteral("what-it-means")), "no {#what-it-means}");
        QVERIFY2(page.anchors.contains(QStringLiteral("test-again")), "no {#test-again}");
        const bool hasFix = std::any_of(page.anchors.cbegin(), page.anchors.cend(), [](const QString &a) {
            return a == QLatin1String("fix") || a.startsWith(QLatin1String("fix-"))
                || a.startsWith(QLatin1String("cause-"));
        });
        QVERIFY2(hasFix, "no {#fix}, {#fix-...} or {#cause-...} section");

        QVERIFY2(!page.images.isEmpty(), "no picture");
        const bool hasCommand = std::any_of(page.blocks.cbegin(), page.blocks.cend(), [](const CodeBlock &b) {
            return b.language != QLatin1String("text") && !commandLines(b).isEmpty();
        });
        QVERIFY2(hasCommand, "no powershell or cmd block");

        for (const Image &img : page.images) {
            if (img.target.startsWith(QLatin1String("browser:"))) {
                QVERIFY2(kBrowserPictures.contains(img.target.mid(8)), qPrintable(img.target));
            } else {
                static const QRegularExpression svgRef(QStringLiteral(R"(^img/[a-z0-9]+(-[a-z0-9]+)*\.svg$)"));
                QVERIFY2(svgRef.match(img.target).hasMatch(), qPrintable(img.target));
                QVERIFY2(img.alt.startsWith(QLatin1String("Illustration")),
                         qPrintable(img.target + QStringLiteral(": the alt text must say 'Illustration'")));
            }
            QVERIFY2(!img.alt.trimmed().isEmpty(), qPrintable(img.target + QStringLiteral(": no alt text")));
        }

        for (const Link &l : page.links) {
            const QString target = l.page.isEmpty() ? id : l.page.chopped(l.page.endsWith(QLatin1String(".md")) ? 3 : 0);
            QVERIFY2(l.page.isEmpty() || l.page.endsWith(QLatin1String(".md")), qPrintable(l.page));
            QVERIFY2(QFile::exists(QStringLiteral(":/content/%1/%2.md").arg(lang, target)),
                     qPrintable(QStringLiteral("link to missing page ") + l.page));
            const Page other = target == id ? page : loadPage(lang, target);
            if (!l.anchor.isEmpty())
                QVERIFY2(other.anchors.contains(l.anchor),
                         qPrintable(QStringLiteral("link to missing anchor %1#%2").arg(target, l.anchor)));
        }
    }

    void requiredSections_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("anchors");
        QTest::newRow("service-unavailable-503")
            << QStringLiteral("service-unavailable-503")
            << QStringList{QStringLiteral("check-app-pool"), QStringLiteral("cause-intermediates"),
                           QStringLiteral("cause-crl"), QStringLiteral("cause-windows-auth")};
        QTest::newRow("internal-error-500")
            << QStringLiteral("internal-error-500")
            << QStringList{QStringLiteral("cause-account"), QStringLiteral("cause-ra-expired"),
                           QStringLiteral("cause-impersonate")};
        QTest::newRow("request-too-long")
            << QStringLiteral("request-too-long")
            << QStringList{QStringLiteral("fix-request-filtering"), QStringLiteral("fix-httpsys")};
        QTest::newRow("ok-403") << QStringLiteral("ok-403")
                                << QStringList{QStringLiteral("iis-logs"), QStringLiteral("device-logs"),
                                               QStringLiteral("next-stage")};
        QTest::newRow("unexpected-status") << QStringLiteral("unexpected-status")
                                           << QStringList{QStringLiteral("read-status")};
    }

    void requiredSections()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, anchors);
        for (const QString &lang : kLanguages) {
            const Page page = loadPage(lang, id);
            for (const QString &a : anchors)
                QVERIFY2(page.anchors.contains(a), qPrintable(lang + QStringLiteral(": no {#") + a + QLatin1Char('}')));
        }
    }

    void languagesInStep_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : allPageIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void languagesInStep()
    {
        QFETCH(QString, id);
        const Page en = loadPage(QStringLiteral("en"), id);
        const Page fr = loadPage(QStringLiteral("fr"), id);
        QVERIFY2(en.errors.isEmpty() && fr.errors.isEmpty(), "a page does not parse");

        // Same sections in the same order: the tree and the viewer link to them by anchor.
        QCOMPARE(fr.anchors, en.anchors);

        // Same pictures, as a multiset.
        QStringList enImages, frImages;
        for (const Image &i : en.images)
            enImages << i.target;
        for (const Image &i : fr.images)
            frImages << i.target;
        enImages.sort();
        frImages.sort();
        QCOMPARE(frImages, enImages);

        // Same commands: only comments may be translated.
        QCOMPARE(fr.blocks.size(), en.blocks.size());
        for (qsizetype i = 0; i < en.blocks.size(); ++i) {
            const CodeBlock &a = en.blocks.at(i);
            const CodeBlock &b = fr.blocks.at(i);
            QCOMPARE(b.language, a.language);
            QCOMPARE(b.flag, a.flag);
            if (a.language != QLatin1String("text"))
                QCOMPARE(commandLines(b), commandLines(a));
        }

        // Same links to other pages.
        QStringList enLinks, frLinks;
        for (const Link &l : en.links)
            enLinks << l.page + QLatin1Char('#') + l.anchor;
        for (const Link &l : fr.links)
            frLinks << l.page + QLatin1Char('#') + l.anchor;
        enLinks.sort();
        frLinks.sort();
        QCOMPARE(frLinks, enLinks);
    }

    void illustrations_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("name");
        QSet<QString> names;
        for (const QString &lang : kLanguages) {
            for (const QString &id : allPageIds()) {
                for (const Image &img : loadPage(lang, id).images) {
                    if (img.target.startsWith(QLatin1String("img/")))
                        names.insert(img.target.mid(4));
                }
            }
        }
        for (const QString &lang : kLanguages) {
            for (const QString &f : pageIdsIn(sourceContentDir() + QStringLiteral("/img/") + lang))
                names.insert(f);
        }
        QStringList sorted(names.cbegin(), names.cend());
        sorted.sort();
        for (const QString &lang : kLanguages) {
            for (const QString &n : sorted)
                QTest::newRow(qPrintable(lang + QLatin1Char('/') + n)) << lang << n;
        }
    }

    void illustrations()
    {
        QFETCH(QString, lang);
        QFETCH(QString, name);
        const QString rel = QStringLiteral("img/%1/%2").arg(lang, name);
        QVERIFY2(QFile::exists(sourceContentDir() + QLatin1Char('/') + rel), "missing from resources/content");
        QFile f(QStringLiteral(":/content/") + rel);
        QVERIFY2(f.open(QIODevice::ReadOnly), "not embedded");
        const QString problem = svgProblem(f.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void everyIllustrationIsUsed()
    {
        QSet<QString> used;
        for (const QString &id : allPageIds()) {
            for (const Image &img : loadPage(QStringLiteral("en"), id).images) {
                if (img.target.startsWith(QLatin1String("img/")))
                    used.insert(img.target.mid(4));
            }
        }
        for (const QString &f : pageIdsIn(sourceContentDir() + QStringLiteral("/img/en")))
            QVERIFY2(used.contains(f), qPrintable(f + QStringLiteral(" is not used by any page")));
    }

    // The checks above must notice a broken page; feed them one of each kind of mistake.
    void parserCatchesMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QStringLiteral("## A {#a}\n") << QStringLiteral("first line");
        QTest::newRow("heading without anchor")
            << QStringLiteral("# T\n## What it means\n") << QStringLiteral("without an explicit");
        QTest::newRow("anchor not kebab") << QStringLiteral("# T\n## A {#Cause_1}\n") << QStringLiteral("kebab");
        QTest::newRow("anchor twice") << QStringLiteral("# T\n## A {#a}\n### B {#a}\n") << QStringLiteral("twice");
        QTest::newRow("bad language") << QStringLiteral("# T\n```bash\nls\n```\n") << QStringLiteral("language");
        QTest::newRow("bad flag") << QStringLiteral("# T\n```cmd dangerous\niisreset\n```\n")
                                  << QStringLiteral("info");
        QTest::newRow("unclosed block") << QStringLiteral("# T\n```cmd\niisreset\n") << QStringLiteral("never closed");
        QTest::newRow("level 4") << QStringLiteral("# T\n#### A {#a}\n") << QStringLiteral("'##' or '###'");
        QTest::newRow("quote") << QStringLiteral("# T\nGo to A\n> B\n") << QStringLiteral("quote");
    }

    void parserCatchesMistakes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Page page = parsePage(text);
        QVERIFY2(page.errors.join(QLatin1Char(' ')).contains(expected), qPrintable(page.errors.join(QLatin1Char(' '))));
    }

    void parserReadsAPage()
    {
        const Page page = parsePage(QStringLiteral(
            "# Title\n"
            "## What it means {#what-it-means}\n"
            "![Shown](browser:iis-403) and [see](other.md#cause-x) and [here](#fix)\n"
            "```powershell changes-server\n"
            "# a comment\n"
            "## not a heading inside code\n"
            "Restart-Computer\n"
            "```\n"
            "### Fix {#fix}\n"
            "![Illustration: where](img/iis-app-pools.svg)\n"));
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(QStringLiteral("; "))));
        QCOMPARE(page.title, QStringLiteral("Title"));
        QCOMPARE(page.anchors, (QStringList{QStringLiteral("what-it-means"), QStringLiteral("fix")}));
        QCOMPARE(page.images.size(), 2);
        QCOMPARE(page.images.at(1).target, QStringLiteral("img/iis-app-pools.svg"));
        QCOMPARE(page.blocks.size(), 1);
        QCOMPARE(page.blocks.first().flag, QStringLiteral("changes-server"));
        QCOMPARE(commandLines(page.blocks.first()), QStringList{QStringLiteral("Restart-Computer")});
        QCOMPARE(page.links.size(), 2);
        QCOMPARE(page.links.at(0).page, QStringLiteral("other.md"));
        QCOMPARE(page.links.at(1).anchor, QStringLiteral("fix"));
    }

    void svgCheckCatchesMistakes_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">";
        QTest::newRow("not xml") << QByteArray("<svg") << QStringLiteral("XML error");
        QTest::newRow("not svg") << QByteArray("<html>Illustration</html>") << QStringLiteral("root");
        QTest::newRow("no label") << head + "<rect width=\"1\" height=\"1\"/></svg>" << QStringLiteral("labelled");
        QTest::newRow("bitmap") << head + "<image href=\"x.png\"/><text>Illustration</text></svg>"
                                << QStringLiteral("<image>");
        QTest::newRow("stylesheet") << head + "<style>rect{}</style><text>Illustration</text></svg>"
                                    << QStringLiteral("<style>");
        QTest::newRow("filter") << head + "<rect filter=\"url(#f)\"/><text>Illustration</text></svg>"
                                << QStringLiteral("filter");
        QTest::newRow("too big") << head + QByteArray(kMaxSvgBytes, ' ') + "<text>Illustration</text></svg>"
                                 << QStringLiteral("limit");
        QTest::newRow("good") << head + "<text>Illustration</text></svg>" << QString();
    }

    void svgCheckCatchesMistakes()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, expected);
        const QString problem = svgProblem(svg);
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
