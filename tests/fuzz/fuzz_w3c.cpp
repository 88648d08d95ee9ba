// libFuzzer entry point for the IIS W3C scanner and the SCEP summary, evidence and JSON included.
// The first byte picks the block size, the line limit and the file name, so carry-over between blocks,
// buffer growth, skipped long lines and HTTPERR inference are all reached.
#include "logs/iis/scepsummary.h"
#include "logs/iis/w3cscanner.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace ndes::logs::iis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t knobs = data[0];
    const std::string_view bytes(reinterpret_cast<const char *>(data + 1), size - 1);
    const QString name = (knobs & 0x80) ? QStringLiteral("httperr1.log") : QStringLiteral("u_ex240301.log");

    ScanOptions options;
    options.blockBytes = qint64(64) << (knobs & 7);
    options.maxLineBytes = qint64(1024) << ((knobs >> 3) & 7);
    options.sampleLines = (knobs & 0x40) ? 0 : 1000;
    ScepSummaryBuilder builder;
    builder.setFile(name);
    W3cScanner scanner(builder, options);
    ScanReport report;
    report.files.append(scanner.scanBytes(bytes, name));
    report.scep = builder.summary();
    report.findings = builder.findings(report.files);

    const FileStats &s = report.files.first();
    const qint64 tooLong = s.badByReason[std::size_t(BadReason::TooLong)];
    if (s.lines != s.directiveLines + s.dataLines + s.blankLines || s.badLines > s.dataLines
        || s.records > s.dataLinesRead || s.dataLinesRead + tooLong > s.dataLines
        || s.records + s.badLines != s.dataLinesRead + tooLong || s.bytes != qint64(bytes.size())
        || report.scep.total > s.records)
        std::abort();
    const QByteArray json = QJsonDocument(scanReportToJson(report)).toJson(QJsonDocument::Compact);
    if (json.isEmpty())
        std::abort();
    return 0;
}
