#pragma once

// Host facts: their stable ids, how live mode gets each one on Windows, and where a snapshot keeps it.
// A fact is raw bytes; one parser per fact turns them into a typed value.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ndes::facts {

struct RawFact {
    enum Status { Present, Missing, Failed, NotAvailable };

    QString id;
    QByteArray bytes;                           // single-part facts
    int exitCode = 0;                           // of the command, 0 for files and registry reads
    QString origin;                             // command line or path, for evidence
    Status status = Missing;
    QString error;                              // why it is not Present; parts that could not be read
    QList<QPair<QString, QByteArray>> files;    // multi-part facts: part name and bytes, sorted by name
};

QString statusName(RawFact::Status status);                 // "present" "missing" "failed" "not-available"
std::optional<RawFact::Status> statusFromName(QStringView name);

class FactSource {
public:
    virtual ~FactSource();
    virtual QString kind() const = 0;                       // "live" "snapshot" "scenario"
    virtual RawFact read(const QString &id) = 0;            // never throws
};

// One way of getting (part of) a fact on Windows. Paths and programs may hold %windir%, %SystemDrive%,
// %ProgramFiles% and %SystemRoot%, expanded from the environment by expandWindowsPath().
struct Acquisition {
    enum Kind {
        Command,   // run program + arguments; the output is stdout
        Registry,  // read one key under HKEY_LOCAL_MACHINE; the output is registry JSON (see registryJson())
        File,      // read one file
    };
    Kind kind = Command;
    QString program;
    QStringList arguments;     // may hold the token %OUT%: a temporary file (or folder) made for the command
    bool outputIsFile = false; // the output is the %OUT% temporary file, not stdout (secedit)
    bool outputIsFolder = false; // the output is every file the command writes in the %OUT% folder
    QString path;              // Registry: key path below HKLM; File: file path
    QStringList valueNames;    // Registry: the values to read; empty reads every value of the key
    QString part;              // multi-part facts: the part name in RawFact::files and in the snapshot folder
    QString environmentName;   // if set, %OUT% is passed in this environment variable instead of an argument
};

struct FactSpec {
    QString id;
    QString fileName;          // the file (single-part) or folder (multi-part) name in a snapshot
    bool multiPart = false;    // every acquisition is a part; otherwise the first one Present wins
    QList<Acquisition> acquisitions;
};

// The catalogue, in a stable order.
const QList<FactSpec> &factCatalogue();
std::optional<FactSpec> findFact(QStringView id);

// Expands %windir%, %SystemRoot%, %SystemDrive%, %ProgramFiles% (case-insensitive) from env. When
// redirectedProcess is true (a 32-bit process on 64-bit Windows), %windir%\System32 becomes
// %windir%\Sysnative so that the 64-bit tools and files are reached. Unknown variables are kept as they are.
QString expandWindowsPath(const QString &path, const QProcessEnvironment &env, bool redirectedProcess);

// A command line for evidence: the program and arguments, each quoted when it holds a space or a quote.
QString commandLine(const QString &program, const QStringList &arguments);

// The live registry output: {"key":"HKEY_LOCAL_MACHINE\\...","found":bool,"values":[{"name","type","value"}]}
// with type one of "string", "strings", "number", "binary" (binary values are hex strings).
struct RegistryValue {
    QString name;
    QString type;
    QString text;              // string and binary (hex)
    QStringList strings;       // strings
    qint64 number = 0;         // number
};
QByteArray registryJson(const QString &keyPath, bool found, const QList<RegistryValue> &values);

} // namespace ndes::facts
