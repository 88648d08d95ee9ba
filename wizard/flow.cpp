#include "flow.h"

#include "session.h"

namespace ndes::ui {

PageId nextPage(const Session &session, PageId current)
{
    switch (current) {
    case PageId::Welcome:
        return session.mode() == Mode::Training ? PageId::Scenario : PageId::Url;
    case PageId::Scenario: return PageId::Url;
    case PageId::Url:
        // A snapshot can be analysed without testing any URL: the checks then walk every branch.
        if (session.mode() == Mode::Snapshot && session.urlTestSkipped())
            return PageId::Cause;
        return PageId::Probe;
    case PageId::Probe: return PageId::Verdict;
    case PageId::Verdict: return PageId::Cause;
    case PageId::Cause:
        // A healthy URL with no local cause: the seed's next question is whether the devices reach IIS.
        if (session.result() && session.result()->verdict == Verdict::Ok403 && session.causeCheck().isEmpty())
            return PageId::IisLogs;
        // A snapshot without a URL test and without a cause has no fix to show: its logs are next.
        if (!session.result() && session.causeCheck().isEmpty())
            return PageId::IisLogs;
        return PageId::Remediation;
    case PageId::Remediation: return PageId::End;
    case PageId::IisLogs: return PageId::DeviceLogs;
    case PageId::DeviceLogs:
    case PageId::End: return PageId::End;
    }
    return PageId::End;
}

int flowStage(const Session &session, PageId page)
{
    switch (page) {
    case PageId::Welcome:
    case PageId::Scenario:
    case PageId::End: return 0;
    case PageId::Url:
    case PageId::Probe:
    case PageId::IisLogs:
    case PageId::DeviceLogs: return 2;
    case PageId::Verdict:
    case PageId::Cause:
    case PageId::Remediation:
        // The connector is the policy module: its absence is a stage 3 fault seen from stage 2.
        if (session.result() && session.result()->verdict == Verdict::NdesDefaultPage)
            return 3;
        return 2;
    }
    return 0;
}

QString helpTopic(const Session &session, PageId page)
{
    const QString causePage = session.causeRemediation().section(QLatin1Char('#'), 0, 0);
    switch (page) {
    case PageId::Remediation:
        if (!causePage.isEmpty())
            return causePage;
        [[fallthrough]];
    case PageId::Verdict:
        if (session.result())
            return verdictId(session.result()->verdict);
        return {};
    case PageId::Cause:
        // Without a URL test, the page that explains the cause; before any cause, the page's own help.
        if (session.result())
            return verdictId(session.result()->verdict);
        return causePage;
    default: return {};
    }
}

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Welcome: return QStringLiteral("welcome");
    case PageId::Scenario: return QStringLiteral("scenario");
    case PageId::Url: return QStringLiteral("url");
    case PageId::Probe: return QStringLiteral("probe");
    case PageId::Verdict: return QStringLiteral("verdict");
    case PageId::Cause: return QStringLiteral("cause");
    case PageId::Remediation: return QStringLiteral("remediation");
    case PageId::IisLogs: return QStringLiteral("iis-logs");
    case PageId::DeviceLogs: return QStringLiteral("device-logs");
    case PageId::End: break;
    }
    return {};
}

PageId pageFromKey(const QString &key)
{
    for (PageId page : {PageId::Welcome, PageId::Scenario, PageId::Url, PageId::Probe, PageId::Verdict,
                        PageId::Cause, PageId::Remediation, PageId::IisLogs, PageId::DeviceLogs}) {
        if (pageKey(page) == key)
            return page;
    }
    return PageId::End;
}

} // namespace ndes::ui
