#pragma once

// Facts read from the machine the program runs on: commands through QProcess (argument lists, never a shell
// string), the registry through QSettings, files from disk, as the catalogue (fact.h) says. Only Windows has
// them: elsewhere every read is NotAvailable. Everything read is recorded and can be exported as a snapshot.

#include "core/expected.h"
#include "facts/fact.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ndes::facts {

struct ProcessResult {
    bool started = false;
    bool timedOut = false;
    bool truncated = false;    // the output reached the cap and the process was killed
    bool crashed = false;
    int exitCode = -1;
    QByteArray output;         // stdout
    QByteArray errorOutput;    // stderr, capped like stdout
    QString error;             // why it did not start or finish
};

// Runs one program with an argument list; kills it at the timeout or when an output passes maxBytes.
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                         int timeoutMs, qint64 maxBytes);

class LiveSource final : public FactSource {
public:
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr qint64 defaultMaxBytes = qint64(64) * 1024 * 1024;

    QString kind() const override { return QStringLiteral("live"); }
    RawFact read(const QString &id) override;

    static bool isSupported();         // true on Windows only
    static QString unavailableReason(); // "local checks need Windows (this is <OS>)"

    // The SCEP app pool identity, when already known, for ad.service-account (passed in the environment).
    void setServiceAccount(const QString &name) { m_account = name; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Every fact read so far, the last read of each id, in the order first read.
    const QList<RawFact> &recorded() const { return m_recorded; }
    Expected<QString> exportSnapshot(const QString &folder) const;

private:
    RawFact acquire(const FactSpec &spec);
    RawFact acquireOne(const FactSpec &spec, const Acquisition &a);
    void record(const RawFact &fact);

    QString m_account;
    int m_timeoutMs = defaultTimeoutMs;
    qint64 m_maxBytes = defaultMaxBytes;
    QList<RawFact> m_recorded;
};

} // namespace ndes::facts
