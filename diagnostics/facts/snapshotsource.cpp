#include "snapshotsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

namespace ndes::facts {

namespace {

const QString manifestName = QStringLiteral("manifest.json");
const QString formatName = QStringLiteral("ndes-doctor-snapshot");

// Line and column (both from 1) of a byte offset, for JSON error messages.
QString position(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2 (byte %3)").arg(line).arg(offset - lineStart + 1).arg(offset);
}

// A part or file name that stays inside its folder on every system.
QString safeFileName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        out.append(ok ? c : QLatin1Char('_'));
    }
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("_") + out;
    return out;
}

} // namespace

Expected<std::unique_ptr<SnapshotSource>> SnapshotSource::open(const QString &path, const ZipLimits &limits)
{
    std::unique_ptr<SnapshotSource> s(new SnapshotSource);
    s->m_path = path;
    s->m_limits = limits;
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QStringLiteral("no snapshot there"), path, {}};
    if (info.isDir()) {
        s->m_root = info.absoluteFilePath();
    } else {
        auto zip = ZipReader::open(path, limits);
        if (!zip)
            return zip.error();
        s->m_zip = std::move(*zip);
        s->m_problems = s->m_zip->problems();
        const auto &entries = s->m_zip->entries();
        for (qsizetype i = 0; i < entries.size(); ++i)
            s->m_zipIndex.insert(entries[i].path.toLower(), i);
        // "Send to > Compressed folder" puts the snapshot folder itself in the archive: accept one top folder.
        if (!s->m_zipIndex.contains(manifestName)) {
            QString top;
            bool single = !entries.isEmpty();
            for (const ZipEntry &e : entries) {
                const qsizetype slash = e.path.indexOf(QLatin1Char('/'));
                const QString first = slash < 0 ? QString() : e.path.left(slash + 1);
                if (first.isEmpty() || (!top.isEmpty() && first.compare(top, Qt::CaseInsensitive) != 0)) {
                    single = false;
                    break;
                }
                top = first;
            }
            // A top folder named like a multi-part fact (store.root/) is that fact, not a wrapper.
            const bool isFact = std::any_of(factCatalogue().cbegin(), factCatalogue().cend(), [&top](const FactSpec &f) {
                return top.compare(f.fileName + QLatin1Char('/'), Qt::CaseInsensitive) == 0;
            });
            if (single && (!isFact || s->m_zipIndex.contains(top.toLower() + manifestName)))
                s->m_prefix = top;
        }
    }
    s->loadManifest();
    return Expected<std::unique_ptr<SnapshotSource>>(std::move(s));
}

QString SnapshotSource::where(const QString &relPath) const
{
    if (m_zip)
        return m_path + QLatin1Char('!') + m_prefix + relPath;
    return QDir(m_root).filePath(relPath);
}

bool SnapshotSource::isFolder(const QString &relPath) const
{
    if (m_zip) {
        const QString prefix = (m_prefix + relPath + QLatin1Char('/')).toLower();
        const QString folder = (m_prefix + relPath).toLower();
        return std::any_of(m_zipIndex.keyBegin(), m_zipIndex.keyEnd(), [&prefix](const QString &k) { return k.startsWith(prefix); })
            || std::any_of(m_zip->folders().cbegin(), m_zip->folders().cend(),
                           [&folder](const QString &f) { return f.toLower() == folder; });
    }
    return QFileInfo(QDir(m_root).filePath(relPath)).isDir();
}

std::optional<QByteArray> SnapshotSource::fileBytes(const QString &relPath, QString *error)
{
    if (m_zip) {
        const auto it = m_zipIndex.constFind((m_prefix + relPath).toLower());
        if (it == m_zipIndex.constEnd())
            return std::nullopt;
        auto bytes = m_zip->extract(m_zip->entries().at(*it));
        if (!bytes) {
            *error = bytes.error().what;
            return QByteArray();
        }
        return *bytes;
    }
    QString full = QDir(m_root).filePath(relPath);
    QFileInfo info(full);
    if (!info.exists()) {
        // Snapshots are collected on Windows, where names are case-insensitive.
        const QFileInfo want(full);
        const QStringList names = want.dir().entryList(QDir::Files | QDir::Hidden | QDir::System);
        const auto found = std::find_if(names.cbegin(), names.cend(), [&want](const QString &n) {
            return n.compare(want.fileName(), Qt::CaseInsensitive) == 0;
        });
        if (found == names.cend())
            return std::nullopt;
        full = want.dir().filePath(*found);
        info = QFileInfo(full);
    }
    if (!info.isFile())
        return std::nullopt;
    if (info.size() > m_limits.maxEntryBytes) {
        *error = QStringLiteral("%1 is %2 bytes, more than the limit of %3").arg(full).arg(info.size()).arg(m_limits.maxEntryBytes);
        return QByteArray();
    }
    QFile f(full);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(full, f.errorString());
        return QByteArray();
    }
    return f.read(m_limits.maxEntryBytes);
}

QStringList SnapshotSource::folderFiles(const QString &relPath, QStringList *unreadable) const
{
    QStringList names;
#ifdef Q_OS_UNIX
    // Qt's directory listing leaves out names that are not valid in the file-name encoding: name them.
    if (!m_zip) {
        const QByteArray dirPath = QFile::encodeName(QDir(m_root).filePath(relPath));
        if (DIR *d = ::opendir(dirPath.constData())) {
            while (const dirent *e = ::readdir(d)) {
                const QByteArray raw(e->d_name);
                if (QFile::encodeName(QFile::decodeName(raw)) != raw)
                    unreadable->append(QDir(m_root).filePath(relPath + QLatin1Char('/') + QString::fromLatin1(raw.toPercentEncoding("/"))));
            }
            ::closedir(d);
        }
    }
#else
    Q_UNUSED(unreadable);
#endif
    if (m_zip) {
        const QString prefix = (m_prefix + relPath + QLatin1Char('/')).toLower();
        for (const ZipEntry &e : m_zip->entries()) {
            const QString lower = e.path.toLower();
            if (lower.startsWith(prefix) && !lower.mid(prefix.size()).contains(QLatin1Char('/')))
                names.append(e.path.mid(prefix.size()));
        }
    } else {
        names = QDir(QDir(m_root).filePath(relPath)).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }
    std::sort(names.begin(), names.end());
    return names;
}

void SnapshotSource::loadManifest()
{
    QString error;
    const auto bytes = fileBytes(manifestName, &error);
    if (!bytes) {
        m_problems.append(QStringLiteral("%1: no %2; facts are looked up by their conventional file names")
                              .arg(m_path, manifestName));
        return;
    }
    const QString file = where(manifestName);
    if (!error.isEmpty()) {
        m_problems.append(error);
        return;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        m_problems.append(QStringLiteral("%1: invalid JSON at %2: %3")
                              .arg(file, position(*bytes, pe.offset), pe.errorString()));
        return;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != formatName) {
        m_problems.append(QStringLiteral("%1: not an NDES Doctor snapshot manifest (\"format\" is not \"%2\")")
                              .arg(file, formatName));
        return;
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version != 1) {
        m_problems.append(QStringLiteral("%1: manifest version %2 is not supported (this program reads version 1)")
                              .arg(file).arg(version));
        return;
    }
    m_hasManifest = true;
    m_host = root.value(QStringLiteral("host")).toString();
    m_created = QDateTime::fromString(root.value(QStringLiteral("createdUtc")).toString(), Qt::ISODate);
    const QJsonArray facts = root.value(QStringLiteral("facts")).toArray();
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QJsonObject o = facts.at(i).toObject();
        ManifestEntry e;
        e.id = o.value(QStringLiteral("id")).toString();
        if (e.id.isEmpty()) {
            m_problems.append(QStringLiteral("%1: facts[%2] has no \"id\"").arg(file).arg(i));
            continue;
        }
        e.file = o.value(QStringLiteral("file")).toString();
        e.exitCode = o.value(QStringLiteral("exitCode")).toInt(0);
        e.origin = o.value(QStringLiteral("origin")).toString();
        e.error = o.value(QStringLiteral("error")).toString();
        const QString status = o.value(QStringLiteral("status")).toString(QStringLiteral("present"));
        const auto st = statusFromName(status);
        if (!st) {
            m_problems.append(QStringLiteral("%1: facts[%2] (%3) has an unknown status \"%4\"").arg(file).arg(i).arg(e.id, status));
            continue;
        }
        e.status = *st;
        if (!m_manifest.contains(e.id))
            m_manifestOrder.append(e.id);
        m_manifest.insert(e.id, e);
    }
}

RawFact SnapshotSource::readRecorded(const QString &id, const QString &file, bool multiPart, RawFact fact)
{
    QString why;
    const auto rel = safeRelativePath(file, &why);
    if (!rel) {
        fact.status = RawFact::Failed;
        fact.error = QStringLiteral("%1: the file \"%2\" named for %3 is refused: %4").arg(m_path, file, id, why);
        return fact;
    }
    if (fact.origin.isEmpty())
        fact.origin = where(*rel);
    if (multiPart || isFolder(*rel)) {
        if (!isFolder(*rel)) {
            fact.status = RawFact::Missing;
            fact.error = QStringLiteral("%1: the folder %2 of %3 is not there").arg(m_path, *rel, id);
            return fact;
        }
        QStringList unreadable;
        const QStringList names = folderFiles(*rel, &unreadable);
        QStringList errors;
        for (const QString &name : unreadable)
            errors.append(QStringLiteral("%1 cannot be read: its name is not valid in this system's encoding").arg(name));
        for (const QString &name : names) {
            QString error;
            const auto bytes = fileBytes(*rel + QLatin1Char('/') + name, &error);
            if (!bytes)
                errors.append(QStringLiteral("%1 cannot be read").arg(where(*rel + QLatin1Char('/') + name)));
            else if (!error.isEmpty())
                errors.append(error);
            else
                fact.files.append({name, *bytes});
        }
        fact.error = errors.join(QLatin1String("; "));
        return fact;
    }
    QString error;
    const auto bytes = fileBytes(*rel, &error);
    if (!bytes) {
        fact.status = RawFact::Missing;
        fact.error = QStringLiteral("%1: the file %2 of %3 is not there").arg(m_path, *rel, id);
        return fact;
    }
    if (!error.isEmpty()) {
        fact.status = RawFact::Failed;
        fact.error = error;
        return fact;
    }
    fact.bytes = *bytes;
    return fact;
}

RawFact SnapshotSource::read(const QString &id)
{
    RawFact fact;
    fact.id = id;
    const auto spec = findFact(id);
    const bool multiPart = spec && spec->multiPart;
    const auto it = m_manifest.constFind(id);
    if (it != m_manifest.constEnd()) {
        fact.exitCode = it->exitCode;
        fact.origin = it->origin;
        fact.status = it->status;
        fact.error = it->error;
        if (it->file.isEmpty()) {
            if (fact.status == RawFact::Present) {
                fact.status = RawFact::Missing;
                fact.error = QStringLiteral("%1: manifest.json names no file for %2").arg(m_path, id);
            }
            return fact;
        }
        const QString recordedError = fact.error;
        fact = readRecorded(id, it->file, multiPart, fact);
        if (!recordedError.isEmpty() && fact.error != recordedError)
            fact.error = fact.error.isEmpty() ? recordedError : recordedError + QLatin1String("; ") + fact.error;
        return fact;
    }
    if (!spec) {
        fact.status = RawFact::Missing;
        fact.error = QStringLiteral("%1: unknown fact id %2, and manifest.json does not list it").arg(m_path, id);
        return fact;
    }
    fact.status = RawFact::Present;
    return readRecorded(id, spec->fileName, multiPart, fact);
}

Expected<QString> writeSnapshot(const QString &folder, const QList<RawFact> &facts, const QString &host,
                                const QDateTime &createdUtc)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{QStringLiteral("cannot create the snapshot folder"), folder, {}};
    const auto save = [](const QString &path, const QByteArray &bytes) -> std::optional<Error> {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return Error{QStringLiteral("cannot write: %1").arg(f.errorString()), path, {}};
        return std::nullopt;
    };
    QJsonArray list;
    QSet<QString> used;
    for (const RawFact &fact : facts) {
        const auto spec = findFact(fact.id);
        const bool multiPart = (spec && spec->multiPart) || !fact.files.isEmpty();
        QString name = spec ? spec->fileName : safeFileName(fact.id) + (multiPart ? QString() : QStringLiteral(".bin"));
        while (used.contains(name.toLower()))
            name = QStringLiteral("_") + name;
        QJsonObject entry{{QStringLiteral("id"), fact.id},
                          {QStringLiteral("exitCode"), fact.exitCode},
                          {QStringLiteral("origin"), fact.origin},
                          {QStringLiteral("status"), statusName(fact.status)}};
        if (!fact.error.isEmpty())
            entry.insert(QStringLiteral("error"), fact.error);
        const bool hasData = fact.status == RawFact::Present || !fact.bytes.isEmpty() || !fact.files.isEmpty();
        if (hasData) {
            used.insert(name.toLower());
            if (multiPart) {
                if (!dir.mkpath(name))
                    return Error{QStringLiteral("cannot create a folder"), dir.filePath(name), {}};
                QSet<QString> parts;
                for (const auto &[part, bytes] : fact.files) {
                    QString partName = safeFileName(part);
                    while (parts.contains(partName.toLower()))
                        partName = QStringLiteral("_") + partName;
                    parts.insert(partName.toLower());
                    if (auto e = save(dir.filePath(name + QLatin1Char('/') + partName), bytes))
                        return *e;
                }
            } else if (auto e = save(dir.filePath(name), fact.bytes)) {
                return *e;
            }
            entry.insert(QStringLiteral("file"), name);
        }
        list.append(entry);
    }
    const QJsonObject manifest{{QStringLiteral("format"), formatName},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("createdUtc"), createdUtc.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("host"), host},
                               {QStringLiteral("facts"), list}};
    const QString path = dir.filePath(manifestName);
    if (auto e = save(path, QJsonDocument(manifest).toJson(QJsonDocument::Indented)))
        return *e;
    return path;
}

} // namespace ndes::facts
