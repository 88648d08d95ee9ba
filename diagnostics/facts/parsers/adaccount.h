#pragma once

// The AD state of the NDES service account, from PowerShell (existing-tools.md A.2 row 16):
//   Get-ADUser <name> -Properties Enabled,LockedOut,PasswordExpired,AccountExpirationDate,PasswordLastSet,
//       PasswordNeverExpires | ConvertTo-Json
//   Get-ADServiceAccount <name$> -Properties ... | ConvertTo-Json   (gMSA / MSA)
//   Get-ADComputer <host> -Properties ... | ConvertTo-Json          (LocalSystem / NetworkService)
// Dates come as "/Date(1700000000000)/" (Windows PowerShell 5.1), ISO 8601 strings (PowerShell 7) or null.

#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace ndes::facts {

enum class AdAccountKind {
    User,
    Gmsa,     // msDS-GroupManagedServiceAccount
    Msa,      // msDS-ManagedServiceAccount
    Computer,
    BuiltIn,  // ApplicationPoolIdentity, NetworkService, LocalSystem, LocalService: no AD account to look up
};

QString adAccountKindId(AdAccountKind kind); // "user", "gmsa", "msa", "computer", "built-in"

struct AdAccount {
    AdAccountKind kind = AdAccountKind::User;
    QString samAccountName;
    QString distinguishedName;
    QString builtInIdentity;                    // for BuiltIn: "ApplicationPoolIdentity", "NetworkService", ...
    std::optional<bool> enabled;
    std::optional<bool> lockedOut;
    std::optional<bool> passwordExpired;        // never set for gMSA/MSA: AD manages their passwords
    std::optional<bool> passwordNeverExpires;
    bool passwordManaged = false;               // gMSA/MSA
    bool accountNeverExpires = false;           // AccountExpirationDate null (or accountExpires 0 / never)
    std::optional<QDateTime> accountExpires;    // UTC
    std::optional<QDateTime> passwordLastSet;   // UTC
};

// Reads one account object (or a one-element array). Fails on invalid JSON, null / empty output
// (account not found), or several accounts.
Expected<AdAccount> parseAdAccountJson(const QByteArray &bytes);

// The app pool identity when it is a built-in one (identityType ApplicationPoolIdentity, NetworkService,
// LocalSystem, LocalService, or their account names such as "NT AUTHORITY\NETWORK SERVICE" or
// "IIS APPPOOL\SCEP"); std::nullopt for a domain or local account that an AD lookup applies to.
std::optional<AdAccount> builtInIdentity(const QString &identity);

// Parses a PowerShell JSON date: "/Date(ms)/", "/Date(ms+hhmm)/", ISO 8601, or {"value": ...}.
std::optional<QDateTime> parsePowerShellDate(const QJsonValue &value);

} // namespace ndes::facts
