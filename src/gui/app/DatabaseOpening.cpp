// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DatabaseOpening.h"

#include "SqliteStore.h"
#include "ports/StoreError.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

namespace simfleet::gui {

namespace {

// A worker that only reads walks its pages once or seeks a few; the operating system's file
// cache has them again for the next reader.
constexpr int kReadingPageCacheKiB = 8192;

struct OpeningText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpening)
};

QString adviceFor(const QString& path, ErrorCode code)
{
    switch (code) {
    case ErrorCode::StorageDamaged:
        return OpeningText::tr("Nothing was changed.") + QLatin1Char(' ') +
               restoreAdvice(newestBackupOf(path));
    case ErrorCode::StorageReadOnly:
        return OpeningText::tr("Ask for write permission on the file and its folder, or copy "
                               "the database somewhere you may write.");
    case ErrorCode::StorageLocked:
        return OpeningText::tr("Another program (or another SimFleet window) is writing to this "
                               "database. Close it and try again.");
    case ErrorCode::StorageNewerSchema:
        return OpeningText::tr("It was saved by a newer version of SimFleet. Install that version "
                               "to open it. The file has not been changed.");
    case ErrorCode::StorageNotADatabase:
        return OpeningText::tr("Choose the SimFleet database itself. If this file once held "
                               "your fleet, restore it from a backup: SimFleet keeps copies "
                               "named \"NAME.bak-…\" beside it.");
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

// The databases this process opened read-only, so the worker connections a window opens on them
// (imports, reports) read only too. Workers ask from their own threads.
QMutex readOnlyMutex;
QSet<QString> readOnlyPaths;

void setReadOnlyHere(const QString& path, bool readOnly)
{
    const QMutexLocker locker(&readOnlyMutex);
    if (readOnly) {
        readOnlyPaths.insert(QFileInfo(path).absoluteFilePath());
    } else {
        readOnlyPaths.remove(QFileInfo(path).absoluteFilePath());
    }
}

bool isReadOnlyHere(const QString& path)
{
    const QMutexLocker locker(&readOnlyMutex);
    return readOnlyPaths.contains(QFileInfo(path).absoluteFilePath());
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

Result<std::unique_ptr<Store>> openDatabase(const QString& path, const Clock& clock, OpenMode mode,
                                            Access access)
{
    StoreOpenOptions options;
    options.createIfMissing = mode == OpenMode::CreateIfMissing;
    options.access =
        access == Access::ReadOnly ? StoreAccess::ReadOnly : StoreAccess::ReadWriteIfAllowed;
    setReadOnlyHere(path, access == Access::ReadOnly);
    if (options.createIfMissing) {
        // A new database in a folder that does not exist yet (the first run's default location).
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    return open(path, clock, options);
}

Result<std::unique_ptr<Store>> openWorkerConnection(const QString& path, const Clock& clock,
                                                    WorkerUse use)
{
    StoreOpenOptions options;
    options.checkSound = use == WorkerUse::BulkWrite;
    if (use == WorkerUse::Reads) {
        // The fleet's reader lives as long as the window, and each report, audit page or export
        // opens one more: 64 MiB of cache each, kept by the heap after they close, would make
        // most of the window's memory.
        options.pageCacheKiB = kReadingPageCacheKiB;
    }
    options.createIfMissing = false;
    options.backupBeforeMigrate = false;
    options.access = isReadOnlyHere(path) ? StoreAccess::ReadOnly : StoreAccess::ReadWriteIfAllowed;
    return open(path, clock, options);
}

QString openFailureMessage(const QString& path, const Error& error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // The file is named on its own line: a reason quoting it again would say it twice.
    Error reason = error;
    if (reason.detail == shown || reason.detail == QDir::toNativeSeparators(path)) {
        reason.detail.clear();
    }
    QString message = OpeningText::tr("SimFleet cannot open the database\n%1\n\nReason: %2")
                          .arg(shown, describe(reason));
    const QString advice = adviceFor(path, error.code);
    if (!advice.isEmpty()) {
        message += QStringLiteral("\n\n") + advice;
    }
    return message;
}

} // namespace simfleet::gui
