#include "logs/device/parsers.h"

#include <QRegularExpression>

namespace ndes::logs::device::detail {

namespace {

const QLatin1String kRedacted("<redacted>");

QString cut(QString text)
{
    if (text.size() > kMaxEvidenceChars) {
        text.truncate(kMaxEvidenceChars);
        text += QChar(0x2026);
    }
    return text;
}

bool isGeneric(const QString &kind)
{
    return kind == QLatin1String("error");
}

} // namespace

QString redact(QStringView input)
{
    QString text = input.toString();
    if (text.contains(QLatin1String("message="), Qt::CaseInsensitive)) {
        static const QRegularExpression message(QStringLiteral("(message=)([^&\\s\"'<>]*)"),
                                                QRegularExpression::CaseInsensitiveOption);
        const bool pkiOperation = text.contains(QLatin1String("PKIOperation"), Qt::CaseInsensitive);
        QString out;
        qsizetype from = 0;
        for (auto it = message.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool secret = pkiOperation || m.capturedLength(2) > 64;
            out += QStringView(text).sliced(from, m.capturedEnd(1) - from);
            out += secret ? QString(kRedacted) : m.captured(2);
            from = m.capturedEnd(2);
        }
        out += QStringView(text).sliced(from);
        text = out;
    }
    if (text.contains(QLatin1String("challenge"), Qt::CaseInsensitive)) {
        // key=value, key: value, "key": "value"
        static const QRegularExpression pair(
            QStringLiteral("(challenge[\\w-]*[\"']?\\s*[=:]\\s*[\"']?)(?!<redacted>)([^\\s\"'&,;\\]<>)]+)"),
            QRegularExpression::CaseInsensitiveOption);
        text.replace(pair, QStringLiteral("\\1<redacted>"));
        // <Challenge>value</Challenge>, <ChallengePassword attr='x'>value</...>
        static const QRegularExpression element(QStringLiteral("(<[\\w:]*challenge\\w*(?:\\s[^>]*)?>)([^<]+)(</)"),
                                                QRegularExpression::CaseInsensitiveOption);
        text.replace(element, QStringLiteral("\\1<redacted>\\3"));
        // SyncML: <LocURI>.../Challenge</LocURI></Target><Data>value</Data>
        static const QRegularExpression syncml(
            QStringLiteral("(challenge\\w*</LocURI>.*?<Data>)([^<]*)(</Data>)"),
            QRegularExpression::CaseInsensitiveOption);
        text.replace(syncml, QStringLiteral("\\1<redacted>\\3"));
    }
    return text;
}

QString ndesUrlOf(QStringView url)
{
    qsizetype end = url.size();
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == QLatin1Char('?') || c == QLatin1Char('#') || c.isSpace() || c == QLatin1Char('"')
            || c == QLatin1Char('\'') || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            end = i;
            break;
        }
    }
    QStringView u = url.first(end);
    while (!u.isEmpty()
           && (u.back() == QLatin1Char(')') || u.back() == QLatin1Char(',') || u.back() == QLatin1Char('.')
               || u.back() == QLatin1Char(';') || u.back() == QLatin1Char(']') || u.back() == QChar(0x201D)))
        u.chop(1);
    return u.toString();
}

std::optional<Stage> stageOfOperation(QStringView op)
{
    if (op.compare(QLatin1String("GetCACaps"), Qt::CaseInsensitive) == 0)
        return Stage::GetCaCapsOk;
    if (op.compare(QLatin1String("GetCACert"), Qt::CaseInsensitive) == 0
        || op.compare(QLatin1String("GetNextCACert"), Qt::CaseInsensitive) == 0
        || op.compare(QLatin1String("GetCACertChain"), Qt::CaseInsensitive) == 0)
        return Stage::GetCaCertOk;
    if (op.contains(QLatin1String("PKIOperation"), Qt::CaseInsensitive)
        || op.contains(QLatin1String("PkiOperation"), Qt::CaseInsensitive)
        || op.compare(QLatin1String("PkcsReq"), Qt::CaseInsensitive) == 0)
        return Stage::CertRep;
    return std::nullopt;
}

Tracker::Tracker(DeviceLogReport &report) : m_report(report)
{
    m_report.stages.clear();
    for (Stage s : allStages()) {
        StageResult r;
        r.stage = s;
        m_report.stages.append(r);
    }
}

void Tracker::add(Stage stage, qint64 line, QStringView text, bool reaches)
{
    StageResult &r = result(stage);
    if (reaches)
        r.reached = true;
    Evidence e{line, cut(redact(text))};
    for (const Evidence &kept : std::as_const(r.evidence)) {
        if (kept.line == line && kept.text == e.text) {
            if (reaches)
                m_proved[std::size_t(stage)] = true;
            return;
        }
    }
    if (r.evidence.size() < kMaxEvidencePerStage) {
        r.evidence.append(e);
    } else if (reaches && !m_proved[std::size_t(stage)]) {
        r.evidence.back() = e; // keep a line that proves the stage, whatever came first
    }
    if (reaches)
        m_proved[std::size_t(stage)] = true;
}

void Tracker::setCertRep(const QString &status, const QString &failInfo, qint64 line, QStringView text)
{
    StageResult &r = result(Stage::CertRep);
    r.detail = status;
    r.failInfo = failInfo;
    m_certRepLine = line;
    m_certRepText = cut(redact(text));
    add(Stage::CertRep, line, text);
}

void Tracker::fail(Stage stage, const QString &kind, QStringView text, qint64 line, const QString &code)
{
    std::optional<Failure> &slot = m_failures[std::size_t(stage)];
    if (slot && !(isGeneric(slot->kind) && !isGeneric(kind)))
        return;
    Failure f;
    f.stage = stage;
    f.kind = kind;
    f.text = cut(redact(text.trimmed()));
    f.code = code;
    f.line = line;
    slot = f;
}

void Tracker::setUrl(QStringView url)
{
    if (!m_report.ndesUrl.isEmpty())
        return;
    const QString u = ndesUrlOf(url);
    if (u.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || u.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        m_report.ndesUrl = u;
}

bool Tracker::reached(Stage stage) const
{
    return m_report.stages[int(stage)].reached;
}

Stage Tracker::current() const
{
    int last = -1;
    for (int i = 0; i < kStageCount; ++i) {
        if (m_report.stages[i].reached)
            last = i;
    }
    return Stage(std::min(last + 1, kStageCount - 1));
}

void Tracker::finish()
{
    int last = -1;
    for (int i = 0; i < kStageCount; ++i) {
        if (m_report.stages[i].reached)
            last = i;
    }
    for (int i = 0; i < last; ++i) {
        StageResult &r = m_report.stages[i];
        if (!r.reached) {
            r.reached = true;
            r.implied = true;
        }
    }
    m_report.reached = last >= 0 ? std::optional<Stage>(Stage(last)) : std::nullopt;
    m_report.failure.reset();
    if (last == int(Stage::Installed)) {
        StageResult &certRep = result(Stage::CertRep);
        if (certRep.detail.isEmpty() || certRep.detail == QLatin1String("PENDING"))
            certRep.detail = QStringLiteral("SUCCESS");
        return;
    }
    for (int i = std::max(last, 0); i < kStageCount; ++i) {
        const std::optional<Failure> &f = m_failures[std::size_t(i)];
        if (f && (!m_report.failure || f->line < m_report.failure->line))
            m_report.failure = f;
    }
    if (!m_report.failure && result(Stage::CertRep).detail == QLatin1String("PENDING")) {
        Failure f;
        f.stage = Stage::CertRep;
        f.kind = QStringLiteral("certrep-pending");
        f.text = m_certRepText;
        f.line = m_certRepLine;
        m_report.failure = f;
    }
}

} // namespace ndes::logs::device::detail
