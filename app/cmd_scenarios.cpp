#include "cli.h"

#include "texts.h"
#include "training/scenario.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ndes::app {

int runScenarios(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the training scenarios and the verdict each one must give."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("ndes-doctor scenarios")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitHealthy;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("scenarios takes no arguments"));

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const training::Scenario &s : training::scenarios()) {
            list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("title"), ui::scenarioTitle(s.id)},
                                    {QStringLiteral("verdict"), verdictId(s.expectedVerdict)},
                                    {QStringLiteral("cause"), s.cause.isEmpty() ? QJsonValue() : QJsonValue(s.cause)},
                                    {QStringLiteral("difficulty"), s.difficulty}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), list}}).toJson(QJsonDocument::Indented);
        return ExitHealthy;
    }
    for (const training::Scenario &s : training::scenarios())
        out << s.id.leftJustified(28) << verdictId(s.expectedVerdict).leftJustified(26) << ui::scenarioTitle(s.id) << '\n';
    return ExitHealthy;
}

} // namespace ndes::app
