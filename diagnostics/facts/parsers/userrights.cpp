#include "userrights.h"

#include "facts/text.h"

#include <QRegularExpression>

namespace ndes::facts {

namespace {

QString stripStar(const QString &sid)
{
    return sid.startsWith(QLatin1Char('*')) ? sid.mid(1) : sid;
}

} // namespace

const UserRight *UserRights::right(const QString &name) const
{
    for (const UserRight &r : rights) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

bool UserRights::hasSid(const QString &rightName, const QString &sid) const
{
    const UserRight *r = right(rightName);
    if (!r)
        return false;
    const QString wanted = stripStar(sid.trimmed());
    for (const RightPrincipal &p : r->principals) {
        if (p.isSid() && p.sid.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Expected<UserRights> parseSeceditUserRights(const QByteArray &bytes)
{
    static const QRegularExpression sidPattern(QStringLiteral(R"(^S-1-\d+(-\d+)*$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyPattern(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9_]*$)"));
    const QStringList lines = splitLines(decodeText(bytes));
    UserRights result;
    bool inPrivileges = false;
    bool sawPrivileges = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            const QString section = line.mid(1, close < 0 ? -1 : close - 1).trimmed();
            result.sections << section;
            inPrivileges = section.compare(QLatin1String("Privilege Rights"), Qt::CaseInsensitive) == 0;
            sawPrivileges = sawPrivileges || inPrivileges;
            if (close < 0)
                result.badLines << i + 1;
            continue;
        }
        if (!inPrivileges)
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QString() : line.left(eq).trimmed();
        if (!keyPattern.match(key).hasMatch()) {
            result.badLines << i + 1;
            continue;
        }
        UserRight right;
        right.name = key;
        right.line = i + 1;
        bool bad = false;
        for (const QString &token : line.mid(eq + 1).split(QLatin1Char(','))) {
            const QString t = token.trimmed();
            if (t.isEmpty())
                continue;
            if (t.startsWith(QLatin1Char('*'))) {
                const QString sid = t.mid(1).trimmed();
                if (sidPattern.match(sid).hasMatch())
                    right.principals << RightPrincipal{sid.toUpper(), QString()};
                else
                    bad = true;
            } else {
                right.principals << RightPrincipal{QString(), t};
            }
        }
        if (bad)
            result.badLines << i + 1;
        result.rights << right;
    }
    if (!sawPrivileges)
        return Error{QStringLiteral("no [Privilege Rights] section"), QStringLiteral("secedit export"), {}};
    return result;
}

} // namespace ndes::facts
