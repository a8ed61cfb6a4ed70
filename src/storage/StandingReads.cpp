// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandingReads.h"

#include "AuditRowMapper.h"
#include "CardRowMapper.h"
#include "CodeColumns.h"
#include "SqlValues.h"

#include <SQLiteCpp/Database.h>

namespace simfleet::sqlite::reads {

namespace {

// Written out, not bound: a partial index serves a query only when its condition appears in
// the query's own text (docs: "The Partial Index"); state codes are fixed words.
std::string subsetCondition(CardSubset subset)
{
    switch (subset) {
    case CardSubset::ClearedButOwing:
        return "c.state = 'arrears-cleared' AND c.balance_fen > 0";
    case CardSubset::CancellationRequested:
        return "c.state = 'cancellation-requested'";
    case CardSubset::CarrierConfirmed:
        return "c.state = 'carrier-confirmed'";
    case CardSubset::Lost:
        return "c.lost = 1";
    }
    return "0";
}

} // namespace

std::optional<QDate> lastLedgerDate(StatementCache& statements)
{
    StatementUse extent(statements, "SELECT last_date FROM ledger_extent WHERE id = 1");
    if (!extent->executeStep())
        return std::nullopt;
    return dateAt(*extent, 0);
}

std::vector<StateDay> cardsByStateDay(StatementCache& statements)
{
    std::vector<StateDay> days;
    StatementUse select(statements, "SELECT state, since, cards, monthly_fee_fen FROM state_days"
                                    " WHERE cards <> 0 ORDER BY state, since");
    while (select->executeStep()) {
        const std::string since = select->getColumn(1).getString();
        days.push_back(StateDay{stateAt(*select, 0), since.empty() ? QDate() : dateAt(*select, 1),
                                select->getColumn(2).getInt64(),
                                Money::fromFen(select->getColumn(3).getInt64())});
    }
    return days;
}

void forEachCardIn(SQLite::Database& db, CardSubset subset,
                   const std::function<void(const Card&)>& visit)
{
    SQLite::Statement select(db, std::string("SELECT ") + kCardColumns + " FROM cards c WHERE " +
                                     subsetCondition(subset) + " ORDER BY c.id");
    while (select.executeStep())
        visit(cardAt(select));
}

void forEachStateEvent(SQLite::Database& db, std::optional<CardState> from, CardState to,
                       const std::function<void(const AuditEvent&)>& visit)
{
    std::string where = "a.to_state = '" + codeText(to) + "' AND ";
    if (from)
        where += "a.action = 'state-changed' AND a.from_state = '" + codeText(*from) + "'";
    else
        where += "(a.action = 'state-changed' OR a.action = 'card-created')";
    SQLite::Statement select(db, std::string("SELECT ") + kAuditColumns +
                                     " FROM audit_log a WHERE " + where + " ORDER BY a.seq");
    while (select.executeStep())
        visit(auditEventAt(select));
}

} // namespace simfleet::sqlite::reads
