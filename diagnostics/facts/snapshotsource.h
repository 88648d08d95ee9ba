#pragma once

// Facts recorded on an NDES server and read anywhere: a folder, or a .zip of that folder, holding
// manifest.json and one file (or one folder, for multi-part facts) per fact. docs/snapshot-format.md is the
// format. Without a manifest, facts are found under the catalogue's conventional names (FactSpec::fileName).

#include "core/expected.h"
#include "facts/fact.h"
#include "facts/zipreader.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ndes::facts {

struct ManifestEntry {
    QString id;
    QString file;              // relative to the snapshot root; empty when nothing was recorded
    int exitCode = 0;
    QString origin;
    RawFact::Status status = RawFact::Present;
    QString error;
};

class SnapshotSource final : public FactSource {
public:
    // Fails only when nothing at all can be read (no such folder, not a zip). Everything else that is wrong
    // (rejected zip entries, a corrupt manifest) is listed in problems() and the readable facts stay readable.
    static Expected<std::unique_ptr<SnapshotSource>> open(const QString &path, const ZipLimits &limits = {});

    QString kind() const override { return QStringLiteral("snapshot"); }
    RawFact read(const QString &id) override;

    QString path() const { return m_path; }
    bool hasManifest() const { return m_hasManifest; }
    QString host() const { return m_host; }
    QDateTime createdUtc() const { return m_created; }
    const QStringList &problems() const { return m_problems; }
    QStringList manifestIds() const { return m_manifestOrder; }

private:
    SnapshotSource() = default;
    void loadManifest();
    QString where(const QString &relPath) const;
    bool isFolder(const QString &relPath) const;
    // nullopt when there is no such file; `error` says why an existing file could not be read.
    std::optional<QByteArray> fileBytes(const QString &relPath, QString *error);
    QStringList folderFiles(const QString &relPath, QStringList *unreadable) const;
    RawFact readRecorded(const QString &id, const QString &file, bool multiPart, RawFact fact);

    QString m_path;
    QString m_root;            // folder snapshots: the folder
    QString m_prefix;          // zip snapshots: the folder inside the archive that holds the snapshot, or empty
    std::unique_ptr<ZipReader> m_zip;
    QHash<QString, qsizetype> m_zipIndex; // lower-cased path -> index in m_zip->entries()
    ZipLimits m_limits;
    bool m_hasManifest = false;
    QString m_host;
    QDateTime m_created;
    QHash<QString, ManifestEntry> m_manifest;
    QStringList m_manifestOrder;
    QStringList m_problems;
};

// Writes a snapshot folder: each fact's file (or folder of parts) and then manifest.json, every file through
// QSaveFile. Facts that are not Present get a manifest entry with their status and error, and no file.
// Returns the path of manifest.json.
Expected<QString> writeSnapshot(const QString &folder, const QList<RawFact> &facts, const QString &host,
                                const QDateTime &createdUtc);

} // namespace ndes::facts
