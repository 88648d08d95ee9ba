#pragma once

#include <QAbstractButton>
#include <QIcon>

namespace ndes::ui {

// A large, checkable choice: an icon, a title in bold and a line (or more) of explanation.
// Cards in one parent are exclusive, like radio buttons. Disabled cards still show why.
class ChoiceCard : public QAbstractButton {
    Q_OBJECT
public:
    explicit ChoiceCard(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setDescription(const QString &description);
    QString description() const { return m_description; }
    void setCardIcon(const QIcon &icon);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void activated(); // double click, or Enter while focused

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRect textArea(int width) const;
    void updateAccessibility();

    QString m_title;
    QString m_description;
    QIcon m_icon;
};

} // namespace ndes::ui
