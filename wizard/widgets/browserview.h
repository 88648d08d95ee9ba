#pragma once

#include "http/answer.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QTextDocument;

namespace ndes::ui {

// A picture of a web browser showing a page: a tab with the page title, an address bar with the
// URL, and the page rendered from its HTML. For answers that never came, it shows the browser's own
// error page (drawn by us), as a user would see it.
class BrowserView : public QWidget {
    Q_OBJECT
public:
    enum class ErrorPage { None, CantBeDisplayed, TlsError, Timeout };

    explicit BrowserView(QWidget *parent = nullptr);
    ~BrowserView() override;

    // What a browser shows for this answer: the decoded body, or an error page.
    void showAnswer(const http::RawAnswer &answer);
    void showHtml(const QUrl &url, const QString &html);
    void showErrorPage(const QUrl &url, ErrorPage kind, const QString &detail = QString());
    // A canned page by picture id ("iis-403", "httpsys-503", ..., "cant-be-displayed", "tls-error",
    // "timeout"); false when the id is unknown.
    bool showCanned(const QString &id, const QUrl &url = sampleUrl());

    static QStringList cannedIds();
    static QUrl sampleUrl();

    QUrl url() const { return m_url; }
    ErrorPage errorPage() const { return m_error; }
    QString pageTitle() const;
    QString pageText() const; // the page as plain text

    // The content area is clipped (with a fade) beyond this height.
    void setMaximumContentHeight(int px);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setDocumentHtml(const QString &html);
    QString errorPageHtml() const;
    int chromeHeight() const;
    qreal scaleFor(int contentWidth) const;
    qreal documentHeightFor(int contentWidth) const;
    void updateAccessibleText();

    std::unique_ptr<QTextDocument> m_doc;
    QUrl m_url;
    ErrorPage m_error = ErrorPage::None;
    QString m_errorDetail;
    int m_maxContentHeight = 320;
};

} // namespace ndes::ui
