// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementCache.h"
#include "ports/Store.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

// The SQL that reads cards and their ledgers. Engine failures are SQLite::Exception here; the
// store's entry points turn them into StoreError.
namespace simfleet::sqlite::reads {

std::optional<Card> cardById(StatementCache& statements, CardId id);
std::optional<Card> cardByIccid(StatementCache& statements, const QString& iccid);
std::optional<Card> cardByMsisdn(StatementCache& statements, const QString& msisdn);
// Read off the UNIQUE indexes alone (they hold the rowid), never the cards' own pages, in one
// read transaction (a savepoint, so also inside a write) instead of one per key.
std::vector<std::optional<CardId>> cardIdsByKeys(SQLite::Database& db, StatementCache& statements,
                                                 std::span<const CardKeyText> keys);

std::int64_t countCards(StatementCache& statements, const CardFilter& filter);
std::vector<Card> cards(StatementCache& statements, const CardQuery& query);
std::vector<CardId> cardIds(StatementCache& statements, const CardFilter& filter,
                            CardSortColumn sortBy, bool descending);
std::vector<Card> cardsByIds(StatementCache& statements, std::span<const CardId> ids);
void forEachCard(SQLite::Database& db, const CardFilter& filter,
                 const std::function<void(const Card&)>& visit);
void forEachCardKey(SQLite::Database& db, const std::function<void(const CardKey&)>& visit);
void forEachCardWithLedger(
    SQLite::Database& db, const CardFilter& filter,
    const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit);

std::vector<LedgerEntry> ledgerOf(StatementCache& statements, CardId id);
// The last payment in ledgerOf's order, found on the ledger's index: one row read, not the
// card's whole ledger.
std::optional<LedgerEntry> lastPaymentOf(StatementCache& statements, CardId id);

FleetTotals totals(StatementCache& statements);
std::vector<StateCount> stateCounts(StatementCache& statements, const CardFilter& filter);
std::vector<QString> departments(StatementCache& statements);

} // namespace simfleet::sqlite::reads
