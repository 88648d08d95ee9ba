#include "flow.h"

#include "session.h"

namespace ndes::ui {

PageId nextPage(const Session &session, PageId current)
{
    switch (current) {
    case PageId::Welcome:
        return session.mode() == Mode::Training ? PageId::Scenario : PageId::Url;
    case PageId::Scenario: return PageId::Url;
    case PageId::Url: return PageId::Probe;
    case PageId::Probe: return PageId::Verdict;
    case PageId::Verdict: return PageId::Remediation;
    case PageId::Remediation:
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
    case PageId::Probe: return 2;
    case PageId::Verdict:
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
    switch (page) {
    case PageId::Verdict:
    case PageId::Remediation:
        if (session.result())
            return verdictId(session.result()->verdict);
        return {};
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
    case PageId::Remediation: return QStringLiteral("remediation");
    case PageId::End: break;
    }
    return {};
}

PageId pageFromKey(const QString &key)
{
    for (PageId page : {PageId::Welcome, PageId::Scenario, PageId::Url, PageId::Probe, PageId::Verdict,
                        PageId::Remediation}) {
        if (pageKey(page) == key)
            return page;
    }
    return PageId::End;
}

} // namespace ndes::ui
