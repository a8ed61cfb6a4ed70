// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementCache.h"

namespace simfleet::sqlite {

SQLite::Statement& StatementCache::get(const std::string& sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(sql, std::make_unique<SQLite::Statement>(m_db, sql)).first;
    SQLite::Statement& statement = *found->second;
    // tryReset: reset() would rethrow the error of the statement's last failed step.
    statement.tryReset();
    statement.clearBindings();
    return statement;
}

} // namespace simfleet::sqlite
