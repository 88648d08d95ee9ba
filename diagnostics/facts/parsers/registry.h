#pragma once

// Parser for `reg query <key> [/v name | /ve] [/s] [/f ...]`.

#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ndes::facts {

enum class RegType {
    Sz,
    ExpandSz,
    MultiSz,
    Dword,
    DwordBigEndian,
    Qword,
    Binary,
    None,
    Other, // REG_LINK, REG_RESOURCE_LIST and the like: kept as text
};

struct RegValue {
    QString name;           // as printed; for the default value, the localized "(Default)" label
    bool isDefault = false; // the key's unnamed value
    RegType type = RegType::Other;
    QString typeName;              // REG_SZ, REG_DWORD, ...
    QString data;                  // the data column as printed (empty when absent)
    std::optional<quint64> number; // REG_DWORD / REG_QWORD / REG_DWORD_BIG_ENDIAN
    QStringList strings;           // REG_MULTI_SZ items
    QByteArray binary;             // REG_BINARY / REG_NONE bytes
    int line = 0;
};

struct RegKey {
    QString path; // as printed, e.g. HKEY_LOCAL_MACHINE\SYSTEM\...
    QList<RegValue> values;
    int line = 0;

    std::optional<RegValue> value(const QString &name) const;
};

struct RegQueryResult {
    bool notFound = false;
    QString message; // reg's (localized) ERROR line
    QList<RegKey> keys;
    std::optional<int> matchCount; // from `End of search: N match(es) found.` (any language)
    QList<int> badLines;

    // Key paths compare case-insensitively; HKLM, HKCU, HKCR, HKU and HKCC abbreviations are accepted.
    std::optional<RegKey> key(const QString &path) const;
    std::optional<quint32> dword(const QString &keyPath, const QString &name) const;
    std::optional<QString> string(const QString &keyPath, const QString &name) const;
};

// A REG_DWORD value's number, or nullopt when the value is absent or of another type.
std::optional<quint32> dword(const RegKey &key, const QString &name);

// reg.exe exits with 1 for a missing key or value, printing a localized `ERROR: ...`: that gives notFound.
Expected<RegQueryResult> parseRegQuery(const QByteArray &bytes, int exitCode = 0);

// HKLM\... → HKEY_LOCAL_MACHINE\..., trailing backslashes removed.
QString canonicalRegPath(const QString &path);

} // namespace ndes::facts
