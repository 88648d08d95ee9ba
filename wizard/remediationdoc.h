#pragma once

// The remediation pages of resources/content/<lang>/<id>.md, split into the blocks the viewer shows.
// Format: the first line is "# title"; headings may end with " {#anchor-id}"; images are
// ![alt](browser:<picture-id>) or ![alt](img/<name>.svg); fenced code blocks are ```powershell or
// ```cmd, optionally followed by " changes-server". Everything else is Markdown.

#include <QList>
#include <QString>
#include <QStringList>

namespace ndes::ui {

struct DocBlock {
    enum class Kind { Heading, Markdown, Code, BrowserImage, SvgImage };
    Kind kind = Kind::Markdown;
    int level = 0;          // headings: 2 for "##", ...
    QString text;           // heading text, Markdown source, or the code
    QString anchor;         // headings: the {#anchor-id}, without braces
    QString language;       // code: "powershell", "cmd", or what the fence says
    bool changesServer = false;
    QString target;         // images: the picture id (browser:) or the path (img/...)
    QString alt;
};

struct RemediationDoc {
    QString title;
    QString titleAnchor;
    QList<DocBlock> blocks;

    QStringList anchors() const;
};

RemediationDoc parseRemediation(const QString &markdown);

// Removes a trailing " {#anchor}" from a heading line's text; returns the anchor through `anchor`.
QString stripAnchor(const QString &heading, QString *anchor = nullptr);

} // namespace ndes::ui
