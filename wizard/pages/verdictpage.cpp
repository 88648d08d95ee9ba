#include "verdictpage.h"

#include "session.h"
#include "texts.h"
#include "widgets/browserview.h"
#include "widgets/status.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace ndes::ui {

namespace {

QString statusHtml(Status status, const QString &text)
{
    return statusLineHtml(status, text);
}

const http::RawAnswer *answerOf(const http::ProbeResult &result, http::RequestKind kind)
{
    for (const http::RawAnswer &answer : result.answers) {
        if (answer.kind == kind)
            return &answer;
    }
    return nullptr;
}

QFont scaled(const QFont &base, qreal factor)
{
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(true);
    return f;
}

} // namespace

VerdictPage::VerdictPage(const PageContext &context, QWidget *parent)
    : Page(PageId::Verdict, context, parent),
      m_headline(new StatusLabel(this)),
      m_quiz(new QGroupBox(this)),
      m_quizQuestion(new QLabel(m_quiz)),
      m_choiceGroup(new QButtonGroup(this)),
      m_check(new QPushButton(m_quiz)),
      m_quizResult(new StatusLabel(m_quiz)),
      m_scroll(new QScrollArea(this)),
      m_sawHeading(new QLabel),
      m_facts(new QLabel),
      m_browserHeading(new QLabel),
      m_browser(new BrowserView),
      m_meaningHeading(new QLabel),
      m_meaning(new QLabel)
{
    m_headline->setObjectName(QStringLiteral("verdictSentence"));
    m_headline->setWordWrap(true);
    m_headline->setIconSize(32);
    m_headline->setFont(scaled(font(), 1.15));
    m_quiz->setObjectName(QStringLiteral("quizBox"));
    m_check->setObjectName(QStringLiteral("quizCheckButton"));
    m_quizResult->setObjectName(QStringLiteral("quizResult"));
    m_quizResult->setWordWrap(true);
    m_quizQuestion->setWordWrap(true);
    m_browser->setObjectName(QStringLiteral("browserView"));
    m_facts->setObjectName(QStringLiteral("verdictFacts"));
    m_meaning->setObjectName(QStringLiteral("verdictMeaning"));

    auto *quizLayout = new QVBoxLayout(m_quiz);
    quizLayout->addWidget(m_quizQuestion);
    for (int i = 0; i < 4; ++i) {
        auto *choice = new QRadioButton(m_quiz);
        choice->setObjectName(QStringLiteral("quizChoice_%1").arg(i));
        m_choiceGroup->addButton(choice, i);
        m_choices << choice;
        quizLayout->addWidget(choice);
    }
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_quizResult, 1);
    quizLayout->addLayout(checkRow);
    connect(m_choiceGroup, &QButtonGroup::idToggled, this, [this] { m_check->setEnabled(m_choiceGroup->checkedId() >= 0); });
    connect(m_check, &QPushButton::clicked, this, &VerdictPage::checkAnswer);

    for (QLabel *heading : {m_sawHeading, m_browserHeading, m_meaningHeading})
        heading->setFont(scaled(font(), 1.08));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_meaning->setWordWrap(true);
    m_meaning->setTextFormat(Qt::PlainText);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser->setMaximumContentHeight(300);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("verdictContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 10, 6);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_sawHeading);
    contentLayout->addWidget(m_facts);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_browserHeading);
    contentLayout->addWidget(m_browser);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_meaningHeading);
    contentLayout->addWidget(m_meaning);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setObjectName(QStringLiteral("verdictScroll"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_headline);
    layout->addWidget(m_quiz);
    layout->addWidget(m_scroll, 1);
    m_quiz->hide();
    retranslate();
}

bool VerdictPage::quizPending() const
{
    return session().isQuiz() && !session().quizAnsweredRight().has_value();
}

void VerdictPage::initializePage()
{
    m_shown.reset();
    if (session().result())
        m_shown = session().result()->verdict;
    buildChoices();
    refresh();
    m_scroll->ensureVisible(0, 0);
}

void VerdictPage::buildChoices()
{
    m_choiceVerdicts.clear();
    m_correct = -1;
    {
        m_choiceGroup->setExclusive(false);
        for (QRadioButton *choice : std::as_const(m_choices))
            choice->setChecked(false);
        m_choiceGroup->setExclusive(true);
    }
    m_quizResult->clear();
    if (!m_shown || !session().isQuiz())
        return;
    QList<Verdict> others;
    for (Verdict v : kAllVerdicts) {
        if (v != *m_shown)
            others << v;
    }
    std::shuffle(others.begin(), others.end(), *QRandomGenerator::global());
    m_choiceVerdicts = others.mid(0, 3);
    m_correct = QRandomGenerator::global()->bounded(4);
    m_choiceVerdicts.insert(m_correct, *m_shown);
}

void VerdictPage::checkAnswer()
{
    const int picked = m_choiceGroup->checkedId();
    if (picked < 0 || m_correct < 0)
        return;
    session().setQuizAnswer(picked == m_correct);
    refresh();
    Q_EMIT completeChanged();
}

void VerdictPage::retranslate()
{
    setPageTitle(tr("Verdict"));
    m_quiz->setTitle(tr("Quiz"));
    m_quizQuestion->setText(tr("Look at what the server answered below. Which cause fits?"));
    m_check->setText(tr("&Check my answer"));
    m_check->setAccessibleName(tr("Check my answer"));
    m_quiz->setAccessibleName(tr("Quiz"));
    m_sawHeading->setText(tr("What we saw"));
    m_browserHeading->setText(tr("The page as a browser shows it"));
    m_meaningHeading->setText(tr("What it means"));
    refresh();
}

void VerdictPage::refresh()
{
    const bool pending = quizPending();
    setSubTitle(pending ? tr("Find the cause before the answer is shown.") : tr("What the test found, and what it means."));
    for (int i = 0; i < m_choices.size(); ++i) {
        const bool used = i < m_choiceVerdicts.size();
        m_choices[i]->setVisible(used);
        if (used) {
            m_choices[i]->setText(QStringLiteral("&%1  %2").arg(i + 1).arg(verdictCause(m_choiceVerdicts[i])));
            m_choices[i]->setAccessibleName(verdictCause(m_choiceVerdicts[i]));
        }
    }
    m_quiz->setVisible(session().isQuiz() && m_correct >= 0);
    for (QRadioButton *choice : std::as_const(m_choices))
        choice->setEnabled(pending);
    m_check->setEnabled(pending && m_choiceGroup->checkedId() >= 0);
    if (session().quizAnsweredRight().has_value() && m_correct >= 0) {
        if (*session().quizAnsweredRight())
            m_quizResult->setStatus(Status::Ok, tr("right, well done."));
        else
            m_quizResult->setStatus(Status::Problem,
                                    tr("not this time. The cause was: %1.").arg(verdictCause(m_choiceVerdicts[m_correct])));
    } else {
        m_quizResult->clear();
    }

    if (!m_shown || !session().result()) {
        m_headline->setStatus(Status::Info, tr("no result yet: go back and run the test."));
        m_facts->clear();
        m_meaning->clear();
        return;
    }
    const http::ProbeResult &result = *session().result();
    if (pending) {
        m_headline->setStatus(Status::Info, tr("the test is finished. What went wrong?"));
    } else {
        m_headline->setStatus(isHealthy(result.verdict) ? Status::Ok : Status::Problem, verdictSentence(result));
    }
    m_meaningHeading->setVisible(!pending);
    m_meaning->setVisible(!pending);
    m_meaning->setText(verdictMeaning(result.verdict));
    m_facts->setText(factsHtml());
    if (const http::RawAnswer *answer = answerOf(result, result.decidedBy))
        m_browser->showAnswer(*answer);
}

QString VerdictPage::factsHtml() const
{
    if (!session().result())
        return {};
    const http::ProbeResult &result = *session().result();
    QStringList rows;
    const auto row = [&rows](const QString &name, const QString &valueHtml) {
        rows << QStringLiteral("<tr><td style=\"padding:2px 14px 2px 0;\" valign=\"top\"><b>%1</b></td>"
                               "<td style=\"padding:2px 0;\">%2</td></tr>")
                    .arg(name.toHtmlEscaped(), valueHtml);
    };

    const http::RawAnswer *decided = answerOf(result, result.decidedBy);
    const http::RawAnswer *bare = answerOf(result, http::RequestKind::Bare);
    if (decided) {
        QString line;
        if (decided->outcome == http::Outcome::Answered)
            line = QStringLiteral("HTTP %1 %2").arg(decided->status).arg(QString::fromLatin1(decided->reason)).trimmed();
        else if (decided->error.isEmpty() || decided->error.compare(outcomeName(decided->outcome), Qt::CaseInsensitive) == 0)
            line = outcomeName(decided->outcome);
        else
            line = QStringLiteral("%1 (%2)").arg(outcomeName(decided->outcome), decided->error);
        row(tr("Answer (%1)").arg(requestKindName(decided->kind)),
            QStringLiteral("<tt>%1</tt>").arg(line.toHtmlEscaped()));
    }
    if (bare && bare->outcome == http::Outcome::Answered) {
        const QByteArray server = bare->header("Server");
        row(tr("Server"), server.isEmpty() ? tr("not given").toHtmlEscaped()
                                            : QStringLiteral("<tt>%1</tt>").arg(QString::fromLatin1(server).toHtmlEscaped()));
        QStringList proxy;
        for (const auto &[name, value] : bare->headers) {
            if (name.toLower().startsWith("x-ms-proxy-"))
                proxy << QStringLiteral("<tt>%1: %2</tt>").arg(QString::fromLatin1(name).toHtmlEscaped(),
                                                              QString::fromLatin1(value).toHtmlEscaped());
        }
        row(tr("Application proxy"), proxy.isEmpty() ? tr("not in the path").toHtmlEscaped()
                                                     : proxy.join(QStringLiteral("<br/>")));
    }
    QStringList redirects;
    QStringList times;
    for (const http::RawAnswer &answer : result.answers) {
        for (const http::Redirect &r : answer.redirects)
            redirects << QStringLiteral("%1: %2 %3 &rarr; %4")
                             .arg(requestKindName(answer.kind).toHtmlEscaped())
                             .arg(r.status)
                             .arg(r.from.toDisplayString(QUrl::RemoveQuery).toHtmlEscaped(),
                                  r.to.toDisplayString(QUrl::RemoveQuery).toHtmlEscaped());
        times << tr("%1: %2 ms").arg(requestKindName(answer.kind), QLocale().toString(answer.elapsedMs)).toHtmlEscaped();
    }
    if (!redirects.isEmpty())
        row(tr("Redirects"), redirects.join(QStringLiteral("<br/>")));
    row(tr("Times"), times.join(QStringLiteral(" &middot; ")));
    row(tr("Capabilities"), result.capabilities.keywords.isEmpty()
                                ? tr("none received").toHtmlEscaped()
                                : QStringLiteral("<tt>%1</tt>").arg(result.capabilities.keywords.join(QStringLiteral(", ")).toHtmlEscaped()));
    QStringList certificates;
    for (const http::SeenCertificate &seen : result.certificates) {
        const QString until = QLocale().toString(seen.info.notAfter.toUTC().date(), QStringLiteral("d MMMM yyyy"));
        QString validity;
        Status status = Status::Ok;
        if (seen.validity.expired) {
            status = Status::Problem;
            validity = tr("expired on %1").arg(until);
        } else if (seen.validity.notYetValid) {
            status = Status::Problem;
            validity = tr("not valid yet");
        } else if (seen.validity.expiringSoon) {
            status = Status::Warning;
            validity = tr("valid until %1, %n day(s) left", nullptr, int(seen.validity.daysLeft)).arg(until);
        } else {
            validity = tr("valid until %1, %n day(s) left", nullptr, int(seen.validity.daysLeft)).arg(until);
        }
        certificates << statusHtml(status, tr("%1 \"%2\": %3").arg(certRoleName(seen.info.role), seen.info.subject, validity));
    }
    if (!certificates.isEmpty())
        row(tr("Certificates"), certificates.join(QStringLiteral("<br/>")));
    QStringList findings;
    QStringList fromHttpSys;
    // Requests that failed the same way are told once.
    QList<QPair<QString, QStringList>> failures; // reason, request names
    for (const Finding &finding : result.findings) {
        if (finding.id != QLatin1String("request-failed"))
            continue;
        const QVariantMap &ev = finding.evidence;
        const int status = ev.value(QStringLiteral("status")).toInt();
        const QString error = ev.value(QStringLiteral("error")).toString();
        QString reason;
        if (status > 0) {
            reason = error.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1 (%2)").arg(status).arg(error);
        } else {
            const QString outcome = outcomeName(ev.value(QStringLiteral("outcome")).toString());
            reason = error.isEmpty() || error.compare(outcome, Qt::CaseInsensitive) == 0
                ? outcome
                : QStringLiteral("%1 (%2)").arg(outcome, error);
        }
        const QString request = requestKindName(ev.value(QStringLiteral("request")).toString());
        auto it = std::find_if(failures.begin(), failures.end(), [&](const auto &f) { return f.first == reason; });
        if (it == failures.end())
            failures.append({reason, {request}});
        else
            it->second << request;
    }
    for (const auto &[reason, requests] : std::as_const(failures)) {
        if (requests.size() == 1)
            findings << statusHtml(Status::Problem, tr("%1 failed: %2.").arg(requests.first(), reason));
        else
            findings << statusHtml(Status::Problem, tr("%1 all failed the same way: %2.")
                                                        .arg(QLocale().createSeparatedList(requests), reason));
    }
    for (const Finding &finding : result.findings) {
        if (finding.id == QLatin1String("request-failed"))
            continue;
        if (finding.id == QLatin1String("http-sys-answer")) {
            fromHttpSys << requestKindName(finding.evidence.value(QStringLiteral("request")).toString());
            continue;
        }
        static const QStringList worthShowing = {QStringLiteral("status-meaning"), QStringLiteral("ndes-page-encoding")};
        if (finding.severity == Severity::Info && !worthShowing.contains(finding.id))
            continue;
        const Status status = finding.severity == Severity::Error     ? Status::Problem
                              : finding.severity == Severity::Warning ? Status::Warning
                                                                      : Status::Info;
        findings << statusHtml(status, findingText(finding));
    }
    if (!fromHttpSys.isEmpty())
        findings << statusHtml(Status::Info, tr("These answers came from HTTP.sys, not from IIS: %1. The requests never "
                                                "reached the SCEP application.")
                                                 .arg(QLocale().createSeparatedList(fromHttpSys)));
    if (!findings.isEmpty())
        row(tr("Findings"), findings.join(QStringLiteral("<br/>")));
    return QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(rows.join(QString()));
}

bool VerdictPage::isComplete() const
{
    return session().result().has_value() && !quizPending();
}

QString VerdictPage::shownVerdictId() const
{
    return m_shown ? verdictId(*m_shown) : QString();
}

QString VerdictPage::stepLabel() const
{
    if (!session().result() || quizPending())
        return tr("Verdict");
    return tr("Verdict: %1").arg(verdictTitle(session().result()->verdict));
}

} // namespace ndes::ui
