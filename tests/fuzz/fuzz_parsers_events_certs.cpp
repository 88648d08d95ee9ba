// libFuzzer entry point for the event-log, SetupMsi.log, certificate-store and AD-account parsers.
// The first byte picks the parser (low two bits) and, for the certificate store, how the rest is cut into
// files; every result is checked for the invariants its parser promises.
#include "facts/parsers/adaccount.h"
#include "facts/parsers/certstore.h"
#include "facts/parsers/events.h"
#include "facts/parsers/setupmsi.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cstdint>
#include <cstdlib>

using namespace ndes::facts;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void fuzzEvents(const QByteArray &bytes)
{
    const ndes::Expected<EventLog> log = parseWevtutilXml(bytes);
    if (!log)
        return;
    qint64 previous = -1;
    for (const EventRecord &e : log->events) {
        check(e.line >= 1 && e.offset > previous);
        previous = e.offset;
        (void)isW3wpCrash(e);
        const QString id = connectorEvent(e);
        check(id.isEmpty() || (e.eventId >= 4000 && e.eventId <= 4010));
    }
    for (const EventParseIssue &i : log->badRecords)
        check(i.line >= 1 && i.column >= 1 && !i.reason.isEmpty());
    if (log->truncation)
        check(log->truncation->line >= 1 && log->truncation->column >= 1);
}

void fuzzSetupMsi(const QByteArray &bytes)
{
    const ndes::Expected<SetupMsiLog> log = parseSetupMsiLog(bytes);
    if (!log)
        return;
    check(log->engineLines <= log->lines);
    for (const MsiMarkerLine &m : log->markers)
        check(m.line >= 1 && m.line <= log->lines);
    check(log->deciding.size() <= log->markers.size());
    check((log->outcome == MsiOutcome::Unknown) == log->deciding.isEmpty());
    for (const MsiMarkerLine &m : log->deciding)
        check(m.outcome == log->outcome);
    check(!msiOutcomeId(log->outcome).isEmpty());
}

void fuzzCertStore(std::uint8_t knobs, const QByteArray &bytes)
{
    static const QString names[] = {
        QStringLiteral("a.cer"), QStringLiteral("keys.json"),
        QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567.key-info"), QStringLiteral("bundle.pem")};
    QList<QPair<QString, QByteArray>> files;
    const QList<QByteArray> parts = bytes.split('\x00');
    for (qsizetype i = 0; i < parts.size() && i < 8; ++i)
        files.append({names[((knobs >> 2) + i) & 3], parts.at(i)});
    const ndes::Expected<CertificateStore> store = parseCertificateStore(files);
    if (!store)
        return;
    const QList<StoreCertificate> intermediates = intermediatesInRoot(*store);
    check(intermediates.size() <= store->certificates.size());
    const MscepRaCertificates ra = findMscepRaCertificates(*store);
    check(ra.signing.size() + ra.encryption.size() <= store->certificates.size());
    for (const StoreCertificate &c : store->certificates)
        check(c.info.sha1Hex.size() == 40);
}

void fuzzAdAccount(const QByteArray &bytes)
{
    const ndes::Expected<AdAccount> account = parseAdAccountJson(bytes);
    if (account) {
        check(!account->passwordManaged || !account->passwordExpired.has_value());
        check(account->kind != AdAccountKind::BuiltIn);
    }
    const QString text = QString::fromUtf8(bytes.left(256));
    if (const std::optional<AdAccount> b = builtInIdentity(text))
        check(b->kind == AdAccountKind::BuiltIn && !b->builtInIdentity.isEmpty());
    (void)parsePowerShellDate(QJsonValue(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t knobs = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (knobs & 3) {
    case 0: fuzzEvents(bytes); break;
    case 1: fuzzSetupMsi(bytes); break;
    case 2: fuzzCertStore(knobs, bytes); break;
    default: fuzzAdAccount(bytes); break;
    }
    return 0;
}
