// SPDX-License-Identifier: GPL-3.0-or-later
// openSqliteStore and the schema-version queries of SqliteStore.h.
#include "DatabaseFile.h"
#include "Migrator.h"
#include "OnlineBackup.h"
#include "SqliteErrors.h"
#include "SqliteStore.h"
#include "SqliteStoreImpl.h"

#include <QDir>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace simfleet {

namespace {

// Checks made on a read-only connection, before anything could write to the file.
std::optional<Error> refusalFor(const sqlite::FileHeader& header)
{
    // A schema without our application id belongs to another program: never migrate it.
    if (header.holdsSchema && header.applicationId != sqlite::kSimFleetApplicationId)
        return Error{ErrorCode::StorageNotADatabase, QStringLiteral("not a SimFleet database"), 0};
    if (header.schemaVersion > latestSchemaVersion())
        return Error{ErrorCode::StorageNewerSchema,
                     QStringLiteral("%1 > %2").arg(header.schemaVersion).arg(latestSchemaVersion()),
                     0};
    return std::nullopt;
}

Result<std::unique_ptr<Store>> openChecked(const QString& path, const Clock& clock,
                                           const StoreOpenOptions& options)
{
    const QFileInfo file(path);
    if (file.isDir())
        return Error{ErrorCode::StorageIsFolder, QDir::toNativeSeparators(path), 0};
    // An empty file is what a mistyped `touch` or a failed copy leaves: no fleet, and not one
    // to make behind the user's back either.
    if ((!file.exists() || file.size() == 0) && !options.createIfMissing)
        return Error{ErrorCode::StorageMissing, QDir::toNativeSeparators(path), 0};
    if (file.exists()) {
        if (auto refusal = refusalFor(sqlite::readFileHeader(path)))
            return *refusal;
    } else if (!QDir().mkpath(file.absolutePath())) {
        return Error{ErrorCode::StorageCannotOpen, file.absolutePath(), 0};
    }

    auto db = sqlite::openForWriting(path, options.createIfMissing, options.busyTimeoutMs);
    // Another program may have written the file between the two opens.
    if (auto refusal = refusalFor(sqlite::readFileHeader(*db)))
        return *refusal;

    const auto backUp = [&](int fromVersion) {
        if (!options.backupBeforeMigrate)
            return;
        const QString target = sqlite::backupPathFor(path, fromVersion, clock.nowUtc());
        sqlite::backupDatabase(*db, target);
        spdlog::info("backed up schema v{} to {} before migrating", fromVersion,
                     target.toStdString());
    };
    const int version = sqlite::migrate(*db, latestSchemaVersion(), backUp);
    if (version != latestSchemaVersion())
        return Error{ErrorCode::StorageNewerSchema, QString::number(version), 0};
    return std::unique_ptr<Store>(
        std::make_unique<SqliteStore>(std::make_unique<sqlite::Connection>(std::move(db)), clock));
}

} // namespace

Result<std::unique_ptr<Store>> openSqliteStore(const QString& path, const Clock& clock,
                                               const StoreOpenOptions& options)
{
    if (path.isEmpty())
        return Error{ErrorCode::StorageCannotOpen, path, 0};
    try {
        return openChecked(path, clock, options);
    } catch (const SQLite::Exception& failure) {
        return sqlite::errorFrom(failure);
    } catch (const StoreError& failure) {
        return failure.error();
    }
}

int latestSchemaVersion()
{
    return static_cast<int>(sqlite::bundledMigrations().size());
}

Result<int> schemaVersionOf(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::StorageCannotOpen, path, 0};
    try {
        const sqlite::FileHeader header = sqlite::readFileHeader(path);
        if (header.holdsSchema && header.applicationId != sqlite::kSimFleetApplicationId)
            return Error{ErrorCode::StorageNotADatabase, QStringLiteral("not a SimFleet database"),
                         0};
        return header.schemaVersion;
    } catch (const SQLite::Exception& failure) {
        return sqlite::errorFrom(failure);
    }
}

} // namespace simfleet
