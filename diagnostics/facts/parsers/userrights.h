#pragma once

// Parser for `secedit /export /cfg <file>.inf /areas USER_RIGHTS` (UTF-16LE with a BOM, CRLF).

#include "core/expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ndes::facts {

// A principal holding a right: a SID (`*S-1-5-32-568`), or a bare name when secedit could not resolve it
// (`Classic .NET AppPool`, a localized `Gast`).
struct RightPrincipal {
    QString sid;  // without the leading '*'
    QString name; // set only when there is no SID

    bool isSid() const { return !sid.isEmpty(); }
};

struct UserRight {
    QString name; // as written, e.g. SeImpersonatePrivilege
    QList<RightPrincipal> principals;
    int line = 0;
};

struct UserRights {
    QList<UserRight> rights; // in file order
    QStringList sections;    // section names seen, e.g. Unicode, Privilege Rights, Version
    QList<int> badLines;     // lines of [Privilege Rights] that are not `Right = principals`, or hold a malformed SID

    // Right names compare case-insensitively; SIDs too. Names are never compared to SIDs.
    const UserRight *right(const QString &name) const;
    bool hasSid(const QString &right, const QString &sid) const;
};

Expected<UserRights> parseSeceditUserRights(const QByteArray &bytes);

} // namespace ndes::facts
