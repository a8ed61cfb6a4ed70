// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace simfleet::sqlite {

// An index set aside while one transaction appends a large share of its table, and built again
// before the transaction commits or anything reads through it. Kept up row by row, the indexes
// of a bill file's millions of entries (by card, in no order of cards) cost a page read and a
// page write per row once they outgrew the cache, two thirds of the import; built at the end
// each is one sort. Rolled back with the transaction like any other change.
class DeferredIndex {
public:
    // Set aside only for minRows at least, and only when they are at least a quarter of what the
    // table held: building an index reads the whole table, keeping it up costs about twenty
    // times as much per row once it is larger than the cache.
    static constexpr std::int64_t kMinRows = std::int64_t{1} << 18;

    DeferredIndex(SQLite::Database& db, std::string name, std::string table,
                  std::int64_t minRows = kMinRows);

    // The transaction is about to append this many rows to the table: once its rows are a large
    // enough share of what the table held, the index is set aside.
    void appending(std::int64_t rows);
    // Builds the index again if it was set aside.
    void restore();

private:
    void setAside();

    SQLite::Database& m_db;
    std::string m_name;
    std::string m_table;
    std::int64_t m_minRows;
    std::int64_t m_rowsBefore{-1}; // when first asked
    std::int64_t m_appended{0};
    bool m_setAside{false};
    std::string m_sql;                                        // its CREATE INDEX, while set aside
    std::vector<std::pair<std::string, std::string>> m_stats; // its sqlite_stat1 rows (tbl, stat)
};

} // namespace simfleet::sqlite
