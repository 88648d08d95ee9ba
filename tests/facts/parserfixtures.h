#pragma once

// Fixture loading and re-encoding shared by the fact parser tests: every recorded output is also fed as
// UTF-16LE with and without a BOM and with the other line ending, as Windows may hand it over.

#include "facts/text.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringEncoder>

namespace ndes::testing {

inline QByteArray readFixture(const QString &folder, const QString &name)
{
    QFile f(QStringLiteral(NDES_FIXTURES_DIR "/facts/") + folder + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

enum class Variant { AsStored, Utf16LeBomCrlf, Utf16LeLf, Utf8Lf };

inline const char *variantName(Variant v)
{
    switch (v) {
    case Variant::AsStored: return "as stored";
    case Variant::Utf16LeBomCrlf: return "utf-16le+bom crlf";
    case Variant::Utf16LeLf: return "utf-16le lf";
    case Variant::Utf8Lf: return "utf-8 lf";
    }
    return "";
}

inline QByteArray reencode(const QByteArray &bytes, Variant v)
{
    if (v == Variant::AsStored)
        return bytes;
    QString text = ndes::facts::decodeText(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (v == Variant::Utf16LeBomCrlf)
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    if (v == Variant::Utf8Lf)
        return text.toUtf8();
    const QByteArray le = QStringEncoder(QStringEncoder::Utf16LE).encode(text);
    return v == Variant::Utf16LeBomCrlf ? QByteArray("\xFF\xFE") + le : le;
}

inline constexpr Variant allVariants[] = {Variant::AsStored, Variant::Utf16LeBomCrlf, Variant::Utf16LeLf,
                                          Variant::Utf8Lf};

} // namespace ndes::testing
