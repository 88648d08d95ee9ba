#include "checks/check.h"

#include "facts/parsers/adaccount.h"
#include "facts/parsers/appcmd.h"
#include "facts/parsers/certstore.h"
#include "facts/parsers/events.h"
#include "facts/parsers/iisconfig.h"
#include "facts/parsers/registry.h"
#include "facts/parsers/services.h"
#include "facts/parsers/setupmsi.h"
#include "facts/parsers/userrights.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ndes::checks {

using facts::RawFact;

namespace {

const QString scepPool = QStringLiteral("SCEP");
const QString certRegSvcPath = QStringLiteral("Default Web Site/CertificateRegistrationSvc");
const QString iisIusrsSid = QStringLiteral("S-1-5-32-568");
const QString impersonateRight = QStringLiteral("SeImpersonatePrivilege");

CheckResult result(const QString &id, CheckStatus status, const QString &reason, QVariantMap evidence = {},
                   const QString &remediation = {})
{
    CheckResult r;
    r.id = id;
    r.status = status;
    r.reason = reason;
    r.evidence = std::move(evidence);
    r.remediation = status == CheckStatus::Pass || status == CheckStatus::Skipped ? QString() : remediation;
    return r;
}

CheckResult unreadable(const QString &checkId, const RawFact &f, const Error &error)
{
    return result(checkId, CheckStatus::Skipped, QStringLiteral("fact-unreadable"),
                  {{QStringLiteral("fact"), f.id}, {QStringLiteral("origin"), f.origin},
                   {QStringLiteral("error"), error.toString()}});
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QByteArray allParts(const RawFact &f)
{
    if (f.files.isEmpty())
        return f.bytes;
    QByteArray out;
    for (const auto &part : f.files) {
        out += part.second;
        if (!out.endsWith('\n'))
            out += '\n';
    }
    return out;
}

// ---- apppool.scep

CheckResult poolStateResult(const QString &checkId, facts::AppPoolState state, QVariantMap ev)
{
    const QString remediation = QStringLiteral("service-unavailable-503#check-app-pool");
    ev.insert(QStringLiteral("state"), facts::appPoolStateName(state));
    switch (state) {
    case facts::AppPoolState::Started:
        return result(checkId, CheckStatus::Pass, QStringLiteral("pool-started"), ev);
    case facts::AppPoolState::Stopped:
        return result(checkId, CheckStatus::Fail, QStringLiteral("pool-stopped"), ev, remediation);
    case facts::AppPoolState::Stopping:
        return result(checkId, CheckStatus::Fail, QStringLiteral("pool-stopping"), ev, remediation);
    case facts::AppPoolState::Starting:
        return result(checkId, CheckStatus::Warn, QStringLiteral("pool-starting"), ev, remediation);
    case facts::AppPoolState::Unknown:
        break;
    }
    return result(checkId, CheckStatus::Warn, QStringLiteral("pool-state-unknown"), ev, remediation);
}

} // namespace

std::optional<RawFact> readFact(const CheckContext &ctx, const QString &checkId, const QString &factId,
                                CheckResult *skip)
{
    if (!ctx.facts) {
        *skip = result(checkId, CheckStatus::Skipped, QStringLiteral("fact-missing"),
                       {{QStringLiteral("fact"), factId}});
        return std::nullopt;
    }
    RawFact f = ctx.facts->read(factId);
    if (f.status == RawFact::Present)
        return f;
    QString reason = QStringLiteral("fact-missing");
    if (f.status == RawFact::NotAvailable)
        reason = QStringLiteral("not-available");
    else if (f.status == RawFact::Failed)
        reason = QStringLiteral("fact-unreadable");
    QVariantMap ev{{QStringLiteral("fact"), factId}, {QStringLiteral("factStatus"), facts::statusName(f.status)}};
    if (!f.error.isEmpty())
        ev.insert(QStringLiteral("error"), f.error);
    *skip = result(checkId, CheckStatus::Skipped, reason, ev);
    return std::nullopt;
}

CheckResult checkAppPoolScep(const CheckContext &ctx)
{
    const QString id = QStringLiteral("apppool.scep");
    const QString remediation = QStringLiteral("service-unavailable-503#check-app-pool");
    CheckResult skip;
    if (auto f = readFact(ctx, id, QStringLiteral("appcmd.apppool.scep.state"), &skip)) {
        const auto parsed = facts::parseAppcmdState(f->bytes, f->exitCode);
        if (!parsed)
            return unreadable(id, *f, parsed.error());
        QVariantMap ev{{QStringLiteral("pool"), scepPool}, {QStringLiteral("origin"), f->origin}};
        if (parsed->notFound) {
            ev.insert(QStringLiteral("exitCode"), f->exitCode);
            return result(id, CheckStatus::Fail, QStringLiteral("pool-missing"), ev, remediation);
        }
        if (parsed->state)
            return poolStateResult(id, *parsed->state, ev);
        return unreadable(id, *f, Error{QStringLiteral("no state in the output"), f->origin, {}});
    }
    CheckResult listSkip;
    const auto list = readFact(ctx, id, QStringLiteral("appcmd.apppool.list"), &listSkip);
    if (!list)
        return skip;
    const auto pools = facts::parseAppcmdAppPools(list->bytes, list->exitCode);
    if (!pools)
        return unreadable(id, *list, pools.error());
    QVariantMap ev{{QStringLiteral("pool"), scepPool}, {QStringLiteral("origin"), list->origin}};
    const auto pool = pools->find(scepPool);
    if (pools->notFound || !pool) {
        QStringList names;
        for (const auto &p : pools->pools)
            names.append(p.name);
        ev.insert(QStringLiteral("pools"), names);
        return result(id, CheckStatus::Fail, QStringLiteral("pool-missing"), ev, remediation);
    }
    ev.insert(QStringLiteral("line"), pool->line);
    return poolStateResult(id, pool->state, ev);
}

CheckResult checkRightsImpersonate(const CheckContext &ctx)
{
    const QString id = QStringLiteral("rights.impersonate");
    CheckResult skip;
    const auto f = readFact(ctx, id, QStringLiteral("secedit.user_rights"), &skip);
    if (!f)
        return skip;
    const auto rights = facts::parseSeceditUserRights(f->bytes);
    if (!rights)
        return unreadable(id, *f, rights.error());
    QVariantMap ev{{QStringLiteral("right"), impersonateRight}, {QStringLiteral("sid"), iisIusrsSid},
                   {QStringLiteral("origin"), f->origin}};
    const facts::UserRight *right = rights->right(impersonateRight);
    if (right) {
        QStringList holders;
        for (const auto &p : right->principals)
            holders.append(p.isSid() ? QLatin1Char('*') + p.sid : p.name);
        ev.insert(QStringLiteral("principals"), holders);
        ev.insert(QStringLiteral("line"), right->line);
    }
    if (rights->hasSid(impersonateRight, iisIusrsSid))
        return result(id, CheckStatus::Pass, QStringLiteral("iis-iusrs-granted"), ev);
    if (!rights->sections.contains(QStringLiteral("Privilege Rights"), Qt::CaseInsensitive))
        return unreadable(id, *f, Error{QStringLiteral("no [Privilege Rights] section"), f->origin, {}});
    const QString reason = right ? QStringLiteral("iis-iusrs-missing") : QStringLiteral("right-not-granted");
    return result(id, CheckStatus::Fail, reason, ev, QStringLiteral("internal-error-500#cause-impersonate"));
}

CheckResult checkServiceAppProxy(const CheckContext &ctx)
{
    const QString id = QStringLiteral("service.appproxy");
    const QString remediation = QStringLiteral("gateway-timeout#fix");
    CheckResult skip;
    const auto q = readFact(ctx, id, QStringLiteral("sc.query.wapcsvc"), &skip);
    if (!q)
        return skip;
    const auto query = facts::parseScQuery(q->bytes);
    if (!query)
        return unreadable(id, *q, query.error());
    QVariantMap ev{{QStringLiteral("service"), QStringLiteral("WAPCSvc")}, {QStringLiteral("origin"), q->origin}};
    if (query->notFound) {
        ev.insert(QStringLiteral("code"), facts::ScServiceNotFoundCode);
        return result(id, CheckStatus::Skipped, QStringLiteral("not-installed"), ev);
    }
    if (query->services.isEmpty() || !query->services.first().state)
        return unreadable(id, *q, Error{QStringLiteral("no service state in the output"), q->origin, {}});
    const auto state = *query->services.first().state;
    ev.insert(QStringLiteral("state"), int(state));
    ev.insert(QStringLiteral("stateName"), query->services.first().stateName);
    const bool running = state == facts::ServiceState::Running;

    CheckResult qcSkip;
    const auto c = readFact(ctx, id, QStringLiteral("sc.qc.wapcsvc"), &qcSkip);
    std::optional<facts::ScServiceConfig> config;
    if (c) {
        auto parsed = facts::parseScQc(c->bytes);
        if (parsed && !parsed->notFound && parsed->startType)
            config = std::move(parsed.value());
        ev.insert(QStringLiteral("configOrigin"), c->origin);
    }
    if (config) {
        ev.insert(QStringLiteral("startType"), int(*config->startType));
        ev.insert(QStringLiteral("startTypeName"), config->startTypeName);
        ev.insert(QStringLiteral("delayed"), config->delayed);
    }
    if (!running)
        return result(id, CheckStatus::Fail, QStringLiteral("service-not-running"), ev, remediation);
    if (!config) {
        ev.insert(QStringLiteral("fact"), QStringLiteral("sc.qc.wapcsvc"));
        return result(id, CheckStatus::Skipped, c ? QStringLiteral("fact-unreadable") : qcSkip.reason, ev);
    }
    if (*config->startType != facts::ServiceStartType::Auto)
        return result(id, CheckStatus::Fail, QStringLiteral("service-not-automatic"), ev, remediation);
    return result(id, CheckStatus::Pass, QStringLiteral("service-running-automatic"), ev);
}

CheckResult checkLimitsRequestFiltering(const CheckContext &ctx)
{
    const QString id = QStringLiteral("limits.requestfiltering");
    const QString remediation = QStringLiteral("request-too-long#fix-request-filtering");
    QVariantMap ev;
    quint64 maxUrl = 0;
    quint64 maxQuery = 0;
    CheckResult skip;
    if (const auto host = readFact(ctx, id, QStringLiteral("file.applicationhost.config"), &skip)) {
        // IIS merges the levels; the most specific one that sets a value wins. An absent web.config sets nothing.
        const auto optionalFile = [&ctx](const QString &factId) {
            if (!ctx.facts)
                return QByteArray();
            const RawFact f = ctx.facts->read(factId);
            return f.status == RawFact::Present ? f.bytes : QByteArray();
        };
        const QByteArray siteWebConfig = optionalFile(QStringLiteral("file.web.config.site"));
        const QByteArray mscepWebConfig = optionalFile(QStringLiteral("file.web.config.mscep"));
        const auto eff = facts::effectiveRequestLimits(host->bytes, siteWebConfig, mscepWebConfig);
        if (!eff)
            return unreadable(id, *host, eff.error());
        maxUrl = eff->limits.maxUrl;
        maxQuery = eff->limits.maxQueryString;
        ev.insert(QStringLiteral("maxUrlFrom"), facts::toString(eff->maxUrlFrom));
        ev.insert(QStringLiteral("maxQueryStringFrom"), facts::toString(eff->maxQueryStringFrom));
        if (!eff->issues.isEmpty())
            ev.insert(QStringLiteral("issues"), int(eff->issues.size()));
    } else {
        CheckResult appcmdSkip;
        const auto f = readFact(ctx, id, QStringLiteral("appcmd.config.requestfiltering"), &appcmdSkip);
        if (!f)
            return skip;
        const auto parsed = facts::parseAppcmdRequestFiltering(f->bytes, f->exitCode);
        if (!parsed)
            return unreadable(id, *f, parsed.error());
        if (parsed->notFound)
            return unreadable(id, *f, Error{QStringLiteral("appcmd found no such path"), f->origin, {}});
        maxUrl = parsed->limits.maxUrl;
        maxQuery = parsed->limits.maxQueryString;
        const auto from = [&f](bool explicitValue) {
            return explicitValue ? f->origin : QStringLiteral("default");
        };
        ev.insert(QStringLiteral("maxUrlFrom"), from(parsed->limits.maxUrlExplicit));
        ev.insert(QStringLiteral("maxQueryStringFrom"), from(parsed->limits.maxQueryStringExplicit));
    }
    ev.insert(QStringLiteral("maxUrl"), maxUrl);
    ev.insert(QStringLiteral("maxQueryString"), maxQuery);
    ev.insert(QStringLiteral("minimum"), MinRequestLimit);
    if (maxUrl < MinRequestLimit || maxQuery < MinRequestLimit)
        return result(id, CheckStatus::Fail, QStringLiteral("limits-too-low"), ev, remediation);
    return result(id, CheckStatus::Pass, QStringLiteral("limits-sufficient"), ev);
}

namespace {

// Registry values by name: the registry JSON of the snapshot format, or `reg query` output.
struct RegRead {
    bool found = false;
    QHash<QString, quint64> numbers; // lower-case name -> value
};

std::optional<RegRead> readRegistry(const RawFact &f, Error *error)
{
    RegRead out;
    const QByteArray trimmed = f.bytes.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &pe);
        if (!doc.isObject()) {
            *error = Error{QStringLiteral("invalid registry JSON"), f.origin, {pe.errorString()}};
            return std::nullopt;
        }
        const QJsonObject root = doc.object();
        out.found = root.value(QStringLiteral("found")).toBool();
        for (const QJsonValue &v : root.value(QStringLiteral("values")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("number"))
                out.numbers.insert(o.value(QStringLiteral("name")).toString().toLower(),
                                   quint64(o.value(QStringLiteral("value")).toDouble()));
        }
        return out;
    }
    const auto parsed = facts::parseRegQuery(f.bytes, f.exitCode);
    if (!parsed) {
        *error = parsed.error();
        return std::nullopt;
    }
    out.found = !parsed->notFound && !parsed->keys.isEmpty();
    for (const auto &key : parsed->keys) {
        for (const auto &v : key.values) {
            if (v.number)
                out.numbers.insert(v.name.toLower(), *v.number);
        }
    }
    return out;
}

} // namespace

CheckResult checkLimitsHttpSys(const CheckContext &ctx)
{
    const QString id = QStringLiteral("limits.httpsys");
    const QString remediation = QStringLiteral("request-too-long#fix-httpsys");
    CheckResult skip;
    const auto f = readFact(ctx, id, QStringLiteral("reg.http.parameters"), &skip);
    if (!f)
        return skip;
    Error error;
    const auto reg = readRegistry(*f, &error);
    if (!reg)
        return unreadable(id, *f, error);
    QVariantMap ev{{QStringLiteral("origin"), f->origin}, {QStringLiteral("keyFound"), reg->found},
                   {QStringLiteral("minimum"), MinRequestLimit}};
    QStringList absent;
    QStringList low;
    for (const QString &name : {QStringLiteral("MaxFieldLength"), QStringLiteral("MaxRequestBytes")}) {
        const auto it = reg->numbers.constFind(name.toLower());
        if (it == reg->numbers.constEnd()) {
            absent.append(name);
            continue;
        }
        ev.insert(name, it.value());
        if (it.value() < MinRequestLimit)
            low.append(name);
    }
    if (!low.isEmpty()) {
        ev.insert(QStringLiteral("belowMinimum"), low);
        if (!absent.isEmpty())
            ev.insert(QStringLiteral("absent"), absent);
        return result(id, CheckStatus::Fail, QStringLiteral("limits-too-low"), ev, remediation);
    }
    if (!absent.isEmpty()) {
        ev.insert(QStringLiteral("absent"), absent);
        return result(id, CheckStatus::Warn, QStringLiteral("values-absent"), ev, remediation);
    }
    return result(id, CheckStatus::Pass, QStringLiteral("limits-sufficient"), ev);
}

CheckResult checkIisAuthCertRegSvc(const CheckContext &ctx)
{
    const QString id = QStringLiteral("iis.auth.certregsvc");
    const QString remediation = QStringLiteral("service-unavailable-503#cause-windows-auth");
    std::optional<bool> anonymous;
    std::optional<bool> windows;
    QVariantMap ev{{QStringLiteral("path"), certRegSvcPath}};
    CheckResult skip;
    if (const auto f = readFact(ctx, id, QStringLiteral("appcmd.config.auth.certregsvc"), &skip)) {
        const auto parsed = facts::parseAppcmdAuthentication(allParts(*f), f->exitCode);
        if (!parsed)
            return unreadable(id, *f, parsed.error());
        ev.insert(QStringLiteral("origin"), f->origin);
        if (parsed->notFound) {
            ev.insert(QStringLiteral("exitCode"), f->exitCode);
            return result(id, CheckStatus::Skipped, QStringLiteral("not-present"), ev);
        }
        anonymous = parsed->anonymousEnabled;
        windows = parsed->windowsEnabled;
    } else {
        CheckResult hostSkip;
        const auto host = readFact(ctx, id, QStringLiteral("file.applicationhost.config"), &hostSkip);
        if (!host)
            return skip;
        const auto auth = facts::authenticationFor(host->bytes, certRegSvcPath);
        if (!auth)
            return unreadable(id, *host, auth.error());
        ev.insert(QStringLiteral("origin"), host->origin);
        if (!auth->locationFound)
            return result(id, CheckStatus::Skipped, QStringLiteral("not-present"), ev);
        anonymous = auth->anonymous.enabled;
        windows = auth->windows.enabled;
        ev.insert(QStringLiteral("anonymousFrom"), facts::toString(auth->anonymous.from));
        ev.insert(QStringLiteral("windowsFrom"), facts::toString(auth->windows.from));
    }
    if (anonymous)
        ev.insert(QStringLiteral("anonymousEnabled"), *anonymous);
    if (windows)
        ev.insert(QStringLiteral("windowsEnabled"), *windows);
    if (windows.value_or(false))
        return result(id, CheckStatus::Fail, QStringLiteral("windows-auth-enabled"), ev, remediation);
    if (anonymous && !*anonymous)
        return result(id, CheckStatus::Fail, QStringLiteral("anonymous-disabled"), ev, remediation);
    if (!anonymous || !windows)
        return result(id, CheckStatus::Skipped, QStringLiteral("section-missing"), ev);
    return result(id, CheckStatus::Pass, QStringLiteral("anonymous-only"), ev);
}

namespace {

// store.my or store.root parsed (with the private-key list of the export, when there is one).
std::optional<facts::CertificateStore> readStore(const RawFact &f, Error *error)
{
    QList<QPair<QString, QByteArray>> files = f.files;
    if (files.isEmpty() && !f.bytes.isEmpty())
        files.append({f.id, f.bytes});
    if (files.isEmpty())
        return facts::CertificateStore{};
    auto parsed = facts::parseCertificateStore(files);
    if (!parsed) {
        *error = parsed.error();
        return std::nullopt;
    }
    return std::move(parsed.value());
}

QVariantMap certEvidence(const facts::StoreCertificate &c)
{
    return {{QStringLiteral("subject"), c.info.subject},
            {QStringLiteral("issuer"), c.info.issuer},
            {QStringLiteral("thumbprint"), c.info.sha1Hex},
            {QStringLiteral("notAfter"), isoUtc(c.info.notAfter)},
            {QStringLiteral("file"), c.fileName}};
}

} // namespace

CheckResult checkCertsMscepRa(const CheckContext &ctx)
{
    const QString id = QStringLiteral("certs.mscep-ra");
    const QString remediation = QStringLiteral("internal-error-500#cause-ra-expired");
    CheckResult skip;
    const auto f = readFact(ctx, id, QStringLiteral("store.my"), &skip);
    if (!f)
        return skip;
    Error error;
    const auto store = readStore(*f, &error);
    if (!store)
        return unreadable(id, *f, error);
    const auto ra = facts::findMscepRaCertificates(*store);

    // Worst first: missing, expired, no key, not yet valid, expiring, fine.
    enum Grade { Fine, Expiring, NotYetValid, NoKey, Expired, Missing };
    const QStringList reasons{QStringLiteral("ra-valid"), QStringLiteral("ra-expiring"),
                              QStringLiteral("ra-not-yet-valid"), QStringLiteral("ra-no-private-key"),
                              QStringLiteral("ra-expired"), QStringLiteral("ra-missing")};
    int worst = Fine;
    QVariantMap ev{{QStringLiteral("origin"), f->origin}, {QStringLiteral("warningDays"), RaExpiryWarningDays}};
    const auto grade = [&](const QString &role, const QList<facts::MscepRaCertificate> &certs) {
        if (certs.isEmpty()) {
            ev.insert(role, QVariantMap{{QStringLiteral("grade"), reasons.at(Missing)}});
            worst = std::max<int>(worst, Missing);
            return;
        }
        // The best candidate decides (NDES uses a valid one); among equals, the one that lasts longest.
        int best = Missing;
        QDateTime bestNotAfter;
        QVariantMap bestEv;
        for (const auto &c : certs) {
            const auto v = scep::validityAt(c.certificate.info, ctx.now, RaExpiryWarningDays);
            int g = Fine;
            if (v.expired)
                g = Expired;
            else if (c.certificate.hasPrivateKey == std::optional<bool>(false))
                g = NoKey;
            else if (v.notYetValid)
                g = NotYetValid;
            else if (v.expiringSoon)
                g = Expiring;
            if (g > best || (g == best && c.certificate.info.notAfter <= bestNotAfter))
                continue;
            best = g;
            bestNotAfter = c.certificate.info.notAfter;
            bestEv = certEvidence(c.certificate);
            bestEv.insert(QStringLiteral("daysLeft"), v.daysLeft);
            const auto &key = c.certificate.hasPrivateKey;
            bestEv.insert(QStringLiteral("hasPrivateKey"), key ? QVariant(*key) : QVariant(QStringLiteral("unknown")));
            bestEv.insert(QStringLiteral("byTemplateName"), c.byTemplateName);
            bestEv.insert(QStringLiteral("grade"), reasons.at(g));
        }
        bestEv.insert(QStringLiteral("candidates"), int(certs.size()));
        ev.insert(role, bestEv);
        worst = std::max(worst, best);
    };
    grade(QStringLiteral("signing"), ra.signing);
    grade(QStringLiteral("encryption"), ra.encryption);
    if (store->privateKeys.isEmpty())
        ev.insert(QStringLiteral("privateKeys"), QStringLiteral("unknown"));
    if (worst == Fine)
        return result(id, CheckStatus::Pass, reasons.at(Fine), ev);
    if (worst == Expiring)
        return result(id, CheckStatus::Warn, reasons.at(Expiring), ev, remediation);
    return result(id, CheckStatus::Fail, reasons.at(worst), ev, remediation);
}

CheckResult checkRootStoreIntermediates(const CheckContext &ctx)
{
    const QString id = QStringLiteral("rootstore.intermediates");
    CheckResult skip;
    const auto f = readFact(ctx, id, QStringLiteral("store.root"), &skip);
    if (!f)
        return skip;
    Error error;
    const auto store = readStore(*f, &error);
    if (!store)
        return unreadable(id, *f, error);
    QVariantMap ev{{QStringLiteral("origin"), f->origin},
                   {QStringLiteral("certificates"), int(store->certificates.size())}};
    // Windows always ships trusted roots: an empty export says nothing about the store.
    if (store->certificates.isEmpty())
        return result(id, CheckStatus::Skipped, QStringLiteral("store-empty"), ev);
    if (!store->unreadable.isEmpty()) {
        QStringList names;
        for (const auto &u : store->unreadable)
            names.append(u.fileName);
        ev.insert(QStringLiteral("unreadable"), names);
    }
    const auto bad = facts::intermediatesInRoot(*store);
    if (bad.isEmpty())
        return result(id, CheckStatus::Pass, QStringLiteral("root-store-clean"), ev);
    QVariantList list;
    for (const auto &c : bad) {
        QVariantMap one = certEvidence(c);
        one.insert(QStringLiteral("selfIssued"), c.info.selfIssued);
        one.insert(QStringLiteral("selfSigned"), c.info.selfSigned);
        list.append(one);
    }
    ev.insert(QStringLiteral("intermediates"), list);
    return result(id, CheckStatus::Fail, QStringLiteral("intermediates-in-root"), ev,
                  QStringLiteral("service-unavailable-503#cause-intermediates"));
}

CheckResult checkEventsW3wpCrash(const CheckContext &ctx)
{
    const QString id = QStringLiteral("events.w3wp-crash");
    CheckResult skip;
    const auto f = readFact(ctx, id, QStringLiteral("events.application.1000"), &skip);
    if (!f)
        return skip;
    const auto log = facts::parseWevtutilXml(f->bytes);
    if (!log)
        return unreadable(id, *f, log.error());
    const QDateTime since = ctx.now.addDays(-CrashWindowDays);
    QList<const facts::EventRecord *> recent;
    QList<const facts::EventRecord *> older;
    for (const auto &e : log->events) {
        if (!facts::isW3wpCrash(e))
            continue;
        if (e.timeCreated >= since && e.timeCreated <= ctx.now)
            recent.append(&e);
        else if (e.timeCreated < since)
            older.append(&e);
    }
    const auto newest = [](const QList<const facts::EventRecord *> &list) {
        return *std::max_element(list.cbegin(), list.cend(), [](const auto *a, const auto *b) {
            return a->timeCreated < b->timeCreated;
        });
    };
    QVariantMap ev{{QStringLiteral("origin"), f->origin}, {QStringLiteral("windowDays"), CrashWindowDays},
                   {QStringLiteral("since"), isoUtc(since)}};
    if (recent.isEmpty()) {
        if (!older.isEmpty()) {
            ev.insert(QStringLiteral("olderCount"), int(older.size()));
            ev.insert(QStringLiteral("newestOlder"), isoUtc(newest(older)->timeCreated));
            return result(id, CheckStatus::Pass, QStringLiteral("only-older-crashes"), ev);
        }
        return result(id, CheckStatus::Pass, QStringLiteral("no-crashes"), ev);
    }
    const facts::EventRecord *e = newest(recent);
    const auto value = [e](const QString &name, int index) {
        const QString v = e->dataValue(name);
        return v.isNull() ? e->dataAt(index) : v;
    };
    ev.insert(QStringLiteral("count"), int(recent.size()));
    ev.insert(QStringLiteral("newest"), isoUtc(e->timeCreated));
    ev.insert(QStringLiteral("faultingModule"), value(QStringLiteral("ModuleName"), 3));
    ev.insert(QStringLiteral("exceptionCode"), value(QStringLiteral("ExceptionCode"), 6));
    ev.insert(QStringLiteral("recordId"), e->recordId);
    ev.insert(QStringLiteral("line"), e->line); // of the newest crash's <Event> in the exported XML
    if (!older.isEmpty())
        ev.insert(QStringLiteral("olderCount"), int(older.size()));
    return result(id, CheckStatus::Fail, QStringLiteral("w3wp-crashes"), ev,
                  QStringLiteral("service-unavailable-503#check-crash-events"));
}

CheckResult checkConnectorInstall(const CheckContext &ctx)
{
    const QString id = QStringLiteral("connector.install");
    CheckResult skip;
    const auto f = readFact(ctx, id, QStringLiteral("file.setupmsi.log"), &skip);
    if (!f) {
        if (skip.reason == QLatin1String("fact-missing"))
            skip.reason = QStringLiteral("log-absent");
        return skip;
    }
    QList<QPair<QString, QByteArray>> parts = f->files;
    if (parts.isEmpty() && !f->bytes.isEmpty())
        parts.append({f->id, f->bytes});
    if (parts.isEmpty())
        return result(id, CheckStatus::Skipped, QStringLiteral("log-absent"), {{QStringLiteral("fact"), f->id}});
    // Worst first: failure, cancelled, unknown, success.
    const auto rank = [](facts::MsiOutcome o) {
        switch (o) {
        case facts::MsiOutcome::Failure: return 3;
        case facts::MsiOutcome::Cancelled: return 2;
        case facts::MsiOutcome::Unknown: return 1;
        case facts::MsiOutcome::Success: return 0;
        }
        return 1;
    };
    std::optional<facts::MsiOutcome> worst;
    QVariantList logs;
    for (const auto &part : parts) {
        const auto log = facts::parseSetupMsiLog(part.second);
        QVariantMap one{{QStringLiteral("file"), part.first}};
        if (!log) {
            one.insert(QStringLiteral("outcome"), QStringLiteral("unreadable"));
            logs.append(one);
            continue;
        }
        one.insert(QStringLiteral("outcome"), facts::msiOutcomeId(log->outcome));
        if (!log->productVersion.isEmpty())
            one.insert(QStringLiteral("productVersion"), log->productVersion);
        QStringList deciding;
        for (const auto &m : log->deciding)
            deciding.append(QStringLiteral("%1:%2: %3").arg(part.first).arg(m.line).arg(m.text.trimmed()));
        one.insert(QStringLiteral("deciding"), deciding);
        if (!log->signatures.isEmpty())
            one.insert(QStringLiteral("signatures"), log->signatures);
        one.insert(QStringLiteral("complete"), log->complete);
        logs.append(one);
        if (!worst || rank(log->outcome) > rank(*worst))
            worst = log->outcome;
    }
    QVariantMap ev{{QStringLiteral("origin"), f->origin}, {QStringLiteral("logs"), logs}};
    if (!worst)
        return result(id, CheckStatus::Skipped, QStringLiteral("fact-unreadable"), ev);
    switch (*worst) {
    case facts::MsiOutcome::Success:
        return result(id, CheckStatus::Pass, QStringLiteral("install-succeeded"), ev);
    case facts::MsiOutcome::Failure:
        return result(id, CheckStatus::Fail, QStringLiteral("install-failed"), ev,
                      QStringLiteral("ndes-default-page#fix-reinstall"));
    case facts::MsiOutcome::Cancelled:
        return result(id, CheckStatus::Warn, QStringLiteral("install-cancelled"), ev,
                      QStringLiteral("ndes-default-page#check-setup-log"));
    case facts::MsiOutcome::Unknown:
        break;
    }
    return result(id, CheckStatus::Warn, QStringLiteral("outcome-unknown"), ev,
                  QStringLiteral("ndes-default-page#check-setup-log"));
}

CheckResult checkAccountNdesService(const CheckContext &ctx)
{
    const QString id = QStringLiteral("account.ndes-service");
    QVariantMap ev;
    if (ctx.facts) {
        const RawFact host = ctx.facts->read(QStringLiteral("file.applicationhost.config"));
        if (host.status == RawFact::Present) {
            const auto pools = facts::appPoolsFromConfig(host.bytes);
            if (pools) {
                if (const auto pool = pools->find(scepPool)) {
                    ev.insert(QStringLiteral("identityType"), pool->identityType);
                    if (!pool->userName.isEmpty())
                        ev.insert(QStringLiteral("userName"), pool->userName);
                    if (pool->identityType.compare(QLatin1String("SpecificUser"), Qt::CaseInsensitive) != 0) {
                        if (const auto builtIn = facts::builtInIdentity(pool->identityType)) {
                            ev.insert(QStringLiteral("builtInIdentity"), builtIn->builtInIdentity);
                            return result(id, CheckStatus::Skipped, QStringLiteral("built-in-identity"), ev);
                        }
                    } else if (const auto builtIn = facts::builtInIdentity(pool->userName)) {
                        ev.insert(QStringLiteral("builtInIdentity"), builtIn->builtInIdentity);
                        return result(id, CheckStatus::Skipped, QStringLiteral("built-in-identity"), ev);
                    }
                }
            }
        }
    }
    CheckResult skip;
    const auto f = readFact(ctx, id, QStringLiteral("ad.service-account"), &skip);
    if (!f) {
        for (auto it = ev.cbegin(); it != ev.cend(); ++it)
            skip.evidence.insert(it.key(), it.value());
        return skip;
    }
    const auto account = facts::parseAdAccountJson(f->bytes);
    if (!account)
        return unreadable(id, *f, account.error());
    ev.insert(QStringLiteral("origin"), f->origin);
    ev.insert(QStringLiteral("kind"), facts::adAccountKindId(account->kind));
    ev.insert(QStringLiteral("samAccountName"), account->samAccountName);
    if (!account->distinguishedName.isEmpty())
        ev.insert(QStringLiteral("distinguishedName"), account->distinguishedName);
    if (account->kind == facts::AdAccountKind::BuiltIn) {
        ev.insert(QStringLiteral("builtInIdentity"), account->builtInIdentity);
        return result(id, CheckStatus::Skipped, QStringLiteral("built-in-identity"), ev);
    }
    ev.insert(QStringLiteral("passwordManaged"), account->passwordManaged);
    QStringList problems;
    if (account->enabled == std::optional<bool>(false))
        problems.append(QStringLiteral("account-disabled"));
    if (account->lockedOut == std::optional<bool>(true))
        problems.append(QStringLiteral("account-locked"));
    if (!account->passwordManaged && account->passwordExpired == std::optional<bool>(true))
        problems.append(QStringLiteral("password-expired"));
    if (!account->accountNeverExpires && account->accountExpires) {
        ev.insert(QStringLiteral("accountExpires"), isoUtc(*account->accountExpires));
        if (*account->accountExpires <= ctx.now)
            problems.append(QStringLiteral("account-expired"));
    }
    if (account->passwordLastSet)
        ev.insert(QStringLiteral("passwordLastSet"), isoUtc(*account->passwordLastSet));
    if (problems.isEmpty())
        return result(id, CheckStatus::Pass, QStringLiteral("account-usable"), ev);
    ev.insert(QStringLiteral("problems"), problems);
    return result(id, CheckStatus::Fail, problems.first(), ev, QStringLiteral("internal-error-500#cause-account"));
}

} // namespace ndes::checks
