#pragma once

#include <QString>

namespace ndes::ui {

class Session;

// The wizard's pages. The values are the QWizard page ids.
enum class PageId : int {
    End = -1,
    Welcome = 0,
    Scenario,
    Url,
    Probe,
    Verdict,
    Cause,       // "Find the cause": the local checks under the verdict
    Remediation,
    IisLogs,     // "Review IIS logs"
    DeviceLogs,  // "Review device logs" (and connector logs)
};

// The one place where the path through the wizard is decided.
PageId nextPage(const Session &session, PageId current);

// The stage of the SCEP flow (1 to 6) a page is about, or 0 when it is about none.
int flowStage(const Session &session, PageId page);

// The remediation page (content id) the Help button opens on a page, or empty when the page has none.
QString helpTopic(const Session &session, PageId page);

// The id used for the page in object names and in the --goto option ("welcome", "scenario", ...).
QString pageKey(PageId page);
PageId pageFromKey(const QString &key); // PageId::End when unknown

} // namespace ndes::ui
