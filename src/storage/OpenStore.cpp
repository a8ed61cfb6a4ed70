// SPDX-License-Identifier: GPL-3.0-or-later
// openSqliteStore and the schema-version queries of SqliteStore.h.
#include "DatabaseFile.h"
#include "Migrator.h"
#include "NewFileJournal.h"
#include "OnlineBackup.h"
#include "SqliteErrors.h"
#include "SqliteStore.h"
#include "SqliteStoreImpl.h"

#include <QDir>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace simfleet {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Checks made on a connection that reads only, before anything could write to the file.
std::optional<Error> refusalFor(const QString& path, const sqlite::FileHeader& header)
{
    // A schema without our application id belongs to another program: never migrate it.
    if (header.holdsSchema && header.applicationId != sqlite::kSimFleetApplicationId)
        return Error{ErrorCode::StorageNotADatabase, shown(path), 0};
    if (header.schemaVersion > latestSchemaVersion())
        return Error{ErrorCode::StorageNewerSchema,
                     QStringLiteral("%1 > %2").arg(header.schemaVersion).arg(latestSchemaVersion()),
                     0};
    return std::nullopt;
}

std::optional<Error> damageIn(SQLite::Database& db,
                              SoundCheckScope scope = SoundCheckScope::WholeFile)
{
    if (const QString report = sqlite::damageReport(db, scope); !report.isEmpty())
        return Error{ErrorCode::StorageDamaged, report, 0};
    return std::nullopt;
}

// The engine's error, with the path where the words need it. SQLite says "file is not a
// database" for a file that is not SQLite at all; the message names the file instead of
// repeating that.
Error errorAbout(const QString& path, Error error)
{
    if (error.code == ErrorCode::StorageNotADatabase || error.code == ErrorCode::StorageReadOnly)
        error.detail = shown(path);
    return error;
}

std::optional<Error> pathRefusal(const QFileInfo& file, const QString& path, bool mayCreate)
{
    if (file.isDir())
        return Error{ErrorCode::StorageIsFolder, shown(path), 0};
    // An empty file is what a mistyped `touch` or a failed copy leaves: no fleet, and not one
    // to make behind the user's back either.
    if ((!file.exists() || file.size() == 0) && !mayCreate)
        return Error{ErrorCode::StorageMissing, shown(path), 0};
    return std::nullopt;
}

// A store that only reads: every check is made on the same connection, which writes nothing.
Result<std::unique_ptr<Store>> openReading(const QString& path, const Clock& clock,
                                           const StoreOpenOptions& options, sqlite::Opening opening)
{
    auto db = sqlite::openForReading(path, opening);
    const sqlite::FileHeader header = sqlite::readFileHeader(*db);
    if (auto refusal = refusalFor(path, header))
        return *refusal;
    // Reading an older schema needs the migration it may not make.
    if (header.schemaVersion < latestSchemaVersion())
        return Error{ErrorCode::StorageReadOnly, shown(path), 0};
    if (options.checkSound) {
        if (auto damage = damageIn(*db, options.checkScope))
            return *damage;
    }
    return std::unique_ptr<Store>(std::make_unique<SqliteStore>(
        std::make_unique<sqlite::Connection>(std::move(db)), clock, shown(path)));
}

Result<std::unique_ptr<Store>> openChecked(const QString& path, const Clock& clock,
                                           const StoreOpenOptions& options)
{
    const QFileInfo file(path);
    const bool mayCreate = options.createIfMissing && options.access != StoreAccess::ReadOnly;
    std::unique_ptr<SQLite::Database> checker; // checks beside the first writes
    if (auto refusal = pathRefusal(file, path, mayCreate))
        return *refusal;
    if (file.exists() && file.size() > 0) {
        const auto opening = sqlite::chooseOpening(sqlite::factsOf(path), options.access);
        if (!opening)
            return errorAbout(path, opening.error());
        if (*opening != sqlite::Opening::ReadWrite)
            return openReading(path, clock, options, *opening);
        // Looked at through a connection that writes nothing and makes no file beside it, so a
        // refused file is left exactly as it was.
        auto probe = sqlite::openForReading(path);
        const sqlite::FileHeader header = sqlite::readFileHeader(*probe);
        if (auto refusal = refusalFor(path, header))
            return *refusal;
        // A migration rewrites tables, and a bulk write fills pages: neither goes into a file
        // whose pages no longer read back.
        const bool migrates = header.holdsSchema && header.schemaVersion < latestSchemaVersion();
        // A file as small as a new one is checked at once, which costs nothing and leaves its
        // first bulk write free to go through a rollback journal (NewFileJournal) instead of the
        // WAL a check beside the write counts on.
        const bool small = file.size() <= sqlite::NewFileJournal::kNewFileBytes;
        if (options.checkSound || migrates || (options.checkSoundAlongside && small)) {
            if (auto damage =
                    damageIn(*probe, migrates ? SoundCheckScope::WholeFile : options.checkScope))
                return *damage;
        } else if (options.checkSoundAlongside) {
            checker = std::move(probe);
        }
    } else if (!QDir().mkpath(file.absolutePath())) {
        return Error{ErrorCode::StorageCannotOpen, file.absolutePath(), 0};
    }

    auto db = sqlite::openForWriting(path, options.createIfMissing, options.busyTimeoutMs,
                                     options.pageCacheKiB);
    // Another program may have written the file between the two opens.
    if (auto refusal = refusalFor(path, sqlite::readFileHeader(*db)))
        return *refusal;
    // The pages a narrower check leaves out are checked as the batch reads them, each cell's
    // extent included, before any of them is changed.
    if (checker && options.checkScope != SoundCheckScope::WholeFile)
        db->exec("PRAGMA cell_size_check=ON");

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
    auto connection = std::make_unique<sqlite::Connection>(std::move(db));
    connection->journalNewFile = options.journalNewFile;
    connection->checkpointer =
        std::make_unique<sqlite::WalCheckpointer>(connection->db->getHandle());
    auto store = std::make_unique<SqliteStore>(std::move(connection), clock);
    if (checker)
        store->checkSoundAlongside(std::move(checker), options.checkScope);
    return std::unique_ptr<Store>(std::move(store));
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
        return errorAbout(path, sqlite::errorFrom(failure));
    } catch (const StoreError& failure) {
        return errorAbout(path, failure.error());
    }
}

Status checkStore(const QString& path)
{
    const QFileInfo file(path);
    if (auto refusal = pathRefusal(file, path, false))
        return *refusal;
    try {
        auto db = sqlite::openForReading(path);
        const sqlite::FileHeader header = sqlite::readFileHeader(*db);
        // A newer SimFleet's file is still checked: the pages do not depend on the schema.
        if (header.holdsSchema && header.applicationId != sqlite::kSimFleetApplicationId)
            return Error{ErrorCode::StorageNotADatabase, shown(path), 0};
        if (auto damage = damageIn(*db))
            return *damage;
        return {};
    } catch (const SQLite::Exception& failure) {
        return errorAbout(path, sqlite::errorFrom(failure));
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
            return Error{ErrorCode::StorageNotADatabase, shown(path), 0};
        return header.schemaVersion;
    } catch (const SQLite::Exception& failure) {
        return errorAbout(path, sqlite::errorFrom(failure));
    }
}

} // namespace simfleet
