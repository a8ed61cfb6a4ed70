// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// Reads the header through a read-only connection. Throws SQLite::Exception (SQLITE_NOTADB for a
// file that is not SQLite, SQLITE_CANTOPEN when it cannot be opened).
FileHeader readFileHeader(const QString& path);
FileHeader readFileHeader(SQLite::Database& db);

int schemaVersionOf(SQLite::Database& db);

// Opens (creating when allowed) for reading and writing with the store's pragmas: WAL (readers
// never block the writer), foreign keys on, synchronous=FULL (a committed payment survives a
// power cut) and the busy timeout (a second writer waits instead of failing at once).
std::unique_ptr<SQLite::Database> openForWriting(const QString& path, bool create,
                                                 int busyTimeoutMs);

} // namespace simfleet::sqlite
