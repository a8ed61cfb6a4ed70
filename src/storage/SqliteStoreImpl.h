// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
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

private:
    std::unique_ptr<sqlite::Connection> m_connection;
    const Clock& m_clock;
    QString m_readOnlyPath;
};

} // namespace simfleet
