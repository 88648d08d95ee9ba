// iOS / iPadOS console text from profiled (formats.md section 4): Console.app copies
// ("<type>  <time> <zone>  profiled  <message>"), the same after a trip through TextEdit (the RTF is stripped
// before this parser sees the lines), and the older syslog style ("May 23 14:15:36 iPhone profiled[150]
// <Error>: ..."). profiled logs its requests but not their answers: a request is known to have been answered
// when the next step follows it.

#include "logs/device/parsers.h"

#include <QRegularExpression>

namespace ndes::logs::device::detail {

namespace {

struct IosLine {
    QString text;          // the line, without RTF residue
    qsizetype from = 0;    // where the message starts: after the process name (and pid, level)
    qsizetype length = 0;
    bool error = false;    // type "error"/"fault" or <Error>

    QStringView message() const { return QStringView(text).sliced(from, length); }
};

bool isBoundary(QChar c)
{
    return c.isSpace();
}

void setMessage(IosLine &l, QStringView message)
{
    const QStringView m = message.trimmed();
    l.from = m.isEmpty() ? 0 : m.data() - l.text.constData();
    l.length = m.size();
}

IosLine split(const QString &raw)
{
    IosLine l;
    l.text = raw.contains(QLatin1Char('\\')) ? cleanRtfResidue(raw) : raw.trimmed();
    const QStringView t = l.text;
    setMessage(l, t);
    const QLatin1String profiled("profiled");
    qsizetype at = -1;
    for (qsizetype from = 0;;) {
        const qsizetype i = t.indexOf(profiled, from);
        if (i < 0)
            break;
        const qsizetype after = i + profiled.size();
        const bool before = i == 0 || isBoundary(t.at(i - 1));
        const bool end = after == t.size() || isBoundary(t.at(after)) || t.at(after) == QLatin1Char('[')
            || t.at(after) == QLatin1Char(':');
        if (before && end) {
            at = i;
            break;
        }
        from = after;
    }
    qsizetype space = 0;
    while (space < t.size() && !t.at(space).isSpace())
        ++space;
    const QStringView first = t.first(space);
    l.error = first.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0
        || first.compare(QLatin1String("fault"), Qt::CaseInsensitive) == 0;
    if (at < 0)
        return l;
    qsizetype p = at + profiled.size();
    if (p < t.size() && t.at(p) == QLatin1Char('[')) {
        const qsizetype close = t.indexOf(QLatin1Char(']'), p);
        if (close > 0)
            p = close + 1;
    }
    while (p < t.size() && t.at(p).isSpace())
        ++p;
    if (p < t.size() && t.at(p) == QLatin1Char('<')) {
        const qsizetype close = t.indexOf(QLatin1Char('>'), p);
        if (close > 0) {
            const QStringView level = t.sliced(p + 1, close - p - 1);
            if (level.compare(QLatin1String("Error"), Qt::CaseInsensitive) == 0
                || level.compare(QLatin1String("Fault"), Qt::CaseInsensitive) == 0
                || level.compare(QLatin1String("Critical"), Qt::CaseInsensitive) == 0)
                l.error = true;
            p = close + 1;
        }
    }
    if (p < t.size() && t.at(p) == QLatin1Char(':'))
        ++p;
    QStringView message = t.sliced(p).trimmed();
    // `log show` puts the type among the columns before the process and "[subsystem:category]" after it.
    if (!l.error) {
        const QStringView columns = t.first(at);
        l.error = columns.contains(QLatin1String(" Error "), Qt::CaseInsensitive)
            || columns.contains(QLatin1String(" Fault "), Qt::CaseInsensitive);
    }
    if (message.startsWith(QLatin1Char('['))) {
        const qsizetype close = message.indexOf(QLatin1Char(']'));
        if (close > 0 && close < 120 && message.first(close).contains(QLatin1Char(':')))
            message = message.sliced(close + 1);
    }
    setMessage(l, message);
    return l;
}

class IosParser final : public Parser {
public:
    explicit IosParser(Tracker &tracker) : m_t(tracker) {}

    void line(const Line &raw) override
    {
        if (raw.continuation)
            return;
        const IosLine l = split(raw.text);
        const QStringView msg = l.message();
        if (msg.isEmpty())
            return;
        const qint64 n = raw.number;

        static const QRegularExpression request(QStringLiteral("Performing \\w+ URL request:\\s*(\\S+)"));
        if (msg.contains(QLatin1String("URL request"))) {
            const QRegularExpressionMatch m = request.match(msg);
            if (m.hasMatch()) {
                const QStringView url = m.capturedView(1);
                static const QRegularExpression operation(QStringLiteral("[?&]operation=(\\w+)"),
                                                          QRegularExpression::CaseInsensitiveOption);
                const QString op = operation.match(url).captured(1);
                m_t.setUrl(url);
                confirm(op);
                m_t.add(Stage::NdesContacted, n, l.text, false);
                m_pendingOp = op;
                m_pendingLine = n;
                m_pendingText = l.text;
                const std::optional<Stage> stage = stageOfOperation(op);
                if (stage == Stage::CertRep)
                    m_t.add(Stage::CsrSent, n, l.text);
                else if (stage)
                    m_t.add(*stage, n, l.text, false);
                return;
            }
        }
        if (msg.contains(QLatin1String("Attempting to retrieve issued certificate"))) {
            confirm(QString());
            m_t.add(Stage::CsrSent, n, l.text, false);
            return;
        }
        if (msg.contains(QLatin1String("Sending CSR via"))) {
            confirm(QString());
            m_t.add(Stage::CsrSent, n, l.text);
            return;
        }

        static const QRegularExpression status(
            QStringLiteral("\\b(?:pkiStatus|PKIStatus|status)\\s*[=:]\\s*(SUCCESS|FAILURE|PENDING)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch s = status.match(msg);
        if (s.hasMatch() || msg.contains(QLatin1String("request is pending"), Qt::CaseInsensitive)) {
            const QString st = s.hasMatch() ? s.captured(1).toUpper() : QStringLiteral("PENDING");
            static const QRegularExpression failInfo(QStringLiteral("failInfo\\s*[=:]\\s*(\\w+)"),
                                                     QRegularExpression::CaseInsensitiveOption);
            QString info = failInfo.match(msg).captured(1);
            if (info.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
                info.clear();
            confirm(QString());
            m_t.setCertRep(st, info, n, l.text);
            if (st == QLatin1String("FAILURE"))
                m_t.fail(Stage::CertRep, QStringLiteral("certrep-failure"), msg, n);
            return;
        }

        static const QRegularExpression installed(
            QStringLiteral("\\bProfile\\s+['\\x{2018}\\x{201C}\"].*['\\x{2019}\\x{201D}\"]\\s+installed\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (installed.match(msg).hasMatch() || msg.contains(QLatin1String("Profile installed"), Qt::CaseInsensitive)
            || msg.contains(QLatin1String("Installed profile"), Qt::CaseInsensitive)) {
            confirm(QString());
            m_t.add(Stage::Installed, n, l.text);
            return;
        }
        if (msg.contains(QLatin1String("PayloadDependencyDomainCertificate"))) {
            m_t.add(Stage::Installed, n, l.text, false);
            return;
        }
        if (failure(msg, l.text, n, l.error))
            return;
        if (msg.contains(QLatin1String("Beginning profile installation"), Qt::CaseInsensitive)
            || msg.contains(QLatin1String("Installing profile"), Qt::CaseInsensitive)
            || msg.contains(QLatin1String("Attempting to install profile"), Qt::CaseInsensitive)
            || msg.contains(QLatin1String("com.apple.security.scep"))
            || msg.contains(QLatin1String("SCEP payload"), Qt::CaseInsensitive)) {
            m_t.add(Stage::ProfileReceived, n, l.text);
        }
    }

private:
    // A step that follows a request shows the request was answered: the device got past it.
    void confirm(const QString &nextOp)
    {
        if (m_pendingLine == 0)
            return;
        if (!nextOp.isEmpty() && nextOp.compare(m_pendingOp, Qt::CaseInsensitive) == 0)
            return; // the same request again: a retry, not an answer
        m_t.add(Stage::NdesContacted, m_pendingLine, m_pendingText);
        const std::optional<Stage> stage = stageOfOperation(m_pendingOp);
        if (stage && *stage != Stage::CertRep)
            m_t.add(*stage, m_pendingLine, m_pendingText);
        m_pendingLine = 0;
        m_pendingOp.clear();
        m_pendingText.clear();
    }

    // Where the device was: the answer to the last request, or the stage after the last one reached.
    Stage pendingStage() const
    {
        if (m_pendingLine != 0) {
            if (const std::optional<Stage> s = stageOfOperation(m_pendingOp))
                return *s;
        }
        return m_t.current();
    }

    bool failure(QStringView msg, const QString &line, qint64 n, bool errorLine)
    {
        if (msg.contains(QLatin1String("Registration Authority"), Qt::CaseInsensitive)
            && msg.contains(QLatin1String("invalid"), Qt::CaseInsensitive)) {
            const Stage stage = pendingStage();
            m_t.add(Stage::NdesContacted, n, line); // an answer came back
            m_t.fail(stage, QStringLiteral("ra-response-invalid"), msg, n);
            return true;
        }
        if (msg.contains(QLatin1String("SecTrustEvaluate"))
            && (msg.contains(QLatin1String("[leaf")) || msg.contains(QLatin1String("fail"), Qt::CaseInsensitive)
                || errorLine)) {
            m_t.fail(pendingStage(), QStringLiteral("trust-failed"), msg, n);
            return true;
        }
        static const QRegularExpression http(
            QStringLiteral("(?:status code|statusCode|HTTP status|HTTP error|HTTP/\\d(?:\\.\\d)?|returned)\\s*[=:]?\\s*([45]\\d\\d)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch h = http.match(msg);
        if (h.hasMatch()) {
            const Stage stage = pendingStage();
            m_t.add(Stage::NdesContacted, n, line);
            m_t.fail(stage, QStringLiteral("http-%1").arg(h.capturedView(1)), msg, n);
            return true;
        }
        if (msg.contains(QLatin1String("NSURLErrorDomain")) || msg.contains(QLatin1String("Could not connect to the server"))
            || msg.contains(QLatin1String("request timed out"), Qt::CaseInsensitive)
            || msg.contains(QLatin1String("hostname could not be found"))
            || msg.contains(QLatin1String("network connection was lost"))) {
            const Stage stage = m_t.reached(Stage::NdesContacted) ? pendingStage() : Stage::NdesContacted;
            m_t.fail(stage, QStringLiteral("connect-failed"), msg, n);
            return true;
        }
        if (msg.contains(QLatin1String("Cannot retrieve SCEP identity"), Qt::CaseInsensitive)) {
            m_t.fail(pendingStage(), QStringLiteral("scep-identity-failed"), msg, n);
            return true;
        }
        if (msg.contains(QLatin1String("Profile installation failed"), Qt::CaseInsensitive)
            || msg.contains(QLatin1String("could not be installed"), Qt::CaseInsensitive)
            || msg.contains(QLatin1String("Failed to install profile"), Qt::CaseInsensitive)) {
            m_t.fail(m_t.current(), QStringLiteral("install-failed"), msg, n);
            return true;
        }
        if (errorLine && msg.contains(QLatin1String("SCEP"), Qt::CaseInsensitive)) {
            m_t.fail(pendingStage(), QStringLiteral("error"), msg, n);
            return true;
        }
        return false;
    }

    Tracker &m_t;
    QString m_pendingOp;
    qint64 m_pendingLine = 0;
    QString m_pendingText;
};

} // namespace

std::unique_ptr<Parser> makeIosParser(Tracker &tracker)
{
    return std::make_unique<IosParser>(tracker);
}

} // namespace ndes::logs::device::detail
