#pragma once

// Internal to the device log reader: text lines out of a byte stream, with bounded memory.

#include <QIODevice>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace ndes::logs::device::detail {

// One line, or one piece of a line longer than the cap: the first piece has continuation == false, the
// following ones true, all with the same number. endsLine is false for every piece but the last.
struct Line {
    qint64 number = 0; // 1-based
    QString text;
    bool continuation = false;
    bool endsLine = true;
};

// Reads blocks, decodes them (the encoding is detected on the first block as facts::detectEncoding does:
// UTF-8 or UTF-16 with or without BOM, else Latin-1), and splits on CRLF, LF or a lone CR.
class LineReader {
public:
    LineReader(QIODevice &device, qsizetype maxLineChars);

    // False at the end of the input or on a read error (see error()).
    bool next(Line &line);

    QString error() const { return m_error; }
    bool truncatedLastLine() const { return m_truncatedLast; }
    qint64 cutLines() const { return m_cutLines; }
    qint64 lines() const { return m_number; }

private:
    bool fill(); // reads one more block; false at the end or on error

    QIODevice &m_device;
    qsizetype m_max;
    std::optional<QStringDecoder> m_decoder;
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_number = 0;
    bool m_inLine = false; // the last piece given did not end its line
    bool m_eof = false;
    bool m_truncatedLast = false;
    qint64 m_cutLines = 0;
    QString m_error;
};

// Strips RTF (as TextEdit writes it) one line at a time: destination groups such as the font and colour
// tables are dropped, control words are removed, \'xx escapes become Windows-1252 characters, \uN becomes
// the character, and escaped \\ \{ \} are kept as text. State (group depth) carries across lines.
class RtfStripper {
public:
    QString strip(QStringView line);

private:
    int m_depth = 0;
    int m_skipDepth = -1;
};

// \'xx escapes (Windows-1252) decoded and a trailing line-end backslash removed: the residue of RTF that
// reached a plain text file.
QString cleanRtfResidue(QStringView line);

} // namespace ndes::logs::device::detail
