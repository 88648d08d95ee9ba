#pragma once

#include "scenario.h"
#include "scep/pki.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ndes::training {

// One parsed HTTP request, as the simulated server saw it.
struct Request {
    QByteArray method;
    QByteArray target;    // the request-target as sent (path and query, percent-encoded)
    QByteArray version;   // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;      // as received, up to the simulator's cap (a PKIOperation POST carries its message here)
};

// One complete HTTP response, byte for byte what goes on the wire after the status line is built.
struct Response {
    int status = 200;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added by serialize()
    QByteArray body;
    bool neverAnswer = false; // keep the connection open and send nothing

    QByteArray serialize() const;
};

// The canned pages, as IIS, HTTP.sys, NDES and the application proxy send them.
// Used by the simulator and by the wizard's "what the browser shows" pictures.
enum class Page {
    Iis403,
    Iis401,
    Iis500,
    Iis404_15,
    HttpSys503,
    HttpSys414,
    HttpSys400TooLong,
    NdesDefault,       // UTF-16LE without a BOM, no charset in Content-Type
    AppProxyGatewayTimeout,
};

Response cannedResponse(Page page);

// What the simulated server answers to `request` in `scenario`. Pure; the PKI supplies GetCACert.
Response respond(const Scenario &scenario, const Request &request, const scep::NdesPki &pki);

} // namespace ndes::training
