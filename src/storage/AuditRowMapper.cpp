// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRowMapper.h"

#include "AuditHashes.h"
#include "AuditStoredRow.h"
#include "CodeColumns.h"

#include <QJsonDocument>

namespace simfleet::sqlite {

namespace {

void bindOptionalState(SQLite::Statement& statement, int index, std::optional<CardState> state)
{
    if (state)
        TextBinder::bindStatic(statement, index, codeText(*state));
    else
        statement.bind(index);
}

} // namespace

AuditEvent auditEventAt(const SQLite::Statement& row, int first)
{
    constexpr int kPrevHash = 9; // kAuditColumns: the stored columns but the hash, then these two
    constexpr int kHash = 10;
    return auditEventFrom(auditStoredRowAt(row, first, first + kHash),
                          hashAt(row, first + kPrevHash));
}

QByteArray detailsText(const QJsonObject& details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

void bindAuditEvent(SQLite::Statement& statement, TextBinder& text, const AuditEvent& event,
                    const std::string& atUtcText, const QByteArray& details)
{
    statement.bind(1, event.seq);
    TextBinder::bindStatic(statement, 2, atUtcText);
    text.bind(statement, 3, event.operatorName);
    if (event.cardId)
        statement.bind(4, *event.cardId);
    else
        statement.bind(4);
    text.bind(statement, 5, event.iccid);
    TextBinder::bindStatic(statement, 6, codeText(event.action));
    bindOptionalState(statement, 7, event.fromState);
    bindOptionalState(statement, 8, event.toState);
    text.bindUtf8(statement, 9, details);
    bindHash(statement, 10, event.hash);
}

} // namespace simfleet::sqlite
