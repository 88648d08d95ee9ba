#pragma once

#include "remediationdoc.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace ndes::ui {

// Shows one remediation page of resources/content: headings with anchors, Markdown text,
// the browser pictures and SVG illustrations, and each command in a box with Copy (and Run...).
class RemediationView : public QScrollArea {
    Q_OBJECT
public:
    explicit RemediationView(QWidget *parent = nullptr);

    // Loads ":/content/<language>/<contentId>.md" (English when the language has no such page).
    // False when no language has it; the view then says so.
    bool load(const QString &contentId, const QString &language);
    void setRunAllowed(bool allowed); // live mode on Windows: commands get a Run... button

    QString contentId() const { return m_contentId; }
    QString language() const { return m_language; } // the language of the page shown
    QString title() const;
    QStringList anchors() const { return m_doc.anchors(); }
    bool scrollToAnchor(const QString &anchor);

    static QString resourcePath(const QString &contentId, const QString &language);
    static QString imagePath(const QString &target, const QString &language); // "img/x.svg" -> resource

Q_SIGNALS:
    void pageLoaded(const QString &contentId, const QString &language);

private:
    void rebuild();
    void openLink(const QString &link);
    QLabel *markdownLabel(const QString &markdown);

    RemediationDoc m_doc;
    QString m_contentId;
    QString m_language;
    bool m_runAllowed = false;
    bool m_missing = false;
    QPointer<QLabel> m_title;
    QHash<QString, QPointer<QWidget>> m_anchors;
};

} // namespace ndes::ui
