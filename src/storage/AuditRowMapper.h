// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextBinder.h"
#include "domain/AuditEvent.h"

#include <QByteArray>
#include <SQLiteCpp/Statement.h>
#include <string>

namespace simfleet::sqlite {

// A row of audit_log (read as "audit_log a") <-> AuditEvent. The previous hash is the hash of
// the row before (seq - 1), '' for the first or after a gap, which the chain then reports.
inline constexpr const char* kAuditColumns =
    "a.seq, a.at_utc, a.operator, a.card_id, a.iccid, a.action, a.from_state, a.to_state, "
    "a.details, coalesce((SELECT p.hash FROM audit_log p WHERE p.seq = a.seq - 1), ''), a.hash";

inline constexpr const char* kInsertAuditSql =
    "INSERT INTO audit_log (seq, at_utc, operator, card_id, iccid, action, from_state, to_state,"
    " details, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

AuditEvent auditEventAt(const SQLite::Statement& row, int first = 0);

// The details column's text: compact JSON, the same bytes every time for the same object.
QByteArray detailsText(const QJsonObject& details);

// Binds kInsertAuditSql's parameters 1..10 (event.prevHash is not stored). The time and the details
// come already as text: a bulk import formats its transaction's timestamp once, not once per row.
void bindAuditEvent(SQLite::Statement& statement, TextBinder& text, const AuditEvent& event,
                    const std::string& atUtcText, const QByteArray& details);

} // namespace simfleet::sqlite
