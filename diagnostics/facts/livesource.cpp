#include "livesource.h"

#include "facts/snapshotsource.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#ifdef Q_OS_WIN
#include <QSettings>
#endif

#include <algorithm>

namespace ndes::facts {

namespace {

const QString outToken = QStringLiteral("%OUT%");

std::optional<QByteArray> readCapped(const QString &path, qint64 maxBytes, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return QByteArray();
    }
    if (f.size() > maxBytes) {
        *error = QStringLiteral("%1 is %2 bytes, more than the limit of %3").arg(path).arg(f.size()).arg(maxBytes);
        return QByteArray();
    }
    return f.read(maxBytes);
}

#ifdef Q_OS_WIN
QByteArray readRegistry(const QString &key, const QStringList &wanted)
{
    // Registry64Format: a 32-bit build must not be redirected to WOW6432Node.
    QSettings s(key, QSettings::Registry64Format);
    const QStringList present = s.childKeys();
    const bool found = !present.isEmpty() || !s.childGroups().isEmpty();
    QList<RegistryValue> values;
    for (const QString &name : wanted.isEmpty() ? present : wanted) {
        if (!s.contains(name))
            continue;
        const QVariant v = s.value(name);
        RegistryValue r;
        r.name = name;
        switch (v.metaType().id()) {
        case QMetaType::QStringList:
            r.type = QStringLiteral("strings");
            r.strings = v.toStringList();
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            r.type = QStringLiteral("number");
            r.number = v.toLongLong();
            break;
        case QMetaType::QByteArray:
            r.type = QStringLiteral("binary");
            r.text = QString::fromLatin1(v.toByteArray().toHex());
            break;
        default:
            r.type = QStringLiteral("string");
            r.text = v.toString();
            break;
        }
        values.append(r);
    }
    return registryJson(key, found, values);
}
#endif

} // namespace

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                         int timeoutMs, qint64 maxBytes)
{
    ProcessResult r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QIODevice::ReadOnly);
    if (!p.waitForStarted(timeoutMs)) {
        r.error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return r;
    }
    r.started = true;
    QDeadlineTimer deadline(timeoutMs);
    const auto drain = [&p, &r, maxBytes] {
        r.output += p.readAllStandardOutput();
        r.errorOutput += p.readAllStandardError();
        if (r.output.size() > maxBytes || r.errorOutput.size() > maxBytes) {
            r.truncated = true;
            r.output.truncate(maxBytes);
            r.errorOutput.truncate(maxBytes);
        }
    };
    while (p.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            r.timedOut = true;
            break;
        }
        const int wait = int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000));
        if (!p.waitForReadyRead(wait))
            p.waitForFinished(1);
        drain();
        if (r.truncated)
            break;
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        r.error = r.timedOut ? QStringLiteral("%1 did not finish within %2 ms and was stopped").arg(program).arg(timeoutMs)
                             : QStringLiteral("%1 wrote more than %2 bytes and was stopped").arg(program).arg(maxBytes);
        return r;
    }
    drain();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    if (r.crashed)
        r.error = QStringLiteral("%1 crashed").arg(program);
    return r;
}

bool LiveSource::isSupported()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

QString LiveSource::unavailableReason()
{
    return QStringLiteral("local checks need Windows (this is %1)").arg(QSysInfo::prettyProductName());
}

RawFact LiveSource::read(const QString &id)
{
    RawFact fact;
    fact.id = id;
    const auto spec = findFact(id);
    if (!spec) {
        fact.status = RawFact::Missing;
        fact.error = QStringLiteral("unknown fact id %1").arg(id);
        return fact;
    }
    if (!isSupported()) {
        fact.status = RawFact::NotAvailable;
        fact.error = unavailableReason();
    } else {
        fact = acquire(*spec);
    }
    record(fact);
    return fact;
}

void LiveSource::record(const RawFact &fact)
{
    const auto it = std::find_if(m_recorded.begin(), m_recorded.end(), [&fact](const RawFact &f) { return f.id == fact.id; });
    if (it != m_recorded.end())
        *it = fact;
    else
        m_recorded.append(fact);
}

Expected<QString> LiveSource::exportSnapshot(const QString &folder) const
{
    return writeSnapshot(folder, m_recorded, QSysInfo::machineHostName(), QDateTime::currentDateTimeUtc());
}

RawFact LiveSource::acquire(const FactSpec &spec)
{
    RawFact fact;
    fact.id = spec.id;
    if (!spec.multiPart) {
        QStringList errors, origins;
        for (const Acquisition &a : spec.acquisitions) {
            RawFact one = acquireOne(spec, a);
            if (one.status == RawFact::Present)
                return one;
            errors.append(one.error);
            origins.append(one.origin);
            fact.status = one.status;
            fact.exitCode = one.exitCode;
        }
        fact.error = errors.join(QLatin1String("; "));
        fact.origin = origins.join(QLatin1String("; "));
        return fact;
    }
    QStringList errors, origins;
    bool anyPresent = false, anyFailed = false;
    for (const Acquisition &a : spec.acquisitions) {
        RawFact one = acquireOne(spec, a);
        origins.append(one.origin);
        if (one.status == RawFact::Present) {
            anyPresent = true;
            fact.exitCode = std::max(fact.exitCode, one.exitCode);
            if (a.outputIsFolder)
                fact.files += one.files;
            else
                fact.files.append({a.part, one.bytes});
        } else {
            anyFailed = anyFailed || one.status == RawFact::Failed;
            errors.append(one.error);
        }
    }
    std::sort(fact.files.begin(), fact.files.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    fact.status = anyPresent ? RawFact::Present : anyFailed ? RawFact::Failed : RawFact::Missing;
    fact.error = errors.join(QLatin1String("; "));
    fact.origin = origins.join(QLatin1String("; "));
    return fact;
}

RawFact LiveSource::acquireOne(const FactSpec &spec, const Acquisition &a)
{
    RawFact fact;
    fact.id = spec.id;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    // A 32-bit x86 build on 64-bit Windows sees SysWOW64 through System32; Sysnative reaches the real one.
    const bool redirected = QSysInfo::buildCpuArchitecture() == QLatin1String("i386")
        && QSysInfo::currentCpuArchitecture() != QLatin1String("i386");
    switch (a.kind) {
    case Acquisition::File: {
        const QString path = QDir::toNativeSeparators(expandWindowsPath(a.path, system, redirected));
        fact.origin = path;
        QString error;
        const auto bytes = readCapped(path, m_maxBytes, &error);
        if (!bytes) {
            fact.status = RawFact::Missing;
            fact.error = QStringLiteral("no file %1").arg(path);
        } else if (!error.isEmpty()) {
            fact.status = RawFact::Failed;
            fact.error = error;
        } else {
            fact.status = RawFact::Present;
            fact.bytes = *bytes;
        }
        return fact;
    }
    case Acquisition::Registry: {
        fact.origin = a.path;
#ifdef Q_OS_WIN
        fact.bytes = readRegistry(a.path, a.valueNames);
        fact.status = RawFact::Present;
#else
        fact.status = RawFact::NotAvailable;
        fact.error = unavailableReason();
#endif
        return fact;
    }
    case Acquisition::Command:
        break;
    }

    QTemporaryDir temp;
    if ((a.outputIsFile || a.outputIsFolder) && !temp.isValid()) {
        fact.status = RawFact::Failed;
        fact.error = QStringLiteral("cannot create a temporary folder: %1").arg(temp.errorString());
        return fact;
    }
    const QString out = QDir::toNativeSeparators(a.outputIsFolder ? temp.path() : temp.filePath(QStringLiteral("out.inf")));
    QProcessEnvironment env = system;
    if (!a.environmentName.isEmpty()) {
        if (a.outputIsFolder || a.outputIsFile)
            env.insert(a.environmentName, out);
        else if (!m_account.isEmpty())
            env.insert(a.environmentName, m_account);
    }
    QStringList args = a.arguments;
    for (QString &arg : args) {
        if (arg == outToken)
            arg = out;
    }
    const QString program = QDir::toNativeSeparators(expandWindowsPath(a.program, system, redirected));
    fact.origin = commandLine(program, args);
    const ProcessResult r = runProcess(program, args, env, m_timeoutMs, m_maxBytes);
    fact.exitCode = r.exitCode;
    if (!r.started || r.timedOut || r.truncated || r.crashed) {
        fact.status = RawFact::Failed;
        fact.error = r.error;
        fact.bytes = r.output;
        return fact;
    }
    // A command that ran is Present whatever its exit code: its output says what it found (appcmd's 1168,
    // sc's 1060). The parsers read the exit code with the output.
    fact.status = RawFact::Present;
    if (a.outputIsFile) {
        QString error;
        const auto bytes = readCapped(out, m_maxBytes, &error);
        if (!bytes || !error.isEmpty()) {
            fact.status = RawFact::Failed;
            fact.error = bytes ? error
                               : QStringLiteral("the command wrote no %1 (exit code %2): %3")
                                     .arg(out).arg(r.exitCode).arg(QString::fromLocal8Bit(r.output + r.errorOutput).trimmed());
        } else {
            fact.bytes = *bytes;
        }
    } else if (a.outputIsFolder) {
        if (r.exitCode != 0) {
            fact.status = RawFact::Failed;
            fact.error = QStringLiteral("exit code %1: %2").arg(r.exitCode).arg(QString::fromLocal8Bit(r.errorOutput).trimmed());
        }
        QStringList errors;
        const QStringList names = QDir(temp.path()).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QString error;
            const auto bytes = readCapped(temp.filePath(name), m_maxBytes, &error);
            if (bytes && error.isEmpty())
                fact.files.append({name, *bytes});
            else if (!error.isEmpty())
                errors.append(error);
        }
        if (!errors.isEmpty())
            fact.error += (fact.error.isEmpty() ? QString() : QStringLiteral("; ")) + errors.join(QLatin1String("; "));
    } else {
        fact.bytes = r.output;
        if (!r.errorOutput.isEmpty() && r.exitCode != 0)
            fact.error = QString::fromLocal8Bit(r.errorOutput).trimmed();
    }
    return fact;
}

} // namespace ndes::facts
