// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementCache.h"
#include "ports/Store.h"

#include <functional>
#include <optional>
#include <vector>

// The reads behind today's pipeline and savings reports: the state_days summary, and the few
// cards and audit rows that the partial indexes of schema 8 find. Engine failures are
// SQLite::Exception here; the store's entry points turn them into StoreError.
namespace simfleet::sqlite::reads {

std::optional<QDate> lastLedgerDate(StatementCache& statements);
std::vector<StateDay> cardsByStateDay(StatementCache& statements);
void forEachCardIn(SQLite::Database& db, CardSubset subset,
                   const std::function<void(const Card&)>& visit);
void forEachStateEvent(SQLite::Database& db, std::optional<CardState> from, CardState to,
                       const std::function<void(const AuditEvent&)>& visit);

} // namespace simfleet::sqlite::reads
