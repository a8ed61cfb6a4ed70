// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIndex.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace simfleet::sqlite {

namespace {

constexpr std::int64_t kShareOfTable = 4;

// The sort that builds an index keeps its runs in temporary files: with them in memory (the
// store's setting) a few million rows took 500 MB; on disk they stay in the page cache. Each run
// is as large as the page cache may grow, so the cache is made smaller meanwhile: with 64 MiB of
// each the build took 100 MB more than the import before it.
class SortOnDisk {
public:
    explicit SortOnDisk(SQLite::Database& db)
        : m_db(db), m_tempStore(db.execAndGet("PRAGMA temp_store").getInt()),
          m_cacheSize(db.execAndGet("PRAGMA cache_size").getInt()),
          m_threads(db.execAndGet("PRAGMA threads").getInt())
    {
        m_db.exec("PRAGMA temp_store=FILE");
        if (m_cacheSize < kSortCacheSize) // a larger cache, in KiB
            m_db.exec("PRAGMA cache_size=" + std::to_string(kSortCacheSize));
        // The import's other threads are done by now: the sort may take the other core.
        m_db.exec("PRAGMA threads=" + std::to_string(std::max(m_threads, 1)));
    }
    ~SortOnDisk()
    {
        m_db.tryExec("PRAGMA threads=" + std::to_string(m_threads));
        m_db.tryExec("PRAGMA cache_size=" + std::to_string(m_cacheSize));
        m_db.tryExec("PRAGMA temp_store=" + std::to_string(m_tempStore));
    }
    SortOnDisk(const SortOnDisk&) = delete;
    SortOnDisk& operator=(const SortOnDisk&) = delete;

private:
    static constexpr int kSortCacheSize = -16384; // KiB
    SQLite::Database& m_db;
    int m_tempStore;
    int m_cacheSize;
    int m_threads;
};

bool hasStatistics(SQLite::Database& db)
{
    return db.tableExists("sqlite_stat1");
}

} // namespace

DeferredIndex::DeferredIndex(SQLite::Database& db, std::string name, std::string table,
                             std::int64_t minRows)
    : m_db(db), m_name(std::move(name)), m_table(std::move(table)), m_minRows(minRows)
{}

void DeferredIndex::appending(std::int64_t rows)
{
    if (m_setAside)
        return;
    if (m_rowsBefore < 0)
        m_rowsBefore = m_db.execAndGet("SELECT coalesce(max(rowid), 0) FROM " + m_table).getInt64();
    m_appended += rows;
    if (m_appended >= m_minRows && m_appended * kShareOfTable >= m_rowsBefore)
        setAside();
}

void DeferredIndex::setAside()
{
    SQLite::Statement definition(m_db,
                                 "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?");
    definition.bind(1, m_name);
    if (!definition.executeStep() || definition.getColumn(0).isNull())
        return; // not there (or SQLite's own): nothing to set aside
    m_sql = definition.getColumn(0).getString();
    definition.reset();
    // Refused inside a transaction that uses temporary tables: then the index stays.
    try {
        const SortOnDisk check(m_db);
    } catch (const SQLite::Exception&) {
        return;
    }
    m_stats.clear();
    if (hasStatistics(m_db)) {
        SQLite::Statement stats(m_db, "SELECT tbl, stat FROM sqlite_stat1 WHERE idx = ?");
        stats.bind(1, m_name);
        while (stats.executeStep())
            m_stats.emplace_back(stats.getColumn(0).getString(), stats.getColumn(1).getString());
    }
    m_db.exec("DROP INDEX " + m_name);
    m_setAside = true;
}

void DeferredIndex::restore()
{
    if (!m_setAside)
        return;
    {
        const SortOnDisk onDisk(m_db);
        m_db.exec(m_sql);
    }
    // DROP INDEX took its statistics along; the planner finds them where ANALYZE left them.
    if (!m_stats.empty() && hasStatistics(m_db)) {
        SQLite::Statement insert(m_db,
                                 "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)");
        for (const auto& [table, stat] : m_stats) {
            insert.bind(1, table);
            insert.bind(2, m_name);
            insert.bind(3, stat);
            insert.exec();
            insert.reset();
        }
    }
    m_setAside = false;
    m_appended = 0;
    m_rowsBefore = -1;
}

} // namespace simfleet::sqlite
