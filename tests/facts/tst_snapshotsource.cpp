#include "facts/snapshotsource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <fcntl.h>
#include <unistd.h>

using namespace ndes::facts;

namespace {

const QString fixtures = QStringLiteral(NDES_FIXTURES_DIR "/facts");

struct ZipOptions {
    bool deflate = false;
    bool utf8Flag = false;
    qint64 declaredSize = -1; // uncompressed size written in the headers; -1 = the true size
};

// A zip writer for tests: stored or raw-deflated entries, names as raw bytes, and the ability to lie.
class ZipWriter {
public:
    using Options = ZipOptions;

    void add(const QByteArray &name, const QByteArray &data, Options o = {})
    {
        QByteArray stored = data;
        if (o.deflate) {
            z_stream zs{};
            deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
            stored.resize(qsizetype(deflateBound(&zs, uLong(data.size()))));
            zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
            zs.avail_in = uInt(data.size());
            zs.next_out = reinterpret_cast<Bytef *>(stored.data());
            zs.avail_out = uInt(stored.size());
            deflate(&zs, Z_FINISH);
            stored.resize(qsizetype(zs.total_out));
            deflateEnd(&zs);
        }
        const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 usize = quint32(o.declaredSize < 0 ? data.size() : o.declaredSize);
        const quint16 flags = o.utf8Flag ? 0x0800 : 0;
        const quint16 method = o.deflate ? 8 : 0;
        const quint32 offset = quint32(m_body.size());

        QByteArray local;
        put32(local, 0x04034b50);
        put16(local, 20);
        put16(local, flags);
        put16(local, method);
        put16(local, 0);
        put16(local, 0x5821);
        put32(local, crc);
        put32(local, quint32(stored.size()));
        put32(local, usize);
        put16(local, quint16(name.size()));
        put16(local, 0);
        m_body += local + name + stored;

        put32(m_central, 0x02014b50);
        put16(m_central, 20);
        put16(m_central, 20);
        put16(m_central, flags);
        put16(m_central, method);
        put16(m_central, 0);
        put16(m_central, 0x5821);
        put32(m_central, crc);
        put32(m_central, quint32(stored.size()));
        put32(m_central, usize);
        put16(m_central, quint16(name.size()));
        put16(m_central, 0);
        put16(m_central, 0);
        put16(m_central, 0);
        put16(m_central, 0);
        put32(m_central, 0);
        put32(m_central, offset);
        m_central += name;
        ++m_count;
    }

    QByteArray bytes() const
    {
        QByteArray eocd;
        put32(eocd, 0x06054b50);
        put16(eocd, 0);
        put16(eocd, 0);
        put16(eocd, quint16(m_count));
        put16(eocd, quint16(m_count));
        put32(eocd, quint32(m_central.size()));
        put32(eocd, quint32(m_body.size()));
        put16(eocd, 0);
        return m_body + m_central + eocd;
    }

    bool save(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes()) == bytes().size();
    }

    // Adds every file under folder, under prefix.
    void addFolder(const QString &folder, const QByteArray &prefix, Options o = {})
    {
        QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &file : files) {
            if (QFileInfo(file).isDir()) {
                add(prefix + QDir(folder).relativeFilePath(file).toUtf8() + '/', QByteArray());
                continue;
            }
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            add(prefix + QDir(folder).relativeFilePath(file).toUtf8(), f.readAll(), o);
        }
    }

private:
    static void put16(QByteArray &b, quint16 v)
    {
        b.append(char(v & 0xFF));
        b.append(char(v >> 8));
    }
    static void put32(QByteArray &b, quint32 v)
    {
        put16(b, quint16(v & 0xFFFF));
        put16(b, quint16(v >> 16));
    }

    QByteArray m_body;
    QByteArray m_central;
    int m_count = 0;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<SnapshotSource> openOrFail(const QString &path, const ZipLimits &limits = {})
{
    auto s = SnapshotSource::open(path, limits);
    if (!s) {
        qWarning("%s", qPrintable(s.error().toString()));
        return nullptr;
    }
    return std::move(*s);
}

const QByteArray manifestHead = "{\"format\":\"ndes-doctor-snapshot\",\"version\":1,\"createdUtc\":\"2024-03-11T10:05:00Z\","
                                "\"host\":\"NDES01\",\"facts\":[";

} // namespace

class TestSnapshotSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void folderWithManifest()
    {
        const QString root = fixtures + QStringLiteral("/snapshot-basic");
        auto s = openOrFail(root);
        QVERIFY(s);
        QCOMPARE(s->kind(), QStringLiteral("snapshot"));
        QVERIFY(s->hasManifest());
        QCOMPARE(s->host(), QStringLiteral("NDES01"));
        QCOMPARE(s->createdUtc(), QDateTime(QDate(2024, 3, 11), QTime(10, 5), Qt::UTC));
        QVERIFY2(s->problems().isEmpty(), qPrintable(s->problems().join(QLatin1Char('\n'))));

        const RawFact list = s->read(QStringLiteral("appcmd.apppool.list"));
        QCOMPARE(list.status, RawFact::Present);
        QCOMPARE(list.bytes, fileBytes(root + QStringLiteral("/appcmd.apppool.list.txt")));
        QCOMPARE(list.origin, QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe list apppool"));

        const RawFact sec = s->read(QStringLiteral("secedit.user_rights"));
        QCOMPARE(sec.status, RawFact::Present);
        QVERIFY(sec.bytes.startsWith("\xFF\xFE[\0U\0"));

        const RawFact root1 = s->read(QStringLiteral("store.root"));
        QCOMPARE(root1.status, RawFact::Present);
        QCOMPARE(root1.files.size(), 1);
        QCOMPARE(root1.files.at(0).first, QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F901234567.cer"));
        QCOMPARE(root1.files.at(0).second, fileBytes(QStringLiteral(NDES_FIXTURES_DIR "/certs/ca.der")));

        const RawFact events = s->read(QStringLiteral("events.connector"));
        QCOMPARE(events.status, RawFact::Present);
        QCOMPARE(events.files.size(), 2);
        QCOMPARE(events.files.at(0).first, QStringLiteral("Admin.xml"));
        QCOMPARE(events.files.at(1).first, QStringLiteral("Operational.xml"));
        QVERIFY(events.files.at(1).second.isEmpty());

        const RawFact sc = s->read(QStringLiteral("sc.query.wapcsvc"));
        QCOMPARE(sc.status, RawFact::Failed);
        QCOMPARE(sc.exitCode, 1060);
        QVERIFY(sc.error.contains(QLatin1String("30000 ms")));

        const RawFact msi = s->read(QStringLiteral("file.setupmsi.log"));
        QCOMPARE(msi.status, RawFact::Missing);
        QVERIFY(msi.error.contains(QLatin1String("NDESConnectorSetupMsi\\SetupMsi.log")));

        // Not in the manifest, and no file under its conventional name.
        const RawFact ad = s->read(QStringLiteral("ad.service-account"));
        QCOMPARE(ad.status, RawFact::Missing);
        QVERIFY2(ad.error.contains(QLatin1String("ad.service-account.json")), qPrintable(ad.error));

        const RawFact unknown = s->read(QStringLiteral("no.such.fact"));
        QCOMPARE(unknown.status, RawFact::Missing);
        QVERIFY(unknown.error.contains(QLatin1String("no.such.fact")));
    }

    void zipSameAsFolder_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("stored") << false << QByteArray();
        QTest::newRow("deflated") << true << QByteArray();
        QTest::newRow("deflated, in a top folder") << true << QByteArray("NDES01-snapshot/");
    }

    void zipSameAsFolder()
    {
        QFETCH(bool, deflate);
        QFETCH(QByteArray, prefix);
        const QString root = fixtures + QStringLiteral("/snapshot-basic");
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        ZipWriter zip;
        zip.addFolder(root, prefix, {deflate, false, -1});
        const QString path = temp.filePath(QStringLiteral("snapshot.zip"));
        QVERIFY(zip.save(path));

        auto folder = openOrFail(root);
        auto zipped = openOrFail(path);
        QVERIFY(folder && zipped);
        QVERIFY2(zipped->problems().isEmpty(), qPrintable(zipped->problems().join(QLatin1Char('\n'))));
        QVERIFY(zipped->hasManifest());
        for (const FactSpec &spec : factCatalogue()) {
            const RawFact a = folder->read(spec.id);
            const RawFact b = zipped->read(spec.id);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.bytes, a.bytes);
            QCOMPARE(b.files, a.files);
            QCOMPARE(b.exitCode, a.exitCode);
        }
        QVERIFY(zipped->read(QStringLiteral("store.root")).origin.contains(QLatin1String("Cert:\\LocalMachine\\Root")));
    }

    void unsafeEntriesAreRejected()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString inner = temp.filePath(QStringLiteral("a/b"));
        QVERIFY(QDir().mkpath(inner));
        ZipWriter zip;
        zip.add("manifest.json", manifestHead + "{\"id\":\"appcmd.apppool.scep.state\",\"file\":\"appcmd.apppool.scep.state.txt\"},"
                                                "{\"id\":\"sc.qc.wapcsvc\",\"file\":\"../evil\"}]}");
        zip.add("appcmd.apppool.scep.state.txt", "Started\r\n");
        zip.add("../evil", "x");
        zip.add("/abs", "x");
        zip.add("C:\\x", "x");
        zip.add("store.root\\..\\..\\evil2", "x");
        zip.add("store.root/ok.cer", "cert", {true, false, -1});
        zip.add("events.connector/Admin.xml:stream", "x");
        const QString path = inner + QStringLiteral("/snapshot.zip");
        QVERIFY(zip.save(path));

        auto s = openOrFail(path);
        QVERIFY(s);
        const QString problems = s->problems().join(QLatin1Char('\n'));
        for (const char *name : {"\"../evil\"", "\"/abs\"", "\"C:\\x\"", "\"store.root\\..\\..\\evil2\"",
                                 "\"events.connector/Admin.xml:stream\""}) {
            QVERIFY2(problems.contains(QLatin1String(name)), name);
        }
        QVERIFY(problems.contains(path));
        QVERIFY(problems.contains(QLatin1String("absolute path")));
        QVERIFY(problems.contains(QLatin1String("drive letter")));

        QCOMPARE(s->read(QStringLiteral("appcmd.apppool.scep.state")).bytes, QByteArray("Started\r\n"));
        const RawFact store = s->read(QStringLiteral("store.root"));
        QCOMPARE(store.status, RawFact::Present);
        QCOMPARE(store.files.size(), 1);
        QCOMPARE(store.files.at(0).second, QByteArray("cert"));
        const RawFact evil = s->read(QStringLiteral("sc.qc.wapcsvc"));
        QCOMPARE(evil.status, RawFact::Failed);
        QVERIFY2(evil.error.contains(QLatin1String("\"../evil\"")), qPrintable(evil.error));

        // Nothing was written anywhere: the reader never extracts to disk.
        QVERIFY(!QFile::exists(temp.filePath(QStringLiteral("a/evil"))));
        QVERIFY(!QFile::exists(temp.filePath(QStringLiteral("evil2"))));
        QCOMPARE(QDir(inner).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("snapshot.zip")});
    }

    void zipBombs_data()
    {
        QTest::addColumn<qint64>("declared");
        QTest::addColumn<qint64>("maxEntryBytes");
        QTest::addColumn<bool>("atOpen");
        QTest::addColumn<QString>("message");
        const qint64 tenMb = 10 * 1000 * 1000;
        QTest::newRow("over the per-entry cap") << tenMb << qint64(1024 * 1024) << true
                                                << QStringLiteral("more than the limit of 1048576 bytes per entry");
        QTest::newRow("lying size header") << qint64(1000) << qint64(256) * 1024 * 1024 << false
                                           << QStringLiteral("beyond the 1000 bytes its header declares");
        QTest::newRow("ratio") << tenMb << qint64(256) * 1024 * 1024 << false
                               << QStringLiteral("compression ratio above 200:1");
    }

    void zipBombs()
    {
        QFETCH(qint64, declared);
        QFETCH(qint64, maxEntryBytes);
        QFETCH(bool, atOpen);
        QFETCH(QString, message);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        ZipWriter zip;
        zip.add("appcmd.apppool.list.txt", QByteArray(10 * 1000 * 1000, '\0'), {true, false, declared});
        zip.add("appcmd.apppool.scep.state.txt", "Started\r\n", {true, false, -1});
        const QString path = temp.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(zip.save(path));
        QVERIFY(QFileInfo(path).size() < 64 * 1024);

        ZipLimits limits;
        limits.maxEntryBytes = maxEntryBytes;
        auto s = openOrFail(path, limits);
        QVERIFY(s);
        const RawFact bomb = s->read(QStringLiteral("appcmd.apppool.list"));
        QVERIFY(bomb.bytes.isEmpty());
        const QString problems = s->problems().join(QLatin1Char('\n'));
        if (atOpen) {
            QVERIFY2(problems.contains(message), qPrintable(problems));
            QVERIFY(problems.contains(QLatin1String("\"appcmd.apppool.list.txt\"")));
            QCOMPARE(bomb.status, RawFact::Missing);
        } else {
            QCOMPARE(bomb.status, RawFact::Failed);
            QVERIFY2(bomb.error.contains(message), qPrintable(bomb.error));
            QVERIFY(bomb.error.contains(path));
            QVERIFY(bomb.error.contains(QLatin1String("\"appcmd.apppool.list.txt\"")));
        }
        QCOMPARE(s->read(QStringLiteral("appcmd.apppool.scep.state")).bytes, QByteArray("Started\r\n"));
    }

    void totalAndCountLimits()
    {
        QTemporaryDir temp;
        ZipWriter zip;
        zip.add("a.txt", QByteArray(600, 'a'));
        zip.add("appcmd.apppool.list.txt", QByteArray(600, 'b'));
        const QString path = temp.filePath(QStringLiteral("big.zip"));
        QVERIFY(zip.save(path));
        ZipLimits limits;
        limits.maxTotalBytes = 1000;
        auto s = openOrFail(path, limits);
        QVERIFY(s);
        QVERIFY(s->problems().join(QLatin1Char('\n')).contains(QLatin1String("\"appcmd.apppool.list.txt\" rejected: the archive would expand beyond the limit of 1000 bytes")));

        limits = {};
        limits.maxEntries = 1;
        const auto tooMany = SnapshotSource::open(path, limits);
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().what.contains(QLatin1String("2 entries, more than the limit of 1")));
        QCOMPARE(tooMany.error().where, path);
    }

    void corruptArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        ZipWriter zip;
        zip.add("manifest.json", "{}");
        const QByteArray good = zip.bytes();
        QTest::newRow("not a zip") << QByteArray("hello, this is not an archive at all") << QStringLiteral("no end of central directory");
        QTest::newRow("too short") << QByteArray("PK") << QStringLiteral("too short");
        QByteArray cut = good;
        cut.remove(10, 30);
        QTest::newRow("central directory beyond the end") << cut << QStringLiteral("beyond the end of the file");
    }

    void corruptArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir temp;
        const QString path = temp.filePath(QStringLiteral("x.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const auto s = SnapshotSource::open(path);
        QVERIFY(!s);
        QVERIFY2(s.error().what.contains(message), qPrintable(s.error().what));
        QCOMPARE(s.error().where, path);
    }

    void corruptCrcIsReported()
    {
        QTemporaryDir temp;
        ZipWriter zip;
        zip.add("appcmd.apppool.scep.state.txt", "Started\r\n");
        QByteArray bytes = zip.bytes();
        bytes[30 + int(qstrlen("appcmd.apppool.scep.state.txt"))] = 'X';
        const QString path = temp.filePath(QStringLiteral("crc.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto s = openOrFail(path);
        QVERIFY(s);
        const RawFact r = s->read(QStringLiteral("appcmd.apppool.scep.state"));
        QCOMPARE(r.status, RawFact::Failed);
        QVERIFY(r.error.contains(QLatin1String("CRC-32 mismatch")));
    }

    void manifestPointsToMissingFiles()
    {
        const QString root = fixtures + QStringLiteral("/snapshot-missing-file");
        auto s = openOrFail(root);
        QVERIFY(s);
        QCOMPARE(s->read(QStringLiteral("appcmd.apppool.scep.state")).status, RawFact::Present);
        const RawFact qc = s->read(QStringLiteral("sc.qc.wapcsvc"));
        QCOMPARE(qc.status, RawFact::Missing);
        QVERIFY2(qc.error.contains(QLatin1String("sc.qc.wapcsvc.txt")), qPrintable(qc.error));
        QVERIFY(qc.error.contains(root));
        const RawFact my = s->read(QStringLiteral("store.my"));
        QCOMPARE(my.status, RawFact::Missing);
        QVERIFY(my.error.contains(QLatin1String("store.my")));
        const RawFact escape = s->read(QStringLiteral("file.web.config.site"));
        QCOMPARE(escape.status, RawFact::Failed);
        QVERIFY2(escape.error.contains(QLatin1String("\"../../../etc/hostname\"")), qPrintable(escape.error));
        QVERIFY(escape.bytes.isEmpty());
    }

    void corruptManifest()
    {
        const QString root = fixtures + QStringLiteral("/snapshot-corrupt-manifest");
        auto s = openOrFail(root);
        QVERIFY(s);
        QVERIFY(!s->hasManifest());
        const QString problems = s->problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(root + QStringLiteral("/manifest.json")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("line 3, column 19")), qPrintable(problems));
        // The facts under their conventional names are still read.
        QCOMPARE(s->read(QStringLiteral("appcmd.apppool.list")).status, RawFact::Present);
    }

    void manifestErrors_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("message");
        QTest::newRow("other format") << QByteArray("{\"format\":\"zip\",\"version\":1}") << QStringLiteral("not an NDES Doctor snapshot manifest");
        QTest::newRow("newer version") << QByteArray("{\"format\":\"ndes-doctor-snapshot\",\"version\":7}") << QStringLiteral("version 7 is not supported");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an NDES Doctor snapshot manifest");
        QTest::newRow("bad status") << manifestHead + "{\"id\":\"sc.qc.wapcsvc\",\"status\":\"gone\"}]}" << QStringLiteral("unknown status \"gone\"");
        QTest::newRow("no id") << manifestHead + "{\"file\":\"x\"}]}" << QStringLiteral("facts[0] has no \"id\"");
    }

    void manifestErrors()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, message);
        QTemporaryDir temp;
        ZipWriter zip;
        zip.add("manifest.json", manifest);
        zip.add("appcmd.apppool.scep.state.txt", "Started\r\n");
        const QString path = temp.filePath(QStringLiteral("m.zip"));
        QVERIFY(zip.save(path));
        auto s = openOrFail(path);
        QVERIFY(s);
        const QString problems = s->problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(message), qPrintable(problems));
        QVERIFY(problems.contains(path + QStringLiteral("!manifest.json")));
        QCOMPARE(s->read(QStringLiteral("appcmd.apppool.scep.state")).bytes, QByteArray("Started\r\n"));
    }

    void conventionalNames()
    {
        const QString root = fixtures + QStringLiteral("/snapshot-conventional");
        auto s = openOrFail(root);
        QVERIFY(s);
        QVERIFY(!s->hasManifest());
        QVERIFY(s->problems().join(QLatin1Char('\n')).contains(QLatin1String("no manifest.json")));
        const RawFact state = s->read(QStringLiteral("appcmd.apppool.scep.state"));
        QCOMPARE(state.status, RawFact::Present); // APPCMD.APPPOOL.SCEP.STATE.TXT: names are case-insensitive
        QCOMPARE(state.bytes, QByteArray("Started\r\n"));
        const RawFact my = s->read(QStringLiteral("store.my"));
        QCOMPARE(my.status, RawFact::Present);
        QCOMPARE(my.files.size(), 2);
        QCOMPARE(my.files.at(1).first, QStringLiteral("private-keys.txt"));
        QCOMPARE(s->read(QStringLiteral("sc.qc.wapcsvc")).status, RawFact::Missing);
    }

    void nonUtf8Names()
    {
        QTemporaryDir temp;
        ZipWriter zip;
        // Code page 437, as Windows' "compressed folder" writes it: 0x82 is 'é'.
        zip.add("store.root/r\x82sum\x82.cer", "cp437");
        zip.add("store.root/\xc3\xa9t\xc3\xa9.cer", "utf8", {false, true, -1});
        zip.add("store.root/na\xc3\xafve.cer", "utf8 unflagged");
        const QString path = temp.filePath(QStringLiteral("names.zip"));
        QVERIFY(zip.save(path));
        auto s = openOrFail(path);
        QVERIFY(s);
        const RawFact root = s->read(QStringLiteral("store.root"));
        QCOMPARE(root.status, RawFact::Present);
        QCOMPARE(root.files.size(), 3);
        QStringList names;
        for (const auto &f : root.files)
            names.append(f.first);
        QVERIFY2(names.contains(QString::fromUtf8("résumé.cer")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QString::fromUtf8("été.cer")));
        QVERIFY(names.contains(QString::fromUtf8("naïve.cer")));

        // A folder snapshot whose file name is not valid UTF-8 on a Linux disk: the other files are read and
        // the fact says one part could not be.
        const QString folder = temp.filePath(QStringLiteral("snap/store.root"));
        QVERIFY(QDir().mkpath(folder));
        QFile good(folder + QStringLiteral("/good.cer"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("good");
        good.close();
        const QByteArray raw = QFile::encodeName(folder) + "/bad\xff\xfe.cer";
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "bad", 3), ssize_t(3));
        ::close(fd);
        auto d = openOrFail(temp.filePath(QStringLiteral("snap")));
        QVERIFY(d);
        const RawFact disk = d->read(QStringLiteral("store.root"));
        ::unlink(raw.constData());
        QCOMPARE(disk.status, RawFact::Present);
        bool foundGood = false;
        for (const auto &f : disk.files)
            foundGood = foundGood || (f.first == QStringLiteral("good.cer") && f.second == "good");
        QVERIFY(foundGood);
        QCOMPARE(disk.files.size(), 1);
        QVERIFY2(disk.error.contains(QLatin1String("bad%FF%FE.cer cannot be read")), qPrintable(disk.error));
    }

    void exportRoundTrip()
    {
        QList<RawFact> facts;
        RawFact list;
        list.id = QStringLiteral("appcmd.apppool.list");
        list.bytes = "APPPOOL \"SCEP\" (MgdVersion:v4.0,MgdMode:Integrated,state:Started)\r\n";
        list.origin = QStringLiteral("C:\\Windows\\System32\\inetsrv\\appcmd.exe list apppool");
        list.status = RawFact::Present;
        facts.append(list);
        RawFact notFound = list;
        notFound.id = QStringLiteral("appcmd.apppool.scep.state");
        notFound.bytes = "ERROR ( message:Cannot find APPPOOL object with identifier \"SCEP\". )\r\n";
        notFound.exitCode = 1168;
        facts.append(notFound);
        RawFact store;
        store.id = QStringLiteral("store.root");
        store.status = RawFact::Present;
        store.origin = QStringLiteral("powershell.exe ...");
        store.files = {{QStringLiteral("AA.cer"), QByteArray("\x30\x82\x01\x00", 4)}, {QStringLiteral("BB.cer"), QByteArray("x")}};
        facts.append(store);
        RawFact emptyStore = store;
        emptyStore.id = QStringLiteral("store.my");
        emptyStore.files.clear();
        facts.append(emptyStore);
        RawFact failed;
        failed.id = QStringLiteral("sc.qc.wapcsvc");
        failed.status = RawFact::Failed;
        failed.error = QStringLiteral("sc.exe did not finish within 30000 ms and was stopped");
        failed.origin = QStringLiteral("sc.exe qc WAPCSvc");
        facts.append(failed);
        RawFact na;
        na.id = QStringLiteral("reg.mscep");
        na.status = RawFact::NotAvailable;
        na.error = QStringLiteral("local checks need Windows (this is Debian)");
        facts.append(na);
        RawFact missing;
        missing.id = QStringLiteral("file.setupmsi.log");
        missing.status = RawFact::Missing;
        missing.error = QStringLiteral("no file C:\\NDESConnectorSetup\\SetupMsi.log");
        facts.append(missing);
        RawFact odd;
        odd.id = QStringLiteral("custom/../fact");
        odd.status = RawFact::Present;
        odd.bytes = "odd";
        odd.origin = QStringLiteral("custom");
        facts.append(odd);

        QTemporaryDir temp;
        const QString folder = temp.filePath(QStringLiteral("export"));
        const auto written = writeSnapshot(folder, facts, QStringLiteral("NDES01"),
                                           QDateTime(QDate(2024, 3, 11), QTime(10, 5), Qt::UTC));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, folder + QStringLiteral("/manifest.json"));
        QVERIFY(QFile::exists(folder + QStringLiteral("/store.root/AA.cer")));
        QVERIFY(QFileInfo(folder + QStringLiteral("/store.my")).isDir());
        QVERIFY(!QFile::exists(temp.filePath(QStringLiteral("fact"))));

        ZipWriter zip;
        zip.addFolder(folder, "export/", {true, false, -1});
        const QString zipPath = temp.filePath(QStringLiteral("export.zip"));
        QVERIFY(zip.save(zipPath));

        for (const QString &path : {folder, zipPath}) {
            auto s = openOrFail(path);
            QVERIFY(s);
            QVERIFY2(s->problems().isEmpty(), qPrintable(s->problems().join(QLatin1Char('\n'))));
            QCOMPARE(s->host(), QStringLiteral("NDES01"));
            QCOMPARE(s->manifestIds().size(), facts.size());
            for (const RawFact &want : facts) {
                const RawFact got = s->read(want.id);
                QCOMPARE(got.id, want.id);
                QCOMPARE(got.status, want.status);
                QCOMPARE(got.bytes, want.bytes);
                QCOMPARE(got.files, want.files);
                QCOMPARE(got.exitCode, want.exitCode);
                QCOMPARE(got.origin, want.origin);
                QCOMPARE(got.error, want.error);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotSource)
#include "tst_snapshotsource.moc"
