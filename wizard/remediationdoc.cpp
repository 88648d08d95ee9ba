#include "remediationdoc.h"

#include <QRegularExpression>

namespace ndes::ui {

QStringList RemediationDoc::anchors() const
{
    QStringList list;
    if (!titleAnchor.isEmpty())
        list << titleAnchor;
    for (const DocBlock &block : blocks) {
        if (block.kind == DocBlock::Kind::Heading && !block.anchor.isEmpty())
            list << block.anchor;
    }
    return list;
}

QString stripAnchor(const QString &heading, QString *anchor)
{
    static const QRegularExpression re(QStringLiteral("\\s*\\{#([A-Za-z0-9_.:-]+)\\}\\s*$"));
    const QRegularExpressionMatch m = re.match(heading);
    if (!m.hasMatch()) {
        if (anchor)
            anchor->clear();
        return heading.trimmed();
    }
    if (anchor)
        *anchor = m.captured(1);
    return heading.left(m.capturedStart()).trimmed();
}

RemediationDoc parseRemediation(const QString &markdown)
{
    static const QRegularExpression headingRe(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression fenceRe(QStringLiteral("^\\s*```\\s*([A-Za-z0-9_+-]*)\\s*(.*)$"));
    static const QRegularExpression imageRe(QStringLiteral("!\\[([^\\]]*)\\]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)"));

    RemediationDoc doc;
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));

    QStringList paragraph;
    const auto flush = [&] {
        const QString md = paragraph.join(QLatin1Char('\n')).trimmed();
        paragraph.clear();
        if (md.isEmpty())
            return;
        DocBlock block;
        block.kind = DocBlock::Kind::Markdown;
        block.text = md;
        doc.blocks << block;
    };

    int i = 0;
    // The title: the first non-empty line, when it is a level-1 heading.
    while (i < lines.size() && lines[i].trimmed().isEmpty())
        ++i;
    if (i < lines.size() && lines[i].startsWith(QLatin1String("# "))) {
        doc.title = stripAnchor(lines[i].mid(2), &doc.titleAnchor);
        ++i;
    }

    for (; i < lines.size(); ++i) {
        const QString &line = lines[i];

        if (const QRegularExpressionMatch fence = fenceRe.match(line); fence.hasMatch()) {
            flush();
            DocBlock block;
            block.kind = DocBlock::Kind::Code;
            block.language = fence.captured(1).toLower();
            block.changesServer = fence.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                      .contains(QLatin1String("changes-server"));
            QStringList code;
            for (++i; i < lines.size(); ++i) {
                if (lines[i].trimmed().startsWith(QLatin1String("```")))
                    break;
                code << lines[i];
            }
            while (!code.isEmpty() && code.last().trimmed().isEmpty())
                code.removeLast();
            block.text = code.join(QLatin1Char('\n'));
            doc.blocks << block;
            continue;
        }

        if (const QRegularExpressionMatch heading = headingRe.match(line); heading.hasMatch()) {
            flush();
            DocBlock block;
            block.kind = DocBlock::Kind::Heading;
            block.level = int(heading.captured(1).size());
            block.text = stripAnchor(heading.captured(2), &block.anchor);
            doc.blocks << block;
            continue;
        }

        // Images of ours become blocks of their own; the text around them stays Markdown.
        QString rest = line;
        bool split = false;
        for (QRegularExpressionMatch m = imageRe.match(rest); m.hasMatch(); m = imageRe.match(rest)) {
            const QString target = m.captured(2);
            DocBlock block;
            block.alt = m.captured(1);
            if (target.startsWith(QLatin1String("browser:"))) {
                block.kind = DocBlock::Kind::BrowserImage;
                block.target = target.mid(8);
            } else if (target.startsWith(QLatin1String("img/")) && target.endsWith(QLatin1String(".svg"))) {
                block.kind = DocBlock::Kind::SvgImage;
                block.target = target;
            } else {
                break;
            }
            const QString before = rest.left(m.capturedStart());
            if (!before.trimmed().isEmpty())
                paragraph << before;
            flush();
            doc.blocks << block;
            rest = rest.mid(m.capturedEnd());
            split = true;
        }
        if (!split || !rest.trimmed().isEmpty())
            paragraph << rest;
    }
    flush();
    return doc;
}

} // namespace ndes::ui
