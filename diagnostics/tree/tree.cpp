#include "tree/tree.h"

#include "checks/catalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace ndes::tree {

namespace {

const QString kWhere = QStringLiteral("tree.json");

Error treeError(const QString &what, const QStringList &details = {})
{
    return Error{what, kWhere, details};
}

} // namespace

Expected<Tree> Tree::parse(const QByteArray &json, const PageExists &pageExists)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return treeError(QStringLiteral("the tree is not valid JSON at offset %1: %2")
                             .arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("ndes-doctor-tree")
        || root.value(QStringLiteral("version")).toInt() != 1)
        return treeError(QStringLiteral("the tree is not an ndes-doctor-tree of version 1"));
    if (!root.value(QStringLiteral("nodes")).isArray())
        return treeError(QStringLiteral("the tree has no \"nodes\" array"));

    const QStringList &known = checks::checkIds();
    Tree tree;
    QSet<QString> seen;
    for (const QJsonValue &value : root.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject object = value.toObject();
        Node node;
        node.id = object.value(QStringLiteral("id")).toString();
        const auto verdict = verdictFromId(node.id);
        if (!verdict)
            return treeError(QStringLiteral("unknown verdict \"%1\"").arg(node.id));
        node.verdict = *verdict;
        if (seen.contains(node.id))
            return treeError(QStringLiteral("duplicate node \"%1\"").arg(node.id));
        seen.insert(node.id);
        node.page = object.value(QStringLiteral("page")).toString();
        if (node.page.isEmpty())
            return treeError(QStringLiteral("node \"%1\" has no page").arg(node.id));
        if (pageExists && !pageExists(node.page))
            return treeError(QStringLiteral("node \"%1\": missing content page \"%2\"").arg(node.id, node.page));
        if (!object.value(QStringLiteral("checks")).isArray())
            return treeError(QStringLiteral("node \"%1\" has no \"checks\" array").arg(node.id));
        for (const QJsonValue &check : object.value(QStringLiteral("checks")).toArray()) {
            const QString id = check.toString();
            if (!known.contains(id))
                return treeError(QStringLiteral("node \"%1\": unknown check \"%2\"").arg(node.id, id));
            if (node.checks.contains(id))
                return treeError(QStringLiteral("node \"%1\": check \"%2\" listed twice").arg(node.id, id));
            node.checks << id;
        }
        const QJsonValue symptoms = object.value(QStringLiteral("symptoms"));
        if (!symptoms.isUndefined() && !symptoms.isArray())
            return treeError(QStringLiteral("node \"%1\": \"symptoms\" is not an array").arg(node.id));
        for (const QJsonValue &symptom : symptoms.toArray()) {
            const QString id = symptom.toString();
            if (!node.checks.contains(id))
                return treeError(QStringLiteral("node \"%1\": symptom \"%2\" is not one of its checks").arg(node.id, id));
            node.symptoms << id;
        }
        tree.m_nodes << node;
    }
    return tree;
}

Expected<Tree> Tree::load(const PageExists &pageExists)
{
    QFile file(QStringLiteral(":/tree/tree.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("the tree is not embedded"), file.fileName(), {file.errorString()}};
    return parse(file.readAll(), pageExists);
}

const Node *Tree::node(Verdict verdict) const
{
    for (const Node &n : m_nodes) {
        if (n.verdict == verdict)
            return &n;
    }
    return nullptr;
}

PageExists pagesUnder(const QString &contentRoot, const QString &lang)
{
    return [contentRoot, lang](const QString &page) {
        return QFileInfo::exists(QStringLiteral("%1/%2/%3.md").arg(contentRoot, lang, page));
    };
}

namespace {

QList<const Node *> walkOf(const Tree &tree, std::optional<Verdict> verdict)
{
    QList<const Node *> walk;
    if (verdict) {
        if (const Node *n = tree.node(*verdict))
            walk << n;
    } else {
        for (const Node &n : tree.nodes())
            walk << &n;
    }
    return walk;
}

// The cause: the first failing check in walk order that is not a symptom of its node, else the first
// failing symptom.
void pickCause(const QList<const Node *> &walk, Diagnosis &diagnosis)
{
    diagnosis.cause.clear();
    diagnosis.causePage.clear();
    for (const bool symptoms : {false, true}) {
        for (const Node *node : walk) {
            for (const QString &id : node->checks) {
                if (node->symptoms.contains(id) != symptoms)
                    continue;
                const auto c = std::find_if(diagnosis.checks.cbegin(), diagnosis.checks.cend(),
                                            [&](const CheckResult &r) { return r.id == id; });
                if (c != diagnosis.checks.cend() && c->status == CheckStatus::Fail) {
                    diagnosis.cause = id;
                    diagnosis.causePage = c->remediation.isEmpty() ? node->page : c->remediation;
                    return;
                }
            }
        }
    }
}

} // namespace

bool setResult(const Tree &tree, Diagnosis &diagnosis, const CheckResult &result)
{
    const auto it = std::find_if(diagnosis.checks.begin(), diagnosis.checks.end(),
                                 [&](const CheckResult &c) { return c.id == result.id; });
    if (it == diagnosis.checks.end())
        return false;
    *it = result;
    pickCause(walkOf(tree, diagnosis.verdict), diagnosis);
    return true;
}

Diagnosis diagnose(const Tree &tree, std::optional<Verdict> verdict, const checks::CheckContext &ctx)
{
    Diagnosis result;
    result.verdict = verdict;
    const QList<const Node *> walk = walkOf(tree, verdict);

    QSet<QString> done;
    for (const Node *node : walk) {
        result.path << node->id;
        for (const QString &id : node->checks) {
            if (done.contains(id))
                continue;
            done.insert(id);
            CheckResult check;
            if (checks::isAsyncCheck(id)) {
                check.id = id;
                check.status = CheckStatus::Skipped;
                check.reason = QStringLiteral("needs-network");
            } else if (const auto ran = checks::runCheck(id, ctx)) {
                check = *ran;
            } else {
                check.id = id;
                check.reason = QStringLiteral("unknown-check");
            }
            result.checks << check;
        }
    }
    pickCause(walk, result);
    return result;
}

} // namespace ndes::tree
