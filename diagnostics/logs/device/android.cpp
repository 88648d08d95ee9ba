// Android Company Portal OMADM.log and CloudExtension.log (formats.md section 4): columns separated by runs
// of spaces (timestamp, level, "Event", logger, pid, tid, message), with the jscep library's lines.

#include "logs/device/parsers.h"

#include <QRegularExpression>

namespace ndes::logs::device::detail {

namespace {

struct Columns {
    QStringView level;
    QStringView logger;
    QStringView message;
};

QStringView nextToken(QStringView s, qsizetype &pos)
{
    while (pos < s.size() && s.at(pos).isSpace())
        ++pos;
    const qsizetype from = pos;
    while (pos < s.size() && !s.at(pos).isSpace())
        ++pos;
    return s.sliced(from, pos - from);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// The six leading fields, or the whole line as the message when they are not there.
Columns columns(QStringView line)
{
    Columns c;
    c.message = line.trimmed();
    // A bare jscep line may carry its own prefix (a logcat tag, a time): the message starts at the verb.
    for (const QLatin1String verb : {QLatin1String("Sending "), QLatin1String("Received '")}) {
        const qsizetype at = c.message.indexOf(verb);
        if (at > 0 && c.message.at(at - 1).isSpace())
            c.message = c.message.sliced(at);
    }
    if (line.isEmpty() || !line.at(0).isDigit())
        return c;
    qsizetype pos = 0;
    const QStringView time = nextToken(line, pos);
    const QStringView level = nextToken(line, pos);
    const QStringView event = nextToken(line, pos);
    const QStringView logger = nextToken(line, pos);
    const QStringView pid = nextToken(line, pos);
    const QStringView tid = nextToken(line, pos);
    if (!time.contains(QLatin1Char('T')) || event != QLatin1String("Event") || !allDigits(pid) || !allDigits(tid))
        return c;
    c.level = level;
    c.logger = logger;
    c.message = line.sliced(pos).trimmed();
    return c;
}

bool isSuccessState(QStringView state)
{
    return state == QLatin1String("CERT_ACCESS_GRANTED") || state == QLatin1String("CERT_INSTALL_SUCCESS")
        || state == QLatin1String("CERT_INSTALLED");
}

bool isFailureState(QStringView state)
{
    return state.contains(QLatin1String("FAIL")) || state.contains(QLatin1String("DENIED"))
        || state.contains(QLatin1String("ERROR"));
}

class AndroidParser final : public Parser {
public:
    explicit AndroidParser(Tracker &tracker) : m_t(tracker) {}

    void line(const Line &l) override
    {
        if (l.continuation)
            return;
        const QString &text = l.text;
        const Columns c = columns(text);
        const QStringView msg = c.message;
        if (msg.isEmpty())
            return;

        if (msg.contains(QLatin1String("Trying to enroll certificate request"))) {
            m_t.add(Stage::ProfileReceived, l.number, text);
        } else if (msg.startsWith(QLatin1String("There are ")) && msg.contains(QLatin1String(" request"))) {
            static const QRegularExpression count(QStringLiteral("^There (?:are|is) (\\d+) request"));
            const QRegularExpressionMatch m = count.match(msg);
            if (m.hasMatch() && m.captured(1).toLongLong() > 0)
                m_t.add(Stage::ProfileReceived, l.number, text);
        }

        if (msg.startsWith(QLatin1String("Sending "))) {
            static const QRegularExpression sending(QStringLiteral("^Sending (\\w+)\\(([^)]*)\\) to (\\S+)"));
            const QRegularExpressionMatch m = sending.match(msg);
            if (m.hasMatch()) {
                m_op = m.captured(1);
                m_t.setUrl(m.capturedView(3));
                m_t.add(Stage::NdesContacted, l.number, text, false);
                const std::optional<Stage> stage = stageOfOperation(m_op);
                if (stage == Stage::CertRep)
                    m_t.add(Stage::CsrSent, l.number, text);
                else if (stage)
                    m_t.add(*stage, l.number, text, false);
            } else if (msg.contains(QLatin1String("CMSSignedData")) || c.logger.contains(QLatin1String("EnrollmentTransaction"))) {
                m_op = QStringLiteral("PKIOperation");
                m_t.add(Stage::CsrSent, l.number, text);
            }
        } else if (msg.startsWith(QLatin1String("Received '"))) {
            static const QRegularExpression received(
                QStringLiteral("^Received '(\\d{3})\\s*([^']*)' when sending (\\w+)\\([^)]*\\)(?: to (\\S+))?"));
            const QRegularExpressionMatch m = received.match(msg);
            if (m.hasMatch()) {
                const int code = m.capturedView(1).toInt();
                const QString op = m.captured(3);
                m_op = op;
                if (m.capturedLength(4) > 0)
                    m_t.setUrl(m.capturedView(4));
                m_t.add(Stage::NdesContacted, l.number, text);
                const std::optional<Stage> stage = stageOfOperation(op);
                if (code >= 200 && code < 300) {
                    if (stage == Stage::CertRep)
                        m_t.add(Stage::CsrSent, l.number, text);
                    else if (stage)
                        m_t.add(*stage, l.number, text);
                } else if (code >= 400) {
                    if (stage && stage != Stage::CertRep)
                        m_t.add(*stage, l.number, text, false);
                    m_t.fail(stage.value_or(m_t.current()), QStringLiteral("http-%1").arg(code),
                             QStringLiteral("%1 %2").arg(code).arg(m.captured(2)), l.number);
                }
            }
        }

        if ((msg.startsWith(QLatin1String("Encoding message")) && msg.contains(QLatin1String("PkcsReq")))
            || msg.startsWith(QLatin1String("Signing pkiMessage"))) {
            m_op = QStringLiteral("PKIOperation");
            m_t.add(Stage::CsrSent, l.number, text);
        }

        if (msg.contains(QLatin1String("CertRep")) && msg.contains(QLatin1String("pkiStatus="))) {
            static const QRegularExpression status(QStringLiteral("pkiStatus=(\\w+)"));
            static const QRegularExpression failInfo(QStringLiteral("failInfo=([^,\\]]*)"));
            const QString s = status.match(msg).captured(1).toUpper();
            QString info = failInfo.match(msg).captured(1).trimmed();
            if (info == QLatin1String("<null>") || info == QLatin1String("null"))
                info.clear();
            m_t.setCertRep(s, info, l.number, text);
            if (s == QLatin1String("FAILURE"))
                m_t.fail(Stage::CertRep, QStringLiteral("certrep-failure"), msg, l.number);
        }

        if (msg.contains(QLatin1String("state changed from"))) {
            const QStringView who = c.logger.isEmpty() ? msg : c.logger;
            const bool scepMachine = who.contains(QLatin1String("ScepCertInstall"))
                || (who.contains(QLatin1String("CertInstallStateMachine")) && !who.contains(QLatin1String("Root")));
            if (scepMachine) {
                static const QRegularExpression to(QStringLiteral("state changed from (\\w+) to (\\w+)"));
                const QRegularExpressionMatch m = to.match(msg);
                if (m.hasMatch()) {
                    const QStringView state = m.capturedView(2);
                    if (isSuccessState(state)) {
                        m_t.add(Stage::Installed, l.number, text);
                    } else {
                        m_t.add(Stage::Installed, l.number, text, false);
                        if (isFailureState(state))
                            m_t.fail(Stage::Installed, QStringLiteral("install-failed"), msg, l.number);
                    }
                }
            }
        }

        failures(l, c);
    }

private:
    Stage operationStage() const
    {
        return stageOfOperation(m_op).value_or(m_t.current());
    }

    void failures(const Line &l, const Columns &c)
    {
        const QStringView msg = c.message;
        const bool errorLevel = c.level == QLatin1String("ERRO") || c.level == QLatin1String("ERROR")
            || c.level == QLatin1String("WARN");
        const bool exception = msg.contains(QLatin1String("Exception"));
        if (!errorLevel && !exception && !msg.contains(QLatin1String("Error connecting")))
            return;

        if (msg.contains(QLatin1String("Error connecting to server")) || msg.contains(QLatin1String("UnknownHostException"))
            || msg.contains(QLatin1String("ConnectException")) || msg.contains(QLatin1String("SocketTimeoutException"))) {
            const Stage stage = m_t.reached(Stage::NdesContacted) ? operationStage() : Stage::NdesContacted;
            m_t.fail(stage, QStringLiteral("connect-failed"), msg, l.number);
            return;
        }
        if (msg.contains(QLatin1String("Trust anchor for certification path not found"))
            || msg.contains(QLatin1String("CertPathValidatorException"))) {
            const Stage stage = m_t.reached(Stage::NdesContacted) ? operationStage() : Stage::NdesContacted;
            m_t.fail(stage, QStringLiteral("trust-failed"), msg, l.number);
            return;
        }
        static const QRegularExpression http(QStringLiteral(
            "\\b([45]\\d\\d) (Forbidden|Unauthorized|Not Found|Bad Request|Internal Server Error|Service Unavailable|"
            "Bad Gateway|Gateway Time-?out|Method Not Allowed|Request-URI Too Long|URI Too Long|Request Timeout|"
            "Not Implemented|Proxy Authentication Required)\\b"));
        const QRegularExpressionMatch m = http.match(msg);
        if (m.hasMatch()) {
            m_t.fail(operationStage(), QStringLiteral("http-%1").arg(m.capturedView(1)), msg, l.number);
            return;
        }
        const bool certLogger = c.logger.contains(QLatin1String("certmgr"), Qt::CaseInsensitive)
            || c.logger.contains(QLatin1String("jscep"), Qt::CaseInsensitive)
            || c.logger.contains(QLatin1String("scep"), Qt::CaseInsensitive)
            || c.logger.contains(QLatin1String("Cert"));
        if ((c.level == QLatin1String("ERRO") || c.level == QLatin1String("ERROR")) && certLogger)
            m_t.fail(m_t.reached(Stage::NdesContacted) ? operationStage() : m_t.current(), QStringLiteral("error"), msg,
                     l.number);
    }

    Tracker &m_t;
    QString m_op; // the SCEP operation whose answer is awaited
};

} // namespace

std::unique_ptr<Parser> makeAndroidParser(Tracker &tracker)
{
    return std::make_unique<AndroidParser>(tracker);
}

} // namespace ndes::logs::device::detail
