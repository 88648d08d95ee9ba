#pragma once

#include "page.h"

namespace ndes::ui {

class IisLogPanel;

// "Review IIS logs": did the devices reach IIS, and what did IIS answer? A thin page around the
// IisLogPanel; reading logs is optional, so the page is complete at any time.
class IisLogsPage : public Page {
    Q_OBJECT
public:
    IisLogsPage(const PageContext &context, QWidget *parent = nullptr);

    IisLogPanel *panel() const { return m_panel; }
    QString stepLabel() const override;

protected:
    void retranslate() override;
    void cleanupPage() override;

private:
    IisLogPanel *m_panel;
};

} // namespace ndes::ui
