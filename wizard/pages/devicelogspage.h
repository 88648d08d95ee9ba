#pragma once

#include "page.h"

namespace ndes::ui {

class DeviceLogPanel;

// "Review device logs": the device and connector logs panel as a page of the wizard. It is complete at any
// time: reading logs is optional.
class DeviceLogsPage : public Page {
    Q_OBJECT
public:
    DeviceLogsPage(const PageContext &context, QWidget *parent = nullptr);

    DeviceLogPanel *panel() const { return m_panel; }
    bool isComplete() const override { return true; }
    QWidget *preferredFocus() const override;

protected:
    void retranslate() override;
    void initializePage() override;

private:
    void syncWithSession();

    DeviceLogPanel *m_panel;
};

} // namespace ndes::ui
