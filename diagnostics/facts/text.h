#pragma once

// Windows command outputs and files reach the parsers as raw bytes: UTF-16LE with or without a BOM
// (secedit, SetupMsi.log, PowerShell redirections), UTF-8 with or without a BOM, or the OEM/ANSI code
// page of a French server (cmd.exe tools). These helpers turn them into text and lines, never failing.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ndes::facts {

enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16LeBom, Utf16Be, Utf16BeBom, Latin1 };

// Detects the encoding: BOM first, then the NUL pattern of UTF-16 text, then valid UTF-8, else
// Windows-1252/Latin-1 (which decodes any byte). Looks at most at the first 64 KiB.
TextEncoding detectEncoding(const QByteArray &bytes);

// Decodes with detectEncoding(); invalid sequences become U+FFFD, nothing is dropped.
QString decodeText(const QByteArray &bytes);

// Splits on CRLF, LF or lone CR. A final line without a line end is kept; a final empty line is not.
QStringList splitLines(const QString &text);

} // namespace ndes::facts
