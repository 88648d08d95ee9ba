#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ndes::ui {

class DeviceLogPanel;
class IisLogPanel;
class LogLocationsPanel;
class Session;

// The logs, reachable at any time from the side panel: one window (not modal) with a tab per kind of log
// and the list of where every log lives. It follows the session's mode and the language switch, and shows
// the training banner in training.
class LogsWindow : public QWidget {
    Q_OBJECT
public:
    explicit LogsWindow(Session *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    DeviceLogPanel *devicePanel() const { return m_device; }
    LogLocationsPanel *locationsPanel() const { return m_locations; }
    IisLogPanel *iisPanel() const { return m_iis; }

    void showTab(QWidget *tab);

Q_SIGNALS:
    void testUrlRequested(const QString &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncWithSession();

    Session *m_session;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QTabWidget *m_tabs;
    IisLogPanel *m_iis = nullptr;
    DeviceLogPanel *m_device;
    LogLocationsPanel *m_locations;
};

} // namespace ndes::ui
