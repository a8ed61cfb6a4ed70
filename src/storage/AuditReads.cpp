// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditReads.h"

#include "AuditRowMapper.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>

namespace simfleet::sqlite::reads {

namespace {

const std::string kSelectAudit = std::string("SELECT ") + kAuditColumns + " FROM audit_log a";

} // namespace

std::vector<AuditEvent> auditOf(StatementCache& statements, std::optional<CardId> cardId)
{
    std::vector<AuditEvent> events;
    if (cardId) {
        StatementUse statement(statements, kSelectAudit + " WHERE a.card_id = ? ORDER BY a.seq");
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
    SQLite::Statement statement(db, kSelectAudit + " ORDER BY a.seq");
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
