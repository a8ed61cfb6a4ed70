// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementCache.h"
#include "domain/AuditEvent.h"

#include <functional>
#include <optional>
#include <vector>

// The SQL that reads the audit log, in seq order (or newest first where the name says so).
namespace simfleet::sqlite::reads {

std::vector<AuditEvent> auditOf(StatementCache& statements, std::optional<CardId> cardId);
void forEachAuditEvent(SQLite::Database& db, const std::function<void(const AuditEvent&)>& visit);
// Seq descending: see StoreReader::auditNewestFirst.
std::vector<AuditEvent> auditNewestFirst(StatementCache& statements, std::int64_t offset,
                                         std::int64_t limit);
std::int64_t auditCount(StatementCache& statements);

struct AuditHead {
    std::int64_t seq{0}; // 0: the log is empty
    QByteArray hash;
};
AuditHead auditHead(StatementCache& statements);

} // namespace simfleet::sqlite::reads
