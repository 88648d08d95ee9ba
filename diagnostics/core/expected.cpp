#include "expected.h"

namespace ndes {

QString Error::toString() const
{
    QString s = what;
    if (!where.isEmpty())
        s += QStringLiteral(" (") + where + QLatin1Char(')');
    if (!details.isEmpty())
        s += QStringLiteral(": ") + details.join(QStringLiteral("; "));
    return s;
}

} // namespace ndes
