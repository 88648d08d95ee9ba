#include "traininglogs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ndes::ui {

QString trainingLogsRoot(const QString &scenarioId, const QString &part)
{
    return QStringLiteral(":/training-logs/%1/%2").arg(scenarioId, part);
}

bool copyTrainingLogs(const QString &scenarioId, const QString &part, const QString &to)
{
    const QString from = trainingLogsRoot(scenarioId, part);
    const QString into = QDir(to).filePath(part);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = into + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()))
            return false;
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

} // namespace ndes::ui
