#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QGridLayout;
class QPushButton;
class QTemporaryDir;

namespace ndes::ui {

// Every log that the troubleshooting sources send people to, in one table: where it lives, what it shows and
// at which stage of the SCEP flow.
struct LogLocation {
    enum class Host { NdesServer, Device };
    enum class Kind {
        Folder,   // a folder of log files: the folder opens
        File,     // one file: its folder opens
        EventLog, // a Windows event log: Event Viewer opens
        DeviceApp // collected on the device itself (an app or a Mac): nothing to open here
    };
    QString id;           // stable, also the object name of its row's button
    Host host = Host::NdesServer;
    Kind kind = Kind::Folder;
    QString path;         // as written in the sources, with %ProgramFiles%, %SystemDrive% or %windir%
    QString folder;       // the folder to open in live mode (same variables); empty when none
    QString snapshotFile; // the file or folder of the snapshot that holds a copy; empty when none does
    int stage = 0;        // 1 to 6
};

const QList<LogLocation> &logLocations();

// Translated words for a location (they follow the language switch).
QString logLocationName(const LogLocation &location);
QString logLocationShows(const LogLocation &location);
QString logLocationHost(const LogLocation &location);

// %ProgramFiles%, %SystemDrive% and %windir% replaced from the environment; unchanged when a variable is not set.
QString expandWindowsPath(const QString &path);

// The table of log locations, with a button per row: "Open folder" in live mode, "Open the copy" in snapshot
// mode (when the snapshot holds one), and a note in training that the buttons work on a real server.
class LogLocationsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Live, Snapshot, Training };

    explicit LogLocationsPanel(QWidget *parent = nullptr);
    ~LogLocationsPanel() override;

    void setMode(Mode mode, const QString &snapshotPath = QString());
    int rowCount() const;
    QPushButton *button(const QString &locationId) const;
    QLineEdit *pathField(const QString &locationId) const;
    // The path shown for a location in the current mode (expanded only in live mode on Windows).
    QString shownPath(const LogLocation &location) const;
    // Why the row's button is disabled, or empty when it is enabled.
    QString disabledReason(const LogLocation &location) const;

Q_SIGNALS:
    // A folder or file the panel asked the desktop to open (tests listen to it).
    void opened(const QString &localPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void openLocation(const LogLocation &location);
    QString snapshotCopy(const LogLocation &location, QString *error);

    QLabel *m_intro;
    QLabel *m_note;
    QWidget *m_rows;
    QGridLayout *m_grid;
    Mode m_mode = Mode::Training;
    QString m_snapshot;
    std::unique_ptr<QTemporaryDir> m_extracted; // copies taken out of a zipped snapshot
};

} // namespace ndes::ui
