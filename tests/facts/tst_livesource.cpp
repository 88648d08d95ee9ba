#include "facts/livesource.h"
#include "facts/snapshotsource.h"

#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ndes::facts;

class TestLiveSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (LiveSource::isSupported())
            QSKIP("these tests describe the live source off Windows");
    }

    void everyFactIsNotAvailable_data()
    {
        QTest::addColumn<QString>("id");
        for (const FactSpec &f : factCatalogue())
            QTest::newRow(qPrintable(f.id)) << f.id;
    }

    void everyFactIsNotAvailable()
    {
        QFETCH(QString, id);
        LiveSource live;
        QCOMPARE(live.kind(), QStringLiteral("live"));
        const RawFact fact = live.read(id);
        QCOMPARE(fact.id, id);
        QCOMPARE(fact.status, RawFact::NotAvailable);
        QCOMPARE(fact.error, QStringLiteral("local checks need Windows (this is %1)").arg(QSysInfo::prettyProductName()));
        QVERIFY(fact.bytes.isEmpty());
        QVERIFY(fact.files.isEmpty());
    }

    void unknownFact()
    {
        LiveSource live;
        const RawFact fact = live.read(QStringLiteral("no.such.fact"));
        QCOMPARE(fact.status, RawFact::Missing);
        QVERIFY(fact.error.contains(QLatin1String("no.such.fact")));
        QVERIFY(live.recorded().isEmpty());
    }

    // The export of what live mode saw off Windows is a snapshot that says so, fact by fact.
    void exportRecordsWhatWasRead()
    {
        LiveSource live;
        for (const FactSpec &f : factCatalogue())
            live.read(f.id);
        live.read(factCatalogue().at(0).id);
        QCOMPARE(live.recorded().size(), factCatalogue().size());

        QTemporaryDir temp;
        const auto manifest = live.exportSnapshot(temp.filePath(QStringLiteral("snap")));
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().toString()));
        auto snapshot = SnapshotSource::open(temp.filePath(QStringLiteral("snap")));
        QVERIFY(snapshot);
        QCOMPARE((*snapshot)->host(), QSysInfo::machineHostName());
        for (const FactSpec &f : factCatalogue()) {
            const RawFact got = (*snapshot)->read(f.id);
            QCOMPARE(got.status, RawFact::NotAvailable);
            QCOMPARE(got.error, LiveSource::unavailableReason());
        }
    }

#ifdef Q_OS_UNIX
    // The command runner itself, on real processes.
    void runProcessOutputAndExitCode()
    {
        const ProcessResult r = runProcess(QStringLiteral("/bin/sh"),
                                           {QStringLiteral("-c"), QStringLiteral("printf 'Started\\r\\n'; echo oops >&2; exit 3")},
                                           QProcessEnvironment::systemEnvironment(), 30000, 1024);
        QVERIFY(r.started);
        QVERIFY(!r.timedOut && !r.truncated && !r.crashed);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.output, QByteArray("Started\r\n"));
        QCOMPARE(r.errorOutput, QByteArray("oops\n"));
    }

    void runProcessArgumentsAreNotAShell()
    {
        const ProcessResult r = runProcess(QStringLiteral("/bin/echo"), {QStringLiteral("Default Web Site; rm -rf x $(id)")},
                                           QProcessEnvironment::systemEnvironment(), 30000, 1024);
        QCOMPARE(r.output, QByteArray("Default Web Site; rm -rf x $(id)\n"));
    }

    void runProcessCapsOutput()
    {
        const ProcessResult r = runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("while :; do echo yyyyyyyyyyyyyyyy; done")},
                                           QProcessEnvironment::systemEnvironment(), 30000, 100000);
        QVERIFY(r.truncated);
        QCOMPARE(r.output.size(), 100000);
        QVERIFY(r.error.contains(QLatin1String("more than 100000 bytes")));
    }

    void runProcessTimesOut()
    {
        const ProcessResult r = runProcess(QStringLiteral("/bin/sleep"), {QStringLiteral("60")},
                                           QProcessEnvironment::systemEnvironment(), 200, 1024);
        QVERIFY(r.started);
        QVERIFY(r.timedOut);
        QVERIFY(r.error.contains(QLatin1String("did not finish within 200 ms")));
    }

    void runProcessMissingProgram()
    {
        const ProcessResult r = runProcess(QStringLiteral("/nonexistent/appcmd.exe"), {},
                                           QProcessEnvironment::systemEnvironment(), 30000, 1024);
        QVERIFY(!r.started);
        QVERIFY(r.error.contains(QLatin1String("/nonexistent/appcmd.exe")));
    }

    void runProcessEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NDES_DOCTOR_ACCOUNT"), QStringLiteral("CONTOSO\\svc-ndes$"));
        const ProcessResult r = runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s \"$NDES_DOCTOR_ACCOUNT\"")},
                                           env, 30000, 1024);
        QCOMPARE(r.output, QByteArray("CONTOSO\\svc-ndes$"));
    }
#endif
};

QTEST_GUILESS_MAIN(TestLiveSource)
#include "tst_livesource.moc"
