#include "facts/scenariosource.h"

#include <QFileInfo>

namespace ndes::facts {

QString scenarioSnapshotPath(const QString &scenarioId)
{
    return QStringLiteral(":/scenarios/") + scenarioId;
}

Expected<std::unique_ptr<ScenarioSource>> ScenarioSource::open(const QString &scenarioId)
{
    const QString path = scenarioSnapshotPath(scenarioId);
    if (scenarioId.isEmpty() || scenarioId.contains(QLatin1Char('/'))
        || !QFileInfo::exists(path + QStringLiteral("/manifest.json")))
        return Error{QStringLiteral("no facts are embedded for this scenario"), path, {}};
    auto snapshot = SnapshotSource::open(path);
    if (!snapshot)
        return snapshot.error();
    std::unique_ptr<ScenarioSource> source(new ScenarioSource);
    source->m_scenarioId = scenarioId;
    source->m_snapshot = std::move(snapshot.value());
    return source;
}

} // namespace ndes::facts
