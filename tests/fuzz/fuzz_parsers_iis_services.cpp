// libFuzzer entry point for the appcmd, IIS configuration, sc, reg query and secedit parsers.
// The first byte picks the parser (low nibble) and the exit code handed to it (next two bits); the rest
// is the output. Besides not crashing, every reported bad line must be a line of the input, and the
// effective request limits must say where each explicit value came from.
#include "facts/parsers/appcmd.h"
#include "facts/parsers/iisconfig.h"
#include "facts/parsers/registry.h"
#include "facts/parsers/services.h"
#include "facts/parsers/userrights.h"
#include "facts/text.h"

#include <cstdint>
#include <cstdlib>

using namespace ndes::facts;

namespace {

void checkLines(const QList<int> &badLines, qsizetype lineCount)
{
    for (int line : badLines) {
        if (line < 1 || line > lineCount)
            std::abort();
    }
}

void checkSource(bool isExplicit, const ConfigSource &from)
{
    if (isExplicit != (from.level != ConfigLevel::Default))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t knobs = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static const int exitCodes[] = {0, AppcmdNotFoundExitCode, 1, 5};
    const int exitCode = exitCodes[(knobs >> 4) & 3];
    const qsizetype lines = splitLines(decodeText(bytes)).size();

    switch (knobs & 0x0f) {
    case 0:
        if (const auto r = parseAppcmdAppPools(bytes, exitCode))
            checkLines(r->badLines, lines);
        break;
    case 1:
        if (const auto r = parseAppcmdState(bytes, exitCode))
            checkLines(r->badLines, lines);
        break;
    case 2:
        if (const auto r = parseAppcmdRequestFiltering(bytes, exitCode))
            checkLines(r->badLines, lines + 1);
        break;
    case 3:
        if (const auto r = parseAppcmdAuthentication(bytes, exitCode))
            checkLines(r->badLines, lines + 1);
        break;
    case 4:
    case 5: {
        // Split the input into applicationHost.config, site and app web.config at the first two NULs of a
        // UTF-8 input, so inheritance across files is reached.
        const QList<QByteArray> parts = bytes.split('\0');
        const QByteArray host = parts.value(0);
        const QByteArray site = parts.value(1);
        const QByteArray app = parts.value(2);
        if (const auto r = effectiveRequestLimits(host, site, app)) {
            checkSource(r->limits.maxUrlExplicit, r->maxUrlFrom);
            checkSource(r->limits.maxQueryStringExplicit, r->maxQueryStringFrom);
            checkSource(r->limits.maxAllowedContentLengthExplicit, r->maxAllowedContentLengthFrom);
            if (toString(*r).isEmpty())
                std::abort();
        }
        break;
    }
    case 6:
        if (const auto r = authenticationFor(bytes, QStringLiteral("Default Web Site/CertificateRegistrationSvc")))
            (void)toString(*r);
        break;
    case 7:
        if (const auto r = appPoolsFromConfig(bytes))
            (void)toString(*r);
        break;
    case 8:
        if (const auto r = parseScQuery(bytes))
            checkLines(r->badLines, lines);
        break;
    case 9:
        if (const auto r = parseScQc(bytes))
            checkLines(r->badLines, lines);
        break;
    case 10:
    case 11:
        if (const auto r = parseRegQuery(bytes, exitCode)) {
            checkLines(r->badLines, lines);
            for (const RegKey &k : r->keys) {
                for (const RegValue &v : k.values) {
                    if (v.line <= k.line)
                        std::abort();
                }
                (void)r->dword(k.path, QStringLiteral("MaxFieldLength"));
            }
        }
        break;
    default:
        if (const auto r = parseSeceditUserRights(bytes)) {
            checkLines(r->badLines, lines);
            (void)r->hasSid(QStringLiteral("SeImpersonatePrivilege"), QStringLiteral("S-1-5-32-568"));
        }
        break;
    }
    return 0;
}
