#pragma once

// The troubleshooting tree (PRODUCT.md 2): one node per URL verdict, listing the local checks to run under
// it in the order of the source documents, and the content page that explains the remedy. The tree is data
// (resources/tree/tree.json, embedded as ":/tree/tree.json") and is validated when it is loaded.

#include "checks/check.h"
#include "core/check.h"
#include "core/expected.h"
#include "core/verdict.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ndes::tree {

struct Node {
    QString id;          // a verdict id (core/verdict.h)
    Verdict verdict = Verdict::UnexpectedStatus;
    QString page;        // content page id: resources/content/<lang>/<page>.md
    QStringList checks;  // check ids (checks/catalogue.h), in the order they are run
    // Checks of `checks` that confirm the branch rather than explain it (the SCEP pool is stopped: but why?).
    // A failing symptom is the cause only when no other check of the walk fails.
    QStringList symptoms;
};

// Tells whether a content page exists; nullptr skips that part of the validation.
using PageExists = std::function<bool(const QString &page)>;

class Tree {
public:
    // Parses and validates: unknown verdict, duplicate node, unknown check id, check listed twice in a
    // node, a symptom that is not one of the node's checks, missing content page are all errors naming the node.
    static Expected<Tree> parse(const QByteArray &json, const PageExists &pageExists = {});
    // The shipped tree, ":/tree/tree.json".
    static Expected<Tree> load(const PageExists &pageExists = {});

    const QList<Node> &nodes() const { return m_nodes; }
    const Node *node(Verdict verdict) const;

private:
    QList<Node> m_nodes;
};

// A content page checker for a folder holding <lang>/<page>.md ("resources/content" or ":/content").
PageExists pagesUnder(const QString &contentRoot, const QString &lang = QStringLiteral("en"));

struct Diagnosis {
    std::optional<Verdict> verdict; // nullopt: unknown, every node was walked
    QStringList path;               // node ids walked
    QList<CheckResult> checks;      // in the order they ran; a check listed by two nodes runs once
    QString cause;                  // the first failing check in walk order that is not a symptom, else the
                                    // first failing symptom; empty when none failed
    QString causePage;              // the remediation of the cause, or the node's page
};

// Runs the synchronous checks of the verdict's node (or of every node, in tree order, when the verdict is
// unknown). crl.reachable needs the network: it is reported Skipped with reason "needs-network".
// Warn never makes a cause.
Diagnosis diagnose(const Tree &tree, std::optional<Verdict> verdict, const checks::CheckContext &ctx);

// Puts the result of a check run later (crl.reachable, by checks::CrlReachability) in place of the one with
// the same id, and picks the cause again in walk order. False when the diagnosis holds no such check.
bool setResult(const Tree &tree, Diagnosis &diagnosis, const CheckResult &result);

} // namespace ndes::tree
