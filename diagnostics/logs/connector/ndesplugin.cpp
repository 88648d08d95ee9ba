// NDESPlugin.log of the legacy connector's policy module: free text with an unknown line prefix, so every
// marker is matched as a substring, without regard to case (formats.md section 4).

#include "logs/connector/connectorlog_p.h"

#include <QRegularExpression>

namespace ndes::logs::connector::detail {

namespace {

constexpr qsizetype kMaxHtmlChars = 64 * 1024;
constexpr int kMaxHtmlLines = 400;

bool has(QStringView line, const char *marker)
{
    return line.contains(QLatin1String(marker), Qt::CaseInsensitive);
}

// "0x0", "0x80070005", "0", "-2146885628": the value, or nullopt when it is none of these.
std::optional<qint64> parseCode(const QString &text)
{
    bool ok = false;
    qint64 value = 0;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        value = text.mid(2).toLongLong(&ok, 16);
    else
        value = text.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString plainText(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(tags);
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#39;"), QLatin1String("'"));
    html.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html.simplified().left(200);
}

QString element(const QString &html, const char *name)
{
    const QRegularExpression re(QStringLiteral("<%1\\b[^>]*>(.*?)</%1\\s*>").arg(QLatin1String(name)),
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(html);
    return m.hasMatch() ? plainText(m.captured(1)) : QString();
}

class NdesPluginReader final : public Reader {
public:
    explicit NdesPluginReader(ReportBuilder &out)
        : m_out(out), m_lines([this](QStringView line, qint64 number, bool cut) { onLine(line, number, cut); })
    {
    }

    void feed(QStringView text) override { m_lines.feed(text); }

    void finish() override
    {
        m_lines.finish();
        if (m_inHtml)
            closeHtml();
        endCycle(true);
        if (!m_sawRequest) {
            m_out.sighting(QStringLiteral("connector.no-requests"), Severity::Info, m_lastLine, QString(),
                           {{QStringLiteral("records"), m_out.records()}});
        }
    }

private:
    enum class Op { None, Verify, Notify };

    int stageOf(Op op) const { return op == Op::Notify ? 6 : 3; }
    QString opName(Op op) const
    {
        return op == Op::Notify ? QStringLiteral("Notify") : QStringLiteral("VerifyRequest");
    }

    void onLine(QStringView line, qint64 number, bool cut)
    {
        if (cut)
            m_out.badRecord(number, QStringLiteral("line longer than %1 characters").arg(kMaxLineChars));
        if (line.trimmed().isEmpty())
            return;
        m_lastLine = number;
        if (m_inHtml) {
            if (!isMarker(line)) {
                ++m_htmlLines;
                if (m_html.size() < kMaxHtmlChars)
                    m_html.append(QLatin1Char('\n')).append(line.left(kMaxHtmlChars - m_html.size()));
                if (has(line, "</html") || m_htmlLines >= kMaxHtmlLines)
                    closeHtml();
                return;
            }
            closeHtml();
        }
        m_out.record();
        process(line, number);
    }

    static bool isMarker(QStringView line)
    {
        return has(line, "Calling VerifyRequest") || has(line, "Calling Notify") || has(line, "Exiting VerifyRequest")
            || has(line, "Exiting Notify") || has(line, "certificate registration point")
            || has(line, "Verify challenge returns") || has(line, "Failed to send http request");
    }

    void process(QStringView line, qint64 number)
    {
        if (has(line, "Calling VerifyRequest")) {
            startCycle(Op::Verify, line, number);
            return;
        }
        if (has(line, "Calling Notify")) {
            startCycle(Op::Notify, line, number);
            return;
        }
        if (has(line, "Sending request to certificate registration point")) {
            m_sent = true;
            m_answered = false;
            m_sentLine = number;
            m_sentText = rawText(line);
            return;
        }
        const qsizetype verify = line.indexOf(QLatin1String("Verify challenge returns"), 0, Qt::CaseInsensitive);
        if (verify >= 0) {
            verifyAnswer(line, number, line.mid(verify + 24).trimmed());
            return;
        }
        if (has(line, "CERT_CN_INVALID")) {
            m_answered = true;
            m_cnInvalid = true;
            m_cnLine = number;
            m_cnText = rawText(line);
            return;
        }
        if (has(line, "Failed to send http request")) {
            sendFailed(line, number);
            return;
        }
        static const QRegularExpression exiting(
            QStringLiteral(R"(Exiting\s+(VerifyRequest|Notify\w*)\s+with\s+(0x[0-9A-Fa-f]+|-?\d+))"),
            QRegularExpression::CaseInsensitiveOption);
        if (has(line, "Exiting")) {
            const QRegularExpressionMatch m = exiting.match(line);
            if (m.hasMatch())
                exitCode(m.captured(1).startsWith(QLatin1String("Notify"), Qt::CaseInsensitive) ? Op::Notify : Op::Verify,
                         m.captured(2).left(20), line, number);
        }
    }

    void startCycle(Op op, QStringView line, qint64 number)
    {
        endCycle(false);
        m_sawRequest = true;
        m_op = op;
        m_sent = false;
        m_answered = false;
        m_decided = false;
        m_failure.clear();
        m_cnInvalid = false;
        m_out.stageStarted(stageOf(op), number, rawText(line));
    }

    // The request before this point was sent and nothing came back: per the Microsoft article on expired
    // client authentication certificates, the log then stops at "Sending request to certificate registration point".
    void endCycle(bool atEnd)
    {
        if (m_cnInvalid && m_failure != QLatin1String("connector.tls-12175"))
            tls12175(m_cnLine, m_cnText, QString());
        m_cnInvalid = false;
        if (m_sent && !m_answered) {
            const QString id = QStringLiteral("connector.no-answer");
            const Op op = m_op == Op::None ? Op::Verify : m_op;
            m_out.sighting(id, Severity::Error, m_sentLine, m_sentText,
                           {{QStringLiteral("stage"), stageOf(op)}, {QStringLiteral("request"), opName(op)},
                            {QStringLiteral("atEnd"), atEnd}},
                           QStringLiteral("byRequest"), opName(op));
            if (!m_decided)
                m_out.stageStarted(stageOf(op), m_sentLine, m_sentText, id);
        }
        m_sent = false;
        m_answered = false;
        m_op = Op::None;
    }

    void succeed(Op op, qint64 number, const QString &text)
    {
        if (m_decided)
            return;
        m_decided = true;
        m_out.stageSucceeded(stageOf(op), number, text);
    }

    void fail(Op op, qint64 number, const QString &text, const QString &id)
    {
        if (m_decided)
            return;
        m_decided = true;
        m_failure = id;
        m_out.stageFailed(stageOf(op), number, text, id);
    }

    void verifyAnswer(QStringView line, qint64 number, QStringView answer)
    {
        m_answered = true;
        m_sawRequest = true;
        const QString text = rawText(line);
        if (answer.startsWith(QLatin1String("true"), Qt::CaseInsensitive)) {
            succeed(Op::Verify, number, text);
        } else if (answer.startsWith(QLatin1String("false"), Qt::CaseInsensitive)) {
            const QString id = QStringLiteral("connector.challenge-rejected");
            m_out.sighting(id, Severity::Error, number, text, {{QStringLiteral("stage"), 3}});
            fail(Op::Verify, number, text, id);
        } else if (answer.startsWith(QLatin1Char('<'))) {
            m_inHtml = true;
            m_htmlStart = number;
            m_htmlLines = 1;
            m_htmlPrefix = line.left(line.size() - answer.size()).toString();
            m_html = answer.left(kMaxHtmlChars).toString();
            if (has(answer, "</html"))
                closeHtml();
        } else {
            const QString id = QStringLiteral("connector.verify-unexpected-answer");
            m_out.sighting(id, Severity::Error, number, text,
                           {{QStringLiteral("stage"), 3}, {QStringLiteral("answer"), evidenceText(answer.left(120))}});
            fail(Op::Verify, number, text, id);
        }
    }

    // The registration service answered with a web page instead of true/false: an IIS error page.
    void closeHtml()
    {
        m_inHtml = false;
        const QString title = element(m_html, "title");
        const QString heading = element(m_html, "h2");
        const QString detail = element(m_html, "h3");
        static const QRegularExpression statusText(QStringLiteral(R"((?:HTTP Error\s+)?\b([1-5]\d\d)(?:\.(\d{1,3}))?\s+-\s)"));
        int status = -1;
        int substatus = -1;
        for (const QString &candidate : {title, heading, detail}) {
            const QRegularExpressionMatch m = statusText.match(candidate);
            if (m.hasMatch()) {
                status = m.captured(1).toInt();
                substatus = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
                break;
            }
        }
        const QString id = status == 403 ? QStringLiteral("connector.verify-403") : QStringLiteral("connector.verify-http-error");
        const QString text = m_htmlPrefix + QStringLiteral("<html>\u2026</html>");
        m_out.sighting(id, Severity::Error, m_htmlStart, text,
                       {{QStringLiteral("stage"), 3},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("substatus"), substatus},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("heading"), heading},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("pageLines"), m_htmlLines}},
                       QStringLiteral("byStatus"),
                       status < 0 ? QStringLiteral("unknown")
                                  : substatus < 0 ? QString::number(status)
                                                  : QStringLiteral("%1.%2").arg(status).arg(substatus));
        fail(Op::Verify, m_htmlStart, text, id);
        m_html.clear();
    }

    void tls12175(qint64 number, const QString &text, const QString &request)
    {
        const QString id = QStringLiteral("connector.tls-12175");
        const Op op = request.contains(QLatin1String("Notify"), Qt::CaseInsensitive) ? Op::Notify
            : request.isEmpty() && m_op == Op::Notify                                 ? Op::Notify
                                                                                      : Op::Verify;
        QVariantMap fields{{QStringLiteral("stage"), stageOf(op)}, {QStringLiteral("cnInvalid"), m_cnInvalid}};
        if (!request.isEmpty())
            fields.insert(QStringLiteral("request"), request);
        m_out.sighting(id, Severity::Error, number, text, fields);
        fail(op, number, text, id);
    }

    void sendFailed(QStringView line, qint64 number)
    {
        static const QRegularExpression failed(
            QStringLiteral(R"(Failed to send http request\s+(\S*?)\.?\s+Error\s+(-?\d+|0x[0-9A-Fa-f]+))"),
            QRegularExpression::CaseInsensitiveOption);
        m_answered = true;
        const QString text = rawText(line);
        const QRegularExpressionMatch m = failed.match(line);
        const QString request = m.hasMatch() ? evidenceText(m.captured(1).left(200)) : QString();
        const QString code = m.hasMatch() ? m.captured(2).left(20) : QString();
        if (code == QLatin1String("12175")) {
            tls12175(number, text, request);
            m_cnInvalid = false;
            return;
        }
        const Op op = request.contains(QLatin1String("Notify"), Qt::CaseInsensitive) ? Op::Notify
            : request.isEmpty() && m_op == Op::Notify                                 ? Op::Notify
                                                                                      : Op::Verify;
        const QString id = QStringLiteral("connector.http-send-failed");
        m_out.sighting(id, Severity::Error, number, text,
                       {{QStringLiteral("stage"), stageOf(op)}, {QStringLiteral("request"), request},
                        {QStringLiteral("error"), code}},
                       QStringLiteral("byError"), code.isEmpty() ? QStringLiteral("unknown") : code);
        fail(op, number, text, id);
    }

    void exitCode(Op op, const QString &codeText, QStringView line, qint64 number)
    {
        m_answered = true;
        m_sawRequest = true;
        const QString text = rawText(line);
        const std::optional<qint64> code = parseCode(codeText);
        if (code && *code == 0) {
            succeed(op, number, text);
            return;
        }
        if (op == Op::Notify) {
            const QString id = QStringLiteral("connector.notify-failed");
            m_out.sighting(id, Severity::Error, number, text, {{QStringLiteral("stage"), 6}, {QStringLiteral("code"), codeText}},
                           QStringLiteral("byCode"), codeText);
            fail(op, number, text, id);
            return;
        }
        // A failed verification already explained by an earlier line of the same request needs no second finding.
        if (m_decided && !m_failure.isEmpty())
            return;
        const QString id = QStringLiteral("connector.verify-exit-error");
        m_out.sighting(id, Severity::Error, number, text, {{QStringLiteral("stage"), 3}, {QStringLiteral("code"), codeText}},
                       QStringLiteral("byCode"), codeText);
        fail(op, number, text, id);
    }

    ReportBuilder &m_out;
    LineSplitter m_lines;
    qint64 m_lastLine = 0;
    bool m_sawRequest = false;

    Op m_op = Op::None;
    bool m_sent = false;
    bool m_answered = false;
    bool m_decided = false;
    QString m_failure;
    qint64 m_sentLine = 0;
    QString m_sentText;

    bool m_cnInvalid = false;
    qint64 m_cnLine = 0;
    QString m_cnText;

    bool m_inHtml = false;
    qint64 m_htmlStart = 0;
    int m_htmlLines = 0;
    QString m_htmlPrefix;
    QString m_html;
};

} // namespace

std::unique_ptr<Reader> makeNdesPluginReader(ReportBuilder &out)
{
    return std::make_unique<NdesPluginReader>(out);
}

} // namespace ndes::logs::connector::detail
