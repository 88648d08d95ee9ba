#include "registry.h"

#include "facts/text.h"

#include <QRegularExpression>

namespace ndes::facts {

namespace {

const QLatin1String kTypeToken("    REG_");

// nullopt for a name reg.exe never prints, such as a type cut by a truncated file.
std::optional<RegType> typeFromName(const QString &name)
{
    static const struct {
        const char *name;
        RegType type;
    } types[] = {{"REG_SZ", RegType::Sz},
                 {"REG_EXPAND_SZ", RegType::ExpandSz},
                 {"REG_MULTI_SZ", RegType::MultiSz},
                 {"REG_DWORD", RegType::Dword},
                 {"REG_DWORD_LITTLE_ENDIAN", RegType::Dword},
                 {"REG_DWORD_BIG_ENDIAN", RegType::DwordBigEndian},
                 {"REG_QWORD", RegType::Qword},
                 {"REG_QWORD_LITTLE_ENDIAN", RegType::Qword},
                 {"REG_BINARY", RegType::Binary},
                 {"REG_NONE", RegType::None},
                 {"REG_LINK", RegType::Other},
                 {"REG_RESOURCE_LIST", RegType::Other},
                 {"REG_FULL_RESOURCE_DESCRIPTOR", RegType::Other},
                 {"REG_RESOURCE_REQUIREMENTS_LIST", RegType::Other}};
    for (const auto &t : types) {
        if (name == QLatin1String(t.name))
            return t.type;
    }
    return std::nullopt;
}

// Fills the typed fields from the data column; false when the data does not fit the type.
bool decodeData(RegValue &v)
{
    switch (v.type) {
    case RegType::Dword:
    case RegType::DwordBigEndian:
    case RegType::Qword: {
        if (!v.data.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            return false;
        bool ok = false;
        const quint64 n = v.data.mid(2).toULongLong(&ok, 16);
        if (!ok || (v.type != RegType::Qword && n > 0xffffffffULL))
            return false;
        v.number = n;
        return true;
    }
    case RegType::MultiSz:
        if (!v.data.isEmpty())
            v.strings = v.data.split(QStringLiteral("\\0"));
        return true;
    case RegType::Binary:
    case RegType::None: {
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
        if (!hex.match(v.data).hasMatch())
            return false;
        v.binary = QByteArray::fromHex(v.data.toLatin1());
        return true;
    }
    case RegType::Sz:
    case RegType::ExpandSz:
    case RegType::Other: break;
    }
    return true;
}

bool isDefaultName(const QString &name)
{
    return name.size() > 2 && name.startsWith(QLatin1Char('(')) && name.endsWith(QLatin1Char(')'));
}

} // namespace

QString canonicalRegPath(const QString &path)
{
    static const struct {
        const char *shortName;
        const char *longName;
    } roots[] = {{"HKLM", "HKEY_LOCAL_MACHINE"},
                 {"HKCU", "HKEY_CURRENT_USER"},
                 {"HKCR", "HKEY_CLASSES_ROOT"},
                 {"HKU", "HKEY_USERS"},
                 {"HKCC", "HKEY_CURRENT_CONFIG"}};
    QString p = path.trimmed();
    while (p.endsWith(QLatin1Char('\\')))
        p.chop(1);
    const QString root = p.section(QLatin1Char('\\'), 0, 0);
    for (const auto &r : roots) {
        if (root.compare(QLatin1String(r.shortName), Qt::CaseInsensitive) == 0)
            return QLatin1String(r.longName) + p.mid(root.size());
    }
    return p;
}

std::optional<RegValue> RegKey::value(const QString &name) const
{
    for (const RegValue &v : values) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0 || (name.isEmpty() && v.isDefault))
            return v;
    }
    return std::nullopt;
}

std::optional<RegKey> RegQueryResult::key(const QString &path) const
{
    const QString wanted = canonicalRegPath(path);
    for (const RegKey &k : keys) {
        if (canonicalRegPath(k.path).compare(wanted, Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

std::optional<quint32> dword(const RegKey &key, const QString &name)
{
    const std::optional<RegValue> v = key.value(name);
    if (!v || v->type != RegType::Dword || !v->number)
        return std::nullopt;
    return quint32(*v->number);
}

std::optional<quint32> RegQueryResult::dword(const QString &keyPath, const QString &name) const
{
    const std::optional<RegKey> k = key(keyPath);
    return k ? ndes::facts::dword(*k, name) : std::nullopt;
}

std::optional<QString> RegQueryResult::string(const QString &keyPath, const QString &name) const
{
    const std::optional<RegKey> k = key(keyPath);
    if (!k)
        return std::nullopt;
    const std::optional<RegValue> v = k->value(name);
    if (!v || (v->type != RegType::Sz && v->type != RegType::ExpandSz))
        return std::nullopt;
    return v->data;
}

Expected<RegQueryResult> parseRegQuery(const QByteArray &bytes, int exitCode)
{
    const QStringList lines = splitLines(decodeText(bytes));
    RegQueryResult result;
    static const QRegularExpression number(QStringLiteral(R"((\d+))"));
    QString firstOther;
    int lastLine = int(lines.size()) - 1;
    while (lastLine >= 0 && lines.at(lastLine).trimmed().isEmpty())
        --lastLine;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("HKEY_"))) {
            result.keys << RegKey{line.trimmed(), {}, i + 1};
            continue;
        }
        if (line.startsWith(QLatin1String("    ")) && !result.keys.isEmpty()) {
            const qsizetype at = line.indexOf(kTypeToken, 4);
            if (at >= 4) {
                RegValue v;
                v.name = line.mid(4, at - 4);
                v.isDefault = isDefaultName(v.name);
                const qsizetype typeStart = at + 4;
                const qsizetype typeEnd = line.indexOf(QLatin1String("    "), typeStart);
                v.typeName = typeEnd < 0 ? line.mid(typeStart) : line.mid(typeStart, typeEnd - typeStart);
                v.typeName = v.typeName.trimmed();
                const std::optional<RegType> type = typeFromName(v.typeName);
                v.type = type.value_or(RegType::Other);
                if (typeEnd >= 0)
                    v.data = line.mid(typeEnd + 4);
                v.line = i + 1;
                if (!type || !decodeData(v))
                    result.badLines << i + 1;
                else
                    result.keys.last().values << v;
                continue;
            }
            result.badLines << i + 1;
            continue;
        }
        // A non-indented line that is not a key: an error message or the /f summary, both localized.
        if (firstOther.isEmpty())
            firstOther = line.trimmed();
        const QRegularExpressionMatch m = number.match(line);
        if (m.hasMatch() && i == lastLine) {
            result.matchCount = m.captured(1).toInt();
            continue;
        }
        result.badLines << i + 1;
    }
    if (exitCode != 0 && result.keys.isEmpty()) {
        if (exitCode == 1) {
            result.notFound = true;
            result.message = firstOther;
            result.badLines.clear();
            return result;
        }
        Error e{QStringLiteral("reg query failed"), QStringLiteral("reg exit code %1").arg(exitCode), {}};
        if (!firstOther.isEmpty())
            e.details << firstOther;
        return e;
    }
    if (result.keys.isEmpty() && !result.matchCount)
        return Error{QStringLiteral("no registry key in the output"), QStringLiteral("reg query"), {}};
    return result;
}

} // namespace ndes::facts
