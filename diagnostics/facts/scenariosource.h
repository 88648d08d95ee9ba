#pragma once

// The host facts of a training scenario: a snapshot folder embedded as ":/scenarios/<scenario-id>/"
// (resources/scenarios/, docs/snapshot-format.md), read in place by SnapshotSource.

#include "core/expected.h"
#include "facts/fact.h"
#include "facts/snapshotsource.h"

#include <QString>

#include <memory>

namespace ndes::facts {

class ScenarioSource final : public FactSource {
public:
    // Fails when the scenario has no embedded snapshot (no manifest.json under its folder).
    static Expected<std::unique_ptr<ScenarioSource>> open(const QString &scenarioId);

    QString kind() const override { return QStringLiteral("scenario"); }
    RawFact read(const QString &id) override { return m_snapshot->read(id); }

    QString scenarioId() const { return m_scenarioId; }
    const SnapshotSource &snapshot() const { return *m_snapshot; }

private:
    ScenarioSource() = default;
    QString m_scenarioId;
    std::unique_ptr<SnapshotSource> m_snapshot;
};

// ":/scenarios/<scenario-id>"
QString scenarioSnapshotPath(const QString &scenarioId);

} // namespace ndes::facts
