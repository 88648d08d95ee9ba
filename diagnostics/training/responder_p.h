#pragma once

// Internals shared by the responder and the simulated server; not part of the training API.

#include "responder.h"

#include <QByteArray>
#include <QString>

namespace ndes::training::detail {

// The parts of a request target that routing and logging look at.
struct TargetParts {
    QByteArray path;        // percent-decoded, without the query
    QByteArray query;       // raw, without the '?'
    QByteArray operation;   // the value of the `operation` parameter, percent-decoded; empty when absent
    bool hasOperation = false;
    qsizetype messageLength = 0; // length of the raw `message` value; the value itself is never kept
};

TargetParts splitTarget(const QByteArray &target);

// The request target with the `message` value replaced by its length, safe to log or show.
QByteArray redactedTarget(const QByteArray &target);

// HTTP.sys 400 answers for requests it cannot parse.
enum class BadRequest { Generic, InvalidVerb, InvalidUrl, InvalidHostname, HeadersTooLong };
Response httpSysBadRequest(BadRequest kind);

// The CRL distribution point of the training PKI (an IIS site of the CA): GET /crl/<name>.crl serves
// ":/scenarios/<scenario>/cdp/<name>.crl" as application/pkix-crl; anything else, or a CRL the
// scenario does not publish, gets the IIS 404.
Response cdpResponse(const QString &scenarioId, const Request &request);

} // namespace ndes::training::detail
