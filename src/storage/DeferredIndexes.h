// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>
#include <cstdint>
#include <string>
#include <vector>

namespace simfleet::sqlite {

// The fleet table's secondary indexes on cards (migration 0002) cost more than half of a large
// import when they are kept up to date row by row, while CREATE INDEX builds one by sorting in a
// fraction of that. So once a transaction has written enough card rows, they are dropped inside
// the transaction and rebuilt just before it commits. Both steps are part of the transaction: a
// rollback or a crash leaves them exactly as they were, and other connections never see them
// missing. Constraint indexes (UNIQUE iccid and msisdn) and the per-card ledger and audit indexes
// stay, so lookups inside the transaction remain fast.
class DeferredIndexes {
public:
    // minimumRows: never defer for fewer card rows than this. The indexes are only dropped once
    // the transaction has written at least as many card rows as the table held before it, which
    // bounds the rebuild to about the row-by-row cost it replaces.
    DeferredIndexes(SQLite::Database& db, std::int64_t minimumRows);

    // One card row inserted or changed.
    void noteCardWritten();
    // Recreates the dropped indexes; call before committing.
    void rebuild();

    bool deferred() const { return !m_dropped.empty(); }

private:
    void dropAll();

    SQLite::Database& m_db;
    std::int64_t m_minimumRows;
    std::int64_t m_written{0};
    std::int64_t m_threshold{-1};       // computed at the first write
    std::vector<std::string> m_dropped; // their CREATE INDEX statements
};

} // namespace simfleet::sqlite
