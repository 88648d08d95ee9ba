#include "causerunner.h"

#include "session.h"

#include "checks/catalogue.h"
#include "checks/crlreachability.h"
#include "core/log.h"
#include "facts/livesource.h"
#include "facts/parsers/iisconfig.h"
#include "facts/scenariosource.h"
#include "facts/snapshotsource.h"

#include <QDir>
#include <QThread>

namespace ndes::ui {

std::shared_ptr<facts::FactSource> factSourceFor(const Session &session, QString *error)
{
    switch (session.mode()) {
    case Mode::Training: {
        const QString id = session.activeScenarioId();
        auto source = facts::ScenarioSource::open(id);
        if (!source) {
            if (error)
                *error = CauseRunner::tr("The facts of the training scenario \"%1\" cannot be read: %2")
                             .arg(id, source.error().what);
            return {};
        }
        return std::shared_ptr<facts::FactSource>(std::move(source.value()));
    }
    case Mode::Snapshot: {
        const QString path = session.snapshotPath();
        if (path.isEmpty()) {
            if (error)
                *error = CauseRunner::tr("No snapshot is open: go back to the first page and open one.");
            return {};
        }
        auto source = facts::SnapshotSource::open(path);
        if (!source) {
            if (error)
                *error = CauseRunner::tr("The snapshot %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), source.error().what);
            return {};
        }
        return std::shared_ptr<facts::FactSource>(std::move(source.value()));
    }
    case Mode::Live: {
        auto live = std::make_shared<facts::LiveSource>();
        // The AD account check needs to know which account the SCEP pool runs as.
        if (facts::LiveSource::isSupported()) {
            const facts::RawFact host = live->read(QStringLiteral("file.applicationhost.config"));
            if (host.status == facts::RawFact::Present) {
                if (const auto pools = facts::appPoolsFromConfig(host.bytes)) {
                    if (const auto pool = pools->find(QStringLiteral("SCEP")); pool && !pool->userName.isEmpty())
                        live->setServiceAccount(pool->userName);
                }
            }
        }
        return live;
    }
    }
    return {};
}

CauseRunner::CauseRunner(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_thread(new QThread(this)), m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("cause-checks"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    auto tree = tree::Tree::load();
    if (tree)
        m_tree = std::move(tree.value());
    else
        m_treeError = tree.error().toString();
}

CauseRunner::~CauseRunner()
{
    ++m_generation;
    m_running = false;
    stopCrl();
    // A check already running finishes first (live commands have their own time limit).
    m_thread->quit();
    m_thread->wait();
}

void CauseRunner::start(std::optional<Verdict> verdict, std::shared_ptr<facts::FactSource> facts)
{
    begin(verdict, {}, std::move(facts));
}

void CauseRunner::startOnly(std::optional<Verdict> verdict, const QStringList &checkIds,
                            std::shared_ptr<facts::FactSource> facts)
{
    begin(verdict, checkIds, std::move(facts));
}

void CauseRunner::begin(std::optional<Verdict> verdict, const QStringList &only,
                        std::shared_ptr<facts::FactSource> facts)
{
    ++m_generation;
    stopCrl();
    m_running = false;
    m_facts = std::move(facts);
    m_now = QDateTime::currentDateTimeUtc();
    m_done.clear();
    m_queue.clear();
    m_ids.clear();
    m_diagnosis = tree::Diagnosis{};
    m_diagnosis.verdict = verdict;
    if (!m_tree) {
        log::get("ui")->error("the troubleshooting tree cannot be loaded: {}", m_treeError.toStdString());
        Q_EMIT allDone(m_diagnosis);
        return;
    }
    // The walk and its placeholders come from the tree itself, without reading any fact.
    m_diagnosis = tree::diagnose(*m_tree, verdict, checks::CheckContext{nullptr, m_now});
    for (const CheckResult &c : std::as_const(m_diagnosis.checks))
        m_ids << c.id;
    if (only.isEmpty()) {
        m_queue = m_ids;
    } else {
        for (const QString &id : only) {
            if (!checks::checkIds().contains(id) || m_queue.contains(id))
                continue;
            if (!m_ids.contains(id)) {
                CheckResult placeholder;
                placeholder.id = id;
                m_diagnosis.checks << placeholder;
                m_ids << id;
            }
            m_queue << id;
        }
        m_ids = m_queue;
    }
    m_running = true;
    // The first check starts from the event loop, so the caller can lay out its rows first.
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this, [this, generation] {
            if (generation == m_generation)
                runNext();
        },
        Qt::QueuedConnection);
}

void CauseRunner::runNext()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT allDone(m_diagnosis);
        return;
    }
    const QString id = m_queue.first();
    const int generation = m_generation;
    Q_EMIT started(id);
    if (checks::isAsyncCheck(id)) {
        auto *crl = new checks::CrlReachability(m_network, this);
        crl->setTimeout(m_crlTimeoutMs);
        m_crl = crl;
        connect(crl, &checks::CrlReachability::finished, this, [this, generation, crl](const CheckResult &r) {
            crl->deleteLater();
            onResult(generation, r);
        });
        crl->start(checks::CheckContext{m_facts.get(), m_now});
        return;
    }
    const std::shared_ptr<facts::FactSource> source = m_facts;
    const QDateTime now = m_now;
    CauseRunner *runner = this;
    QMetaObject::invokeMethod(
        m_worker,
        [runner, generation, id, source, now] {
            CheckResult r;
            if (const auto ran = checks::runCheck(id, checks::CheckContext{source.get(), now})) {
                r = *ran;
            } else {
                r.id = id;
                r.reason = QStringLiteral("unknown-check");
            }
            // The runner waits for this thread before it goes away, so it is still there to post to.
            QMetaObject::invokeMethod(runner, [runner, generation, r] { runner->onResult(generation, r); },
                                      Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CauseRunner::onResult(int generation, const CheckResult &result)
{
    if (generation != m_generation || !m_running)
        return;
    if (!m_queue.isEmpty() && m_queue.first() == result.id)
        m_queue.removeFirst();
    else
        m_queue.removeAll(result.id);
    m_done << result.id;
    tree::setResult(*m_tree, m_diagnosis, result);
    log::get("ui")->info("check {}: {} ({})", result.id.toStdString(), checkStatusId(result.status).toStdString(),
                         result.reason.toStdString());
    Q_EMIT finished(result);
    runNext();
}

void CauseRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    stopCrl();
    m_queue.clear();
    Q_EMIT cancelled();
}

void CauseRunner::stopCrl()
{
    if (m_crl) {
        disconnect(m_crl, nullptr, this, nullptr);
        m_crl->deleteLater();
    }
    m_crl.clear();
}

} // namespace ndes::ui
