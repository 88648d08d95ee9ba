// CertificateRegistrationPoint_*.svclog and NDESConnector_*.svclog: XmlWriterTraceListener output, a run of
// <E2ETraceEvent> fragments with no root element and often no newline between them (formats.md section 4).

#include "logs/connector/connectorlog_p.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ndes::logs::connector::detail {

namespace {

struct TraceRecord {
    QString time;
    int level = -1; // TraceEventType: 1 critical, 2 error, 4 warning, 8 information, 16 verbose
    QString subType;
    QString source;
    QString message; // ApplicationData, unescaped, nested elements' text included
};

std::optional<TraceRecord> parseRecord(QStringView fragment, QString *error)
{
    TraceRecord r;
    QXmlStreamReader xml(fragment.toString());
    bool inSystem = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("System")) {
            inSystem = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("System")) {
            inSystem = true;
        } else if (inSystem && name == QLatin1String("TimeCreated")) {
            r.time = xml.attributes().value(QLatin1String("SystemTime")).toString();
        } else if (inSystem && name == QLatin1String("Level")) {
            bool ok = false;
            const int level = xml.readElementText().trimmed().toInt(&ok);
            r.level = ok ? level : -1;
        } else if (inSystem && name == QLatin1String("SubType")) {
            r.subType = xml.attributes().value(QLatin1String("Name")).toString();
        } else if (inSystem && name == QLatin1String("Source")) {
            r.source = xml.attributes().value(QLatin1String("Name")).toString();
        } else if (name == QLatin1String("ApplicationData")) {
            r.message = xml.readElementText(QXmlStreamReader::IncludeChildElements).left(kMaxLineChars);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return std::nullopt;
    }
    return r;
}

class SvcLogReader final : public Reader {
public:
    explicit SvcLogReader(ReportBuilder &out)
        : m_out(out),
          m_fragments(
              QStringLiteral("E2ETraceEvent"),
              [this](QStringView fragment, qint64 line) { onFragment(fragment, line); },
              [this](qint64 line, const QString &reason) {
                  m_out.record();
                  m_out.badRecord(line, reason);
              })
    {
    }

    void feed(QStringView text) override { m_fragments.feed(text); }

    void finish() override
    {
        m_fragments.finish();
        if (!m_sawRequest) {
            m_out.sighting(QStringLiteral("connector.no-requests"), Severity::Info, m_lastLine, QString(),
                           {{QStringLiteral("records"), m_out.records()}});
        }
    }

private:
    void onFragment(QStringView fragment, qint64 line)
    {
        m_out.record();
        m_lastLine = line;
        QString error;
        const std::optional<TraceRecord> record = parseRecord(fragment, &error);
        if (!record) {
            m_out.badRecord(line, QStringLiteral("not well-formed XML"));
            return;
        }
        process(*record, line);
    }

    QString recordText(const TraceRecord &r) const
    {
        QString head = r.time;
        if (!r.subType.isEmpty())
            head += QStringLiteral(" [%1]").arg(r.subType);
        if (!r.source.isEmpty())
            head += QLatin1Char(' ') + r.source + QLatin1Char(':');
        return rawText(QString(head + QLatin1Char(' ') + rawText(r.message)));
    }

    void process(const TraceRecord &r, qint64 line)
    {
        const QString &m = r.message;
        const auto has = [&m](const char *marker) { return m.contains(QLatin1String(marker), Qt::CaseInsensitive); };

        if (has("VerifyRequest Started")) {
            m_sawRequest = true;
            m_decided = false;
            m_failure.clear();
            m_out.stageStarted(3, line, recordText(r));
            return;
        }

        static const QRegularExpression phase(QStringLiteral(R"(Validation Phase\s+(\d+)\s+finished with status\s+(\w+))"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch pm = phase.match(m);
        if (pm.hasMatch()) {
            m_sawRequest = true;
            if (pm.captured(2).compare(QLatin1String("True"), Qt::CaseInsensitive) != 0)
                failure(QStringLiteral("connector.validation-phase-failed"), r, line,
                        {{QStringLiteral("phase"), pm.captured(1).toInt()}}, QStringLiteral("byPhase"), pm.captured(1));
            return;
        }

        if (has("Signing certificate could not be retrieved")) {
            failure(QStringLiteral("connector.signing-cert-missing"), r, line,
                    {{QStringLiteral("exception"), has("m_safeCertContext")}});
            return;
        }
        if (has("m_safeCertContext")) {
            failure(QStringLiteral("connector.cert-context-invalid"), r, line, {});
            return;
        }

        static const QRegularExpression finished(QStringLiteral(R"(VerifyRequest Finished with status\s+(\w+))"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch fm = finished.match(m);
        if (fm.hasMatch()) {
            m_sawRequest = true;
            if (fm.captured(1).compare(QLatin1String("True"), Qt::CaseInsensitive) == 0) {
                if (!m_decided)
                    m_out.stageSucceeded(3, line, recordText(r));
                m_decided = false;
                m_failure.clear();
                return;
            }
            // The verdict of the request; a more precise finding of the same request already explains it.
            if (m_failure.isEmpty())
                failure(QStringLiteral("connector.challenge-rejected"), r, line, {});
            m_decided = false;
            m_failure.clear();
            return;
        }

        if (r.level == 1 || r.level == 2) {
            m_out.sighting(QStringLiteral("connector.trace-errors"), Severity::Warning, line, recordText(r),
                           {}, QStringLiteral("bySource"), r.source.isEmpty() ? QStringLiteral("unknown") : r.source,
                           r.time);
        }
    }

    void failure(const QString &id, const TraceRecord &r, qint64 line, QVariantMap fields,
                 const QString &keyName = QString(), const QString &key = QString())
    {
        m_sawRequest = true;
        fields.insert(QStringLiteral("stage"), 3);
        const QString text = recordText(r);
        m_out.sighting(id, Severity::Error, line, text, fields, keyName, key, r.time);
        if (!m_decided) {
            m_decided = true;
            m_failure = id;
            m_out.stageFailed(3, line, text, id);
        }
    }

    ReportBuilder &m_out;
    FragmentSplitter m_fragments;
    qint64 m_lastLine = 1;
    bool m_sawRequest = false;
    bool m_decided = false;
    QString m_failure;
};

} // namespace

std::unique_ptr<Reader> makeSvcLogReader(ReportBuilder &out)
{
    return std::make_unique<SvcLogReader>(out);
}

} // namespace ndes::logs::connector::detail
