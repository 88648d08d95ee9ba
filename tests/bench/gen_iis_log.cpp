// Writes a realistic IIS W3C log of an NDES server, for the scan benchmark (tests/bench/iis_scan.sh).
//   gen_iis_log OUT SIZE [--seed N]        SIZE in bytes, with an optional K, M or G suffix
// The same seed always gives the same bytes. The traffic: Android, iOS and Windows devices doing
// GetCACert / GetCACaps / PKIOperation (GET with a several-KB base64 message, or POST), the policy module's
// VerifyRequest and Notify calls, browser tests, health probes and other noise; a header block repeated
// every few hundred records, as IIS does after each idle restart; some 500 0 1346, some 404.15 and 414,
// some VerifyRequest 403 16 2148204809. CRLF line endings, UTC timestamps.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // A number in [0, n).
    std::uint32_t below(std::uint32_t n) { return std::uint32_t((next() >> 32) * n >> 32); }
    bool percent(std::uint32_t p) { return below(1000) < p * 10; }
    bool permille(std::uint32_t p) { return below(1000) < p; }

private:
    std::uint64_t m_state;
};

enum class Platform { Android, Ios, Windows };

constexpr std::string_view kFields =
    "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
    "cs(Referer) sc-status sc-substatus sc-win32-status time-taken";

constexpr std::string_view kServerIps[] = {"10.0.20.15", "fe80::a0d1:5cff:fe21:7c4e%12"};

constexpr std::string_view kAndroidAgents[] = {
    "Dalvik/2.1.0+(Linux;+U;+Android+13;+SM-G991B+Build/TP1A.220624.014)",
    "Dalvik/2.1.0+(Linux;+U;+Android+12;+Pixel+6+Build/SQ3A.220705.004)",
    "Dalvik/2.1.0+(Linux;+U;+Android+14;+SM-S911B+Build/UP1A.231005.007)",
};
constexpr std::string_view kIosAgents[] = {
    "profiled/1.0+CFNetwork/1410.0.3+Darwin/22.6.0",
    "profiled/1.0+CFNetwork/1494.0.7+Darwin/23.4.0",
    "profiled/1.0+CFNetwork/811.5.4+Darwin/16.6.0",
};
constexpr std::string_view kWindowsAgent = "Mozilla/4.0+(compatible;+Win32;+NDES+client)";
constexpr std::string_view kBrowserAgent =
    "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.0.0";

class Generator {
public:
    Generator(std::FILE *out, std::uint64_t seed) : m_out(out), m_rng(seed)
    {
        static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        m_base64.resize(1 << 20);
        for (char &c : m_base64)
            c = kAlphabet[m_rng.below(64)];
        m_buffer.reserve(kFlushBytes + (1 << 16));
        makeFleet();
    }

    ~Generator() { flush(); }

    std::uint64_t written() const { return m_written + m_buffer.size(); }

    void header()
    {
        m_buffer += "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n#Date: ";
        appendDate();
        m_buffer += ' ';
        appendTime();
        m_buffer += "\r\n";
        m_buffer += kFields;
        m_buffer += "\r\n";
        m_untilHeader = 200 + m_rng.below(3000);
    }

    // One burst of related requests: a device enrolling, a browser test, or noise.
    void burst()
    {
        const std::uint32_t kind = m_rng.below(100);
        if (kind < 70)
            enrolment();
        else if (kind < 73)
            request("GET", "/certsrv/mscep/mscep.dll", "-", m_rng.percent(50) ? "10.0.30.44" : "fe80::4c3b:9a2e:1d0f:77b1%13",
                    kBrowserAgent, 403, 0, 0);
        else if (kind < 88)
            request("GET", "/", "-", "10.0.20.1", "-", 200, 0, 0);
        else if (kind < 95)
            request("GET", "/certsrv/mscep_admin/", "-", "10.0.30.44", kBrowserAgent, 401, 2, 5);
        else
            request("GET", "/iisstart.png", "-", "10.0.30.44", kBrowserAgent, 200, 0, 0);
    }

private:
    static constexpr std::size_t kFlushBytes = 4 << 20;

    struct Device {
        Platform platform;
        std::string ip;
        std::string_view agent;
    };

    // The enrolled fleet: each device comes back now and then, from its own address.
    void makeFleet()
    {
        m_fleet.resize(20000);
        for (Device &d : m_fleet) {
            d.platform = Platform(m_rng.below(3));
            char ip[64];
            if (m_rng.percent(80))
                std::snprintf(ip, sizeof ip, "10.%u.%u.%u", 40 + m_rng.below(20), m_rng.below(256), 1 + m_rng.below(254));
            else
                std::snprintf(ip, sizeof ip, "2a01:cb08:%x:%x::%x", m_rng.below(65536), m_rng.below(65536), 1 + m_rng.below(65535));
            d.ip = ip;
            d.agent = d.platform == Platform::Android ? kAndroidAgents[m_rng.below(3)]
                    : d.platform == Platform::Ios     ? kIosAgents[m_rng.below(3)]
                                                      : kWindowsAgent;
        }
    }

    void enrolment()
    {
        const Device &device = m_fleet[m_rng.below(std::uint32_t(m_fleet.size()))];
        const Platform platform = device.platform;
        const std::string &ip = device.ip;
        const std::string_view agent = device.agent;
        std::string_view stem = "/certsrv/mscep/mscep.dll";
        std::string_view caId;
        switch (platform) {
        case Platform::Android:
            caId = "ca";
            break;
        case Platform::Ios:
            caId = "SCEP%20Authority";
            break;
        case Platform::Windows:
            stem = "/certsrv/mscep/mscep.dll/pkiclient.exe";
            caId = "default";
            break;
        }
        const bool impersonationBroken = m_rng.permille(8);
        const std::string caQuery = std::string("message=").append(caId);
        if (platform == Platform::Ios) {
            request("GET", stem, "operation=GetCACert&" + caQuery, ip, agent, impersonationBroken ? 500 : 200, 0,
                    impersonationBroken ? 1346 : 0);
            if (impersonationBroken || m_rng.permille(5))
                return;
            request("GET", stem, "operation=GetCACaps&" + caQuery, ip, agent, 200, 0, 0);
        } else {
            request("GET", stem, "operation=GetCACaps&" + caQuery, ip, agent, 200, 0, 0);
            request("GET", stem, "operation=GetCACert&" + caQuery, ip, agent, impersonationBroken ? 500 : 200, 0,
                    impersonationBroken ? 1346 : 0);
            if (impersonationBroken)
                return;
        }
        const bool viaGet = platform == Platform::Ios || (platform == Platform::Android && m_rng.percent(40));
        if (viaGet) {
            std::string query = "operation=PKIOperation&message=MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgMFADCABgkq";
            appendMessage(query, 2000 + m_rng.below(5000), platform == Platform::Android);
            const std::uint32_t fault = m_rng.below(1000);
            if (fault < 3)
                request("GET", stem, query, ip, agent, 404, 15, 0);
            else if (fault < 5)
                request("GET", stem, query, ip, agent, 414, 0, 0);
            else
                pkiOperation("GET", stem, query, ip, agent);
        } else {
            pkiOperation("POST", stem, "operation=PKIOperation", ip, agent);
        }
    }

    void pkiOperation(std::string_view method, std::string_view stem, std::string_view query, std::string_view ip,
                      std::string_view agent)
    {
        const bool untrusted = m_rng.permille(4);
        const bool crpBroken = !untrusted && m_rng.permille(2);
        request("POST", "/CertificateRegistrationSvc/Certificate/VerifyRequest", "-", "::1", "NDES_Plugin",
                untrusted ? 403 : crpBroken ? 500 : 201, untrusted ? 16 : 0, untrusted ? 2148204809U : 0);
        request(method, stem, query, ip, agent, 200, 0, 0);
        if (!untrusted && !crpBroken)
            request("POST", "/CertificateRegistrationSvc/Certificate/Notify", "-", "::1", "NDES_Plugin", 204, 0, 0);
    }

    void appendMessage(std::string &query, std::uint32_t length, bool percentEncoded)
    {
        const std::size_t from = m_rng.below(std::uint32_t(m_base64.size() - length));
        const std::string_view chunk(m_base64.data() + from, length);
        if (!percentEncoded) {
            query += chunk;
        } else {
            for (char c : chunk) {
                if (c == '+')
                    query += "%2B";
                else if (c == '/')
                    query += "%2F";
                else
                    query += c;
            }
        }
        query += percentEncoded ? "%3D%3D" : "==";
    }

    void request(std::string_view method, std::string_view stem, std::string_view query, std::string_view clientIp,
                 std::string_view agent, unsigned status, unsigned substatus, unsigned long win32)
    {
        if (m_untilHeader-- == 0)
            header();
        m_seconds += m_rng.below(4);
        appendDate();
        m_buffer += ' ';
        appendTime();
        m_buffer += ' ';
        m_buffer += kServerIps[clientIp.find(':') != std::string_view::npos ? 1 : 0];
        m_buffer += ' ';
        m_buffer += method;
        m_buffer += ' ';
        m_buffer += stem;
        m_buffer += ' ';
        m_buffer += query;
        m_buffer += " 443 - ";
        m_buffer += clientIp;
        m_buffer += ' ';
        m_buffer += agent;
        char tail[96];
        std::snprintf(tail, sizeof tail, " - %u %u %lu %u\r\n", status, substatus, win32, 1 + m_rng.below(900));
        m_buffer += tail;
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }

    void appendDate()
    {
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        const long long z = m_seconds / 86400 + 719468;
        const long long era = z / 146097;
        const unsigned doe = unsigned(z - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        const unsigned d = doy - (153 * mp + 2) / 5 + 1;
        const unsigned m = mp < 10 ? mp + 3 : mp - 9;
        const long long y = yoe + era * 400 + (m <= 2);
        char text[48];
        std::snprintf(text, sizeof text, "%04lld-%02u-%02u", y, m, d);
        m_buffer += text;
    }

    void appendTime()
    {
        const long long s = m_seconds % 86400;
        char text[48];
        std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
        m_buffer += text;
    }

    void flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out) != m_buffer.size()) {
            std::perror("gen_iis_log: write");
            std::exit(1);
        }
        m_written += m_buffer.size();
        m_buffer.clear();
    }

    std::FILE *m_out;
    Random m_rng;
    std::string m_base64;
    std::vector<Device> m_fleet;
    std::string m_buffer;
    std::uint64_t m_written = 0;
    std::uint32_t m_untilHeader = 0;
    long long m_seconds = 1709251200; // 2024-03-01 00:00:00 UTC
};

bool parseSize(const char *text, std::uint64_t &size)
{
    char *end = nullptr;
    const unsigned long long value = std::strtoull(text, &end, 10);
    if (end == text)
        return false;
    std::uint64_t unit = 1;
    if (*end == 'K' || *end == 'k')
        unit = 1ULL << 10;
    else if (*end == 'M' || *end == 'm')
        unit = 1ULL << 20;
    else if (*end == 'G' || *end == 'g')
        unit = 1ULL << 30;
    else if (*end != '\0')
        return false;
    if (unit != 1 && end[1] != '\0')
        return false;
    size = value * unit;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::uint64_t size = 0;
    std::uint64_t seed = 20240301;
    if (argc == 5 && std::strcmp(argv[3], "--seed") == 0) {
        seed = std::strtoull(argv[4], nullptr, 10);
    } else if (argc != 3) {
        std::fprintf(stderr, "usage: gen_iis_log OUT SIZE[K|M|G] [--seed N]\n");
        return 2;
    }
    if (!parseSize(argv[2], size) || size == 0) {
        std::fprintf(stderr, "gen_iis_log: bad size \"%s\"\n", argv[2]);
        return 2;
    }
    std::FILE *out = std::fopen(argv[1], "wb");
    if (!out) {
        std::perror(argv[1]);
        return 2;
    }
    {
        Generator generator(out, seed);
        while (generator.written() < size)
            generator.burst();
    }
    if (std::fclose(out) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    return 0;
}
