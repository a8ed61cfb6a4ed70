// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIndexes.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace simfleet::sqlite {

DeferredIndexes::DeferredIndexes(SQLite::Database& db, std::int64_t minimumRows)
    : m_db(db), m_minimumRows(minimumRows)
{}

void DeferredIndexes::noteCardWritten()
{
    if (m_minimumRows <= 0 || deferred())
        return;
    if (m_threshold < 0) {
        // Cards are never deleted, so the highest id is the table's size without a count(*).
        const std::int64_t existing =
            m_db.execAndGet("SELECT coalesce(max(id), 0) FROM cards").getInt64();
        m_threshold = std::max(m_minimumRows, existing);
    }
    if (++m_written >= m_threshold)
        dropAll();
}

void DeferredIndexes::dropAll()
{
    // Indexes with SQL of their own: the automatic ones behind UNIQUE have none and stay.
    SQLite::Statement list(m_db,
                           "SELECT name, sql FROM sqlite_schema"
                           " WHERE type = 'index' AND tbl_name = 'cards' AND sql IS NOT NULL");
    std::vector<std::string> names;
    while (list.executeStep()) {
        names.push_back(list.getColumn(0).getString());
        m_dropped.push_back(list.getColumn(1).getString());
    }
    list.reset();
    for (const std::string& name : names)
        m_db.exec("DROP INDEX \"" + name + "\"");
}

void DeferredIndexes::rebuild()
{
    for (const std::string& sql : m_dropped)
        m_db.exec(sql);
    m_dropped.clear();
}

} // namespace simfleet::sqlite
