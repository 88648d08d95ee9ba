#pragma once

// A small reader of .zip snapshots (stored and deflated entries, no ZIP64, no encryption) on zlib's raw
// inflate. It never writes to disk. Entry sizes in headers are never trusted: every extraction stops at the
// declared size, the per-entry cap and the compression-ratio cap, whichever comes first, and checks the CRC.

#include "core/expected.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ndes::facts {

struct ZipLimits {
    qint64 maxTotalBytes = qint64(512) * 1024 * 1024;   // sum of the declared sizes of accepted entries
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;   // one entry, expanded
    int maxEntries = 10000;                            // entries in the central directory
    qint64 maxRatio = 200;                             // expanded / compressed, checked beyond ratioFloor
    qint64 ratioFloor = qint64(1) * 1024 * 1024;
};

struct ZipEntry {
    QString name;              // as stored, decoded (UTF-8 flag, else UTF-8 when valid, else code page 437)
    QString path;              // normalised relative path, '/' separated
    quint16 method = 0;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0;
};

// The relative path of a name from an archive or a manifest, or nullopt with the reason when it would leave
// its folder: absolute paths, drive letters, '..' components, ':' (alternate streams), NUL.
std::optional<QString> safeRelativePath(const QString &name, QString *reason);

// Decodes an entry name: UTF-8 when flagged or valid, else code page 437 (what Windows' zip folders write).
QString decodeZipName(const QByteArray &raw, bool utf8Flag);

class ZipReader {
public:
    // Opens the archive and reads its central directory. Entries that are unsafe or over a limit are left
    // out and named in problems(); the others stay readable.
    static Expected<std::unique_ptr<ZipReader>> open(const QString &archivePath, const ZipLimits &limits = {});

    const QList<ZipEntry> &entries() const { return m_entries; }
    const QStringList &problems() const { return m_problems; }
    const QStringList &folders() const { return m_folders; } // explicit folder entries, normalised
    Expected<QByteArray> extract(const ZipEntry &entry);

private:
    ZipReader() = default;
    Error entryError(const ZipEntry &entry, const QString &what) const;

    QString m_path;
    QFile m_file;
    ZipLimits m_limits;
    QList<ZipEntry> m_entries;
    QStringList m_problems;
    QStringList m_folders;
};

} // namespace ndes::facts
