// libFuzzer entry point for the connector log reader: NDESPlugin.log, .svclog and connector events.
// The first byte picks the name (so routing by name is reached when sniffing fails) and the size of the
// pieces the splitters are fed in, which must give the same lines and records as one piece.
#include "logs/connector/connectorlog.h"
#include "logs/connector/connectorlog_p.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace ndes::logs::connector;

namespace {

void checkSplitters(const QString &text, qsizetype piece)
{
    QStringList whole, pieces;
    {
        detail::LineSplitter s([&whole](QStringView l, qint64 n, bool cut) {
            whole << QString::number(n) + QLatin1Char(cut ? '!' : ':') + l.toString();
        });
        s.feed(text);
        s.finish();
    }
    {
        detail::LineSplitter s([&pieces](QStringView l, qint64 n, bool cut) {
            pieces << QString::number(n) + QLatin1Char(cut ? '!' : ':') + l.toString();
        });
        for (qsizetype i = 0; i < text.size(); i += piece)
            s.feed(QStringView(text).mid(i, piece));
        s.finish();
    }
    if (whole != pieces)
        std::abort();

    QStringList fragments[2];
    for (int run = 0; run < 2; ++run) {
        QStringList &out = fragments[run];
        detail::FragmentSplitter f(
            QStringLiteral("E2ETraceEvent"),
            [&out](QStringView t, qint64 line) { out << QString::number(line) + QLatin1Char(':') + t.toString(); },
            [&out](qint64 line, const QString &reason) { out << QString::number(line) + QLatin1Char('!') + reason; });
        const qsizetype step = run == 0 ? text.size() + 1 : piece;
        for (qsizetype i = 0; i < text.size(); i += step)
            f.feed(QStringView(text).mid(i, step));
        f.finish();
    }
    if (fragments[0] != fragments[1])
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t knobs = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static const char *const names[] = {"NDESPlugin.log", "CertificateRegistrationPoint_1.svclog", "events.xml",
                                        "NDESConnector_1.svclog"};
    const QString name = QString::fromLatin1(names[knobs & 3]);

    const ndes::Expected<ConnectorReport> report = readConnectorLogBytes(bytes, name);
    if (report) {
        if (report->badRecords > report->records || report->bytes != bytes.size())
            std::abort();
        for (const ndes::Finding &f : report->findings) {
            if (f.evidence.value(QStringLiteral("at")).toStringList().isEmpty() && f.id != QLatin1String("connector.no-requests"))
                std::abort();
        }
        for (const StageSeen &s : report->stages) {
            if (s.stage < 3 || s.stage > 6 || s.at.isEmpty())
                std::abort();
        }
        const QByteArray json = QJsonDocument(connectorReportToJson(*report)).toJson();
        if (json.isEmpty())
            std::abort();
    }

    if ((knobs & 4) && size < 64 * 1024)
        checkSplitters(QString::fromUtf8(bytes), qsizetype(1) + ((knobs >> 3) & 31));
    return 0;
}
