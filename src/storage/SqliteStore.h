// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Clock.h"
#include "ports/Store.h"

#include <QString>
#include <cstdint>
#include <memory>

namespace simfleet {

// What the caller means to do with the store.
enum class StoreAccess {
    // Read and write. A store this process may not write (a read-only file, or a file in a
    // read-only folder) is refused with StorageReadOnly before anything is opened.
    ReadWrite,
    // Read only: never creates, migrates or writes, and makes no file beside the store; write()
    // returns StorageReadOnly. An older schema, which only a migration could read, is
    // StorageReadOnly too.
    ReadOnly,
    // ReadWrite where the store may be written (migrating it as needed), ReadOnly where it may
    // not: for work that only reads.
    ReadWriteIfAllowed,
};

// What the integrity check asked for in StoreOpenOptions reads.
enum class SoundCheckScope {
    // Every page of the file: for work that may write anywhere in it (an import, init, demo).
    WholeFile,
    // The pages a batch of changes to stored cards rewrites in place (a transition): the cards
    // with their indexes, the summaries the store keeps with every card it writes, and the
    // schema with the list of free pages. Not the ledger, which such a batch never writes, nor
    // the audit log, which it only appends to and indexes: SQLite checks each of those pages as
    // the batch reads it (docs/architecture.md, "The schema").
    CardChanges,
};

// The page cache a connection keeps unless told otherwise (StoreOpenOptions::pageCacheKiB).
inline constexpr int kDefaultPageCacheKiB = 65536;

struct StoreOpenOptions {
    // Otherwise a missing or empty file is StorageMissing, and nothing is created.
    bool createIfMissing{true};
    // Online-backup the file next to itself (NAME.bak-vN-YYYYMMDDhhmmss) before migrating it.
    bool backupBeforeMigrate{true};
    // A second writer waits this long for the lock before StorageLocked.
    int busyTimeoutMs{5000};
    // The most pages the connection keeps in memory, in KiB. A bulk write wants many: its index
    // pages would otherwise go to the WAL again and again. A connection that only reads gets its
    // pages back from the operating system's file cache at little cost, and each one held is
    // memory the process keeps.
    int pageCacheKiB{kDefaultPageCacheKiB};
    StoreAccess access{StoreAccess::ReadWrite};
    // Run the store's integrity check before handing it out, as before a bulk write: a damaged
    // store is StorageDamaged and nothing is written. (The check always runs before migrating.)
    bool checkSound{false};
    // Run that check instead beside the first writes, on a connection of its own: write() waits
    // for its verdict before committing and rolls back with StorageDamaged on a damaged store.
    // For a batch that reads and checks much before it writes (a transition, an import): the
    // check costs no time of its own. Reads are not held up; a damaged page they meet is
    // StorageDamaged anyway. Ignored when the store only reads or checkSound is set.
    bool checkSoundAlongside{false};
    // What checkSound or checkSoundAlongside reads. The check before a migration always reads
    // the whole file.
    SoundCheckScope checkScope{SoundCheckScope::WholeFile};
    // A write into a new file (its schema and no more) goes through a rollback journal instead
    // of the WAL when nothing else has the file open (sqlite/NewFileJournal.h): a first import
    // writes its pages once instead of twice. For commands that write in bulk. Not while
    // a check runs alongside, which counts on nothing reaching the file before the commit.
    bool journalNewFile{false};
};

// The SQLite implementation of Store: WAL, foreign keys, synchronous=FULL, numbered migrations
// from resources/migrations, hash-chained append-only audit log.
class SqliteStore; // defined in SqliteStoreImpl.h

// Opens (creating and migrating as needed) the database at path. Errors: StorageCannotOpen,
// StorageMissing, StorageIsFolder, StorageNotADatabase (detail: the path), StorageNewerSchema,
// StorageDamaged, StorageReadOnly (detail: the path), StorageLocked. A refused file is left
// untouched, with no file made beside it.
Result<std::unique_ptr<Store>> openSqliteStore(const QString& path, const Clock& clock,
                                               const StoreOpenOptions& options = {});

// Checks that the database at path reads back whole, without changing it or making any file
// beside it: ok, or StorageMissing, StorageIsFolder, StorageNotADatabase, StorageDamaged
// (detail: what the check found), StorageCannotOpen. Works on any schema version.
Status checkStore(const QString& path);

// The newest automatic backup beside path (NAME.bak-vN-..., made before a migration), or an
// empty string when there is none.
QString newestBackupOf(const QString& path);

// The schema version this build writes (the highest numbered migration).
int latestSchemaVersion();

// The schema version recorded in an existing file, without modifying it; StorageNotADatabase or
// StorageCannotOpen when it cannot be read.
Result<int> schemaVersionOf(const QString& path);

// ~/.local/share/SimFleet/simfleet.db on Linux (QStandardPaths::GenericDataLocation +
// "/SimFleet", the same for every program whatever its application name). openSqliteStore
// creates the folder.
QString defaultDatabasePath();
// ~/.local/share/SimFleet/demo.db: the demo fleet, kept apart from real data.
QString defaultDemoDatabasePath();

} // namespace simfleet
