// SPDX-License-Identifier: GPL-3.0-or-later
// Starting the application: the command line, remembered databases, and the words a user reads
// when a database cannot be opened (the function behind the dialog, not the modal itself).

#include "DatabaseFile.h"
#include "FleetTestDatabase.h"
#include "MainWindow.h"
#include "app/AppController.h"
#include "app/AppSettings.h"
#include "app/CommandLine.h"
#include "app/DatabaseLock.h"
#include "app/DatabaseOpening.h"
#include "support/LoginName.h"
#include "text/ErrorText.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <optional>
#include <sqlite3.h>

using namespace simfleet;
using namespace simfleet::gui;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result{QStringLiteral("simfleet")};
    for (const char* arg : list) {
        result << QString::fromUtf8(arg);
    }
    return result;
}

void setUserVersion(const QString& path, int version)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ";";
    CHECK(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("the command line chooses the database", "[startup]")
{
    const auto plain = parseCommandLine(args({}));
    CHECK(plain.error.isEmpty());
    CHECK(plain.request.kind == StartupRequest::Kind::Default);

    const auto db = parseCommandLine(args({"--db", "/tmp/office.db"}));
    CHECK(db.error.isEmpty());
    CHECK(db.request.kind == StartupRequest::Kind::Path);
    CHECK(db.request.path == QStringLiteral("/tmp/office.db"));

    const auto demo = parseCommandLine(args({"--demo"}));
    CHECK(demo.error.isEmpty());
    CHECK(demo.request.kind == StartupRequest::Kind::Demo);

    CHECK_FALSE(parseCommandLine(args({"--demo", "--db", "x.db"})).error.isEmpty());
    CHECK_FALSE(parseCommandLine(args({"--frobnicate"})).error.isEmpty());
    CHECK_FALSE(parseCommandLine(args({"stray.db"})).error.isEmpty());
    CHECK(parseCommandLine(args({"--help"})).showHelp);
}

TEST_CASE("recent databases are remembered, most recent first, the demo never as the last",
          "[startup]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    for (int n = 0; n < AppSettings::kMaxRecent + 3; ++n) {
        settings.noteOpened(dir.filePath(QStringLiteral("db%1.db").arg(n)), false);
    }
    const QStringList recent = settings.recentDatabases();
    CHECK(recent.size() == AppSettings::kMaxRecent);
    CHECK(recent.front() ==
          dir.filePath(QStringLiteral("db%1.db").arg(AppSettings::kMaxRecent + 2)));

    settings.noteOpened(dir.filePath(QStringLiteral("demo.db")), true);
    CHECK(settings.recentDatabases().front() == dir.filePath(QStringLiteral("demo.db")));
    CHECK(settings.lastDatabase() ==
          dir.filePath(QStringLiteral("db%1.db").arg(AppSettings::kMaxRecent + 2)));

    settings.setLanguage(Language::SimplifiedChinese);
    CHECK(settings.language() == Language::SimplifiedChinese);
    settings.setOperatorName(QStringLiteral("  Chen Jing "));
    CHECK(settings.operatorName() == QStringLiteral("Chen Jing"));
}

TEST_CASE("a database from a newer SimFleet is refused with the reason", "[startup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    const SystemClock clock;
    REQUIRE(openDatabase(path, clock, OpenMode::CreateIfMissing).ok());
    setUserVersion(path, latestSchemaVersion() + 1);
    const QByteArray before = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();

    const auto opened = openDatabase(path, clock, OpenMode::OpenExisting);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StorageNewerSchema);
    const QString message = openFailureMessage(path, opened.error());
    CHECK(message.contains(describe(opened.error())));
    CHECK(message.contains(QStringLiteral("future.db")));
    CHECK(message.contains(QStringLiteral("newer version of SimFleet")));

    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before); // the file was left untouched
}

TEST_CASE("a file that is not a database, or is missing, is refused with the reason", "[startup]")
{
    QTemporaryDir dir;
    const SystemClock clock;

    const QString text = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            QByteArray("iccid,msisdn\nthis is not SQLite at all, just some text\n").repeated(64));
    }
    const auto garbage = openDatabase(text, clock, OpenMode::OpenExisting);
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().code == ErrorCode::StorageNotADatabase);

    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    const auto absent = openDatabase(missing, clock, OpenMode::OpenExisting);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().code == ErrorCode::StorageMissing);
    CHECK(openFailureMessage(missing, absent.error()).contains(QStringLiteral("New database")));
    CHECK_FALSE(QFile::exists(missing)); // opening never creates

    const QString created = dir.filePath(QStringLiteral("sub/folder/new.db"));
    CHECK(openDatabase(created, clock, OpenMode::CreateIfMissing).ok());
    CHECK(QFile::exists(created));
}

TEST_CASE("--db naming no database asks before creating one", "[startup]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("Wang Fang"));
    const QString typo = dir.filePath(QStringLiteral("ofice.db"));
    StartupRequest request;
    request.kind = StartupRequest::Kind::Path;
    request.path = typo;

    // Answers the question, then (when the user declined) closes the file dialog that follows.
    QString asked;
    const auto answer = [&asked](bool create) {
        QTimer::singleShot(0, [&asked, create] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box != nullptr);
            REQUIRE(box->objectName() == QStringLiteral("createDatabaseQuestion"));
            CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
            asked = box->text();
            if (create) {
                box->findChild<QPushButton*>(QStringLiteral("createDatabase"))->click();
                return;
            }
            box->button(QMessageBox::Cancel)->click();
            QTimer::singleShot(0, [] {
                auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                REQUIRE(dialog != nullptr);
                dialog->reject();
            });
        });
    };

    {
        AppController controller(settings);
        answer(false);
        CHECK_FALSE(controller.start(request));
        CHECK(asked.contains(QStringLiteral("ofice.db")));
        CHECK_FALSE(QFile::exists(typo));
    }
    {
        AppController controller(settings);
        answer(true);
        REQUIRE(controller.start(request));
        CHECK(QFile::exists(typo));
        REQUIRE(controller.window() != nullptr);
        controller.window()->close();
    }
}

TEST_CASE("the first start offers the login name; cancelling remembers no made-up name",
          "[startup]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    StartupRequest request;
    request.kind = StartupRequest::Kind::Path;
    request.path = dir.filePath(QStringLiteral("fleet.db"));
    REQUIRE(openDatabase(request.path, SystemClock{}, OpenMode::CreateIfMissing).ok());
    REQUIRE_FALSE(loginName().isEmpty());

    const auto answerName = [](std::optional<QString> typed, QString* offered) {
        QTimer::singleShot(0, [typed, offered] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog != nullptr);
            *offered = dialog->textValue();
            if (!typed) {
                dialog->reject();
                return;
            }
            dialog->setTextValue(*typed);
            dialog->accept();
        });
    };

    QString offered;
    {
        AppController controller(settings);
        answerName(std::nullopt, &offered);
        REQUIRE(controller.start(request));
        CHECK(offered == loginName());
        CHECK(controller.window()->session().operatorName() == loginName());
        CHECK(settings.operatorName().isEmpty()); // asked again next time
    }
    {
        AppController controller(settings);
        answerName(QStringLiteral("王芳"), &offered);
        REQUIRE(controller.start(request));
        CHECK(controller.window()->session().operatorName() == QStringLiteral("王芳"));
        CHECK(settings.operatorName() == QStringLiteral("王芳"));
    }
}

TEST_CASE("a file that is not a SimFleet database is said to be one once", "[startup]")
{
    QTemporaryDir dir;
    const SystemClock clock;
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("minutes of the weekly meeting\n").repeated(200));
    }
    const QString other = dir.filePath(QStringLiteral("bookmarks.sqlite"));
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(other.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE bookmarks (url TEXT)", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        sqlite3_close(db);
    }
    for (const QString& path : {text, other}) {
        const auto opened = openDatabase(path, clock, OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        const QString message = openFailureMessage(path, opened.error());
        INFO(message.toStdString());
        CHECK(message.startsWith(QStringLiteral("SimFleet cannot open the database\n%1\n\n"
                                                "Reason: not a SimFleet database\n\n")
                                     .arg(QDir::toNativeSeparators(path))));
        CHECK(message.count(QStringLiteral("not a SimFleet database")) == 1);
        CHECK(message.count(QFileInfo(path).fileName()) == 1);
    }
}

TEST_CASE("a database open in another SimFleet is offered read-only, and opens so", "[startup]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setOperatorName(QStringLiteral("Wang Fang"));
    const QString path = dir.filePath(QStringLiteral("fleet.db"));
    REQUIRE(openDatabase(path, SystemClock{}, OpenMode::CreateIfMissing).ok());
    StartupRequest request;
    request.kind = StartupRequest::Kind::Path;
    request.path = path;
    const auto tryWrite = [](AppController& controller) {
        return controller.window()->session().store().write(QStringLiteral("Wang Fang"),
                                                            [](StoreWriter&) { return Status{}; });
    };

    // Another instance: it holds the lock beside the database.
    QLockFile other(DatabaseLock::lockPathFor(path));
    REQUIRE(other.tryLock(0));

    // Answers the warning; after a cancel, closes the file dialog that follows.
    QString asked;
    const auto answer = [&asked](bool readOnly) {
        QTimer::singleShot(0, [&asked, readOnly] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box != nullptr);
            REQUIRE(box->objectName() == QStringLiteral("databaseInUseQuestion"));
            asked = box->text();
            if (readOnly) {
                box->findChild<QPushButton*>(QStringLiteral("openReadOnly"))->click();
                return;
            }
            box->button(QMessageBox::Cancel)->click();
            QTimer::singleShot(0, [] {
                auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                REQUIRE(dialog != nullptr);
                dialog->reject();
            });
        });
    };

    {
        AppController controller(settings);
        answer(true);
        REQUIRE(controller.start(request));
        CHECK(asked.contains(QDir::toNativeSeparators(path)));
        CHECK(asked.contains(QString::number(QCoreApplication::applicationPid())));
        REQUIRE(controller.window() != nullptr);
        CHECK(controller.window()->windowTitle().contains(QStringLiteral("read-only")));
        const Status refused = tryWrite(controller);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::StorageReadOnly);
        // Nothing on screen offers a change the store would refuse.
        CHECK(controller.window()->session().isReadOnly());
        for (const char* name : {"actionImport", "actionCancellationWizard",
                                 "actionConfirmationWizard", "actionPay", "actionEdit"}) {
            INFO(name);
            auto* action = controller.window()->findChild<QAction*>(QLatin1String(name));
            REQUIRE(action != nullptr);
            CHECK_FALSE(action->isEnabled());
        }
        controller.window()->close();
    }
    {
        AppController controller(settings);
        answer(false);
        CHECK_FALSE(controller.start(request));
    }

    // Once the other instance is gone, the database opens for writing, and is locked again.
    other.unlock();
    AppController controller(settings);
    REQUIRE(controller.start(request));
    CHECK(tryWrite(controller).ok());
    CHECK_FALSE(controller.window()->session().isReadOnly());
    CHECK(controller.window()->findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
    QLockFile another(DatabaseLock::lockPathFor(path));
    CHECK_FALSE(another.tryLock(0));
    controller.window()->close();
}

TEST_CASE("a worker's bulk write refuses a damaged database untouched; its reads do not check",
          "[startup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.db"));
    {
        testing::FleetTestDatabase db;
        db.insertCards(3000, {});
        // A consistent copy of the open database, its write-ahead log included.
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(db.path().toUtf8().constData(), &handle) == SQLITE_OK);
        const QByteArray vacuum = "VACUUM INTO '" + path.toUtf8() + "'";
        CHECK(sqlite3_exec(handle, vacuum.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
    }
    REQUIRE(openWorkerConnection(path, SystemClock{}, WorkerUse::BulkWrite).ok());

    // Two pages in the middle overwritten, as a failing disk or an interrupted copy would.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 page = sqlite::kPageSize;
    REQUIRE(file.size() / page >= 6);
    REQUIRE(file.seek((file.size() / page / 2) * page));
    REQUIRE(file.write(QByteArray(2 * page, '\xA5')) == 2 * page);
    file.close();
    const QByteArray damaged = [&] {
        QFile copy(path);
        REQUIRE(copy.open(QIODevice::ReadOnly));
        return copy.readAll();
    }();

    const auto refused = openWorkerConnection(path, SystemClock{}, WorkerUse::BulkWrite);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::StorageDamaged);
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == damaged);
}
