// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "app/CommandLine.h"
#include "app/DatabaseLock.h"
#include "app/DatabaseOpening.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QWidget;

namespace simfleet::gui {

class AppSettings;

// Opens databases and the windows over them. A window owns its database's Session for its whole
// life, so opening another database opens a new window and closes the old one; when a database
// cannot be opened the user reads why and the current window stays.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // Opens what the command line asked for. False when there is nothing to show (the user gave
    // up after an error): the application should quit.
    bool start(const StartupRequest& request);

    MainWindow* window() const { return m_window; }

public Q_SLOTS:
    void openDatabase(const QString& path);
    void createDatabase(const QString& path);
    void openDemo();
    // Language or operator changed: the same database in a new window.
    void reopen();

private:
    bool showDatabase(const QString& path, OpenMode mode);
    // Takes the database's lock into `lock` (the window on screen hands its own over when it is
    // the same database), or, when another SimFleet holds it, asks whether to open it read-only.
    // nullopt: the user cancelled.
    std::optional<Access> claim(const QString& path, OpenMode mode,
                                std::unique_ptr<DatabaseLock>& lock);
    bool mayOpenReadOnly(const QString& path, const std::optional<LockHolder>& holder);
    // Whether something is at path (a file with bytes in it, or a folder).
    static bool holdsData(const QString& path);
    // Asks before a database is made where the user named one that is not there.
    bool mayCreate(const QString& path);
    bool openDemoDatabase();
    QString startupPath(const StartupRequest& request) const;
    QString operatorName();
    QWidget* dialogParent() const;

    AppSettings& m_settings;
    QPointer<MainWindow> m_window;
    // The lock of the database in m_window; none when it was opened read-only.
    std::unique_ptr<DatabaseLock> m_lock;
};

} // namespace simfleet::gui
