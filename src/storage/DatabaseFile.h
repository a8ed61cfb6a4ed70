// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStore.h"

#include <QString>
#include <SQLiteCpp/Database.h>
#include <cstdint>
#include <memory>

namespace simfleet::sqlite {

// The schema version is PRAGMA user_version rather than a table: it lives in the file header, so
// it reads the same on any file (even one without our tables), is written atomically inside the
// migration's own transaction, and can be read through a read-only connection that cannot
// change a single byte of a file from a newer SimFleet. PRAGMA application_id ("SFLT") marks the
// file as ours, so another program's SQLite file is refused instead of being migrated.
inline constexpr std::int32_t kSimFleetApplicationId = 0x53464C54;
// The page size of a database SimFleet creates (see openForWriting).
inline constexpr int kPageSize = 65536;

struct FileHeader {
    int schemaVersion{0};
    std::int32_t applicationId{0};
    bool holdsSchema{false}; // any table, index or trigger at all
};

// What the file system lets this process do with an existing store file, found before opening
// it. Checked with the process's own rights (as root, a read-only file is still writable).
struct FileFacts {
    bool fileWritable{true};
    bool folderWritable{true}; // WAL mode makes NAME-wal and NAME-shm beside the file
    bool walPresent{false};    // NAME-wal exists: a connection is open, or one crashed
};
FileFacts factsOf(const QString& path);

// How a connection reaches the file.
enum class Opening {
    ReadWrite,
    // SQLITE_OPEN_READONLY: shares the -wal/-shm companions a writer has made (and would make
    // them itself, which is why it is only chosen when they exist).
    ReadOnly,
    // immutable=1: no -wal exists, so the main file holds every committed page; read it alone,
    // without making or needing any companion file (the only way in a read-only folder).
    Immutable,
};

// The opening a caller asking for access gets on a file with these facts; StorageReadOnly when
// it must write and may not. ReadWriteIfAllowed falls back to reading when writing is not
// allowed; reading never makes a file beside the store.
Result<Opening> chooseOpening(const FileFacts& facts, StoreAccess access);

// A connection that reads without writing a byte or making a file (ReadOnly or Immutable as the
// file's facts allow). Throws SQLite::Exception.
std::unique_ptr<SQLite::Database> openForReading(const QString& path);
std::unique_ptr<SQLite::Database> openForReading(const QString& path, Opening opening);

// Another connection to the file db reads, opened for reading the way db was (immutable or
// not), for a second thread to read the same rows; null when db's rows are not all in a file
// another connection can see: a database in memory, or inside a transaction. Throws
// SQLite::Exception when the file cannot be opened.
std::unique_ptr<SQLite::Database> anotherReader(SQLite::Database& db);

// Reads the header through a connection from openForReading. Throws SQLite::Exception
// (SQLITE_NOTADB for a file that is not SQLite, SQLITE_CANTOPEN when it cannot be opened).
FileHeader readFileHeader(const QString& path);
FileHeader readFileHeader(SQLite::Database& db);

// What SQLite's quick_check (every page and b-tree readable and consistent; no index-to-table
// cross check, so it stays quick on a million cards) reports, at most a few lines joined by
// "; ", or empty when the file is sound. A scope narrower than the whole file checks its tables
// (checkedTables) one by one: their pages, not whether a page of theirs is also used elsewhere.
QString damageReport(SQLite::Database& db, SoundCheckScope scope = SoundCheckScope::WholeFile);

int schemaVersionOf(SQLite::Database& db);

// Opens (creating when allowed) for reading and writing with the store's pragmas: WAL (readers
// never block the writer), foreign keys on, synchronous=FULL (a committed payment survives a
// power cut), the busy timeout (a second writer waits instead of failing at once) and at most
// pageCacheKiB of page cache.
std::unique_ptr<SQLite::Database> openForWriting(const QString& path, bool create,
                                                 int busyTimeoutMs,
                                                 int pageCacheKiB = kDefaultPageCacheKiB);

} // namespace simfleet::sqlite
