#include "zipreader.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <zlib.h>

#include <array>

namespace ndes::facts {

namespace {

constexpr quint32 eocdSignature = 0x06054b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 localSignature = 0x04034b50;
constexpr qint64 chunk = 64 * 1024;

constexpr std::array<char16_t, 128> cp437High = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

quint16 le16(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}

quint32 le32(const char *p)
{
    return quint32(quint8(p[0])) | (quint32(quint8(p[1])) << 8) | (quint32(quint8(p[2])) << 16)
        | (quint32(quint8(p[3])) << 24);
}

QString mib(qint64 bytes)
{
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

std::optional<QString> safeRelativePath(const QString &name, QString *reason)
{
    const auto reject = [reason](const QString &why) -> std::optional<QString> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    if (name.contains(QChar(0)))
        return reject(QStringLiteral("the name holds a NUL character"));
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return reject(QStringLiteral("absolute path"));
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return reject(QStringLiteral("drive letter"));
    if (name.contains(QLatin1Char(':')))
        return reject(QStringLiteral("the name holds ':' (a drive or an alternate data stream)"));
    QString normal = name;
    normal.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList kept;
    for (const QString &part : normal.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return reject(QStringLiteral("'..' leaves the snapshot folder"));
        kept.append(part);
    }
    if (kept.isEmpty())
        return reject(QStringLiteral("empty name"));
    return kept.join(QLatin1Char('/'));
}

QString decodeZipName(const QByteArray &raw, bool utf8Flag)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(raw);
    if (utf8Flag || !utf8.hasError())
        return asUtf8;
    QString out;
    out.reserve(raw.size());
    for (char c : raw) {
        const auto b = quint8(c);
        out.append(QChar(b < 0x80 ? char16_t(b) : cp437High[b - 0x80]));
    }
    return out;
}

Expected<std::unique_ptr<ZipReader>> ZipReader::open(const QString &archivePath, const ZipLimits &limits)
{
    std::unique_ptr<ZipReader> r(new ZipReader);
    r->m_path = archivePath;
    r->m_limits = limits;
    r->m_file.setFileName(archivePath);
    if (!r->m_file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot open the archive: %1").arg(r->m_file.errorString()), archivePath, {}};
    const qint64 size = r->m_file.size();
    if (size < 22)
        return Error{QStringLiteral("not a zip archive (too short for an end of central directory)"), archivePath, {}};

    // The end-of-central-directory record is in the last 22 + 65535 bytes.
    const qint64 tailSize = std::min<qint64>(size, 22 + 65535);
    r->m_file.seek(size - tailSize);
    const QByteArray tail = r->m_file.read(tailSize);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (le32(tail.constData() + i) == eocdSignature) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return Error{QStringLiteral("not a zip archive (no end of central directory record)"), archivePath, {}};
    const char *e = tail.constData() + eocd;
    const quint16 count = le16(e + 10);
    const quint32 cdSize = le32(e + 12);
    const quint32 cdOffset = le32(e + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF)
        return Error{QStringLiteral("ZIP64 archives are not supported"), archivePath, {}};
    if (le16(e + 4) != 0 || le16(e + 6) != 0)
        return Error{QStringLiteral("multi-volume archives are not supported"), archivePath, {}};
    if (qint64(cdOffset) + qint64(cdSize) > size)
        return Error{QStringLiteral("corrupt archive: the central directory lies beyond the end of the file"),
                     archivePath, {}};
    if (count > limits.maxEntries)
        return Error{QStringLiteral("the archive has %1 entries, more than the limit of %2")
                         .arg(count).arg(limits.maxEntries), archivePath, {}};

    r->m_file.seek(cdOffset);
    const QByteArray cd = r->m_file.read(cdSize);
    if (cd.size() != qsizetype(cdSize))
        return Error{QStringLiteral("cannot read the central directory"), archivePath, {}};

    qint64 total = 0;
    qsizetype pos = 0;
    for (int i = 0; i < count; ++i) {
        if (pos + 46 > cd.size() || le32(cd.constData() + pos) != centralSignature)
            return Error{QStringLiteral("corrupt central directory at entry %1").arg(i + 1), archivePath, {}};
        const char *h = cd.constData() + pos;
        const quint16 flags = le16(h + 8);
        ZipEntry entry;
        entry.method = le16(h + 10);
        entry.crc = le32(h + 16);
        entry.compressedSize = le32(h + 20);
        entry.uncompressedSize = le32(h + 24);
        const quint16 nameLen = le16(h + 28);
        const quint16 extraLen = le16(h + 30);
        const quint16 commentLen = le16(h + 32);
        entry.localHeaderOffset = le32(h + 42);
        if (pos + 46 + nameLen + extraLen + commentLen > cd.size())
            return Error{QStringLiteral("corrupt central directory at entry %1").arg(i + 1), archivePath, {}};
        entry.name = decodeZipName(QByteArray(h + 46, nameLen), flags & 0x0800);
        pos += 46 + nameLen + extraLen + commentLen;

        const auto reject = [&r, &entry](const QString &why) {
            r->m_problems.append(QStringLiteral("%1: entry \"%2\" rejected: %3").arg(r->m_path, entry.name, why));
        };
        if (entry.name.endsWith(QLatin1Char('/')) || entry.name.endsWith(QLatin1Char('\\'))) {
            QString why;
            if (const auto folder = safeRelativePath(entry.name, &why))
                r->m_folders.append(*folder);
            else
                reject(why);
            continue; // a folder entry holds no data
        }
        QString why;
        const auto path = safeRelativePath(entry.name, &why);
        if (!path) {
            reject(why);
            continue;
        }
        entry.path = *path;
        if (flags & 0x0001) {
            reject(QStringLiteral("encrypted entries are not supported"));
            continue;
        }
        if (entry.method != 0 && entry.method != 8) {
            reject(QStringLiteral("compression method %1 is not supported (only stored and deflated)").arg(entry.method));
            continue;
        }
        if (entry.uncompressedSize > limits.maxEntryBytes) {
            reject(QStringLiteral("it expands to %1, more than the limit of %2 per entry")
                       .arg(mib(entry.uncompressedSize), mib(limits.maxEntryBytes)));
            continue;
        }
        if (total + entry.uncompressedSize > limits.maxTotalBytes) {
            reject(QStringLiteral("the archive would expand beyond the limit of %1 in all").arg(mib(limits.maxTotalBytes)));
            continue;
        }
        total += entry.uncompressedSize;
        r->m_entries.append(entry);
    }
    return Expected<std::unique_ptr<ZipReader>>(std::move(r));
}

Error ZipReader::entryError(const ZipEntry &entry, const QString &what) const
{
    return Error{QStringLiteral("%1: entry \"%2\" rejected: %3").arg(m_path, entry.name, what), m_path, {}};
}

Expected<QByteArray> ZipReader::extract(const ZipEntry &entry)
{
    const qint64 fileSize = m_file.size();
    if (entry.localHeaderOffset + 30 > fileSize || !m_file.seek(entry.localHeaderOffset))
        return entryError(entry, QStringLiteral("its local header lies beyond the end of the archive"));
    const QByteArray local = m_file.read(30);
    if (local.size() != 30 || le32(local.constData()) != localSignature)
        return entryError(entry, QStringLiteral("corrupt local header"));
    const qint64 dataOffset = entry.localHeaderOffset + 30 + le16(local.constData() + 26) + le16(local.constData() + 28);
    if (dataOffset + entry.compressedSize > fileSize)
        return entryError(entry, QStringLiteral("its data runs past the end of the archive"));
    m_file.seek(dataOffset);

    // The declared size is only an upper bound we allow; the bytes actually produced are what we count.
    const qint64 cap = std::min(entry.uncompressedSize, m_limits.maxEntryBytes);
    QByteArray out;
    if (entry.method == 0) {
        if (entry.compressedSize != entry.uncompressedSize)
            return entryError(entry, QStringLiteral("a stored entry whose sizes disagree"));
        out = m_file.read(entry.compressedSize);
        if (out.size() != entry.compressedSize)
            return entryError(entry, QStringLiteral("truncated data"));
    } else {
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
            return entryError(entry, QStringLiteral("zlib could not start inflating"));
        struct End {
            z_stream *z;
            ~End() { inflateEnd(z); }
        } end{&zs};
        qint64 remaining = entry.compressedSize;
        std::array<char, chunk> buffer{};
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            QByteArray in;
            if (zs.avail_in == 0) {
                if (remaining == 0)
                    return entryError(entry, QStringLiteral("the compressed data ends before the deflate stream does"));
                in = m_file.read(std::min(remaining, chunk));
                if (in.isEmpty())
                    return entryError(entry, QStringLiteral("truncated data"));
                remaining -= in.size();
                zs.next_in = reinterpret_cast<Bytef *>(in.data());
                zs.avail_in = uInt(in.size());
            }
            while (zs.avail_in > 0 && rc != Z_STREAM_END) {
                zs.next_out = reinterpret_cast<Bytef *>(buffer.data());
                zs.avail_out = uInt(buffer.size());
                rc = inflate(&zs, Z_NO_FLUSH);
                if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                    return entryError(entry, QStringLiteral("corrupt deflate data (%1)")
                                                 .arg(QString::fromLatin1(zs.msg ? zs.msg : "zlib error")));
                const qint64 produced = qint64(buffer.size()) - zs.avail_out;
                if (out.size() + produced > cap) {
                    if (out.size() + produced > entry.uncompressedSize)
                        return entryError(entry, QStringLiteral("it expands beyond the %1 its header declares "
                                                                "(a zip bomb or a corrupt archive)")
                                                     .arg(mib(entry.uncompressedSize)));
                    return entryError(entry, QStringLiteral("it expands beyond the limit of %1 per entry")
                                                 .arg(mib(m_limits.maxEntryBytes)));
                }
                out.append(buffer.data(), produced);
                const qint64 consumed = entry.compressedSize - remaining - zs.avail_in;
                if (out.size() > m_limits.ratioFloor && out.size() > std::max<qint64>(consumed, 1) * m_limits.maxRatio)
                    return entryError(entry, QStringLiteral("compression ratio above %1:1 (a zip bomb)")
                                                 .arg(m_limits.maxRatio));
                if (rc == Z_BUF_ERROR && zs.avail_in > 0 && produced == 0)
                    return entryError(entry, QStringLiteral("corrupt deflate data"));
            }
            in.clear();
        }
    }
    if (out.size() != entry.uncompressedSize)
        return entryError(entry, QStringLiteral("it expands to %1, not the %2 its header declares")
                                     .arg(mib(out.size()), mib(entry.uncompressedSize)));
    const auto crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())));
    if (crc != entry.crc)
        return entryError(entry, QStringLiteral("CRC-32 mismatch (corrupt data)"));
    return out;
}

} // namespace ndes::facts
