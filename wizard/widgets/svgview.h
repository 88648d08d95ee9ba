#pragma once

#include <QWidget>

class QSvgRenderer;

namespace ndes::ui {

// An SVG illustration that keeps its aspect ratio and scales with the width it is given
// (up to 1.5 times its natural size).
class SvgView : public QWidget {
    Q_OBJECT
public:
    explicit SvgView(QWidget *parent = nullptr);

    bool load(const QString &path);
    bool isValid() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSizeF drawSize(int width) const;

    QSvgRenderer *m_renderer;
};

} // namespace ndes::ui
