#include "w3cscanner.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <bit>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#include <emmintrin.h>
#define NDES_W3C_SSE2 1
#endif
#if defined(__GNUC__)
#define NDES_W3C_INLINE [[gnu::always_inline]] inline
#else
#define NDES_W3C_INLINE inline
#endif
// AVX2 versions are built with GCC and Clang for x86 and used when the processor has AVX2.
#if defined(NDES_W3C_SSE2) && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>
#define NDES_W3C_AVX2 1
#endif

namespace ndes::logs::iis {

namespace {

// Bytes readable past the end of the data in the buffer: one for the '\n' put after a last line that has
// none, and 64 because the byte loops read whole 64-byte chunks (and the byte after each).
constexpr std::size_t kPadding = 64 + 1;

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsNoCase(text.substr(0, prefix.size()), prefix);
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

// "2024-03-01": the shape, and a day that exists.
bool validDate(std::string_view d)
{
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(d[std::size_t(i)]))
            return false;
    }
    const int year = twoDigits(d.data()) * 100 + twoDigits(d.data() + 2);
    const int month = twoDigits(d.data() + 5);
    const int day = twoDigits(d.data() + 8);
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// "20:22:16", optionally with a fraction ("20:22:16.123").
bool validTime(std::string_view t)
{
    if (t.size() < 8 || t[2] != ':' || t[5] != ':')
        return false;
    for (int i : {0, 1, 3, 4, 6, 7}) {
        if (!isDigit(t[std::size_t(i)]))
            return false;
    }
    if (twoDigits(t.data()) > 23 || twoDigits(t.data() + 3) > 59 || twoDigits(t.data() + 6) > 59)
        return false;
    if (t.size() == 8)
        return true;
    if (t[8] != '.' || t.size() == 9)
        return false;
    return std::all_of(t.begin() + 9, t.end(), isDigit);
}

// 1: a number, 0: "-" (absent), -1: anything else. Fits in 32 bits unsigned.
int parseU32(std::string_view s, std::uint32_t &out)
{
    if (s.size() == 1 && s[0] == '-')
        return 0;
    if (s.empty() || s.size() > 10)
        return -1;
    std::uint64_t v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return -1;
        v = v * 10 + std::uint64_t(c - '0');
    }
    if (v > 0xFFFFFFFFULL)
        return -1;
    out = std::uint32_t(v);
    return 1;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

// The pre-filter: a line can matter to the SCEP summary only if it holds "msc" (mscep.dll) or "svc"
// (CertificateRegistrationSvc) in some letter case. Both end in 'c' after 's' or 'v', so the byte loops mark
// those places and the letter before is checked one place at a time. Letters are compared after OR 0x20,
// which folds ASCII case exactly for letters and never turns another byte into one.
bool isSOrV(char b)
{
    const char folded = char(b | 0x20);
    return folded == 's' || folded == 'v';
}

// The three letters ending at `c` are "msc" or "svc"; `from` is the first byte that may be read.
bool needleEndsAt(const char *c, const char *from)
{
    if (c - from < 2)
        return false;
    const char a = char(c[-2] | 0x20);
    const char b = char(c[-1] | 0x20);
    return (a == 'm' && b == 's') || (a == 's' && b == 'v');
}

// std::popcount is a library call where the baseline instruction set has no POPCNT (x86-64 before v2).
inline int bitCount(std::uint64_t x)
{
#if defined(__POPCNT__) || !(defined(__x86_64__) || defined(_M_X64) || defined(__i386__) || defined(_M_IX86))
    return std::popcount(x);
#else
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return int((x * 0x0101010101010101ULL) >> 56);
#endif
}

// One 64-byte chunk: where lines end, and where the pre-filter may match; with the counts of the whole
// chunk worked out by the byte loop, so a chunk with nothing to look at costs a few additions.
struct ChunkMasks {
    std::uint64_t newline = 0;
    std::uint64_t cr = 0;
    std::uint64_t hash = 0;      // '#', which starts a directive when it starts a line
    std::uint64_t candidate = 0; // a 'c' right after an 's' or a 'v', any case
    std::uint64_t events = 0;    // directive starts and candidates: the places looked at one by one
    int newlines = 0;
    int crlf = 0;
    int blank = 0;
    int data = 0;
};

// The loops that look at every byte, in one version per instruction set, chosen at run time.
struct Kernels {
    // Masks of `chunks` 64-byte chunks at p; `before` is the byte before p ('\n' at the start of a region).
    void (*classify)(const char *p, std::size_t chunks, char before, ChunkMasks *out);
    // Stores where the spaces of the line starting at `begin` are (the first `room` of them), counts them
    // all in `count`, and returns the line's '\n'.
    const char *(*split)(const char *begin, const char **spaces, std::size_t room, std::size_t &count);
};

// What the byte loops carry from one chunk to the next: facts about the byte before the chunk.
struct Carry {
    std::uint64_t sOrV = 0;
    std::uint64_t newline = 0;
    std::uint64_t cr = 0;

    explicit Carry(char before)
        : sOrV(isSOrV(before) ? 1 : 0), newline(before == '\n' ? 1 : 0), cr(before == '\r' ? 1 : 0)
    {
    }
};

// Completes a chunk from its raw masks (newline, cr, hash; `sv` for 's' or 'v', `c` for 'c') and moves the
// carry on. `Count` counts bits: the processor instruction where there is one.
template<int (*Count)(std::uint64_t)>
NDES_W3C_INLINE void finishChunk(ChunkMasks &m, std::uint64_t sv, std::uint64_t c, char after, Carry &carry)
{
    m.candidate = c & ((sv << 1) | carry.sOrV);
    const std::uint64_t starts = (m.newline << 1) | carry.newline;
    const std::uint64_t newlineAfter = (m.newline >> 1) | (std::uint64_t(after == '\n') << 63);
    const std::uint64_t blank = starts & (m.newline | (m.cr & newlineAfter));
    const std::uint64_t directives = starts & m.hash;
    m.events = directives | m.candidate;
    m.newlines = Count(m.newline);
    m.crlf = Count(m.newline & ((m.cr << 1) | carry.cr));
    m.blank = Count(blank);
    m.data = Count(starts & ~blank & ~directives);
    carry.sOrV = sv >> 63;
    carry.newline = m.newline >> 63;
    carry.cr = m.cr >> 63;
}

inline void storeBits(std::uint64_t bits, const char *base, const char **spaces, std::size_t room, std::size_t &count)
{
    while (bits) {
        if (count < room)
            spaces[count] = base + std::countr_zero(bits);
        ++count;
        bits &= bits - 1;
    }
}

// Keeps the bits below the first newline; returns whether there was one.
inline bool cutAtNewline(std::uint64_t newlines, std::uint64_t &spaces)
{
    if (!newlines)
        return false;
    spaces &= (newlines & (~newlines + 1)) - 1;
    return true;
}

#ifndef NDES_W3C_SSE2
// Other processors (ARM): the same loops, a byte at a time.
void classifyScalar(const char *p, std::size_t chunks, char before, ChunkMasks *out)
{
    Carry carry(before);
    for (std::size_t k = 0; k < chunks; ++k, p += 64) {
        ChunkMasks m;
        std::uint64_t sv = 0;
        std::uint64_t c = 0;
        for (int i = 0; i < 64; ++i) {
            const char folded = char(p[i] | 0x20);
            m.newline |= std::uint64_t(p[i] == '\n') << i;
            m.cr |= std::uint64_t(p[i] == '\r') << i;
            m.hash |= std::uint64_t(p[i] == '#') << i;
            sv |= std::uint64_t(folded == 's' || folded == 'v') << i;
            c |= std::uint64_t(folded == 'c') << i;
        }
        finishChunk<bitCount>(m, sv, c, p[64], carry);
        out[k] = m;
    }
}

const char *splitScalar(const char *begin, const char **spaces, std::size_t room, std::size_t &count)
{
    count = 0;
    for (const char *q = begin;; ++q) {
        if (*q == '\n')
            return q;
        if (*q == ' ') {
            if (count < room)
                spaces[count] = q;
            ++count;
        }
    }
}
#endif

#ifdef NDES_W3C_SSE2
inline std::uint64_t bits16(__m128i m)
{
    return std::uint32_t(_mm_movemask_epi8(m));
}

void classifySse2(const char *p, std::size_t chunks, char before, ChunkMasks *out)
{
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i fold = _mm_set1_epi8(0x20);
    const __m128i s = _mm_set1_epi8('s');
    const __m128i v = _mm_set1_epi8('v');
    const __m128i c = _mm_set1_epi8('c');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i hash = _mm_set1_epi8('#');
    Carry carry(before);
    for (std::size_t k = 0; k < chunks; ++k, p += 64) {
        ChunkMasks m;
        std::uint64_t sv = 0;
        std::uint64_t cc = 0;
        for (int i = 0; i < 64; i += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const __m128i folded = _mm_or_si128(bytes, fold);
            m.newline |= bits16(_mm_cmpeq_epi8(bytes, newline)) << i;
            m.cr |= bits16(_mm_cmpeq_epi8(bytes, cr)) << i;
            m.hash |= bits16(_mm_cmpeq_epi8(bytes, hash)) << i;
            sv |= bits16(_mm_or_si128(_mm_cmpeq_epi8(folded, s), _mm_cmpeq_epi8(folded, v))) << i;
            cc |= bits16(_mm_cmpeq_epi8(folded, c)) << i;
        }
        finishChunk<bitCount>(m, sv, cc, p[64], carry);
        out[k] = m;
    }
}

const char *splitSse2(const char *begin, const char **spaces, std::size_t room, std::size_t &count)
{
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i newline = _mm_set1_epi8('\n');
    count = 0;
    for (const char *q = begin;; q += 64) {
        std::uint64_t sp = 0;
        std::uint64_t nl = 0;
        for (int i = 0; i < 64; i += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q + i));
            sp |= bits16(_mm_cmpeq_epi8(bytes, space)) << i;
            nl |= bits16(_mm_cmpeq_epi8(bytes, newline)) << i;
        }
        const bool last = cutAtNewline(nl, sp);
        storeBits(sp, q, spaces, room, count);
        if (last)
            return q + std::countr_zero(nl);
    }
}
#endif

#ifdef NDES_W3C_AVX2
[[gnu::target("popcnt")]] int hardwareCount(std::uint64_t x)
{
    return std::popcount(x);
}

[[gnu::target("avx2")]] inline std::uint64_t bits(__m256i m)
{
    return std::uint32_t(_mm256_movemask_epi8(m));
}

[[gnu::target("avx2,popcnt")]] void classifyAvx2(const char *p, std::size_t chunks, char before, ChunkMasks *out)
{
    const __m256i newline = _mm256_set1_epi8('\n');
    const __m256i fold = _mm256_set1_epi8(0x20);
    const __m256i s = _mm256_set1_epi8('s');
    const __m256i v = _mm256_set1_epi8('v');
    const __m256i c = _mm256_set1_epi8('c');
    const __m256i cr = _mm256_set1_epi8('\r');
    const __m256i hash = _mm256_set1_epi8('#');
    Carry carry(before);
    for (std::size_t k = 0; k < chunks; ++k, p += 64) {
        ChunkMasks m;
        std::uint64_t sv = 0;
        std::uint64_t cc = 0;
        for (int i = 0; i < 64; i += 32) {
            const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + i));
            const __m256i folded = _mm256_or_si256(bytes, fold);
            m.newline |= bits(_mm256_cmpeq_epi8(bytes, newline)) << i;
            m.cr |= bits(_mm256_cmpeq_epi8(bytes, cr)) << i;
            m.hash |= bits(_mm256_cmpeq_epi8(bytes, hash)) << i;
            sv |= bits(_mm256_or_si256(_mm256_cmpeq_epi8(folded, s), _mm256_cmpeq_epi8(folded, v))) << i;
            cc |= bits(_mm256_cmpeq_epi8(folded, c)) << i;
        }
        finishChunk<hardwareCount>(m, sv, cc, p[64], carry);
        out[k] = m;
    }
}

[[gnu::target("avx2")]] const char *splitAvx2(const char *begin, const char **spaces, std::size_t room,
                                              std::size_t &count)
{
    const __m256i space = _mm256_set1_epi8(' ');
    const __m256i newline = _mm256_set1_epi8('\n');
    count = 0;
    for (const char *q = begin;; q += 64) {
        const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(q));
        const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(q + 32));
        std::uint64_t sp = std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, space)))
                           | std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, space)))) << 32;
        const std::uint64_t nl = std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, newline)))
                                 | std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, newline)))) << 32;
        const bool last = cutAtNewline(nl, sp);
        storeBits(sp, q, spaces, room, count);
        if (last)
            return q + std::countr_zero(nl);
    }
}
#endif

Kernels pickKernels(bool baseline)
{
#ifdef NDES_W3C_AVX2
    if (!baseline && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"))
        return {classifyAvx2, splitAvx2};
#endif
    Q_UNUSED(baseline);
#ifdef NDES_W3C_SSE2
    return {classifySse2, splitSse2};
#else
    return {classifyScalar, splitScalar};
#endif
}

struct ColumnName {
    std::string_view name;
    Column column;
};

constexpr ColumnName kColumnNames[] = {
    {"date", Column::Date},
    {"time", Column::Time},
    {"s-ip", Column::ServerIp},
    {"cs-method", Column::Method},
    {"cs-uri-stem", Column::UriStem},
    {"cs-uri-query", Column::UriQuery},
    {"c-ip", Column::ClientIp},
    {"cs(User-Agent)", Column::UserAgent},
    {"cs(Cookie)", Column::Cookie},
    {"sc-status", Column::Status},
    {"sc-substatus", Column::Substatus},
    {"sc-win32-status", Column::Win32Status},
    {"cs-uri", Column::Uri},
    {"s-reason", Column::Reason},
    {"s-queuename", Column::QueueName},
};

} // namespace

QString logKindId(LogKind kind)
{
    switch (kind) {
    case LogKind::Unknown: return QStringLiteral("unknown");
    case LogKind::Access: return QStringLiteral("access");
    case LogKind::HttpErr: return QStringLiteral("httperr");
    }
    return {};
}

QString knownLayoutId(KnownLayout layout)
{
    switch (layout) {
    case KnownLayout::Iis85: return QStringLiteral("iis-8.5");
    case KnownLayout::Iis7: return QStringLiteral("iis-7");
    case KnownLayout::IisFull: return QStringLiteral("iis-full");
    case KnownLayout::HttpErr: return QStringLiteral("httperr");
    case KnownLayout::HttpErrStream: return QStringLiteral("httperr-streamid");
    }
    return {};
}

QString badReasonId(BadReason reason)
{
    switch (reason) {
    case BadReason::FieldCount: return QStringLiteral("field-count");
    case BadReason::Status: return QStringLiteral("status");
    case BadReason::Timestamp: return QStringLiteral("timestamp");
    case BadReason::NoLayout: return QStringLiteral("no-layout");
    case BadReason::TooLong: return QStringLiteral("too-long");
    }
    return {};
}

QString StatusTriple::key() const
{
    auto part = [this](int bit, std::uint32_t value) {
        return (present & bit) ? QString::number(value) : QStringLiteral("-");
    };
    return part(1, status) + QLatin1Char('.') + part(2, substatus) + QLatin1Char('.') + part(4, win32);
}

Layout Layout::fromFields(std::string_view names)
{
    Layout layout;
    std::size_t from = 0;
    while (from < names.size()) {
        std::size_t to = names.find_first_of(" \t", from);
        if (to == std::string_view::npos)
            to = names.size();
        if (to > from)
            layout.m_names.emplace_back(names.substr(from, to - from));
        from = to + 1;
    }
    for (std::size_t i = 0; i < layout.m_names.size() && i < std::size_t(kMaxFields); ++i) {
        for (const ColumnName &c : kColumnNames) {
            if (layout.m_index[std::size_t(c.column)] < 0 && equalsNoCase(layout.m_names[i], c.name))
                layout.m_index[std::size_t(c.column)] = std::int16_t(i);
        }
    }
    if (layout.has(Column::UriStem))
        layout.m_kind = LogKind::Access;
    else if (layout.has(Column::Reason))
        layout.m_kind = LogKind::HttpErr;
    return layout;
}

const Layout &Layout::known(KnownLayout which)
{
    // Immutable tables, built once.
    static const std::array<Layout, 5> layouts = {
        fromFields("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                   "cs(Referer) sc-status sc-substatus sc-win32-status time-taken"),
        fromFields("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                   "sc-status sc-substatus sc-win32-status time-taken"),
        fromFields("date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username "
                   "c-ip cs-version cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status sc-substatus "
                   "sc-win32-status sc-bytes cs-bytes time-taken"),
        fromFields("date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid s-reason "
                   "s-queuename"),
        fromFields("date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid "
                   "s-reason s-queuename"),
    };
    return layouts[std::size_t(which)];
}

bool Record::utcSeconds(std::int64_t &seconds) const
{
    if (!m_layout.has(Column::Date) || !m_layout.has(Column::Time))
        return false;
    const std::string_view d = column(Column::Date);
    const std::string_view t = column(Column::Time);
    const std::int64_t year = twoDigits(d.data()) * 100 + twoDigits(d.data() + 2);
    const std::int64_t days = daysFromCivil(year, unsigned(twoDigits(d.data() + 5)), unsigned(twoDigits(d.data() + 8)));
    seconds = days * 86400 + twoDigits(t.data()) * 3600 + twoDigits(t.data() + 3) * 60 + twoDigits(t.data() + 6);
    return true;
}

// The state of one file: the bound layout, the line counter and the statistics.
class W3cScanner::Run {
public:
    Run(RecordSink &sink, FileStats &stats, const ScanOptions &options, LogKind hint)
        : m_sink(sink), m_stats(stats), m_maxBadSamples(options.maxBadSamples), m_sampleLines(options.sampleLines),
          m_readAll(options.readEveryLine), m_hint(hint), m_kernels(pickKernels(options.baselineSimd))
    {
    }

    // Reads blocks with `read` into the reused buffer and hands whole lines to lines(). A line that spans
    // blocks is carried over to the start of the buffer; a line longer than the buffer grows it, up to
    // maxLineBytes, past which the line is counted and skipped. False on a read error.
    template<typename Read>
    bool pump(Read &&read, std::unique_ptr<char[]> &buffer, std::size_t &capacity, const ScanOptions &options,
              const Progress &progress, qint64 total, const std::atomic<bool> &cancel);

    // [p, p + len) holds whole lines, the last byte is '\n', and 64 bytes past the end are readable.
    // Every line is counted here, from bit masks where no line needs reading. A line that can matter is
    // read in full by readLine(), which finds its end itself; counting resumes at that end, so the bytes
    // of a long line are looked at once.
    void lines(const char *p, std::size_t len)
    {
        const std::size_t chunks = (len + 63) / 64;
        std::size_t batchFrom = 0;
        std::size_t batchTo = 0;
        const char *resume = nullptr; // the '\n' of a line read in full, where counting resumes
        m_lineStart = p;
        std::size_t k = 0;
        // Batches grow while nothing is read, and start small again after a line read in full, which may
        // jump past the chunks classified ahead.
        std::size_t batch = 4;
        while (k < chunks) {
            std::uint64_t range = ~std::uint64_t(0);
            if (resume) {
                const std::size_t at = std::size_t(resume - p);
                k = at / 64;
                range = ~((std::uint64_t(1) << (at % 64)) - 1);
                resume = nullptr;
                batch = 4;
            }
            if (k >= batchTo) {
                batchFrom = k;
                batchTo = std::min(chunks, k + batch);
                batch = std::min(batch * 2, m_batch.size());
                m_kernels.classify(p + 64 * k, batchTo - batchFrom, k > 0 ? p[64 * k - 1] : '\n', m_batch.data());
            }
            if (readsEveryLine()) {
                resume = everyLine(chunkAt(p, len, k, batchFrom, range));
                if (!resume)
                    ++k;
            } else {
                resume = sparse(p, len, k, batchFrom, batchTo, range);
            }
        }
    }

    // A line longer than the buffer may grow to: counted and skipped.
    void tooLongLine()
    {
        ++m_stats.dataLines;
        bad(BadReason::TooLong, 0, 0);
        ++m_line;
        ++m_stats.lines;
    }

private:
    struct Chunk {
        const ChunkMasks &masks;
        const char *base;
        std::uint64_t range;   // the bits still to look at
        bool lineStartsAtBase; // the byte before base is '\n', or base starts the region
        bool crBeforeBase;
        std::uint64_t starts() const { return ((masks.newline << 1) | (lineStartsAtBase ? 1 : 0)) & range; }
    };

    Chunk chunkAt(const char *p, std::size_t len, std::size_t k, std::size_t batchFrom, std::uint64_t range) const
    {
        if (len - 64 * k < 64)
            range &= (std::uint64_t(1) << (len - 64 * k)) - 1;
        const char *base = p + 64 * k;
        return {m_batch[k - batchFrom], base, range, k == 0 || base[-1] == '\n', k > 0 && base[-1] == '\r'};
    }

    // Line by line: every line start is looked at, as startLine() may read the line.
    const char *everyLine(const Chunk &c)
    {
        const std::uint64_t newlines = c.masks.newline & c.range;
        const std::uint64_t starts = c.starts();
        std::uint64_t events = newlines | starts | (c.masks.candidate & c.range);
        while (events) {
            const int bit = std::countr_zero(events);
            const char *at = c.base + bit;
            events &= events - 1;
            if ((starts >> bit) & 1) {
                if (const char *end = startLine(at))
                    return end;
            }
            if ((newlines >> bit) & 1) {
                ++m_line;
                ++m_stats.lines;
                if (bit > 0 ? (c.masks.cr >> (bit - 1)) & 1 : c.crBeforeBase)
                    ++m_stats.crlfLines;
            } else if (!((starts >> bit) & 1) && needleEndsAt(at, m_lineStart)) {
                return readLine(m_lineStart);
            }
        }
        return nullptr;
    }

    // Line ends and starts counted from the masks, added to m_stats and m_line by flush().
    struct Tally {
        qint64 lines = 0;
        qint64 crlf = 0;
        qint64 blank = 0;
        qint64 directives = 0;
        qint64 data = 0;
        const char *lastNewline = nullptr;

        // The bits of `which` in chunk `c`.
        void add(const Chunk &c, std::uint64_t which)
        {
            const ChunkMasks &m = c.masks;
            if (which == ~std::uint64_t(0)) {
                // Every directive start of the chunk was an event, and events that are directives return
                // before the whole chunk is added: there are none left here.
                lines += m.newlines;
                crlf += m.crlf;
                blank += m.blank;
                data += m.data;
            } else if (which) {
                const std::uint64_t newlines = m.newline & which;
                const std::uint64_t starts = c.starts() & which;
                const std::uint64_t newlineAfter = (m.newline >> 1) | (std::uint64_t(c.base[64] == '\n') << 63);
                const std::uint64_t blanks = starts & (m.newline | (m.cr & newlineAfter));
                const std::uint64_t hashes = starts & m.hash;
                lines += bitCount(newlines);
                crlf += bitCount(newlines & ((m.cr << 1) | (c.crBeforeBase ? 1 : 0)));
                blank += bitCount(blanks);
                directives += bitCount(hashes);
                data += bitCount(starts & ~blanks & ~hashes);
            }
            const std::uint64_t newlines = m.newline & which;
            if (newlines)
                lastNewline = c.base + (63 - std::countl_zero(newlines));
        }
    };

    void flush(Tally &t)
    {
        m_line += t.lines;
        m_stats.lines += t.lines;
        m_stats.crlfLines += t.crlf;
        m_stats.blankLines += t.blank;
        m_stats.directiveLines += t.directives;
        m_stats.dataLines += t.data;
        if (t.lastNewline)
            m_lineStart = t.lastNewline + 1;
        t = Tally();
    }

    // Through the chunks from k to the end of the batch, only directives and pre-filter matches are looked
    // at one by one; lines are counted from the masks. Returns the '\n' of a line read in full, where
    // counting resumes, or null with k at the end of the batch.
    const char *sparse(const char *p, std::size_t len, std::size_t &k, std::size_t batchFrom, std::size_t batchTo,
                       std::uint64_t range)
    {
        Tally tally;
        std::size_t lastWithNewline = batchTo;
        for (; k < batchTo; ++k, range = ~std::uint64_t(0)) {
            const ChunkMasks &m = m_batch[k - batchFrom];
            if (range == ~std::uint64_t(0) && !m.events && len - 64 * k >= 64) {
                // Nothing to look at: the counts of the byte loop are the answer.
                tally.lines += m.newlines;
                tally.crlf += m.crlf;
                tally.blank += m.blank;
                tally.data += m.data;
                if (m.newline)
                    lastWithNewline = k;
                continue;
            }
            if (lastWithNewline != batchTo) {
                tally.lastNewline = lastNewlineOf(p, lastWithNewline, batchFrom);
                lastWithNewline = batchTo;
            }
            const Chunk c = chunkAt(p, len, k, batchFrom, range);
            std::uint64_t events = c.masks.events & c.range;
            std::uint64_t uncounted = c.range;
            while (events) {
                const int bit = std::countr_zero(events);
                const char *at = c.base + bit;
                const std::uint64_t before = (std::uint64_t(1) << bit) - 1;
                events &= events - 1;
                tally.add(c, uncounted & before);
                uncounted &= ~before;
                if ((c.starts() >> bit) & 1) {
                    tally.add(c, std::uint64_t(1) << bit);
                    flush(tally);
                    m_lineStart = at;
                    return readLine(at);
                }
                flush(tally);
                if (needleEndsAt(at, m_lineStart))
                    return readLine(m_lineStart);
            }
            tally.add(c, uncounted);
        }
        if (lastWithNewline != batchTo)
            tally.lastNewline = lastNewlineOf(p, lastWithNewline, batchFrom);
        flush(tally);
        return nullptr;
    }

    const char *lastNewlineOf(const char *p, std::size_t k, std::size_t batchFrom) const
    {
        return p + 64 * k + (63 - std::countl_zero(m_batch[k - batchFrom].newline));
    }

    // The first byte of a line: blank, directive or data. Directives are always read in full, data lines
    // when every line is wanted (HTTP.sys logs, the first sampleLines lines, or readEveryLine). Returns the
    // line's '\n' when it was read, else null.
    const char *startLine(const char *s)
    {
        m_lineStart = s;
        if (*s == '\n' || (*s == '\r' && s[1] == '\n')) {
            ++m_stats.blankLines;
            return nullptr;
        }
        if (*s == '#') {
            ++m_stats.directiveLines;
            return readLine(s);
        }
        ++m_stats.dataLines;
        return readsEveryLine() ? readLine(s) : nullptr;
    }

    bool readsEveryLine() const
    {
        return m_readAll || m_hint == LogKind::HttpErr || (m_bound && m_layout.kind() == LogKind::HttpErr)
               || m_line < m_sampleLines;
    }

    // One line read in full, from its first byte: a directive, or a data line checked against its layout.
    // Returns the line's '\n'.
    const char *readLine(const char *begin)
    {
        std::size_t separators = 0;
        const char *const newline = m_kernels.split(begin, m_separators.data(), m_separators.size(), separators);
        const char *end = newline;
        if (end > begin && end[-1] == '\r')
            --end;
        if (begin == end)
            return newline;
        if (*begin == '#') {
            directive(std::string_view(begin, std::size_t(end - begin)));
            return newline;
        }
        readData(begin, end, separators);
        return newline;
    }

    void readData(const char *begin, const char *end, std::size_t separators)
    {
        ++m_stats.dataLinesRead;
        const int fields = int(std::min<std::size_t>(separators, 0x7FFFFFFE)) + 1;
        const Layout *layout = m_bound ? &m_layout : nullptr;
        if (!layout && !m_sawFields) {
            layout = infer(fields);
            if (layout) {
                ++m_stats.inferredLines;
                if (m_stats.kind == LogKind::Unknown)
                    m_stats.kind = layout->kind();
            }
        }
        if (!layout)
            return bad(BadReason::NoLayout, fields, 0);
        if (fields != layout->fieldCount())
            return bad(BadReason::FieldCount, fields, layout->fieldCount());

        auto field = [&](int i) {
            const char *from = i == 0 ? begin : m_separators[std::size_t(i) - 1] + 1;
            const char *to = i == fields - 1 ? end : m_separators[std::size_t(i)];
            return std::string_view(from, std::size_t(to - from));
        };
        if ((layout->has(Column::Date) && !knownGoodDate(field(layout->index(Column::Date))))
            || (layout->has(Column::Time) && !validTime(field(layout->index(Column::Time)))))
            return bad(BadReason::Timestamp, fields, fields);

        StatusTriple status;
        const Column statusColumns[] = {Column::Status, Column::Substatus, Column::Win32Status};
        std::uint32_t *values[] = {&status.status, &status.substatus, &status.win32};
        for (int k = 0; k < 3; ++k) {
            const int i = layout->index(statusColumns[k]);
            if (i < 0)
                continue;
            const int parsed = parseU32(field(i), *values[k]);
            if (parsed < 0)
                return bad(BadReason::Status, fields, fields);
            if (parsed > 0)
                status.present |= std::uint8_t(1 << k);
        }
        ++m_stats.records;
        m_sink.record(Record(begin, end, m_separators.data(), fields, *layout, m_line + 1, status));
    }

    // Dates repeat line after line: the last good one is remembered.
    bool knownGoodDate(std::string_view d)
    {
        if (d.size() == m_goodDate.size()) {
            std::uint64_t a8, b8;
            std::uint16_t a2, b2;
            std::memcpy(&a8, d.data(), 8);
            std::memcpy(&b8, m_goodDate.data(), 8);
            std::memcpy(&a2, d.data() + 8, 2);
            std::memcpy(&b2, m_goodDate.data() + 8, 2);
            if (a8 == b8 && a2 == b2)
                return true;
        }
        if (!validDate(d))
            return false;
        std::memcpy(m_goodDate.data(), d.data(), d.size());
        return true;
    }

    void directive(std::string_view d)
    {
        if (startsWithNoCase(d, "#Fields:")) {
            ++m_stats.fieldsDirectives;
            m_sawFields = true;
            Layout layout = Layout::fromFields(d.substr(8));
            if (layout.fieldCount() == 0 || layout.fieldCount() > kMaxFields) {
                m_bound = false;
                return;
            }
            if (m_bound && layout.sameFields(m_layout))
                return;
            if (m_hadLayout)
                ++m_stats.layoutChanges;
            m_layout = std::move(layout);
            m_bound = true;
            m_hadLayout = true;
            if (m_layout.kind() != LogKind::Unknown)
                m_stats.kind = m_layout.kind();
        } else if (startsWithNoCase(d, "#Software:")) {
            const std::string_view value = trimmed(d.substr(10));
            m_stats.software = QString::fromUtf8(value.data(), qsizetype(value.size()));
            if (value.find("HTTP API") != std::string_view::npos) {
                m_hint = LogKind::HttpErr;
                if (m_stats.kind == LogKind::Unknown)
                    m_stats.kind = LogKind::HttpErr;
            } else if (value.find("Internet Information Services") != std::string_view::npos) {
                if (m_stats.kind == LogKind::Unknown)
                    m_stats.kind = LogKind::Access;
            }
        }
    }

    const Layout *infer(int fields)
    {
        KnownLayout which;
        if (m_hint == LogKind::HttpErr) {
            if (fields == 13)
                which = KnownLayout::HttpErr;
            else if (fields == 14)
                which = KnownLayout::HttpErrStream;
            else
                return nullptr;
        } else if (fields == 15) {
            which = KnownLayout::Iis85;
        } else if (fields == 14) {
            which = KnownLayout::Iis7;
        } else if (fields == 22) {
            which = KnownLayout::IisFull;
        } else {
            return nullptr;
        }
        if (!m_inferred || *m_inferred != which) {
            m_inferred = which;
            m_stats.inferredLayout = knownLayoutId(which);
        }
        return &Layout::known(which);
    }

    void bad(BadReason reason, int fields, int expected)
    {
        ++m_stats.badLines;
        ++m_stats.badByReason[std::size_t(reason)];
        if (m_stats.badSamples.size() < m_maxBadSamples)
            m_stats.badSamples.append(BadLine{m_line + 1, reason, fields, expected});
    }

    RecordSink &m_sink;
    FileStats &m_stats;
    const int m_maxBadSamples;
    const std::int64_t m_sampleLines;
    const bool m_readAll;
    LogKind m_hint;
    std::int64_t m_line = 0; // lines completed so far
    const char *m_lineStart = nullptr;
    Layout m_layout;
    bool m_bound = false;     // m_layout holds the current #Fields
    bool m_hadLayout = false; // a usable #Fields was seen before
    bool m_sawFields = false; // any #Fields was seen: no more inference in this file
    std::optional<KnownLayout> m_inferred;
    std::array<const char *, kMaxFields> m_separators{};
    const Kernels m_kernels;
    std::array<ChunkMasks, 64> m_batch{};
    std::array<char, 10> m_goodDate{};
};

W3cScanner::W3cScanner(RecordSink &sink, ScanOptions options) : m_sink(sink), m_options(options)
{
    m_options.blockBytes = std::max<qint64>(m_options.blockBytes, 64);
    m_options.maxLineBytes = std::max(m_options.maxLineBytes, m_options.blockBytes);
}

W3cScanner::~W3cScanner() = default;

namespace {

LogKind kindHintFromName(const QString &path)
{
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return path.mid(slash + 1).startsWith(QLatin1String("httperr"), Qt::CaseInsensitive) ? LogKind::HttpErr
                                                                                          : LogKind::Unknown;
}

} // namespace

template<typename Read>
bool W3cScanner::Run::pump(Read &&read, std::unique_ptr<char[]> &buffer, std::size_t &capacity,
                           const ScanOptions &options, const Progress &progress, qint64 total,
                           const std::atomic<bool> &cancel)
{
    FileStats &stats = m_stats;
    Run *run = this;
    const std::size_t block = std::size_t(options.blockBytes);
    const std::size_t maxLine = std::size_t(options.maxLineBytes);
    if (!buffer || capacity < block) {
        buffer.reset(new char[block + kPadding]());
        capacity = block;
    }
    std::size_t have = 0;
    bool bomChecked = false;
    bool skipping = false;
    for (;;) {
        if (cancel.load(std::memory_order_relaxed)) {
            stats.cancelled = true;
            return true;
        }
        const qint64 n = read(buffer.get() + have, qint64(capacity - have));
        if (n < 0)
            return false;
        if (n == 0)
            break;
        stats.bytes += n;
        if (progress)
            progress(stats.bytes, total);
        have += std::size_t(n);
        char *const data = buffer.get();
        std::size_t start = 0;
        if (!bomChecked) {
            if (have < 3)
                continue;
            bomChecked = true;
            if (std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
                stats.bom = true;
                start = 3;
            }
        }
        if (skipping) {
            const void *newline = std::memchr(data, '\n', have);
            if (!newline) {
                have = 0;
                continue;
            }
            run->tooLongLine();
            skipping = false;
            start = std::size_t(static_cast<const char *>(newline) - data) + 1;
        }
        const std::size_t last = std::string_view(data + start, have - start).rfind('\n');
        if (last != std::string_view::npos) {
            run->lines(data + start, last + 1);
            start += last + 1;
        }
        const std::size_t tail = have - start;
        if (tail && start)
            std::memmove(data, data + start, tail);
        have = tail;
        if (have > capacity / 2 && capacity < maxLine) {
            const std::size_t grown = std::min(capacity * 2, maxLine);
            std::unique_ptr<char[]> bigger(new char[grown + kPadding]());
            std::memcpy(bigger.get(), buffer.get(), have);
            buffer = std::move(bigger);
            capacity = grown;
        } else if (have == capacity) {
            skipping = true;
            have = 0;
        }
    }
    if (skipping) {
        run->tooLongLine();
        stats.truncatedLastLine = true;
    } else if (have > 0) {
        buffer[have] = '\n';
        run->lines(buffer.get(), have + 1);
        stats.truncatedLastLine = true;
    }
    return true;
}

namespace {

// Reads a file ahead on a second thread, a few blocks at most, so that the kernel's copy out of the page
// cache (a quarter of the time on a cached file) overlaps the scan instead of preceding each block.
// read() behaves as QIODevice::read: the bytes given, 0 at the end, -1 after a read error.
class ReadAhead {
public:
    ReadAhead(QFile &file, std::size_t block) : m_file(file), m_block(block)
    {
        for (Slot &slot : m_slots)
            slot.data.reset(new char[block]);
        m_thread = std::thread([this] { fill(); });
    }
    ~ReadAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    qint64 read(char *to, qint64 max)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_filled > 0; });
        Slot &slot = m_slots[m_head];
        if (slot.size <= 0)
            return slot.size; // the end or an error, kept for any later call
        lock.unlock(); // the filler does not touch a filled slot
        const qint64 n = std::min(max, slot.size - slot.used);
        std::memcpy(to, slot.data.get() + slot.used, std::size_t(n));
        slot.used += n;
        if (slot.used == slot.size) {
            lock.lock();
            m_head = (m_head + 1) % kSlots;
            --m_filled;
            lock.unlock();
            m_changed.notify_all();
        }
        return n;
    }

private:
    static constexpr std::size_t kSlots = 3;
    struct Slot {
        std::unique_ptr<char[]> data;
        qint64 size = 0;
        qint64 used = 0;
    };

    void fill()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_filled < kSlots; });
            if (m_stop)
                return;
            Slot &slot = m_slots[m_tail];
            lock.unlock(); // the reader does not touch an empty slot
            const qint64 n = m_file.read(slot.data.get(), qint64(m_block));
            slot.size = n;
            slot.used = 0;
            lock.lock();
            m_tail = (m_tail + 1) % kSlots;
            ++m_filled;
            lock.unlock();
            m_changed.notify_all();
            if (n <= 0)
                return;
        }
    }

    QFile &m_file;
    const std::size_t m_block;
    std::array<Slot, kSlots> m_slots;
    std::size_t m_head = 0;
    std::size_t m_tail = 0;
    std::size_t m_filled = 0;
    bool m_stop = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

} // namespace

Expected<FileStats> W3cScanner::scanFile(const QString &path, const Progress &progress, const std::atomic<bool> &cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{QStringLiteral("cannot open the log file"), path, {file.errorString()}};
    FileStats stats;
    stats.path = path;
    const qint64 total = file.size();
    Run run(m_sink, stats, m_options, kindHintFromName(path));
    bool ok = false;
    if (total > 4 * m_options.blockBytes) {
        ReadAhead ahead(file, std::size_t(m_options.blockBytes));
        auto read = [&ahead](char *to, qint64 max) { return ahead.read(to, max); };
        ok = run.pump(read, m_buffer, m_capacity, m_options, progress, total, cancel);
    } else {
        auto read = [&file](char *to, qint64 max) { return file.read(to, max); };
        ok = run.pump(read, m_buffer, m_capacity, m_options, progress, total, cancel);
    }
    if (!ok)
        return Error{QStringLiteral("cannot read the log file"), path, {file.errorString()}};
    return stats;
}

FileStats W3cScanner::scanBytes(std::string_view data, const QString &name)
{
    FileStats stats;
    stats.path = name;
    Run run(m_sink, stats, m_options, kindHintFromName(name));
    std::size_t offset = 0;
    auto read = [&](char *to, qint64 max) {
        const std::size_t n = std::min(std::size_t(max), data.size() - offset);
        if (n)
            std::memcpy(to, data.data() + offset, n);
        offset += n;
        return qint64(n);
    };
    const std::atomic<bool> never{false};
    run.pump(read, m_buffer, m_capacity, m_options, Progress(), qint64(data.size()), never);
    return stats;
}

} // namespace ndes::logs::iis
