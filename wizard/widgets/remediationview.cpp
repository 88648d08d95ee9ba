#include "remediationview.h"

#include "browserview.h"
#include "codebox.h"
#include "svgview.h"

#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>

namespace ndes::ui {

namespace {

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(int(f.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

} // namespace

RemediationView::RemediationView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("remediationView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
}

QString RemediationView::resourcePath(const QString &contentId, const QString &language)
{
    return QStringLiteral(":/content/%1/%2.md").arg(language, contentId);
}

QString RemediationView::imagePath(const QString &target, const QString &language)
{
    // "img/<name>.svg" in the page means ":/content/img/<lang>/<name>.svg".
    const QString name = target.mid(4);
    const QString localized = QStringLiteral(":/content/img/%1/%2").arg(language, name);
    if (QFile::exists(localized))
        return localized;
    return QStringLiteral(":/content/img/en/%1").arg(name);
}

QString RemediationView::title() const
{
    return m_title ? m_title->text() : QString();
}

void RemediationView::setRunAllowed(bool allowed)
{
    if (m_runAllowed == allowed)
        return;
    m_runAllowed = allowed;
    if (!m_contentId.isEmpty())
        rebuild();
}

bool RemediationView::load(const QString &contentId, const QString &language)
{
    QString lang = language;
    QFile file(resourcePath(contentId, lang));
    if (!file.exists() && lang != QLatin1String("en")) {
        lang = QStringLiteral("en");
        file.setFileName(resourcePath(contentId, lang));
    }
    m_contentId = contentId;
    m_language = lang;
    m_missing = !file.open(QIODevice::ReadOnly);
    m_doc = m_missing ? RemediationDoc() : parseRemediation(QString::fromUtf8(file.readAll()));
    rebuild();
    verticalScrollBar()->setValue(0);
    Q_EMIT pageLoaded(contentId, lang);
    return !m_missing;
}

QLabel *RemediationView::markdownLabel(const QString &markdown)
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::MarkdownText);
    label->setText(markdown);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(label, &QLabel::linkActivated, this, &RemediationView::openLink);
    return label;
}

void RemediationView::rebuild()
{
    m_anchors.clear();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("remediationContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 12, 12);
    layout->setSpacing(8);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("remediationTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setFont(scaledFont(font(), 1.5, true));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    if (m_missing) {
        m_title->setText(tr("No fix page yet"));
        layout->addWidget(markdownLabel(tr("There is no remediation page for \"%1\" yet.").arg(m_contentId)));
    } else {
        m_title->setText(m_doc.title);
        if (!m_doc.titleAnchor.isEmpty())
            m_anchors.insert(m_doc.titleAnchor, m_title.data());
    }

    int codeIndex = 0;
    for (const DocBlock &block : std::as_const(m_doc.blocks)) {
        switch (block.kind) {
        case DocBlock::Kind::Heading: {
            auto *heading = new QLabel(block.text, content);
            heading->setTextFormat(Qt::PlainText);
            heading->setWordWrap(true);
            heading->setFont(scaledFont(font(), block.level <= 2 ? 1.25 : 1.08, true));
            heading->setContentsMargins(0, block.level <= 2 ? 10 : 4, 0, 0);
            if (!block.anchor.isEmpty()) {
                heading->setObjectName(QStringLiteral("anchor_") + block.anchor);
                m_anchors.insert(block.anchor, heading);
            }
            layout->addWidget(heading);
            break;
        }
        case DocBlock::Kind::Markdown: layout->addWidget(markdownLabel(block.text)); break;
        case DocBlock::Kind::Code: {
            auto *box = new CodeBox(block.language, block.text, block.changesServer, m_runAllowed, content);
            box->setObjectName(QStringLiteral("codeBox_%1").arg(codeIndex++));
            layout->addWidget(box);
            break;
        }
        case DocBlock::Kind::BrowserImage: {
            auto *view = new BrowserView(content);
            view->setObjectName(QStringLiteral("picture_") + block.target);
            view->setMaximumContentHeight(260);
            if (!view->showCanned(block.target))
                view->showHtml(BrowserView::sampleUrl(), QString());
            view->setAccessibleName(block.alt);
            layout->addWidget(view);
            if (!block.alt.isEmpty()) {
                auto *caption = new QLabel(block.alt, content);
                caption->setWordWrap(true);
                QFont italic = caption->font();
                italic.setItalic(true);
                caption->setFont(italic);
                caption->setAlignment(Qt::AlignHCenter);
                layout->addWidget(caption);
            }
            break;
        }
        case DocBlock::Kind::SvgImage: {
            auto *view = new SvgView(content);
            view->setObjectName(QStringLiteral("illustration_") + block.target.mid(4).chopped(4));
            view->load(imagePath(block.target, m_language));
            view->setAccessibleName(block.alt);
            layout->addWidget(view);
            if (!block.alt.isEmpty()) {
                auto *caption = new QLabel(block.alt, content);
                caption->setWordWrap(true);
                QFont italic = caption->font();
                italic.setItalic(true);
                caption->setFont(italic);
                caption->setAlignment(Qt::AlignHCenter);
                layout->addWidget(caption);
            }
            break;
        }
        }
    }
    layout->addStretch(1);
    setWidget(content);
}

bool RemediationView::scrollToAnchor(const QString &anchor)
{
    const QPointer<QWidget> target = m_anchors.value(anchor);
    if (!target)
        return false;
    verticalScrollBar()->setValue(target->y());
    return true;
}

void RemediationView::openLink(const QString &link)
{
    if (link.startsWith(QLatin1Char('#'))) {
        scrollToAnchor(link.mid(1));
        return;
    }
    const QUrl url(link);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
        return;
    }
    // Another remediation page: "<id>.md" or "<id>.md#anchor".
    QString path = url.path();
    if (path.endsWith(QLatin1String(".md"))) {
        path = path.section(QLatin1Char('/'), -1).chopped(3);
        if (load(path, m_language) && url.hasFragment())
            scrollToAnchor(url.fragment());
    }
}

} // namespace ndes::ui
