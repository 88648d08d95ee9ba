#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace ndes {

enum class Severity { Info, Warning, Error };

QString severityId(Severity s);

// One observation, as an id plus evidence. Text for people is made from the id in the view,
// in the user's language; the evidence values are facts (numbers, header values, names).
struct Finding {
    QString id;
    Severity severity = Severity::Info;
    QVariantMap evidence;

    bool operator==(const Finding &) const = default;
};

using Findings = QList<Finding>;

} // namespace ndes
