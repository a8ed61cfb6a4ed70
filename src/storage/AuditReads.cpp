// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditReads.h"

#include "AuditHashes.h"
#include "AuditRowMapper.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>
#include <algorithm>

namespace simfleet::sqlite::reads {

namespace {

// Built on first use: a std::string at namespace scope could throw before main.
const std::string& selectAuditSql()
{
    static const std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit_log a";
    return sql;
}

} // namespace

std::vector<AuditEvent> auditOf(StatementCache& statements, std::optional<CardId> cardId)
{
    std::vector<AuditEvent> events;
    if (cardId) {
        StatementUse statement(statements,
                               selectAuditSql() + " WHERE a.card_id = ? ORDER BY a.seq");
        statement->bind(1, *cardId);
        while (statement->executeStep())
            events.push_back(auditEventAt(*statement));
        return events;
    }
    forEachAuditEvent(statements.database(),
                      [&](const AuditEvent& event) { events.push_back(event); });
    return events;
}

void forEachAuditEvent(SQLite::Database& db, const std::function<void(const AuditEvent&)>& visit)
{
    SQLite::Statement statement(db, selectAuditSql() + " ORDER BY a.seq");
    while (statement.executeStep())
        visit(auditEventAt(statement));
}

std::vector<AuditEvent> auditNewestFirst(StatementCache& statements, std::int64_t offset,
                                         std::int64_t limit)
{
    // seq is the rowid: the page is walked backwards from the end of the table, and only the
    // skipped rows before it are stepped over (their columns, details included, never read).
    StatementUse statement(statements, selectAuditSql() + " ORDER BY a.seq DESC LIMIT ? OFFSET ?");
    statement->bind(1, limit < 0 ? std::int64_t{-1} : limit);
    statement->bind(2, std::max<std::int64_t>(offset, 0));
    std::vector<AuditEvent> events;
    if (limit > 0)
        events.reserve(static_cast<std::size_t>(std::min<std::int64_t>(limit, 1000)));
    while (statement->executeStep())
        events.push_back(auditEventAt(*statement));
    return events;
}

std::int64_t auditCount(StatementCache& statements)
{
    // count(*), not max(seq): a tampered log may have gaps in seq, and the view must not
    // promise pages that are not there. It walks the smallest b-tree that covers the rows.
    StatementUse statement(statements, "SELECT count(*) FROM audit_log");
    statement->executeStep();
    return statement->getColumn(0).getInt64();
}

AuditHead auditHead(StatementCache& statements)
{
    StatementUse statement(statements, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!statement->executeStep())
        return {};
    return AuditHead{statement->getColumn(0).getInt64(), hashAt(*statement, 1)};
}

} // namespace simfleet::sqlite::reads
