// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRowMapper.h"

#include "AuditHashes.h"
#include "CodeColumns.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <SQLiteCpp/Column.h>

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
    AuditEvent event;
    int column = first;
    event.seq = row.getColumn(column++).getInt64();
    event.atUtc = instantAt(row, column++);
    event.operatorName = textAt(row, column++);
    if (!row.isColumnNull(column))
        event.cardId = row.getColumn(column).getInt64();
    ++column;
    event.iccid = textAt(row, column++);
    event.action = auditActionAt(row, column++);
    event.fromState = optionalStateAt(row, column++);
    event.toState = optionalStateAt(row, column++);
    event.details = QJsonDocument::fromJson(bytesAt(row, column++)).object();
    event.prevHash = hashAt(row, column++);
    event.hash = hashAt(row, column++);
    return event;
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
