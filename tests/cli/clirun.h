#pragma once
// Running the built ndes-doctor binary from the CLI tests (NDES_DOCTOR_BIN is set by tests/cli/CMakeLists.txt).
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ndes::testing {

struct CliResult {
    int exitCode = -1; // -1: did not finish in time (killed), -2: crashed
    QByteArray out;
    QByteArray err;
};

inline CliResult runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(NDES_DOCTOR_BIN), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Fills `path` with `size` pseudo-random bytes from `seed`: a file that is no log at all.
inline bool writeRandomFile(const QString &path, qsizetype size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    file.write(bytes);
    return true;
}

} // namespace ndes::testing
