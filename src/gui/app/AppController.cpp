// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppController.h"

#include "MainWindow.h"
#include "Session.h"
#include "SqliteStore.h"
#include "app/AppSettings.h"
#include "app/DemoDatabase.h"
#include "app/Language.h"
#include "support/LoginName.h"
#include "text/ErrorText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace simfleet::gui {

namespace {

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

AppController::AppController(AppSettings& settings, QObject* parent)
    : QObject(parent), m_settings(settings)
{}

AppController::~AppController()
{
    delete m_window;
}

QWidget* AppController::dialogParent() const
{
    return m_window;
}

QString AppController::operatorName()
{
    QString name = m_settings.operatorName();
    if (!name.isEmpty()) {
        return name;
    }
    // The first run asks once: the audit log should carry a person's name, not a login. The login
    // is offered; a name is only remembered when the user gives one.
    bool ok = false;
    name = QInputDialog::getText(dialogParent(), tr("Welcome to SimFleet"),
                                 tr("Your name, recorded with every change in the audit log "
                                    "(you can change it later in Settings):"),
                                 QLineEdit::Normal, loginName(), &ok)
               .trimmed();
    if (ok && !name.isEmpty()) {
        m_settings.setOperatorName(name);
        return name;
    }
    // Cancelled: this session records the login (shown in the status bar), and the next start
    // asks again; never a made-up name.
    return loginName();
}

QString AppController::startupPath(const StartupRequest& request) const
{
    if (request.kind == StartupRequest::Kind::Path) {
        return request.path;
    }
    const QString last = m_settings.lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        return last;
    }
    return defaultDatabasePath();
}

bool AppController::start(const StartupRequest& request)
{
    bool opened = false;
    if (request.kind == StartupRequest::Kind::Demo) {
        opened = openDemoDatabase();
    } else if (request.kind == StartupRequest::Kind::Path && !holdsData(request.path)) {
        // A mistyped --db would otherwise open as a new, empty fleet.
        opened = mayCreate(request.path) && showDatabase(request.path, OpenMode::CreateIfMissing);
    } else {
        opened = showDatabase(startupPath(request), OpenMode::CreateIfMissing);
    }
    // Nothing to show yet: offer another file until one opens or the user gives up.
    while (!opened) {
        const QString path = QFileDialog::getOpenFileName(
            nullptr, tr("Open a SimFleet database"), QString(),
            tr("SimFleet databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (path.isEmpty()) {
            return false;
        }
        opened = showDatabase(path, OpenMode::OpenExisting);
    }
    return true;
}

bool AppController::holdsData(const QString& path)
{
    const QFileInfo file(path);
    return file.isDir() || file.size() > 0; // a folder is refused with its own message
}

bool AppController::mayCreate(const QString& path)
{
    QMessageBox box(QMessageBox::Question, tr("No database there"),
                    tr("There is no SimFleet database at\n%1\n\nCreate a new, empty database "
                       "there?")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                    QMessageBox::Cancel, dialogParent());
    box.setObjectName(QStringLiteral("createDatabaseQuestion"));
    QPushButton* create = box.addButton(tr("&Create database"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createDatabase"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == create;
}

void AppController::openDatabase(const QString& path)
{
    if (!showDatabase(path, OpenMode::OpenExisting) && !QFileInfo::exists(path)) {
        m_settings.forgetDatabase(path);
    }
}

void AppController::createDatabase(const QString& path)
{
    showDatabase(path, OpenMode::CreateIfMissing);
}

void AppController::openDemo()
{
    openDemoDatabase();
}

void AppController::reopen()
{
    if (!m_window) {
        return;
    }
    installTranslations(*QCoreApplication::instance(), m_settings.language());
    // A new window, built in the new language and for the new operator; the old one closes.
    showDatabase(m_window->session().databasePath(), OpenMode::OpenExisting);
}

bool AppController::openDemoDatabase()
{
    const QString path = defaultDemoDatabasePath();
    if (const Status filled = ensureDemoDatabase(path, dialogParent()); !filled) {
        QMessageBox::critical(dialogParent(), tr("Demo fleet"),
                              openFailureMessage(path, filled.error()));
        return false;
    }
    return showDatabase(path, OpenMode::OpenExisting);
}

std::optional<Access> AppController::claim(const QString& path, OpenMode mode,
                                           std::unique_ptr<DatabaseLock>& lock)
{
    if (m_lock && samePath(m_lock->databasePath(), path)) {
        lock = std::move(m_lock);
        return Access::ReadWrite;
    }
    if (mode == OpenMode::CreateIfMissing) {
        QDir().mkpath(QFileInfo(path).absolutePath()); // the lock goes beside the new file
    }
    lock = std::make_unique<DatabaseLock>(path);
    switch (lock->tryLock()) {
    case DatabaseLock::Outcome::Taken:
        return Access::ReadWrite;
    case DatabaseLock::Outcome::Unavailable:
        // No lock file can be made there (a read-only folder): nobody could write it anyway.
        lock.reset();
        return Access::ReadWrite;
    case DatabaseLock::Outcome::HeldElsewhere:
        break;
    }
    const std::optional<LockHolder> holder = lock->holder();
    lock.reset();
    if (!mayOpenReadOnly(path, holder)) {
        return std::nullopt;
    }
    return Access::ReadOnly;
}

bool AppController::mayOpenReadOnly(const QString& path, const std::optional<LockHolder>& holder)
{
    QString where = tr("another program");
    if (holder) {
        const QString program =
            holder->application.isEmpty() ? tr("another program") : holder->application;
        where = tr("%1 (process %2 on %3)").arg(program).arg(holder->pid).arg(holder->host);
    }
    QMessageBox box(QMessageBox::Warning, tr("Database open elsewhere"),
                    tr("The database\n%1\nis already open in %2.\n\nTwo windows changing the "
                       "same cards at once would undo each other's work. Open it read-only, to "
                       "look without changing anything?")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), where),
                    QMessageBox::Cancel, dialogParent());
    box.setObjectName(QStringLiteral("databaseInUseQuestion"));
    QPushButton* readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

bool AppController::showDatabase(const QString& path, OpenMode mode)
{
    std::unique_ptr<DatabaseLock> lock;
    const std::optional<Access> access = claim(path, mode, lock);
    if (!access) {
        return false;
    }
    // The window on screen keeps its lock when this one does not open.
    const auto giveBack = [&] {
        if (lock && m_window &&
            samePath(lock->databasePath(), m_window->session().databasePath())) {
            m_lock = std::move(lock);
        }
    };

    auto clock = std::make_unique<SystemClock>();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto store = simfleet::gui::openDatabase(path, *clock, mode, *access);
    QGuiApplication::restoreOverrideCursor();
    if (!store) {
        giveBack();
        QMessageBox::critical(dialogParent(), tr("Cannot open database"),
                              openFailureMessage(path, store.error()));
        return false;
    }

    const QString name = operatorName();
    if (name.isEmpty()) {
        giveBack();
        return false; // nobody to record the changes under: no name given, no login known
    }
    auto session =
        std::make_unique<Session>(std::move(store).value(), std::move(clock), name,
                                  QFileInfo(path).absoluteFilePath(), *access == Access::ReadOnly);
    if (m_window) {
        m_window->saveSettings();
    }
    auto* window = new MainWindow(std::move(session), m_settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (*access == Access::ReadOnly) {
        window->setWindowTitle(tr("%1 (read-only)").arg(window->windowTitle()));
    }
    connect(window, &MainWindow::openDatabaseRequested, this, &AppController::openDatabase);
    connect(window, &MainWindow::newDatabaseRequested, this, &AppController::createDatabase);
    connect(window, &MainWindow::demoRequested, this, &AppController::openDemo);
    connect(window, &MainWindow::settingsChanged, this, &AppController::reopen,
            Qt::QueuedConnection);
    window->show();

    if (m_window) {
        m_window->close();
    }
    m_window = window;
    m_lock = std::move(lock);
    m_settings.noteOpened(path, samePath(path, defaultDemoDatabasePath()));
    return true;
}

} // namespace simfleet::gui
