#include "connectortexts.h"

#include "texts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>
#include <limits>

namespace ndes::ui {

class ConnectorText {
    Q_DECLARE_TR_FUNCTIONS(ConnectorText)
};

namespace {

using logs::connector::LogKind;
using logs::connector::StageSeen;
using logs::connector::StageState;

QString str(const QVariantMap &ev, const char *key)
{
    return ev.value(QLatin1String(key)).toString();
}

int count(const QVariantMap &ev)
{
    return int(std::min<qint64>(ev.value(QStringLiteral("count")).toLongLong(), std::numeric_limits<int>::max()));
}

// "403", "403.16"; empty when the page named no status.
QString statusText(const QVariantMap &ev)
{
    const int status = ev.value(QStringLiteral("status"), -1).toInt();
    const int substatus = ev.value(QStringLiteral("substatus"), -1).toInt();
    if (status < 0)
        return {};
    return substatus < 0 ? QString::number(status) : QStringLiteral("%1.%2").arg(status).arg(substatus);
}

QString eventSentence(const Finding &f)
{
    const QVariantMap &ev = f.evidence;
    const int n = count(ev);
    const int id = ev.value(QStringLiteral("eventId")).toInt();
    switch (id) {
    case 4001: return ConnectorText::tr("The connector logged a failed SCEP request at issuance (event 4001, ScepRequestIssuedFailure), %n time(s).", nullptr, n);
    case 4002: return ConnectorText::tr("The connector logged a failed SCEP request upload (event 4002, ScepRequestUploadFailure), %n time(s).", nullptr, n);
    case 4005: return ConnectorText::tr("The connector could not verify a SCEP request (event 4005, ScepVerifyFailure), %n time(s).", nullptr, n);
    case 4007: return ConnectorText::tr("Issuing the certificate failed after the request was verified (event 4007, ScepIssuedFailure), %n time(s).", nullptr, n);
    case 4009: return ConnectorText::tr("An attempt to notify Intune of an issued certificate failed (event 4009, ScepNotifyAttemptFailed), %n time(s).", nullptr, n);
    case 4010: return ConnectorText::tr("The connector could not save a notification for Intune to disk (event 4010, ScepNotifySaveToDiskFailed), %n time(s).", nullptr, n);
    }
    return ConnectorText::tr("The connector logged event %1 with level %2, %n time(s).", nullptr, n)
        .arg(QString::number(id), ev.value(QStringLiteral("level")).toString());
}

} // namespace

QString connectorFindingText(const Finding &f)
{
    const QVariantMap &ev = f.evidence;
    const QString &id = f.id;
    const int n = count(ev);

    if (id == QLatin1String("connector.verify-403") || id == QLatin1String("connector.verify-http-error")) {
        const QString status = statusText(ev);
        const QString title = str(ev, "title").isEmpty() ? str(ev, "heading") : str(ev, "title");
        if (id == QLatin1String("connector.verify-403")) {
            if (title.isEmpty())
                return ConnectorText::tr("The connector's registration service (CertificateRegistrationSvc) refused the policy module's check with HTTP %1.").arg(status);
            return ConnectorText::tr("The connector's registration service (CertificateRegistrationSvc) refused the policy module's check with HTTP %1: \"%2\".").arg(status, title);
        }
        if (status.isEmpty())
            return ConnectorText::tr("The connector's registration service answered the policy module's check with an error page: \"%1\".").arg(title);
        return ConnectorText::tr("The connector's registration service answered the policy module's check with an error page, HTTP %1: \"%2\".").arg(status, title);
    }
    if (id == QLatin1String("connector.verify-unexpected-answer"))
        return ConnectorText::tr("The policy module's check got an answer that is neither true nor false: \"%1\".").arg(str(ev, "answer"));
    if (id == QLatin1String("connector.tls-12175")) {
        if (ev.value(QStringLiteral("cnInvalid")).toBool())
            return ConnectorText::tr("The policy module refused the server's certificate when it called the registration service (error 12175): the name in the certificate does not match the name it called.");
        return ConnectorText::tr("The policy module could not set up a secure connection to the registration service (error 12175): it does not accept the server's certificate.");
    }
    if (id == QLatin1String("connector.http-send-failed"))
        return ConnectorText::tr("The policy module could not send its request %1 (WinHTTP error %2), %n time(s).", nullptr, n).arg(str(ev, "request"), str(ev, "error"));
    if (id == QLatin1String("connector.no-answer")) {
        if (ev.value(QStringLiteral("atEnd")).toBool() && n == 1)
            return ConnectorText::tr("The log stops right after the policy module sent its request to the registration service: no answer came back.");
        return ConnectorText::tr("The policy module sent its request to the registration service and no answer was logged, %n time(s).", nullptr, n);
    }
    if (id == QLatin1String("connector.challenge-rejected") || id == QLatin1String("connector.scep-verify-failure")) {
        if (id == QLatin1String("connector.scep-verify-failure"))
            return eventSentence(f);
        return ConnectorText::tr("The registration service rejected the request's challenge, %n time(s).", nullptr, n);
    }
    if (id == QLatin1String("connector.validation-phase-failed"))
        return ConnectorText::tr("Validation phase %1 of the challenge check failed, %n time(s).", nullptr, n).arg(str(ev, "phase"));
    if (id == QLatin1String("connector.verify-exit-error"))
        return ConnectorText::tr("The policy module's check ended with error code %1.").arg(str(ev, "code"));
    if (id == QLatin1String("connector.signing-cert-missing"))
        return ConnectorText::tr("The registration service could not retrieve its signing certificate, so it cannot check challenges.");
    if (id == QLatin1String("connector.cert-context-invalid"))
        return ConnectorText::tr("The registration service failed on an invalid certificate handle (m_safeCertContext) while checking a challenge.");
    if (id == QLatin1String("connector.trace-errors"))
        return ConnectorText::tr("The connector's trace holds %n other error(s).", nullptr, n);
    if (id == QLatin1String("connector.notify-failed"))
        return ConnectorText::tr("The policy module could not report an issued certificate to Intune (code %1), %n time(s).", nullptr, n).arg(str(ev, "code"));
    if (id == QLatin1String("connector.events-summary"))
        return ConnectorText::tr("The export holds %n SCEP event(s) of the connector.", nullptr, ev.value(QStringLiteral("events")).toInt());
    if (id == QLatin1String("connector.no-requests"))
        return ConnectorText::tr("This log shows no SCEP request.");
    if (id == QLatin1String("connector.bad-records"))
        return ConnectorText::tr("%n record(s) of this log could not be read.", nullptr, n);
    if (id.startsWith(QLatin1String("connector.scep-")))
        return eventSentence(f);
    return findingText(f);
}

QString connectorLogKindName(LogKind kind)
{
    switch (kind) {
    case LogKind::NdesPlugin: return ConnectorText::tr("NDESPlugin.log (policy module)");
    case LogKind::SvcLog: return ConnectorText::tr("Connector trace (.svclog)");
    case LogKind::ConnectorEvents: return ConnectorText::tr("Connector events 4000 to 4010");
    }
    return {};
}

QString connectorStageName(int stage)
{
    switch (stage) {
    case 3: return ConnectorText::tr("Challenge verified for the policy module");
    case 4: return ConnectorText::tr("Certificate issued by the CA");
    case 5: return ConnectorText::tr("Certificate delivered to the device");
    case 6: return ConnectorText::tr("Issuance reported to Intune");
    }
    return flowStageName(stage);
}

QString connectorStageStateName(StageState state)
{
    switch (state) {
    case StageState::Started: return ConnectorText::tr("started, no outcome logged");
    case StageState::Reached: return ConnectorText::tr("reached");
    case StageState::Failed: return ConnectorText::tr("failed");
    }
    return {};
}

QString connectorStageSentence(const StageSeen &s)
{
    const QString name = connectorStageName(s.stage);
    const int ok = int(std::min<qint64>(s.succeeded, std::numeric_limits<int>::max()));
    const int failed = int(std::min<qint64>(s.failed, std::numeric_limits<int>::max()));
    switch (s.state) {
    case StageState::Reached:
        if (failed == 0)
            return ConnectorText::tr("%1: succeeded %n time(s).", nullptr, ok).arg(name);
        return ConnectorText::tr("%1: succeeded last time, after %n failure(s).", nullptr, failed).arg(name);
    case StageState::Failed:
        if (ok == 0)
            return ConnectorText::tr("%1: failed %n time(s), never succeeded.", nullptr, failed).arg(name);
        return ConnectorText::tr("%1: failed last time, after %n success(es).", nullptr, ok).arg(name);
    case StageState::Started:
        return ConnectorText::tr("%1: started, with no outcome logged.").arg(name);
    }
    return name;
}

QString connectorSummary(const QList<StageSeen> &stages)
{
    if (stages.isEmpty())
        return ConnectorText::tr("These logs show no SCEP request.");
    for (const StageSeen &s : stages) {
        if (s.state != StageState::Reached)
            return ConnectorText::tr("Requests stop at stage %1: %2.").arg(QString::number(s.stage), connectorStageName(s.stage));
    }
    const StageSeen &last = stages.last();
    return ConnectorText::tr("The last requests got as far as stage %1: %2.").arg(QString::number(last.stage), connectorStageName(last.stage));
}

} // namespace ndes::ui
