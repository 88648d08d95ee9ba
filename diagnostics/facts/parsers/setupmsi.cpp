#include "setupmsi.h"

#include "facts/text.h"

#include <QRegularExpression>

namespace ndes::facts {

namespace {

// Windows Installer exit codes: 0 success, 3010/1641 success with a reboot, 1602 user cancel.
MsiOutcome outcomeOfExitCode(qint64 code)
{
    if (code == 0 || code == 3010 || code == 1641)
        return MsiOutcome::Success;
    if (code == 1602)
        return MsiOutcome::Cancelled;
    return MsiOutcome::Failure;
}

MsiOutcome outcomeOfReturnValue(qint64 value)
{
    switch (value) {
    case 1: return MsiOutcome::Success;
    case 2: return MsiOutcome::Cancelled;
    case 3: return MsiOutcome::Failure;
    default: return MsiOutcome::Unknown;
    }
}

bool decides(MsiMarkerLine::Kind kind)
{
    return kind == MsiMarkerLine::Kind::InstallActionEnded || kind == MsiMarkerLine::Kind::MainEngineReturning
        || kind == MsiMarkerLine::Kind::InstallStatus;
}

// Custom action failures with a known cause: (action, HRESULT) -> signature id.
QString signatureOf(const QString &action, qint64 hresult)
{
    if (action.compare(QLatin1String("WriteIIS7ConfigChanges"), Qt::CaseInsensitive) == 0 && hresult == 0x80070002)
        return QStringLiteral("msi-iis-default-web-site-missing");
    if (action.compare(QLatin1String("AddNDESToCertPrivKey"), Qt::CaseInsensitive) == 0 && hresult == 0x80090014)
        return QStringLiteral("msi-ra-key-bad-provider-type");
    return QStringLiteral("msi-custom-action-error");
}

} // namespace

QString msiOutcomeId(MsiOutcome outcome)
{
    switch (outcome) {
    case MsiOutcome::Success: return QStringLiteral("success");
    case MsiOutcome::Failure: return QStringLiteral("failure");
    case MsiOutcome::Cancelled: return QStringLiteral("cancelled");
    case MsiOutcome::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Expected<SetupMsiLog> parseSetupMsiLog(const QByteArray &bytes)
{
    static const QRegularExpression engine(QStringLiteral(
        "^MSI \\(([csa])\\) \\(([0-9A-Fa-f]+):([0-9A-Fa-f]+)\\) \\[(\\d{2}):(\\d{2}):(\\d{2}):(\\d{3})\\]:\\s?(.*)$"));
    // The action name and the number are the only stable parts of "Action ended ...: INSTALL. Return value N.".
    static const QRegularExpression installEnded(QStringLiteral("(?:^|[\\s:])INSTALL\\.\\s+\\D*?(\\d+)\\.?\\s*$"));
    static const QRegularExpression mainEngine(QStringLiteral("\\bMainEngineThread\\b\\D*(\\d+)\\.?\\s*$"));
    // "... Product Language: 1033. ... Installation success or error status: 1603." in any language:
    // a four-digit language id after a colon, at least four "label: value" pairs, a final number.
    static const QRegularExpression statusLanguage(QStringLiteral(":\\s*\\d{4}\\.\\s"));
    static const QRegularExpression statusTail(QStringLiteral(":\\s*(\\d+)\\.?\\s*$"));
    static const QRegularExpression labelPair(QStringLiteral("\\S\\s?:\\s"));
    static const QRegularExpression customActionCode(QStringLiteral(
        "\\bCustomAction\\s+(\\S+)\\s+returned actual error code\\s+(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression customActionLine(QStringLiteral("^([A-Za-z_][\\w.]*):\\s+(.*)$"));
    static const QRegularExpression hresult(QStringLiteral("\\b0x([89A-Fa-f][0-9A-Fa-f]{7})\\b"));
    static const QRegularExpression property(QStringLiteral("^[^\\s(]+\\([CSN]\\)\\s*:\\s*(ProductName|ProductVersion)\\s*=\\s*(.*)$"));
    static const QRegularExpression productLine(QStringLiteral(
        "Product Name:\\s*(.*?)\\.\\s+Product Version:\\s*([0-9.]+?)\\.\\s"));

    SetupMsiLog log;
    const QStringList lines = splitLines(decodeText(bytes));
    log.lines = lines.size();
    qsizetype firstText = -1, lastText = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &raw = lines.at(i);
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (firstText < 0)
            firstText = i;
        lastText = i;
        const qint64 number = i + 1;
        auto add = [&](MsiMarkerLine::Kind kind, qint64 code, const QString &action, MsiOutcome outcome) {
            log.markers.append(MsiMarkerLine{kind, number, raw, code, action, outcome});
        };

        QString body = line;
        const QRegularExpressionMatch e = engine.match(line);
        if (e.hasMatch()) {
            ++log.engineLines;
            body = e.captured(8);
        }

        if (const QRegularExpressionMatch p = property.match(line); p.hasMatch()) {
            (p.captured(1) == QLatin1String("ProductName") ? log.productName : log.productVersion) = p.captured(2).trimmed();
            continue;
        }
        if (const QRegularExpressionMatch m = installEnded.match(body); m.hasMatch()) {
            const qint64 v = m.captured(1).toLongLong();
            add(MsiMarkerLine::Kind::InstallActionEnded, v, QStringLiteral("INSTALL"), outcomeOfReturnValue(v));
            continue;
        }
        if (const QRegularExpressionMatch m = mainEngine.match(body); m.hasMatch()) {
            const qint64 v = m.captured(1).toLongLong();
            add(MsiMarkerLine::Kind::MainEngineReturning, v, {}, outcomeOfExitCode(v));
            continue;
        }
        if (const QRegularExpressionMatch m = customActionCode.match(body); m.hasMatch()) {
            const qint64 v = m.captured(2).toLongLong();
            if (v != 0)
                add(MsiMarkerLine::Kind::CustomActionExitCode, v, m.captured(1), MsiOutcome::Failure);
            continue;
        }
        if (e.hasMatch()) {
            if (const QRegularExpressionMatch m = statusTail.match(body);
                m.hasMatch() && statusLanguage.match(body).hasMatch() && body.count(labelPair) >= 4) {
                const qint64 v = m.captured(1).toLongLong();
                add(MsiMarkerLine::Kind::InstallStatus, v, {}, outcomeOfExitCode(v));
                if (const QRegularExpressionMatch pm = productLine.match(body); pm.hasMatch()) {
                    if (log.productName.isEmpty())
                        log.productName = pm.captured(1).trimmed();
                    if (log.productVersion.isEmpty())
                        log.productVersion = pm.captured(2);
                }
            }
            continue;
        }
        if (line.startsWith(QLatin1String("===")))
            continue;
        if (const QRegularExpressionMatch m = customActionLine.match(line); m.hasMatch()) {
            if (const QRegularExpressionMatch h = hresult.match(m.captured(2)); h.hasMatch()) {
                const qint64 code = h.captured(1).toLongLong(nullptr, 16);
                add(MsiMarkerLine::Kind::CustomActionHresult, code, m.captured(1), MsiOutcome::Failure);
                const QString signature = signatureOf(m.captured(1), code);
                if (!log.signatures.contains(signature))
                    log.signatures.append(signature);
            }
        }
    }

    if (firstText >= 0) {
        const QString first = lines.at(firstText).trimmed();
        log.hasHeader = first.startsWith(QLatin1String("===")) && first.endsWith(QLatin1String("==="));
        const QString last = lines.at(lastText).trimmed();
        log.complete = log.hasHeader && lastText != firstText && last.startsWith(QLatin1String("==="))
            && last.endsWith(QLatin1String("==="));
    }
    if (firstText >= 0 && !log.hasHeader && log.engineLines == 0 && log.markers.isEmpty())
        return Error{QStringLiteral("not a Windows Installer verbose log"), QStringLiteral("SetupMsi.log"), {}};

    // Precedence: the final INSTALL action result, then the product status line, then the engine's exit code.
    const MsiMarkerLine::Kind order[] = {MsiMarkerLine::Kind::InstallActionEnded, MsiMarkerLine::Kind::InstallStatus,
                                         MsiMarkerLine::Kind::MainEngineReturning};
    for (const MsiMarkerLine::Kind kind : order) {
        for (auto it = log.markers.crbegin(); it != log.markers.crend(); ++it) {
            if (it->kind == kind && it->outcome != MsiOutcome::Unknown) {
                log.outcome = it->outcome;
                break;
            }
        }
        if (log.outcome != MsiOutcome::Unknown)
            break;
    }
    for (const MsiMarkerLine &m : std::as_const(log.markers)) {
        if (log.outcome != MsiOutcome::Unknown && decides(m.kind) && m.outcome == log.outcome)
            log.deciding.append(m);
    }
    if (log.outcome == MsiOutcome::Success)
        log.signatures.clear();
    return log;
}

} // namespace ndes::facts
