// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DatabaseOpening.h"

#include "SqliteStore.h"
#include "ports/StoreError.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace simfleet::gui {

namespace {

struct OpeningText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpening)
};

QString adviceFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::StorageLocked:
        return OpeningText::tr("Another program (or another SimFleet window) is writing to this "
                               "database. Close it and try again.");
    case ErrorCode::StorageNewerSchema:
        return OpeningText::tr("It was saved by a newer version of SimFleet. Install that version "
                               "to open it. The file has not been changed.");
    case ErrorCode::StorageNotADatabase:
        return OpeningText::tr("The file is not a SimFleet database, or it is damaged. If it is "
                               "yours, restore it from a backup: SimFleet keeps copies named "
                               "\"NAME.bak-…\" beside it.");
    case ErrorCode::StorageMissing:
        return OpeningText::tr("Check the file's name and folder, or start a new database with "
                               "File > New database.");
    case ErrorCode::StorageCannotOpen:
        return OpeningText::tr("Check that the file exists and that you may read and write the "
                               "folder it is in.");
    default:
        return {};
    }
}

Result<std::unique_ptr<Store>> open(const QString& path, const Clock& clock,
                                    const StoreOpenOptions& options)
{
    try {
        return openSqliteStore(path, clock, options);
    } catch (const StoreError& error) {
        return error.error();
    }
}

} // namespace

Result<std::unique_ptr<Store>> openDatabase(const QString& path, const Clock& clock, OpenMode mode)
{
    StoreOpenOptions options;
    options.createIfMissing = mode == OpenMode::CreateIfMissing;
    if (options.createIfMissing) {
        // A new database in a folder that does not exist yet (the first run's default location).
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    return open(path, clock, options);
}

Result<std::unique_ptr<Store>> openWorkerConnection(const QString& path, const Clock& clock)
{
    StoreOpenOptions options;
    options.createIfMissing = false;
    options.backupBeforeMigrate = false;
    return open(path, clock, options);
}

QString openFailureMessage(const QString& path, const Error& error)
{
    QString message =
        OpeningText::tr("SimFleet cannot open the database\n%1\n\nReason: %2")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), describe(error));
    const QString advice = adviceFor(error.code);
    if (!advice.isEmpty()) {
        message += QStringLiteral("\n\n") + advice;
    }
    return message;
}

} // namespace simfleet::gui
