#pragma once

#include <QFrame>
#include <QStringList>

class QHBoxLayout;
class QLabel;
class QMimeData;

namespace ndes::ui {

// The visible place to drop log files and folders: a dashed frame with a hint and room for buttons.
// The widget that owns it handles the drag itself (so a drop anywhere on it works) and lights the
// zone up while something droppable is over it.
class LogDropZone : public QFrame {
    Q_OBJECT
public:
    explicit LogDropZone(QWidget *parent = nullptr);

    void setHint(const QString &text);
    QString hint() const;
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    // The row the owner puts its buttons in, after the hint.
    QHBoxLayout *buttonRow() const { return m_buttons; }

    // The local files and folders a drag carries; empty when it carries none.
    static QStringList localPaths(const QMimeData *mime);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_hint;
    QHBoxLayout *m_buttons;
    bool m_highlighted = false;
};

} // namespace ndes::ui
