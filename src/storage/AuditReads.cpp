// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditReads.h"

#include "AuditRowMapper.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>

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

AuditHead auditHead(StatementCache& statements)
{
    StatementUse statement(statements, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!statement->executeStep())
        return {};
    return AuditHead{statement->getColumn(0).getInt64(), bytesAt(*statement, 1)};
}

} // namespace simfleet::sqlite::reads
