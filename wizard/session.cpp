#include "session.h"

namespace ndes::ui {

QString modeId(Mode mode)
{
    switch (mode) {
    case Mode::Live: return QStringLiteral("live");
    case Mode::Snapshot: return QStringLiteral("snapshot");
    case Mode::Training: return QStringLiteral("training");
    }
    return {};
}

Session::Session(QObject *parent) : QObject(parent) {}

void Session::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_result.reset();
    m_causeCheck.clear();
    m_causeRemediation.clear();
    m_urlFollowsSimulator = mode == Mode::Training;
    Q_EMIT changed();
}

void Session::setScenario(const QString &id, bool quiz)
{
    if (m_scenarioId == id && m_quiz == quiz && m_activeScenarioId == id)
        return;
    m_scenarioId = id;
    m_activeScenarioId = id;
    m_quiz = quiz;
    m_quizRight.reset();
    m_result.reset();
    Q_EMIT changed();
}

void Session::setCauseCheck(const QString &checkId, const QString &remediation)
{
    if (m_causeCheck == checkId && m_causeRemediation == remediation)
        return;
    m_causeCheck = checkId;
    m_causeRemediation = checkId.isEmpty() ? QString() : remediation;
    Q_EMIT changed();
}

void Session::setSnapshotPath(const QString &path)
{
    if (m_snapshotPath == path)
        return;
    m_snapshotPath = path;
    m_causeCheck.clear();
    m_causeRemediation.clear();
    Q_EMIT changed();
}

void Session::setUrlTestSkipped(bool skipped)
{
    if (m_skipUrlTest == skipped)
        return;
    m_skipUrlTest = skipped;
    if (skipped)
        m_result.reset();
    m_causeCheck.clear();
    m_causeRemediation.clear();
    Q_EMIT changed();
}

void Session::setActiveScenario(const QString &id)
{
    if (m_activeScenarioId == id)
        return;
    m_activeScenarioId = id;
    Q_EMIT changed();
}

void Session::setQuizAnswer(bool right)
{
    m_quizRight = right;
    Q_EMIT changed();
}

void Session::setProbeSettings(const ProbeSettings &settings)
{
    m_probe = settings;
    Q_EMIT changed();
}

void Session::setResult(const http::ProbeResult &result)
{
    m_result = result;
    m_quizRight.reset();
    m_causeCheck.clear();
    m_causeRemediation.clear();
    Q_EMIT changed();
}

void Session::clearResult()
{
    if (!m_result)
        return;
    m_result.reset();
    m_causeCheck.clear();
    m_causeRemediation.clear();
    Q_EMIT changed();
}

void Session::setPath(const QList<PageId> &path)
{
    if (m_path == path)
        return;
    m_path = path;
    Q_EMIT changed();
}

void Session::addFixShown(const QString &contentId)
{
    if (m_fixesShown.contains(contentId))
        return;
    m_fixesShown << contentId;
    Q_EMIT changed();
}

void Session::addRetest(const Retest &retest)
{
    m_retests << retest;
    Q_EMIT changed();
}

void Session::setLanguage(const QString &code)
{
    if (m_language == code)
        return;
    m_language = code;
    Q_EMIT changed();
}

} // namespace ndes::ui
