#include "adaccount.h"

#include "facts/text.h"
#include "psjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ndes::facts {

using psjson::boolOf;
using psjson::valueOf;

namespace {

QString objectClassOf(const QJsonObject &o)
{
    const QJsonValue v = valueOf(o, QLatin1String("ObjectClass"));
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return a.isEmpty() ? QString() : a.last().toString();
    }
    return v.toString();
}

// FILETIME (100 ns since 1601) as AD stores accountExpires; 0 and the maximum mean "never".
std::optional<QDateTime> fromFileTime(double ticks)
{
    if (ticks <= 0 || ticks >= 9.2e18)
        return std::nullopt;
    const qint64 ms = qint64(ticks / 10000.0) - Q_INT64_C(11644473600000);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QString adAccountKindId(AdAccountKind kind)
{
    switch (kind) {
    case AdAccountKind::User: return QStringLiteral("user");
    case AdAccountKind::Gmsa: return QStringLiteral("gmsa");
    case AdAccountKind::Msa: return QStringLiteral("msa");
    case AdAccountKind::Computer: return QStringLiteral("computer");
    case AdAccountKind::BuiltIn: break;
    }
    return QStringLiteral("built-in");
}

std::optional<QDateTime> parsePowerShellDate(const QJsonValue &value)
{
    static const QRegularExpression msDate(QStringLiteral("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$"));
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})?$"));
    if (value.isObject()) // Windows PowerShell 5.1 wraps some dates: {"value": "/Date(...)/", "DateTime": "..."}
        return parsePowerShellDate(valueOf(value.toObject(), QLatin1String("value")));
    if (!value.isString())
        return std::nullopt;
    const QString s = value.toString().trimmed();
    if (const QRegularExpressionMatch m = msDate.match(s); m.hasMatch()) {
        bool ok = false;
        const qint64 ms = m.captured(1).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        // The offset only says which zone the value was shown in; the milliseconds are UTC.
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    if (const QRegularExpressionMatch m = iso.match(s); m.hasMatch()) {
        const QString fraction = (m.captured(2) + QStringLiteral("000")).left(3);
        const QString zone = m.captured(3).isEmpty() ? QStringLiteral("Z") : m.captured(3);
        const QDateTime t = QDateTime::fromString(m.captured(1) + QLatin1Char('.') + fraction + zone, Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return std::nullopt;
}

Expected<AdAccount> parseAdAccountJson(const QByteArray &bytes)
{
    const QString where = QStringLiteral("Get-ADUser/Get-ADServiceAccount JSON");
    const QByteArray json = decodeText(bytes).trimmed().toUtf8();
    if (json.isEmpty() || json == "null")
        return Error{QStringLiteral("no account in the output (not found)"), where, {}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QStringLiteral("invalid JSON"), where,
                     {QStringLiteral("offset %1: %2").arg(error.offset).arg(error.errorString())}};
    QJsonObject o;
    if (doc.isObject()) {
        o = doc.object();
    } else {
        const QJsonArray a = doc.array();
        if (a.isEmpty())
            return Error{QStringLiteral("no account in the output (not found)"), where, {}};
        if (a.size() > 1)
            return Error{QStringLiteral("several accounts in the output"), where, {QString::number(a.size())}};
        if (!a.first().isObject())
            return Error{QStringLiteral("the account is not a JSON object"), where, {}};
        o = a.first().toObject();
    }

    AdAccount account;
    account.samAccountName = valueOf(o, QLatin1String("SamAccountName")).toString();
    account.distinguishedName = valueOf(o, QLatin1String("DistinguishedName")).toString();
    const QString objectClass = objectClassOf(o);
    if (objectClass.compare(QLatin1String("msDS-GroupManagedServiceAccount"), Qt::CaseInsensitive) == 0)
        account.kind = AdAccountKind::Gmsa;
    else if (objectClass.compare(QLatin1String("msDS-ManagedServiceAccount"), Qt::CaseInsensitive) == 0)
        account.kind = AdAccountKind::Msa;
    else if (objectClass.compare(QLatin1String("computer"), Qt::CaseInsensitive) == 0)
        account.kind = AdAccountKind::Computer;
    else if (objectClass.isEmpty() && account.samAccountName.endsWith(QLatin1Char('$')))
        account.kind = valueOf(o, QLatin1String("PrincipalsAllowedToRetrieveManagedPassword")).isUndefined()
            ? AdAccountKind::Msa : AdAccountKind::Gmsa;
    else
        account.kind = AdAccountKind::User;
    if (account.samAccountName.isEmpty() && account.distinguishedName.isEmpty() && objectClass.isEmpty())
        return Error{QStringLiteral("the object has no SamAccountName, DistinguishedName or ObjectClass"), where, {}};

    account.passwordManaged = account.kind == AdAccountKind::Gmsa || account.kind == AdAccountKind::Msa;
    account.enabled = boolOf(valueOf(o, QLatin1String("Enabled")));
    account.lockedOut = boolOf(valueOf(o, QLatin1String("LockedOut")));
    account.passwordNeverExpires = boolOf(valueOf(o, QLatin1String("PasswordNeverExpires")));
    if (!account.passwordManaged)
        account.passwordExpired = boolOf(valueOf(o, QLatin1String("PasswordExpired")));
    account.passwordLastSet = parsePowerShellDate(valueOf(o, QLatin1String("PasswordLastSet")));

    const QJsonValue expiration = valueOf(o, QLatin1String("AccountExpirationDate"));
    if (!expiration.isUndefined()) {
        account.accountExpires = parsePowerShellDate(expiration);
        account.accountNeverExpires = expiration.isNull();
    } else if (const QJsonValue raw = valueOf(o, QLatin1String("accountExpires")); raw.isDouble()) {
        account.accountExpires = fromFileTime(raw.toDouble());
        account.accountNeverExpires = !account.accountExpires;
    }
    return account;
}

std::optional<AdAccount> builtInIdentity(const QString &identity)
{
    const QString s = identity.trimmed();
    auto is = [&s](const char *name) { return s.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    QString which;
    if (is("ApplicationPoolIdentity") || s.startsWith(QLatin1String("IIS APPPOOL\\"), Qt::CaseInsensitive)
        || s.startsWith(QLatin1String("S-1-5-82-"), Qt::CaseInsensitive))
        which = QStringLiteral("ApplicationPoolIdentity");
    else if (is("NetworkService") || is("NT AUTHORITY\\NETWORK SERVICE") || is("S-1-5-20"))
        which = QStringLiteral("NetworkService");
    else if (is("LocalSystem") || is("NT AUTHORITY\\SYSTEM") || is("S-1-5-18"))
        which = QStringLiteral("LocalSystem");
    else if (is("LocalService") || is("NT AUTHORITY\\LOCAL SERVICE") || is("S-1-5-19"))
        which = QStringLiteral("LocalService");
    if (which.isEmpty())
        return std::nullopt;
    AdAccount account;
    account.kind = AdAccountKind::BuiltIn;
    account.builtInIdentity = which;
    account.samAccountName = s;
    return account;
}

} // namespace ndes::facts
