#include "browserview.h"

#include "http/classify.h"
#include "training/responder.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <cmath>
#include <optional>

namespace ndes::ui {

namespace {

// Pages are laid out at least this wide, then scaled down to fit, as a screenshot would be.
constexpr int kVirtualWidth = 900;
constexpr int kMinContentHeight = 110;

const QColor kChromeBack(0xde, 0xe1, 0xe6);
const QColor kChromeFront(0xff, 0xff, 0xff);
const QColor kAddressBack(0xf1, 0xf3, 0xf4);
const QColor kChromeText(0x20, 0x21, 0x24);
const QColor kChromeDim(0x5f, 0x63, 0x68);
const QColor kDanger(0xc5, 0x22, 0x1f);

std::optional<training::Page> cannedPage(const QString &id)
{
    using training::Page;
    static const QList<QPair<QString, Page>> pages = {
        {QStringLiteral("iis-403"), Page::Iis403},
        {QStringLiteral("iis-401"), Page::Iis401},
        {QStringLiteral("iis-500"), Page::Iis500},
        {QStringLiteral("iis-404-15"), Page::Iis404_15},
        {QStringLiteral("httpsys-503"), Page::HttpSys503},
        {QStringLiteral("httpsys-414"), Page::HttpSys414},
        {QStringLiteral("httpsys-400"), Page::HttpSys400TooLong},
        {QStringLiteral("ndes-default"), Page::NdesDefault},
        {QStringLiteral("appproxy-gatewaytimeout"), Page::AppProxyGatewayTimeout},
    };
    for (const auto &[key, page] : pages) {
        if (key == id)
            return page;
    }
    return std::nullopt;
}

void drawPadlock(QPainter &p, const QRectF &r, const QColor &colour)
{
    const qreal w = r.width();
    QRectF body(r.left() + w * 0.15, r.top() + r.height() * 0.45, w * 0.7, r.height() * 0.5);
    p.setPen(QPen(colour, qMax(1.2, w / 8)));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(r.left() + w * 0.28, r.top() + r.height() * 0.08, w * 0.44, r.height() * 0.7), 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(body, 1.5, 1.5);
}

void drawWarning(QPainter &p, const QRectF &r, const QColor &colour)
{
    QPainterPath tri;
    tri.moveTo(r.center().x(), r.top());
    tri.lineTo(r.right(), r.bottom());
    tri.lineTo(r.left(), r.bottom());
    tri.closeSubpath();
    p.fillPath(tri, colour);
    p.setPen(QPen(Qt::white, qMax(1.2, r.width() / 9), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(r.center().x(), r.top() + r.height() * 0.35), QPointF(r.center().x(), r.top() + r.height() * 0.68));
    p.drawPoint(QPointF(r.center().x(), r.top() + r.height() * 0.84));
}

} // namespace

BrowserView::BrowserView(QWidget *parent) : QWidget(parent), m_doc(std::make_unique<QTextDocument>())
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    QFont pageFont(QStringLiteral("Arial"));
    pageFont.setStyleHint(QFont::SansSerif);
    pageFont.setPixelSize(16);
    m_doc->setDefaultFont(pageFont);
    m_doc->setDocumentMargin(8);
    showHtml(QUrl(), QString());
}

BrowserView::~BrowserView() = default;

QStringList BrowserView::cannedIds()
{
    return {QStringLiteral("iis-403"),       QStringLiteral("iis-401"),
            QStringLiteral("iis-500"),       QStringLiteral("iis-404-15"),
            QStringLiteral("httpsys-503"),   QStringLiteral("httpsys-414"),
            QStringLiteral("httpsys-400"),   QStringLiteral("ndes-default"),
            QStringLiteral("appproxy-gatewaytimeout"), QStringLiteral("cant-be-displayed"),
            QStringLiteral("tls-error"),     QStringLiteral("timeout")};
}

QUrl BrowserView::sampleUrl()
{
    return QUrl(QStringLiteral("https://ndes.contoso.com/certsrv/mscep/mscep.dll"));
}

void BrowserView::showAnswer(const http::RawAnswer &answer)
{
    const QUrl url = answer.finalUrl.isValid() ? answer.finalUrl : answer.url;
    switch (answer.outcome) {
    case http::Outcome::Answered: showHtml(url, http::decodeBody(answer)); return;
    case http::Outcome::Timeout: showErrorPage(url, ErrorPage::Timeout, answer.error); return;
    case http::Outcome::TlsFailure:
        showErrorPage(url, ErrorPage::TlsError,
                      answer.tlsErrors.isEmpty() ? answer.error : answer.tlsErrors.join(QStringLiteral("; ")));
        return;
    default: showErrorPage(url, ErrorPage::CantBeDisplayed, answer.error); return;
    }
}

void BrowserView::showHtml(const QUrl &url, const QString &html)
{
    m_url = url;
    m_error = ErrorPage::None;
    m_errorDetail.clear();
    setDocumentHtml(html);
}

void BrowserView::showErrorPage(const QUrl &url, ErrorPage kind, const QString &detail)
{
    m_url = url;
    m_error = kind;
    m_errorDetail = detail;
    setDocumentHtml(errorPageHtml());
}

bool BrowserView::showCanned(const QString &id, const QUrl &url)
{
    if (id == QLatin1String("cant-be-displayed")) {
        showErrorPage(url, ErrorPage::CantBeDisplayed);
        return true;
    }
    if (id == QLatin1String("tls-error")) {
        showErrorPage(url, ErrorPage::TlsError);
        return true;
    }
    if (id == QLatin1String("timeout")) {
        showErrorPage(url, ErrorPage::Timeout);
        return true;
    }
    const std::optional<training::Page> page = cannedPage(id);
    if (!page)
        return false;
    const training::Response response = training::cannedResponse(*page);
    http::RawAnswer answer;
    answer.url = url;
    answer.finalUrl = url;
    answer.outcome = http::Outcome::Answered;
    answer.status = response.status;
    answer.reason = response.reason;
    answer.headers = response.headers;
    answer.body = response.body;
    showAnswer(answer);
    return true;
}

void BrowserView::setDocumentHtml(const QString &html)
{
    m_doc->setHtml(html);
    updateAccessibleText();
    updateGeometry();
    update();
}

QString BrowserView::pageTitle() const
{
    const QString title = m_doc->metaInformation(QTextDocument::DocumentTitle).simplified();
    if (!title.isEmpty())
        return title;
    return m_url.host().isEmpty() ? tr("New tab") : m_url.host();
}

QString BrowserView::pageText() const
{
    return m_doc->toPlainText();
}

void BrowserView::setMaximumContentHeight(int px)
{
    m_maxContentHeight = px;
    updateGeometry();
    update();
}

void BrowserView::updateAccessibleText()
{
    setAccessibleName(tr("What the browser shows: %1").arg(pageTitle()));
    setAccessibleDescription(pageText().simplified().left(600));
}

QString BrowserView::errorPageHtml() const
{
    const QString host = m_url.host().toHtmlEscaped();
    QString title;
    QString heading;
    QStringList lines;
    switch (m_error) {
    case ErrorPage::None: return {};
    case ErrorPage::CantBeDisplayed:
        title = tr("Can't reach this page");
        heading = tr("This page can't be displayed");
        lines << tr("Make sure the web address <b>%1</b> is correct.").arg(host)
              << tr("Check the network connection.")
              << tr("Try again in a few minutes.");
        break;
    case ErrorPage::TlsError:
        title = tr("Privacy error");
        heading = tr("Your connection isn't private");
        lines << tr("The site <b>%1</b> presented a certificate this computer does not trust.").arg(host)
              << tr("The browser stopped before sending anything.");
        break;
    case ErrorPage::Timeout:
        title = host.isEmpty() ? tr("No answer") : host;
        heading = tr("This site can't be reached");
        lines << tr("<b>%1</b> took too long to respond.").arg(host) << tr("Try again in a few minutes.");
        break;
    }
    QString html = QStringLiteral("<html><head><title>%1</title></head>"
                                  "<body style=\"background:#ffffff;color:#202124;\">"
                                  "<table width=\"100%\" cellpadding=\"18\"><tr><td>"
                                  "<p style=\"font-size:40px;color:%2;margin:0;\">%3</p>"
                                  "<h2 style=\"font-weight:normal;color:#202124;\">%4</h2><ul>")
                       .arg(title.toHtmlEscaped(),
                            m_error == ErrorPage::TlsError ? QStringLiteral("#c5221f") : QStringLiteral("#5f6368"),
                            m_error == ErrorPage::TlsError ? QStringLiteral("&#9888;") : QStringLiteral("&#9785;"),
                            heading.toHtmlEscaped());
    for (const QString &line : std::as_const(lines))
        html += QStringLiteral("<li style=\"color:#3c4043;\">%1</li>").arg(line);
    html += QStringLiteral("</ul>");
    if (!m_errorDetail.isEmpty())
        html += QStringLiteral("<p style=\"color:#5f6368;font-size:13px;\">%1</p>")
                    .arg(m_errorDetail.toHtmlEscaped());
    html += QStringLiteral("</td></tr></table></body></html>");
    return html;
}

int BrowserView::chromeHeight() const
{
    const int line = fontMetrics().height();
    return (line + 12) + (line + 16);
}

qreal BrowserView::scaleFor(int contentWidth) const
{
    return contentWidth >= kVirtualWidth ? 1.0 : qMax(0.35, contentWidth / qreal(kVirtualWidth));
}

qreal BrowserView::documentHeightFor(int contentWidth) const
{
    const qreal scale = scaleFor(contentWidth);
    m_doc->setTextWidth(contentWidth / scale);
    return m_doc->size().height() * scale;
}

int BrowserView::heightForWidth(int width) const
{
    const int contentWidth = qMax(50, width - 2);
    const qreal docHeight = documentHeightFor(contentWidth);
    const int content = qBound(kMinContentHeight, int(std::ceil(docHeight)), qMax(kMinContentHeight, m_maxContentHeight));
    return chromeHeight() + content + 2;
}

QSize BrowserView::sizeHint() const
{
    return {560, heightForWidth(560)};
}

QSize BrowserView::minimumSizeHint() const
{
    return {240, chromeHeight() + kMinContentHeight + 2};
}

void BrowserView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_error != ErrorPage::None)
            setDocumentHtml(errorPageHtml());
        else
            updateAccessibleText();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void BrowserView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF outer = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const qreal tabStrip = line + 12;
    const qreal toolbar = line + 16;

    // Window frame and tab strip.
    QPainterPath frame;
    frame.addRoundedRect(outer, 6, 6);
    p.setClipPath(frame);
    p.fillRect(outer, kChromeBack);

    const QString title = pageTitle();
    const qreal tabWidth = qMin<qreal>(260, outer.width() * 0.6);
    const QRectF tab(outer.left() + 8, outer.top() + 5, tabWidth, tabStrip - 5);
    QPainterPath tabPath;
    tabPath.addRoundedRect(tab.adjusted(0, 0, 0, 8), 6, 6);
    p.fillPath(tabPath, kChromeFront);
    const QRectF favicon(tab.left() + 8, tab.center().y() - 6, 12, 12);
    if (m_error != ErrorPage::None) {
        p.setPen(QPen(kChromeDim, 1.3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(favicon);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1a, 0x73, 0xe8));
        p.drawRoundedRect(favicon, 2, 2);
    }
    p.setPen(kChromeText);
    const QRectF tabText(favicon.right() + 6, tab.top(), tab.right() - favicon.right() - 24, tab.height());
    p.drawText(tabText, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(title, Qt::ElideRight, int(tabText.width())));
    p.setPen(QPen(kChromeDim, 1.2));
    const QPointF x(tab.right() - 12, tab.center().y());
    p.drawLine(x + QPointF(-3.5, -3.5), x + QPointF(3.5, 3.5));
    p.drawLine(x + QPointF(-3.5, 3.5), x + QPointF(3.5, -3.5));

    // Toolbar: back, forward, reload, address bar.
    const QRectF bar(outer.left(), outer.top() + tabStrip, outer.width(), toolbar);
    p.fillRect(bar, kChromeFront);
    p.setPen(QPen(kChromeDim, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const qreal cy = bar.center().y();
    qreal bx = bar.left() + 14;
    p.drawLine(QPointF(bx, cy), QPointF(bx + 11, cy));
    p.drawLine(QPointF(bx, cy), QPointF(bx + 5, cy - 5));
    p.drawLine(QPointF(bx, cy), QPointF(bx + 5, cy + 5));
    bx += 24;
    QColor faint = kChromeDim;
    faint.setAlphaF(0.4);
    p.setPen(QPen(faint, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(QPointF(bx, cy), QPointF(bx + 11, cy));
    p.drawLine(QPointF(bx + 11, cy), QPointF(bx + 6, cy - 5));
    p.drawLine(QPointF(bx + 11, cy), QPointF(bx + 6, cy + 5));
    bx += 26;
    p.setPen(QPen(kChromeDim, 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(bx, cy - 6, 12, 12), 60 * 16, 280 * 16);
    bx += 22;

    const QRectF address(bx, bar.top() + 5, bar.right() - bx - 10, bar.height() - 10);
    p.setPen(Qt::NoPen);
    p.setBrush(kAddressBack);
    p.drawRoundedRect(address, address.height() / 2, address.height() / 2);
    qreal ax = address.left() + 12;
    const qreal iconSide = qMin<qreal>(14, address.height() - 8);
    const QRectF icon(ax, address.center().y() - iconSide / 2, iconSide, iconSide);
    if (m_error == ErrorPage::TlsError) {
        drawWarning(p, icon, kDanger);
        ax = icon.right() + 6;
        const QString notSecure = tr("Not secure");
        p.setPen(kDanger);
        p.drawText(QRectF(ax, address.top(), fm.horizontalAdvance(notSecure) + 2, address.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, notSecure);
        ax += fm.horizontalAdvance(notSecure) + 10;
    } else if (m_url.scheme() == QLatin1String("https") && m_error == ErrorPage::None) {
        drawPadlock(p, icon, kChromeDim);
        ax = icon.right() + 8;
    } else {
        ax = icon.left();
    }
    p.setPen(kChromeText);
    const QRectF urlRect(ax, address.top(), address.right() - ax - 12, address.height());
    p.drawText(urlRect, Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(m_url.toDisplayString(), Qt::ElideMiddle, int(urlRect.width())));

    // The page.
    const QRectF content(outer.left(), bar.bottom(), outer.width(), outer.bottom() - bar.bottom());
    p.fillRect(content, Qt::white);
    p.setPen(QPen(QColor(0xda, 0xdc, 0xe0), 1));
    p.drawLine(content.topLeft(), content.topRight());
    {
        p.save();
        p.setClipRect(content, Qt::IntersectClip);
        const qreal scale = scaleFor(int(content.width()));
        m_doc->setTextWidth(content.width() / scale);
        p.translate(content.topLeft());
        p.scale(scale, scale);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        ctx.palette.setColor(QPalette::Link, QColor(0x1a, 0x0d, 0xab));
        ctx.clip = QRectF(0, 0, content.width() / scale, content.height() / scale);
        m_doc->documentLayout()->draw(&p, ctx);
        p.restore();
        if (m_doc->size().height() * scale > content.height() + 1) {
            // More below: fade out, as a cropped screenshot.
            QLinearGradient fade(0, content.bottom() - 36, 0, content.bottom());
            fade.setColorAt(0, QColor(255, 255, 255, 0));
            fade.setColorAt(1, QColor(255, 255, 255, 235));
            p.fillRect(QRectF(content.left(), content.bottom() - 36, content.width(), 36), fade);
        }
    }
    p.setClipping(false);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(outer, 6, 6);
}

} // namespace ndes::ui
