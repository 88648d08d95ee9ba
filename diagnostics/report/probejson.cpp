#include "probejson.h"

#include <QJsonArray>

namespace ndes::report {

QJsonArray findingsToJson(const Findings &findings)
{
    QJsonArray out;
    for (const Finding &f : findings) {
        out.append(QJsonObject{{QStringLiteral("id"), f.id},
                               {QStringLiteral("severity"), severityId(f.severity)},
                               {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)}});
    }
    return out;
}

QJsonObject probeResultToJson(const http::ProbeResult &result)
{
    QJsonArray requests;
    for (const http::RawAnswer &a : result.answers) {
        QJsonArray redirects;
        for (const http::Redirect &r : a.redirects)
            redirects.append(QJsonObject{{QStringLiteral("status"), r.status},
                                         {QStringLiteral("to"), r.to.toString(QUrl::RemoveQuery)}});
        QJsonObject request{
            {QStringLiteral("name"), http::requestKindId(a.kind)},
            {QStringLiteral("status"), a.status > 0 ? QJsonValue(a.status) : QJsonValue()},
            {QStringLiteral("error"), a.outcome == http::Outcome::Answered ? QJsonValue() : QJsonValue(a.error)},
            {QStringLiteral("outcome"), http::outcomeId(a.outcome)},
            {QStringLiteral("elapsedMs"), a.elapsedMs},
            {QStringLiteral("server"), QString::fromLatin1(a.header("Server"))},
            {QStringLiteral("contentType"), QString::fromLatin1(a.header("Content-Type"))},
            {QStringLiteral("bodyBytes"), a.body.size()},
            {QStringLiteral("urlBytes"), a.url.toEncoded().size()},
            {QStringLiteral("redirects"), redirects},
        };
        if (!a.tlsErrors.isEmpty())
            request.insert(QStringLiteral("tlsErrors"), QJsonArray::fromStringList(a.tlsErrors));
        requests.append(request);
    }

    QJsonArray certificates;
    for (const http::SeenCertificate &c : result.certificates) {
        certificates.append(QJsonObject{
            {QStringLiteral("subject"), c.info.subject},
            {QStringLiteral("issuer"), c.info.issuer},
            {QStringLiteral("role"), scep::certRoleId(c.info.role)},
            {QStringLiteral("notBefore"), c.info.notBefore.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("notAfter"), c.info.notAfter.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("daysLeft"), c.validity.daysLeft},
            {QStringLiteral("expired"), c.validity.expired},
            {QStringLiteral("sha256"), c.info.sha256Hex},
            {QStringLiteral("template"), c.info.templateName},
        });
    }

    return QJsonObject{
        {QStringLiteral("url"), result.url.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("verdict"), verdictId(result.verdict)},
        {QStringLiteral("decidedBy"), http::requestKindId(result.decidedBy)},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(result.capabilities.keywords)},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("findings"), findingsToJson(result.findings)},
    };
}

} // namespace ndes::report
