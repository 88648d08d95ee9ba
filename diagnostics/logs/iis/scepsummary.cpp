#include "scepsummary.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <vector>

namespace ndes::logs::iis {

namespace {

constexpr char kScepStem[] = "/certsrv/mscep/mscep.dll";
constexpr char kScepClientStem[] = "/certsrv/mscep/mscep.dll/pkiclient.exe";
constexpr char kVerifyRequestStem[] = "/CertificateRegistrationSvc/Certificate/VerifyRequest";
constexpr char kNotifyStem[] = "/CertificateRegistrationSvc/Certificate/Notify";
constexpr std::string_view kRedacted = "<redacted>";
// The user agent of the Windows SCEP client, as IIS logs it.
constexpr char kWindowsAgent[] = "Mozilla/4.0+(compatible;+Win32;+NDES+client)";

// Evidence stays small: a few places per finding, and sample lines cut at this many characters.
constexpr int kMaxSightings = 5;
constexpr qsizetype kMaxEvidenceLine = 1024;
// Distinct iOS clients remembered for the GetCACert-without-GetCACaps check.
constexpr std::size_t kMaxIosClients = 100000;

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// IIS compares paths without case, so we do too; logs nearly always hold the usual spelling, which the
// byte comparison settles at once.
bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    if (a == b)
        return true;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

// The same against a literal: the byte comparison has a fixed size and is inlined.
template<std::size_t N>
bool sameBytes(const char *a, const char (&b)[N])
{
    std::size_t i = 0;
    for (; i + 8 <= N - 1; i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (x != y)
            return false;
    }
    for (; i < N - 1; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

template<std::size_t N>
bool equalsNoCase(std::string_view a, const char (&b)[N])
{
    if (a.size() != N - 1)
        return false;
    return sameBytes(a.data(), b) || equalsNoCase(a, std::string_view(b, N - 1));
}

template<std::size_t N>
bool startsWith(std::string_view text, const char (&prefix)[N])
{
    return text.size() >= N - 1 && sameBytes(text.data(), prefix);
}

bool containsNoCase(std::string_view text, std::string_view needle)
{
    if (needle.size() > text.size())
        return false;
    for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
        if (equalsNoCase(text.substr(i, needle.size()), needle))
            return true;
    }
    return false;
}

// A fast 64-bit hash, eight bytes at a time; collisions between two devices only merge their counts.
std::uint64_t hashBytes(std::string_view bytes, std::uint64_t hash = 0x2545F4914F6CDD1DULL)
{
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
    const char *p = bytes.data();
    std::size_t n = bytes.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        hash = (hash ^ word) * k;
        hash ^= hash >> 32;
    }
    std::uint64_t word = 0;
    if (n)
        std::memcpy(&word, p, n);
    hash = (hash ^ word ^ (std::uint64_t(bytes.size()) << 56)) * k;
    return hash ^ (hash >> 29);
}

bool contains(std::string_view text, std::string_view needle)
{
    return text.find(needle) != std::string_view::npos;
}

QString fromBytes(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString isoUtc(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString location(const QString &file, std::int64_t line)
{
    return file + QLatin1Char(':') + QString::number(line);
}

// Calls `f(name, value)` for each name=value pair of a query; a pair without '=' has an empty value.
template<typename F>
void forEachParameter(std::string_view query, F &&f)
{
    std::size_t from = 0;
    while (from <= query.size()) {
        std::size_t to = query.find('&', from);
        if (to == std::string_view::npos)
            to = query.size();
        const std::string_view pair = query.substr(from, to - from);
        const std::size_t eq = pair.find('=');
        if (f(pair.substr(0, eq), eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1)))
            return;
        from = to + 1;
    }
}

std::string_view parameter(std::string_view query, std::string_view name, bool &found)
{
    std::string_view value;
    found = false;
    forEachParameter(query, [&](std::string_view n, std::string_view v) {
        if (!equalsNoCase(n, name))
            return false;
        value = v;
        found = true;
        return true;
    });
    return value;
}

// A markdown link pasted over a field: "[10.1.2.3](http://10.1.2.3)" gives "10.1.2.3".
std::string_view unwrapMarkdown(std::string_view field)
{
    if (field.size() < 4 || field.front() != '[' || field.back() != ')')
        return field;
    const std::size_t close = field.find("](");
    return close == std::string_view::npos ? field : field.substr(1, close - 1);
}

// Two "YYYY-MM-DD" dates are equal (a fixed-size comparison the compiler inlines).
bool sameDate(const char *a, const char *b)
{
    std::uint64_t a8, b8;
    std::uint16_t a2, b2;
    std::memcpy(&a8, a, 8);
    std::memcpy(&b8, b, 8);
    std::memcpy(&a2, a + 8, 2);
    std::memcpy(&b2, b + 8, 2);
    return a8 == b8 && a2 == b2;
}

bool hasMarkdownLink(std::string_view field)
{
    const std::size_t open = field.find('[');
    return open != std::string_view::npos && field.find("](", open + 1) != std::string_view::npos;
}

// Pasted addresses are linked whole: "[10.1.2.3](http://10.1.2.3)".
bool isMarkdownAddress(std::string_view field)
{
    return !field.empty() && field.front() == '[' && hasMarkdownLink(field);
}

QVariantMap countsToVariant(const std::map<QString, qint64> &counts)
{
    QVariantMap map;
    for (const auto &[key, n] : counts)
        map.insert(key, n);
    return map;
}

} // namespace

QString scepOperationId(ScepOperation op)
{
    switch (op) {
    case ScepOperation::GetCACaps: return QStringLiteral("GetCACaps");
    case ScepOperation::GetCACert: return QStringLiteral("GetCACert");
    case ScepOperation::PkiOperationGet: return QStringLiteral("PKIOperation-GET");
    case ScepOperation::PkiOperationPost: return QStringLiteral("PKIOperation-POST");
    case ScepOperation::Other: return QStringLiteral("other");
    case ScepOperation::None: return QStringLiteral("none");
    }
    return {};
}

QString platformId(Platform p)
{
    switch (p) {
    case Platform::Android: return QStringLiteral("android");
    case Platform::Ios: return QStringLiteral("ios");
    case Platform::Windows: return QStringLiteral("windows");
    case Platform::Connector: return QStringLiteral("connector");
    case Platform::Other: return QStringLiteral("other");
    }
    return {};
}

bool isScepStem(std::string_view stem)
{
    return equalsNoCase(stem, kScepStem) || equalsNoCase(stem, kScepClientStem);
}

bool isVerifyRequestStem(std::string_view stem)
{
    return equalsNoCase(stem, kVerifyRequestStem);
}

bool isNotifyStem(std::string_view stem)
{
    return equalsNoCase(stem, kNotifyStem);
}

ScepOperation scepOperation(std::string_view method, std::string_view query)
{
    std::string_view op;
    if (startsWith(query, "operation=")) {
        // The usual order, as every client sends it.
        op = query.substr(10);
        if (const std::size_t amp = op.find('&'); amp != std::string_view::npos)
            op = op.substr(0, amp);
    } else {
        bool found = false;
        op = parameter(query, "operation", found);
        if (!found)
            return ScepOperation::None;
    }
    if (equalsNoCase(op, "GetCACaps"))
        return ScepOperation::GetCACaps;
    if (equalsNoCase(op, "GetCACert"))
        return ScepOperation::GetCACert;
    if (equalsNoCase(op, "PKIOperation")) {
        if (equalsNoCase(method, "GET"))
            return ScepOperation::PkiOperationGet;
        if (equalsNoCase(method, "POST"))
            return ScepOperation::PkiOperationPost;
    }
    return ScepOperation::Other;
}

Platform platformFromUserAgent(std::string_view agent)
{
    // The product token at the start settles the usual agents; the rest are searched.
    if (startsWith(agent, "Dalvik/"))
        return Platform::Android;
    if (startsWith(agent, "profiled/"))
        return Platform::Ios;
    if (startsWith(agent, "NDES_Plugin"))
        return Platform::Connector;
    if (agent.size() == sizeof kWindowsAgent - 1 && sameBytes(agent.data(), kWindowsAgent))
        return Platform::Windows;
    if (contains(agent, "NDES_Plugin"))
        return Platform::Connector;
    if (contains(agent, "Dalvik/"))
        return Platform::Android;
    if (contains(agent, "profiled/") || contains(agent, "CFNetwork") || contains(agent, "Darwin"))
        return Platform::Ios;
    if (contains(agent, "NDES+client") || contains(agent, "NDES%20client") || contains(agent, "Win32"))
        return Platform::Windows;
    return Platform::Other;
}

std::string redactedQuery(std::string_view query)
{
    bool hasMessage = false;
    parameter(query, "message", hasMessage);
    if (!hasMessage)
        return std::string(query);
    bool hasOperation = false;
    const bool pki = equalsNoCase(parameter(query, "operation", hasOperation), "PKIOperation");
    std::string out;
    bool firstPair = true;
    forEachParameter(query, [&](std::string_view name, std::string_view value) {
        if (!firstPair)
            out += '&';
        firstPair = false;
        if (equalsNoCase(name, "message") && (pki || value.size() > 64)) {
            out.append(name).append("=").append(kRedacted);
        } else {
            // The pair exactly as logged: the name runs up to the end of the value, or of the name alone.
            const char *end = value.empty() ? name.data() + name.size() : value.data() + value.size();
            if (value.empty() && end < query.data() + query.size() && *end == '=')
                ++end;
            out.append(name.data(), std::size_t(end - name.data()));
        }
        return false;
    });
    return out;
}

QString evidenceLine(const Record &record)
{
    const int queryIndex = record.layout().index(Column::UriQuery);
    const int uriIndex = record.layout().index(Column::Uri);
    const int cookieIndex = record.layout().index(Column::Cookie);
    std::string line;
    for (int i = 0; i < record.fieldCount(); ++i) {
        if (i)
            line += ' ';
        const std::string_view field = record.field(i);
        if (i == queryIndex) {
            line += redactedQuery(field);
        } else if (i == cookieIndex && field != "-") {
            line += kRedacted;
        } else if (i == uriIndex && field.find('?') != std::string_view::npos) {
            const std::size_t q = field.find('?');
            line.append(field.substr(0, q + 1)).append(redactedQuery(field.substr(q + 1)));
        } else {
            line.append(field);
        }
    }
    QString text = fromBytes(line);
    if (text.size() > kMaxEvidenceLine) {
        text.truncate(kMaxEvidenceLine);
        text += QChar(0x2026);
    }
    return text;
}

void Sightings::add(const QString &file, const Record &record, const QString &key)
{
    ++count;
    if (at.size() < kMaxSightings) {
        at << location(file, record.lineNumber());
        lines << evidenceLine(record);
    }
    std::int64_t t = 0;
    if (record.utcSeconds(t)) {
        first = first ? std::min(*first, t) : t;
        last = last ? std::max(*last, t) : t;
    }
    if (!key.isEmpty())
        ++byKey[key];
}

QVariantMap Sightings::evidence(const QString &byKeyName) const
{
    QVariantMap map{{QStringLiteral("count"), count},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("lines"), lines}};
    if (first)
        map.insert(QStringLiteral("first"), isoUtc(*first));
    if (last)
        map.insert(QStringLiteral("last"), isoUtc(*last));
    if (!byKeyName.isEmpty())
        map.insert(byKeyName, countsToVariant(byKey));
    return map;
}

void ScepSummaryBuilder::setFile(const QString &path)
{
    m_file = path;
    m_files.append(path);
    m_fileIndex = m_files.size() - 1;
}

void ScepSummaryBuilder::record(const Record &record)
{
    switch (record.layout().kind()) {
    case LogKind::Access: {
        ++m_summary.accessRecords;
        // Most lines of a busy server are not ours: the length alone rules them out.
        const std::string_view stem = record.column(Column::UriStem);
        switch (stem.size()) {
        case sizeof kScepStem - 1:
        case sizeof kScepClientStem - 1:
            if (isScepStem(stem))
                scepRecord(record);
            break;
        case sizeof kVerifyRequestStem - 1:
            if (isVerifyRequestStem(stem))
                endpointRecord(record, m_summary.verifyRequest, true);
            break;
        case sizeof kNotifyStem - 1:
            if (isNotifyStem(stem))
                endpointRecord(record, m_summary.notify, false);
            break;
        default:
            break;
        }
        break;
    }
    case LogKind::HttpErr:
        httpErrRecord(record);
        break;
    case LogKind::Unknown:
        break;
    }
}

void ScepSummaryBuilder::countHour(std::int64_t seconds, std::uint32_t status)
{
    const std::int64_t key = seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600);
    if (key != m_hourKey || !m_hour) {
        m_hour = &m_summary.perHour[key];
        m_hourKey = key;
    }
    ++m_hour->total;
    switch (status / 100) {
    case 2: ++m_hour->s2xx; break;
    case 3: ++m_hour->s3xx; break;
    case 4: ++m_hour->s4xx; break;
    case 5: ++m_hour->s5xx; break;
    default: break;
    }
}

void ScepSummaryBuilder::scepRecord(const Record &r)
{
    ScepSummary &s = m_summary;
    ++s.total;
    const ScepOperation op = scepOperation(r.column(Column::Method), r.column(Column::UriQuery));
    ++s.byOperation[std::size_t(op)];
    const StatusTriple &status = r.status();
    ++s.byStatus[status];
    const std::string_view agent = r.column(Column::UserAgent);
    const Platform platform = platformFromUserAgent(agent);
    ++s.byPlatform[std::size_t(platform)];
    if (r.layout().has(Column::Date) && r.layout().has(Column::Time)) {
        const std::int64_t t = secondsOf(r);
        s.first = s.first ? std::min(*s.first, t) : t;
        s.last = s.last ? std::max(*s.last, t) : t;
        countHour(t, status.hasStatus() ? status.status : 0);
    }
    const std::string_view clientIp = r.column(Column::ClientIp);
    if (isMarkdownAddress(clientIp) || isMarkdownAddress(r.column(Column::ServerIp))) {
        ++s.markdownLines;
        m_markdown.add(m_file, r);
    }

    if (status.hasStatus()) {
        const bool hasWin32 = status.present & 4;
        if (status.status == 500 && hasWin32 && status.win32 == 1346)
            m_impersonation.add(m_file, r, status.key());
        else if (status.status == 500)
            m_scep500.add(m_file, r, status.key());
        else if (status.status == 414 || (status.status == 404 && (status.substatus == 14 || status.substatus == 15)))
            m_urlTooLong.add(m_file, r, status.key());
    }

    if (platform == Platform::Ios && (op == ScepOperation::GetCACert || op == ScepOperation::GetCACaps)) {
        const std::string_view ip = unwrapMarkdown(clientIp);
        IosClient *found = iosClient(hashBytes(agent, hashBytes(ip)), ip);
        if (!found)
            return;
        IosClient &client = *found;
        if (op == ScepOperation::GetCACaps) {
            client.capabilities = true;
        } else if (status.hasStatus() && status.status / 100 == 2 && !client.certificate) {
            client.certificate = true;
            client.file = m_fileIndex;
            client.line = r.lineNumber();
        }
    }
}

void ScepSummaryBuilder::endpointRecord(const Record &r, EndpointSummary &endpoint, bool verifyRequest)
{
    ++endpoint.total;
    const StatusTriple &status = r.status();
    ++endpoint.byStatus[status];
    if (isMarkdownAddress(r.column(Column::ClientIp)) || isMarkdownAddress(r.column(Column::ServerIp))) {
        ++m_summary.markdownLines;
        m_markdown.add(m_file, r);
    }
    if (!verifyRequest || !status.hasStatus())
        return;
    if (status.status == 403 && (status.present & 2) && status.substatus == 16)
        m_verifyUntrusted.add(m_file, r, status.key());
    else if (status.status == 500)
        m_verify500.add(m_file, r, status.key());
}

void ScepSummaryBuilder::httpErrRecord(const Record &r)
{
    HttpErrSummary &h = m_summary.httpErr;
    ++h.lines;
    const std::string_view reason = r.column(Column::Reason);
    const std::string_view queue = r.column(Column::QueueName);
    auto bump = [](HttpErrSummary::Counts &counts, std::string_view key) {
        const auto it = counts.find(key);
        if (it != counts.end())
            ++it->second;
        else
            counts.emplace(std::string(key), 1);
    };
    bump(h.byReason, reason);
    bump(h.byQueue, queue);
    const QString reasonText = fromBytes(reason);

    const std::string_view uri = r.column(Column::Uri);
    if ((equalsNoCase(reason, "URL_Length") || equalsNoCase(reason, "FieldLength")
         || equalsNoCase(reason, "RequestLength"))
        && (containsNoCase(uri, "/certsrv/mscep/") || equalsNoCase(queue, "SCEP")))
        m_urlTooLong.add(m_file, r, reasonText);

    if (!equalsNoCase(queue, "SCEP"))
        return;
    bump(h.scepQueueByReason, reason);
    static constexpr std::string_view kUnavailable[] = {"AppPoolTimer", "AppShutdown", "QueueFull", "ConnLimit", "N/A"};
    if (equalsNoCase(reason, "AppOffline") || equalsNoCase(reason, "Disabled"))
        m_poolOffline.add(m_file, r, reasonText);
    else if (equalsNoCase(reason, "Connection_Abandoned_By_AppPool"))
        m_workerCrash.add(m_file, r, reasonText);
    else if ((r.status().hasStatus() && r.status().status == 503)
             || std::any_of(std::begin(kUnavailable), std::end(kUnavailable),
                            [&](std::string_view u) { return equalsNoCase(reason, u); }))
        m_scepQueue503.add(m_file, r, reasonText);
}

ScepSummaryBuilder::IosClient *ScepSummaryBuilder::iosClient(std::uint64_t key, std::string_view ip)
{
    if (key == 0)
        key = 1;
    if (m_iosCount * 2 >= m_iosKeys.size()) {
        if (m_iosCount >= kMaxIosClients)
            return nullptr;
        std::vector<std::uint64_t> keys(std::max<std::size_t>(1024, m_iosKeys.size() * 2), 0);
        std::vector<IosClient> clients(keys.size());
        for (std::size_t i = 0; i < m_iosKeys.size(); ++i) {
            if (!m_iosKeys[i])
                continue;
            std::size_t slot = m_iosKeys[i] & (keys.size() - 1);
            while (keys[slot])
                slot = (slot + 1) & (keys.size() - 1);
            keys[slot] = m_iosKeys[i];
            clients[slot] = m_iosClients[i];
        }
        m_iosKeys = std::move(keys);
        m_iosClients = std::move(clients);
    }
    const std::size_t mask = m_iosKeys.size() - 1;
    std::size_t slot = key & mask;
    while (m_iosKeys[slot] && m_iosKeys[slot] != key)
        slot = (slot + 1) & mask;
    if (!m_iosKeys[slot]) {
        if (m_iosCount >= kMaxIosClients)
            return nullptr;
        m_iosKeys[slot] = key;
        ++m_iosCount;
        IosClient &client = m_iosClients[slot];
        client.ipLength = std::uint8_t(std::min(ip.size(), client.ip.size()));
        std::copy_n(ip.data(), client.ipLength, client.ip.data());
    }
    return &m_iosClients[slot];
}

std::int64_t ScepSummaryBuilder::secondsOf(const Record &record)
{
    const std::string_view date = record.column(Column::Date);
    const std::string_view time = record.column(Column::Time);
    if (!sameDate(date.data(), m_lastDate.data())) {
        std::int64_t seconds = 0;
        record.utcSeconds(seconds);
        m_lastDays = seconds / 86400 - (seconds % 86400 < 0);
        std::memcpy(m_lastDate.data(), date.data(), m_lastDate.size());
    }
    auto two = [](const char *p) { return (p[0] - '0') * 10 + (p[1] - '0'); };
    return m_lastDays * 86400 + two(time.data()) * 3600 + two(time.data() + 3) * 60 + two(time.data() + 6);
}

Findings ScepSummaryBuilder::findings(const QList<FileStats> &files) const
{
    Findings out;
    auto add = [&out](const char *id, Severity severity, QVariantMap evidence) {
        out.append(Finding{QString::fromLatin1(id), severity, std::move(evidence)});
    };
    if (m_poolOffline.count)
        add("httperr.scep-pool-offline", Severity::Error, m_poolOffline.evidence(QStringLiteral("byReason")));
    if (m_impersonation.count)
        add("iis.impersonation-1346", Severity::Error, m_impersonation.evidence(QStringLiteral("byStatus")));
    if (m_scep500.count)
        add("iis.scep-500", Severity::Error, m_scep500.evidence(QStringLiteral("byStatus")));
    if (m_urlTooLong.count)
        add("iis.url-too-long", Severity::Error, m_urlTooLong.evidence(QStringLiteral("byStatus")));
    if (m_verifyUntrusted.count)
        add("iis.verifyrequest-untrusted-root", Severity::Error, m_verifyUntrusted.evidence(QStringLiteral("byStatus")));
    if (m_verify500.count)
        add("iis.verifyrequest-500", Severity::Error, m_verify500.evidence(QStringLiteral("byStatus")));

    qint64 iosStuck = 0;
    QStringList clients;
    QStringList at;
    std::vector<const IosClient *> stuck;
    for (std::size_t i = 0; i < m_iosKeys.size(); ++i) {
        const IosClient &client = m_iosClients[i];
        if (m_iosKeys[i] && client.certificate && !client.capabilities)
            stuck.push_back(&client);
    }
    iosStuck = qint64(stuck.size());
    // The earliest ones, so the evidence does not depend on the hash order.
    std::sort(stuck.begin(), stuck.end(), [](const IosClient *a, const IosClient *b) {
        return std::tie(a->file, a->line) < std::tie(b->file, b->line);
    });
    for (std::size_t i = 0; i < stuck.size() && i < std::size_t(kMaxSightings); ++i) {
        clients << fromBytes(std::string_view(stuck[i]->ip.data(), stuck[i]->ipLength));
        at << location(m_files.value(stuck[i]->file), stuck[i]->line);
    }
    if (iosStuck) {
        add("iis.ios-getcacert-without-getcacaps", Severity::Warning,
            {{QStringLiteral("count"), iosStuck}, {QStringLiteral("clients"), clients}, {QStringLiteral("at"), at}});
    }
    if (m_scepQueue503.count)
        add("httperr.scep-503", Severity::Warning, m_scepQueue503.evidence(QStringLiteral("byReason")));
    if (m_workerCrash.count)
        add("httperr.scep-worker-crash", Severity::Warning, m_workerCrash.evidence(QStringLiteral("byReason")));

    qint64 accessFiles = 0;
    qint64 badLines = 0;
    qint64 inferredLines = 0;
    std::map<QString, qint64> badByReason;
    QStringList badAt;
    QStringList headerless;
    QStringList headerlessLayouts;
    QStringList notLogs;
    for (const FileStats &f : files) {
        if (f.kind != LogKind::HttpErr)
            ++accessFiles;
        badLines += f.badLines;
        for (int r = 0; r < kBadReasonCount; ++r) {
            if (f.badByReason[std::size_t(r)])
                badByReason[badReasonId(BadReason(r))] += f.badByReason[std::size_t(r)];
        }
        for (const BadLine &b : f.badSamples) {
            if (badAt.size() < kMaxSightings)
                badAt << location(f.path, b.line);
        }
        if (f.inferredLines) {
            inferredLines += f.inferredLines;
            headerless << f.path;
            headerlessLayouts << f.inferredLayout;
        }
        if (f.bytes > 0 && f.fieldsDirectives == 0 && f.software.isEmpty() && f.records == 0)
            notLogs << f.path;
    }
    if (accessFiles && m_summary.total == 0) {
        add("iis.no-scep-traffic", Severity::Warning,
            {{QStringLiteral("files"), accessFiles}, {QStringLiteral("requests"), m_summary.accessRecords}});
    }
    if (!notLogs.isEmpty())
        add("iis.not-a-w3c-log", Severity::Warning, {{QStringLiteral("files"), notLogs}});
    if (inferredLines) {
        add("iis.headerless", Severity::Info,
            {{QStringLiteral("files"), headerless},
             {QStringLiteral("layouts"), headerlessLayouts},
             {QStringLiteral("count"), inferredLines}});
    }
    if (badLines) {
        add("iis.bad-lines", Severity::Info,
            {{QStringLiteral("count"), badLines},
             {QStringLiteral("byReason"), countsToVariant(badByReason)},
             {QStringLiteral("at"), badAt}});
    }
    if (m_markdown.count)
        add("iis.markdown-damage", Severity::Info, m_markdown.evidence());
    return out;
}

namespace {

// The date in an IIS log name: u_exYYMMDD.log, u_exYYMMDDHH.log, u_exYYMM.log (also without "u_" and with "_x").
std::optional<QDateTime> dateInName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:u_)?ex(\\d{2})(\\d{2})(\\d{2})?(\\d{2})?(?:_x)?\\.log$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = 2000 + m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const int hour = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23)
        return std::nullopt;
    return QDateTime(date, QTime(hour, 0), Qt::UTC);
}

QFileInfoList logsIn(const QDir &dir)
{
    return dir.entryInfoList({QStringLiteral("*.log")}, QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

Expected<QStringList> collectLogFiles(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{QStringLiteral("no such file or folder"), path, {}};
        if (!info.isDir()) {
            if (!info.isReadable())
                return Error{QStringLiteral("cannot read the log file"), path, {}};
            out << path;
            continue;
        }
        const QDir dir(path);
        QFileInfoList found = logsIn(dir);
        for (const QFileInfo &sub : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            found += logsIn(QDir(sub.filePath()));
        if (found.isEmpty())
            return Error{QStringLiteral("no log files (*.log) in the folder"), path, {}};
        struct Dated {
            QFileInfo info;
            QDateTime when;
        };
        QList<Dated> dated;
        for (const QFileInfo &f : found)
            dated.append({f, dateInName(f.fileName()).value_or(f.lastModified().toUTC())});
        std::stable_sort(dated.begin(), dated.end(), [](const Dated &a, const Dated &b) {
            if (a.when != b.when)
                return a.when > b.when;
            return a.info.fileName() > b.info.fileName();
        });
        for (const Dated &d : dated) {
            if (!d.info.isReadable())
                return Error{QStringLiteral("cannot read the log file"), d.info.filePath(), {}};
            out << d.info.filePath();
        }
    }
    return out;
}

Expected<ScanReport> scanIisLogs(const QStringList &files, const Progress &progress, const std::atomic<bool> &cancel,
                                 ScanOptions options)
{
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    ScanReport report;
    ScepSummaryBuilder builder;
    W3cScanner scanner(builder, options);
    qint64 base = 0;
    for (const QString &path : files) {
        if (cancel.load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        builder.setFile(path);
        Progress fileProgress;
        if (progress) {
            fileProgress = [&progress, base, total](qint64 done, qint64) {
                progress(base + done, std::max(total, base + done));
            };
        }
        Expected<FileStats> stats = scanner.scanFile(path, fileProgress, cancel);
        if (!stats)
            return stats.error();
        base += stats->bytes;
        report.cancelled = stats->cancelled;
        report.files.append(std::move(*stats));
        if (report.cancelled)
            break;
    }
    report.scep = builder.summary();
    report.findings = builder.findings(report.files);
    return report;
}

namespace {

QJsonObject statusCounts(const std::map<StatusTriple, qint64> &counts)
{
    QJsonObject o;
    for (const auto &[triple, n] : counts)
        o.insert(triple.key(), n);
    return o;
}

QJsonObject textCounts(const HttpErrSummary::Counts &counts)
{
    QJsonObject o;
    for (const auto &[key, n] : counts)
        o.insert(fromBytes(key), n);
    return o;
}

QJsonValue isoOrNull(const std::optional<std::int64_t> &seconds)
{
    return seconds ? QJsonValue(isoUtc(*seconds)) : QJsonValue();
}

QJsonObject endpointJson(const EndpointSummary &e)
{
    return {{QStringLiteral("total"), e.total}, {QStringLiteral("byStatus"), statusCounts(e.byStatus)}};
}

} // namespace

QJsonObject scanReportToJson(const ScanReport &report)
{
    QJsonArray files;
    qint64 lines = 0, directive = 0, data = 0, blank = 0, bad = 0;
    std::array<qint64, kBadReasonCount> byReason{};
    QJsonArray samples;
    for (const FileStats &f : report.files) {
        lines += f.lines;
        directive += f.directiveLines;
        data += f.dataLines;
        blank += f.blankLines;
        bad += f.badLines;
        for (int r = 0; r < kBadReasonCount; ++r)
            byReason[std::size_t(r)] += f.badByReason[std::size_t(r)];
        for (const BadLine &b : f.badSamples) {
            if (samples.size() >= 20)
                break;
            samples.append(QJsonObject{{QStringLiteral("at"), location(f.path, b.line)},
                                       {QStringLiteral("reason"), badReasonId(b.reason)},
                                       {QStringLiteral("fields"), b.fields},
                                       {QStringLiteral("expected"), b.expected}});
        }
        files.append(QJsonObject{
            {QStringLiteral("path"), f.path},
            {QStringLiteral("kind"), logKindId(f.kind)},
            {QStringLiteral("bytes"), f.bytes},
            {QStringLiteral("lines"), f.lines},
            {QStringLiteral("directiveLines"), f.directiveLines},
            {QStringLiteral("dataLines"), f.dataLines},
            {QStringLiteral("blankLines"), f.blankLines},
            {QStringLiteral("badLines"), f.badLines},
            {QStringLiteral("dataLinesRead"), f.dataLinesRead},
            {QStringLiteral("records"), f.records},
            {QStringLiteral("crlfLines"), f.crlfLines},
            {QStringLiteral("headerBlocks"), f.fieldsDirectives},
            {QStringLiteral("layoutChanges"), f.layoutChanges},
            {QStringLiteral("inferredLayout"), f.inferredLayout.isEmpty() ? QJsonValue() : QJsonValue(f.inferredLayout)},
            {QStringLiteral("inferredLines"), f.inferredLines},
            {QStringLiteral("software"), f.software.isEmpty() ? QJsonValue() : QJsonValue(f.software)},
            {QStringLiteral("bom"), f.bom},
            {QStringLiteral("truncatedLastLine"), f.truncatedLastLine},
            {QStringLiteral("cancelled"), f.cancelled},
        });
    }
    QJsonObject badReasons;
    for (int r = 0; r < kBadReasonCount; ++r)
        badReasons.insert(badReasonId(BadReason(r)), byReason[std::size_t(r)]);

    const ScepSummary &s = report.scep;
    QJsonObject byOperation;
    for (int i = 0; i < kScepOperationCount; ++i)
        byOperation.insert(scepOperationId(ScepOperation(i)), s.byOperation[std::size_t(i)]);
    QJsonObject byPlatform;
    for (int i = 0; i < kPlatformCount; ++i)
        byPlatform.insert(platformId(Platform(i)), s.byPlatform[std::size_t(i)]);
    QJsonArray perHour;
    for (const auto &[hour, c] : s.perHour) {
        perHour.append(QJsonObject{{QStringLiteral("hour"), isoUtc(hour * 3600)},
                                   {QStringLiteral("total"), c.total},
                                   {QStringLiteral("2xx"), c.s2xx},
                                   {QStringLiteral("3xx"), c.s3xx},
                                   {QStringLiteral("4xx"), c.s4xx},
                                   {QStringLiteral("5xx"), c.s5xx}});
    }
    const QJsonObject httpErr{{QStringLiteral("lines"), s.httpErr.lines},
                              {QStringLiteral("byReason"), textCounts(s.httpErr.byReason)},
                              {QStringLiteral("byQueue"), textCounts(s.httpErr.byQueue)},
                              {QStringLiteral("scepQueueByReason"), textCounts(s.httpErr.scepQueueByReason)}};
    const QJsonObject scep{{QStringLiteral("total"), s.total},
                           {QStringLiteral("byOperation"), byOperation},
                           {QStringLiteral("byStatus"), statusCounts(s.byStatus)},
                           {QStringLiteral("byPlatform"), byPlatform},
                           {QStringLiteral("first"), isoOrNull(s.first)},
                           {QStringLiteral("last"), isoOrNull(s.last)},
                           {QStringLiteral("perHour"), perHour},
                           {QStringLiteral("verifyRequest"), endpointJson(s.verifyRequest)},
                           {QStringLiteral("notify"), endpointJson(s.notify)},
                           {QStringLiteral("httpErr"), httpErr},
                           {QStringLiteral("markdownLines"), s.markdownLines}};

    QJsonArray findings;
    for (const Finding &f : report.findings) {
        findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("severity"), severityId(f.severity)},
                                    {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)}});
    }
    return {{QStringLiteral("files"), files},
            {QStringLiteral("lines"), QJsonObject{{QStringLiteral("total"), lines},
                                                  {QStringLiteral("directive"), directive},
                                                  {QStringLiteral("data"), data},
                                                  {QStringLiteral("blank"), blank},
                                                  {QStringLiteral("bad"), bad}}},
            {QStringLiteral("badLines"), QJsonObject{{QStringLiteral("total"), bad},
                                                     {QStringLiteral("byReason"), badReasons},
                                                     {QStringLiteral("samples"), samples}}},
            {QStringLiteral("scep"), scep},
            {QStringLiteral("findings"), findings}};
}

} // namespace ndes::logs::iis
