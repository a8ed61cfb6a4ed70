// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "SoundCheckAlongside.h"
#include "SqliteReader.h"
#include "ports/Clock.h"

#include <memory>

namespace simfleet {

// The Store over one migrated SQLite connection (made by openSqliteStore).
class SqliteStore final : public sqlite::SqliteReader<Store> {
public:
    // readOnlyPath, when given, makes a store that only reads: write() refuses with
    // StorageReadOnly naming it.
    SqliteStore(std::unique_ptr<sqlite::Connection> connection, const Clock& clock,
                QString readOnlyPath = {});
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;
    ~SqliteStore() override;

    // BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so the
    // work never fails halfway on a lock it could not upgrade.
    Status write(const QString& operatorName,
                 const std::function<Status(StoreWriter&)>& work) override;

    // Every later write commits only once this check of scope has found the store sound.
    void checkSoundAlongside(std::unique_ptr<SQLite::Database> reader, SoundCheckScope scope);

private:
    // The check's damage report when it found any (waiting for it), for a write that must not
    // commit into a damaged store or that failed on what may be damage.
    std::optional<Error> damageFound();

    std::unique_ptr<sqlite::Connection> m_connection;
    const Clock& m_clock;
    QString m_readOnlyPath;
    std::unique_ptr<sqlite::SoundCheckAlongside> m_soundCheck; // last: ends before the connection
};

} // namespace simfleet
