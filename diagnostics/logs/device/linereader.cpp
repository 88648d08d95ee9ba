#include "logs/device/linereader.h"

#include "facts/text.h"

#include <algorithm>

namespace ndes::logs::device::detail {

namespace {

constexpr qint64 kBlockBytes = 256 * 1024;

// Windows-1252 characters 0x80..0x9F; the rest of the byte range is Latin-1.
QChar cp1252(uint byte)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    if (byte >= 0x80 && byte < 0xA0)
        return QChar(high[byte - 0x80]);
    return QChar(ushort(byte));
}

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// \'xx at `i` (pointing at the backslash): the character, or a null QChar when it is not such an escape.
QChar hexEscape(QStringView s, qsizetype i)
{
    if (i + 3 >= s.size())
        return QChar();
    if (s.at(i + 1) != QLatin1Char('\''))
        return QChar();
    const int hi = hexValue(s.at(i + 2));
    const int lo = hexValue(s.at(i + 3));
    if (hi < 0 || lo < 0)
        return QChar();
    return cp1252(uint(hi * 16 + lo));
}

bool isAsciiLetter(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

} // namespace

LineReader::LineReader(QIODevice &device, qsizetype maxLineChars) : m_device(device), m_max(maxLineChars) {}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    // A file or buffer is read in blocks no bigger than what is left, so small inputs stay small.
    const qint64 left = m_device.isSequential() ? kBlockBytes : m_device.size() - m_device.pos();
    QByteArray block(qsizetype(std::clamp<qint64>(left, 1, kBlockBytes)), Qt::Uninitialized);
    const qint64 n = m_device.read(block.data(), block.size());
    if (n < 0) {
        m_error = m_device.errorString();
        m_eof = true;
        return false;
    }
    block.truncate(n);
    if (!m_decoder) {
        // The encoding is decided on the first block; a short read is topped up so UTF-16 is seen.
        while (block.size() < 4096 && !m_device.atEnd()) {
            const QByteArray more = m_device.read(4096 - block.size());
            if (more.isEmpty())
                break;
            block += more;
        }
        switch (facts::detectEncoding(block)) {
        case facts::TextEncoding::Utf8:
        case facts::TextEncoding::Utf8Bom: m_decoder.emplace(QStringDecoder::Utf8); break;
        case facts::TextEncoding::Utf16Le:
        case facts::TextEncoding::Utf16LeBom: m_decoder.emplace(QStringDecoder::Utf16LE); break;
        case facts::TextEncoding::Utf16Be:
        case facts::TextEncoding::Utf16BeBom: m_decoder.emplace(QStringDecoder::Utf16BE); break;
        case facts::TextEncoding::Latin1: m_decoder.emplace(QStringDecoder::Latin1); break;
        }
    }
    if (block.isEmpty()) {
        m_eof = true;
        const QString rest = m_decoder->decode(QByteArrayView());
        m_text += rest;
        return !rest.isEmpty();
    }
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    m_text += m_decoder->decode(block);
    if (m_number == 0 && !m_inLine && m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
    return true;
}

bool LineReader::next(Line &line)
{
    for (;;) {
        const qsizetype available = m_text.size() - m_pos;
        const qsizetype limit = std::min(available, m_max);
        qsizetype end = -1;
        for (qsizetype i = 0; i < limit; ++i) {
            const QChar c = m_text.at(m_pos + i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                end = m_pos + i;
                break;
            }
        }
        if (end >= 0) {
            // A CR at the very end of what is decoded may be the first half of a CRLF.
            if (m_text.at(end) == QLatin1Char('\r') && end + 1 == m_text.size() && !m_eof) {
                if (fill())
                    continue;
            }
            line.continuation = m_inLine;
            if (!m_inLine)
                ++m_number;
            line.number = m_number;
            line.text = m_text.mid(m_pos, end - m_pos);
            line.endsLine = true;
            qsizetype after = end + 1;
            if (m_text.at(end) == QLatin1Char('\r') && after < m_text.size() && m_text.at(after) == QLatin1Char('\n'))
                ++after;
            m_pos = after;
            m_inLine = false;
            return true;
        }
        if (available >= m_max) {
            // A piece of a long line.
            line.continuation = m_inLine;
            if (!m_inLine) {
                ++m_number;
                ++m_cutLines;
            }
            line.number = m_number;
            line.text = m_text.mid(m_pos, m_max);
            line.endsLine = false;
            m_pos += m_max;
            m_inLine = true;
            return true;
        }
        if (!m_eof) {
            fill();
            continue;
        }
        if (available == 0) {
            if (m_inLine) {
                // The input ends right after a cut piece: close the line with an empty last piece.
                line.continuation = true;
                line.number = m_number;
                line.text.clear();
                line.endsLine = true;
                m_inLine = false;
                m_truncatedLast = true;
                return true;
            }
            return false;
        }
        line.continuation = m_inLine;
        if (!m_inLine)
            ++m_number;
        line.number = m_number;
        line.text = m_text.mid(m_pos);
        line.endsLine = true;
        m_pos = m_text.size();
        m_inLine = false;
        m_truncatedLast = true;
        return true;
    }
}

QString RtfStripper::strip(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool groupStart = false;
    const auto skipping = [this] { return m_skipDepth >= 0; };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('{')) {
            ++m_depth;
            groupStart = true;
            continue;
        }
        if (c == QLatin1Char('}')) {
            if (m_skipDepth >= 0 && m_depth <= m_skipDepth)
                m_skipDepth = -1;
            if (m_depth > 0)
                --m_depth;
            groupStart = false;
            continue;
        }
        if (c != QLatin1Char('\\')) {
            groupStart = false;
            if (!skipping())
                out += c;
            continue;
        }
        // A control sequence.
        if (i + 1 >= s.size())
            break; // backslash at the end of the line: a paragraph break
        const QChar n = s.at(i + 1);
        if (n == QLatin1Char('\\') || n == QLatin1Char('{') || n == QLatin1Char('}')) {
            if (!skipping())
                out += n;
            ++i;
            groupStart = false;
            continue;
        }
        if (n == QLatin1Char('\'')) {
            const QChar decoded = hexEscape(s, i);
            if (!decoded.isNull()) {
                if (!skipping())
                    out += decoded;
                i += 3;
            } else {
                ++i;
            }
            groupStart = false;
            continue;
        }
        if (n == QLatin1Char('*')) {
            if (groupStart && !skipping())
                m_skipDepth = m_depth;
            ++i;
            continue;
        }
        if (!isAsciiLetter(n)) {
            if (!skipping()) {
                if (n == QLatin1Char('~'))
                    out += QChar(0x00A0);
                else if (n == QLatin1Char('_'))
                    out += QLatin1Char('-');
                else if (n == QLatin1Char('\t'))
                    out += QLatin1Char('\t');
            }
            ++i;
            groupStart = false;
            continue;
        }
        qsizetype j = i + 1;
        while (j < s.size() && isAsciiLetter(s.at(j)) && j - i <= 32)
            ++j;
        const QStringView word = s.sliced(i + 1, j - i - 1);
        bool negative = false;
        qint64 param = 0;
        bool hasParam = false;
        if (j < s.size() && s.at(j) == QLatin1Char('-')) {
            negative = true;
            ++j;
        }
        while (j < s.size() && isDigit(s.at(j))) {
            if (param < 1000000)
                param = param * 10 + (s.at(j).unicode() - '0');
            hasParam = true;
            ++j;
        }
        if (j < s.size() && s.at(j) == QLatin1Char(' '))
            ++j; // the delimiter space belongs to the control word
        i = j - 1;
        static const QLatin1String destinations[] = {
            QLatin1String("fonttbl"), QLatin1String("colortbl"), QLatin1String("stylesheet"), QLatin1String("info"),
            QLatin1String("expandedcolortbl"), QLatin1String("pict"), QLatin1String("listtable"),
            QLatin1String("listoverridetable"), QLatin1String("header"), QLatin1String("footer"),
            QLatin1String("generator"), QLatin1String("xmlnstbl"), QLatin1String("themedata"),
        };
        if (groupStart && !skipping()) {
            for (const QLatin1String &d : destinations) {
                if (word == d) {
                    m_skipDepth = m_depth;
                    break;
                }
            }
        }
        groupStart = false;
        if (skipping())
            continue;
        if (word == QLatin1String("u") && hasParam) {
            const qint64 v = negative ? 65536 - param : param;
            out += QChar(ushort(v & 0xFFFF));
            // \uN is followed by one fallback character (\uc1, TextEdit's default): skip it.
            if (i + 1 < s.size()) {
                if (s.at(i + 1) == QLatin1Char('\\') && i + 4 < s.size() && s.at(i + 2) == QLatin1Char('\''))
                    i += 4;
                else if (s.at(i + 1) != QLatin1Char('\\') && s.at(i + 1) != QLatin1Char('{') && s.at(i + 1) != QLatin1Char('}'))
                    i += 1;
            }
        } else if (word == QLatin1String("tab")) {
            out += QLatin1Char('\t');
        } else if (word == QLatin1String("par") || word == QLatin1String("line")) {
            out += QLatin1Char(' ');
        } else if (word == QLatin1String("lquote")) {
            out += QChar(0x2018);
        } else if (word == QLatin1String("rquote")) {
            out += QChar(0x2019);
        } else if (word == QLatin1String("ldblquote")) {
            out += QChar(0x201C);
        } else if (word == QLatin1String("rdblquote")) {
            out += QChar(0x201D);
        } else if (word == QLatin1String("emdash")) {
            out += QChar(0x2014);
        } else if (word == QLatin1String("endash")) {
            out += QChar(0x2013);
        }
    }
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

QString cleanRtfResidue(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\')) {
            const QChar decoded = hexEscape(line, i);
            if (!decoded.isNull()) {
                out += decoded;
                i += 3;
                continue;
            }
        }
        out += c;
    }
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    if (out.endsWith(QLatin1Char('\\'))) {
        out.chop(1);
        while (!out.isEmpty() && out.back().isSpace())
            out.chop(1);
    }
    return out;
}

} // namespace ndes::logs::device::detail
