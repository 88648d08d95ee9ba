#include "text.h"

#include <QStringDecoder>

namespace ndes::facts {

TextEncoding detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (bytes.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LeBom;
    if (bytes.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BeBom;
    const QByteArray head = bytes.left(64 * 1024);
    // UTF-16 without a BOM: mostly-ASCII text leaves a NUL in every other byte.
    qsizetype evenNul = 0, oddNul = 0;
    const qsizetype pairs = head.size() / 2;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        evenNul += head[i] == 0;
        oddNul += head[i + 1] == 0;
    }
    if (pairs > 0 && oddNul * 10 >= pairs * 4 && evenNul * 10 < pairs)
        return TextEncoding::Utf16Le;
    if (pairs > 0 && evenNul * 10 >= pairs * 4 && oddNul * 10 < pairs)
        return TextEncoding::Utf16Be;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString probe = utf8.decode(head);
    // A cut multi-byte sequence at the 64 KiB boundary is not an error.
    if (!utf8.hasError() || (head.size() < bytes.size() && !probe.chopped(1).contains(QChar::ReplacementCharacter)))
        return TextEncoding::Utf8;
    return TextEncoding::Latin1;
}

QString decodeText(const QByteArray &bytes)
{
    switch (detectEncoding(bytes)) {
    case TextEncoding::Utf8: return QStringDecoder(QStringDecoder::Utf8).decode(bytes);
    case TextEncoding::Utf8Bom: return QStringDecoder(QStringDecoder::Utf8).decode(bytes.mid(3));
    case TextEncoding::Utf16Le: return QStringDecoder(QStringDecoder::Utf16LE).decode(bytes);
    case TextEncoding::Utf16LeBom: return QStringDecoder(QStringDecoder::Utf16LE).decode(bytes.mid(2));
    case TextEncoding::Utf16Be: return QStringDecoder(QStringDecoder::Utf16BE).decode(bytes);
    case TextEncoding::Utf16BeBom: return QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(2));
    case TextEncoding::Latin1: break;
    }
    return QString::fromLatin1(bytes);
}

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        lines << text.mid(start, i - start);
        if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    if (start < n)
        lines << text.mid(start);
    return lines;
}

} // namespace ndes::facts
