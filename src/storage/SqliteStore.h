// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Clock.h"
#include "ports/Store.h"

#include <QString>
#include <cstdint>
#include <memory>

namespace simfleet {

struct StoreOpenOptions {
    // Otherwise a missing or empty file is StorageMissing, and nothing is created.
    bool createIfMissing{true};
    // Online-backup the file next to itself (NAME.bak-vN-YYYYMMDDhhmmss) before migrating it.
    bool backupBeforeMigrate{true};
    // A second writer waits this long for the lock before StorageLocked.
    int busyTimeoutMs{5000};
};

// The SQLite implementation of Store: WAL, foreign keys, synchronous=FULL, numbered migrations
// from resources/migrations, hash-chained append-only audit log.
class SqliteStore; // defined in SqliteStoreImpl.h

// Opens (creating and migrating as needed) the database at path. Errors: StorageCannotOpen,
// StorageMissing, StorageIsFolder, StorageNotADatabase, StorageNewerSchema (file left
// untouched), StorageLocked.
Result<std::unique_ptr<Store>> openSqliteStore(const QString& path, const Clock& clock,
                                               const StoreOpenOptions& options = {});

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
