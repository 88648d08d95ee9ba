#pragma once

// Device-side enrollment logs: Android Company Portal OMADM.log / CloudExtension.log (jscep lines), iOS
// console text (Console.app copy, the same saved as RTF through TextEdit, or the older syslog style) and
// Windows DeviceManagement-Enterprise-Diagnostics-Provider events 36, 306, 39, 32 and 307 exported with
// wevtutil /f:xml or /f:text (formats.md section 4). The reader tells how far the device got through the
// SCEP exchange and where it failed, with the lines that show it. Results are ids and evidence lines.

#include "core/expected.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace ndes::logs::device {

enum class Platform : std::uint8_t { Android, Ios, Windows };

QString platformId(Platform platform); // "android", "ios", "windows"

// The shape the text was read in.
enum class Format : std::uint8_t {
    AndroidOmadm,   // OMADM.log / CloudExtension.log columns, or bare jscep lines
    IosConsole,     // Console.app copy: "<type>  <time> <zone>  profiled  <message>"
    IosRtf,         // the same pasted into TextEdit and saved as RTF
    IosSyslog,      // "May 23 14:15:36 iPhone profiled[150] <Error>: ..."
    WindowsXml,     // wevtutil qe /f:xml
    WindowsText,    // wevtutil qe /f:text, English or French labels
};

// "android-omadm", "ios-console", "ios-rtf", "ios-syslog", "windows-xml", "windows-text"
QString formatId(Format format);

// The steps of an enrollment as the device sees them, in order.
enum class Stage : std::uint8_t {
    ProfileReceived, // the SCEP profile or request reached the device
    NdesContacted,   // the device sent a request to the NDES URL
    GetCaCapsOk,     // GetCACaps answered
    GetCaCertOk,     // GetCACert answered
    CsrSent,         // the PKIOperation request (the CSR) was sent
    CertRep,         // a CertRep came back (SUCCESS, FAILURE or PENDING in StageResult::detail)
    Installed,       // the certificate is installed
};
inline constexpr int kStageCount = 7;

// "profile-received", "ndes-contacted", "getcacaps-ok", "getcacert-ok", "csr-sent", "certrep", "installed"
QString stageId(Stage stage);
std::optional<Stage> stageFromId(const QString &id);
QList<Stage> allStages(); // the seven, in order

// One line of the log, as written (RTF stripped, the PKIOperation message and challenge values redacted).
// For Windows events `line` is the line where the record starts.
struct Evidence {
    qint64 line = 0; // 1-based
    QString text;
};

// At most this many evidence lines are kept per stage; later ones are dropped, except that the first line
// proving the stage takes the last place when the list is already full.
inline constexpr int kMaxEvidencePerStage = 8;
// Lines longer than this (a SyncML document can be) are read in pieces of this length: the text parsers
// match the first piece only, the Windows XML reader joins them (up to 1 MiB per event record).
inline constexpr qsizetype kMaxLineChars = 64 * 1024;

struct StageResult {
    Stage stage = Stage::ProfileReceived;
    bool reached = false;
    // Reached only because a later stage was (a CSR cannot be sent without the CA certificate); such a stage
    // may have no evidence of its own.
    bool implied = false;
    QList<Evidence> evidence;
    QString detail; // certrep: "SUCCESS", "FAILURE" or "PENDING"; otherwise empty
    QString failInfo; // certrep: the failInfo logged with a FAILURE (e.g. "badRequest"), else empty
};

// The failure that stopped the device: the earliest one at or after the last stage reached, so an error the
// device got past on a retry does not count. `kind` is a stable id:
//   "http-<code>"            an HTTP error answer from NDES (jscep "403 Forbidden", iOS status 500, ...)
//   "connect-failed"         the device could not reach the server (jscep "Error connecting to server")
//   "ra-response-invalid"    iOS "The Registration Authority's response is invalid"
//   "trust-failed"           the device does not trust the server's chain (iOS SecTrustEvaluate, Android
//                            CertPathValidatorException)
//   "certrep-failure"        CertRep with pkiStatus FAILURE (failInfo in the certrep stage)
//   "certrep-pending"        CertRep with pkiStatus PENDING and nothing issued after it
//   "scep-identity-failed"   iOS "Cannot retrieve SCEP identity" with another reason
//   "install-failed"         Android state machine reached a failure state, or the profile failed to install
//   "windows-scep-error"     Windows event 32 or 307, or 306 with a failure HRESULT (in `code`)
//   "error"                  another error line at this stage
struct Failure {
    Stage stage = Stage::ProfileReceived; // the stage the device was at when it failed
    QString kind;
    QString text;  // the error text as logged (redacted)
    QString code;  // Windows: the HRESULT or error code as written, e.g. "0x800b0109"; else empty
    qint64 line = 0;
};

struct DeviceLogReport {
    Platform platform = Platform::Android;
    Format format = Format::AndroidOmadm;
    QString ndesUrl; // scheme://host/path of the SCEP server, without the query; empty when not logged
    QList<StageResult> stages; // all seven, in order
    std::optional<Stage> reached; // the last stage reached
    std::optional<Failure> failure; // null when the certificate was installed in the end
    qint64 lines = 0;     // lines read
    qint64 cutLines = 0;  // lines longer than kMaxLineChars
    bool truncatedLastLine = false; // the last line has no line end (or a Windows record is cut short)
    QString file;         // the path or name given

    bool installed() const { return reached == Stage::Installed; }
};

// Sniffs the first bytes of a file (any encoding of facts/text.h): true when they look like one of the
// formats above. Used to route a dropped file; readDeviceLog() decides for good.
bool looksLikeDeviceLog(QByteArrayView head);

// Reads the file line by line with bounded memory, whatever its size; the format must show within the first
// 8 Mi characters. Fails naming the file when it cannot be opened or read ("cannot read the file"), or when
// it is not a recognised device log (Error::what "not a recognised device log").
Expected<DeviceLogReport> readDeviceLog(const QString &path);

// The same, for a worker thread: `progress` is called now and then with the bytes read so far and the file
// size; `cancel` is checked as often, and a cancelled read fails with Error::what "cancelled".
using ReadProgress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;
Expected<DeviceLogReport> readDeviceLog(const QString &path, const ReadProgress &progress,
                                        const std::atomic<bool> &cancel);

// The same over bytes in memory, for tests and fuzzing; `name` is used as the file name.
Expected<DeviceLogReport> readDeviceLogBytes(QByteArrayView bytes, const QString &name);

// The `read-device-log --json` object (PRODUCT.md 3): platform, ndesUrl, stages, reached, failure.
QJsonObject deviceLogToJson(const DeviceLogReport &report);

} // namespace ndes::logs::device
