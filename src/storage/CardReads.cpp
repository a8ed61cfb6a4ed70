// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardReads.h"

#include "CardFilterSql.h"
#include "CardRowMapper.h"
#include "CodeColumns.h"
#include "LedgerRowMapper.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>
#include <algorithm>
#include <numeric>

namespace simfleet::sqlite::reads {

namespace {

// Built on first use: a std::string at namespace scope could throw before main.
const std::string& selectCardsSql()
{
    static const std::string sql = std::string("SELECT ") + kCardColumns + " FROM cards c";
    return sql;
}

std::optional<Card> firstCard(SQLite::Statement& statement)
{
    if (!statement.executeStep())
        return std::nullopt;
    return cardAt(statement);
}

const std::string& selectCardByIdSql()
{
    static const std::string sql = selectCardsSql() + " WHERE c.id = ?";
    return sql;
}

std::optional<Card> cardByText(StatementCache& statements, const char* column, const QString& value)
{
    StatementUse statement(statements, selectCardsSql() + " WHERE c." + column + " = ?");
    bindText(*statement, 1, value);
    return firstCard(*statement);
}

std::optional<CardId> cardIdByText(SQLite::Statement& statement, const QString& value)
{
    statement.reset();
    bindText(statement, 1, value);
    if (!statement.executeStep())
        return std::nullopt;
    return statement.getColumn(0).getInt64();
}

} // namespace

std::vector<std::optional<CardId>> cardIdsByKeys(SQLite::Database& db, StatementCache& statements,
                                                 std::span<const CardKeyText> keys)
{
    std::vector<std::optional<CardId>> ids(keys.size());
    // Looked up in each index's order: neighbouring lookups then search the same index pages,
    // still in the processor's cache, instead of a page anywhere in the index each time.
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (keys[a].msisdn != keys[b].msisdn)
            return keys[a].msisdn < keys[b].msisdn;
        return keys[a].digits < keys[b].digits;
    });
    db.exec("SAVEPOINT card_keys");
    try {
        // Both asked for once: a statement looked up by its text for each of 100,000 keys cost
        // as much as the lookups.
        StatementUse byIccid(statements, "SELECT id FROM cards WHERE iccid = ?");
        StatementUse byMsisdn(statements, "SELECT id FROM cards WHERE msisdn = ?");
        for (const std::size_t i : order) {
            const CardKeyText& key = keys[i];
            // An unknown number is stored as NULL and matches no card.
            if (!key.digits.isEmpty())
                ids[i] = cardIdByText(key.msisdn ? *byMsisdn : *byIccid, key.digits);
        }
    } catch (...) {
        db.tryExec("ROLLBACK TO card_keys");
        db.tryExec("RELEASE card_keys");
        throw;
    }
    db.exec("RELEASE card_keys");
    return ids;
}

std::optional<Card> cardById(StatementCache& statements, CardId id)
{
    StatementUse statement(statements, selectCardByIdSql());
    statement->bind(1, id);
    return firstCard(*statement);
}

std::optional<Card> cardByIccid(StatementCache& statements, const QString& iccid)
{
    return cardByText(statements, "iccid", iccid);
}

std::optional<Card> cardByMsisdn(StatementCache& statements, const QString& msisdn)
{
    if (msisdn.isEmpty())
        return std::nullopt; // stored as NULL: "no number" matches no card
    return cardByText(statements, "msisdn", msisdn);
}

std::int64_t countCards(StatementCache& statements, const CardFilter& filter)
{
    const FilterSql where = filterSql(filter);
    StatementUse statement(statements, "SELECT count(*) FROM cards c" + where.where);
    where.bind(*statement);
    statement->executeStep();
    return statement->getColumn(0).getInt64();
}

std::vector<Card> cards(StatementCache& statements, const CardQuery& query)
{
    const FilterSql where = filterSql(query.filter);
    StatementUse statement(statements, selectCardsSql() + where.where +
                                           orderBySql(query.sortBy, query.descending) +
                                           " LIMIT ? OFFSET ?");
    const int next = where.bind(*statement);
    statement->bind(next, query.limit < 0 ? std::int64_t{-1} : query.limit);
    statement->bind(next + 1, std::max<std::int64_t>(query.offset, 0));
    std::vector<Card> page;
    if (query.limit > 0)
        page.reserve(static_cast<std::size_t>(query.limit));
    while (statement->executeStep())
        page.push_back(cardAt(*statement));
    return page;
}

// Sorts only (column, id) pairs, never whole rows; the UNIQUE iccid and msisdn indexes already
// hold that order, every other column is one sort per question.
std::vector<CardId> cardIds(StatementCache& statements, const CardFilter& filter,
                            CardSortColumn sortBy, bool descending)
{
    const FilterSql where = filterSql(filter);
    StatementUse statement(statements, "SELECT c.id FROM cards c" + where.where +
                                           orderBySql(sortBy, descending));
    where.bind(*statement);
    std::vector<CardId> ids;
    while (statement->executeStep())
        ids.push_back(statement->getColumn(0).getInt64());
    return ids;
}

// One rowid lookup per id through one prepared statement: a page is a few hundred seeks, and the
// caller's order needs no SQL to keep.
std::vector<Card> cardsByIds(StatementCache& statements, std::span<const CardId> ids)
{
    StatementUse statement(statements, selectCardByIdSql());
    std::vector<Card> found;
    found.reserve(ids.size());
    for (const CardId id : ids) {
        statement->reset();
        statement->bind(1, id);
        if (statement->executeStep())
            found.push_back(cardAt(*statement));
    }
    return found;
}

// Streams prepare their own statement: the visitor may read the store meanwhile, which would
// reset a cached statement under the running cursor.
void forEachCard(SQLite::Database& db, const CardFilter& filter,
                 const std::function<void(const Card&)>& visit)
{
    const FilterSql where = filterSql(filter);
    SQLite::Statement statement(db, selectCardsSql() + where.where + " ORDER BY c.iccid");
    where.bind(statement);
    while (statement.executeStep())
        visit(cardAt(statement));
}

void forEachCardKey(SQLite::Database& db, const std::function<void(const CardKey&)>& visit)
{
    // In rowid order: the table read front to back, each page once.
    SQLite::Statement statement(db, "SELECT id, iccid, msisdn, state FROM cards");
    CardKey key;
    while (statement.executeStep()) {
        key.id = statement.getColumn(0).getInt64();
        key.iccid = textAt(statement, 1);
        key.msisdn = textAt(statement, 2);
        key.state = stateAt(statement, 3);
        visit(key);
    }
}

// One pass over cards joined to their entries, in card id then (date, id) order, walked from the
// ledger's (card_id, date) index: only one card's entries are in memory at a time.
void forEachCardWithLedger(
    SQLite::Database& db, const CardFilter& filter,
    const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit)
{
    const FilterSql where = filterSql(filter);
    SQLite::Statement statement(db,
                                std::string("SELECT ") + kCardColumns + ", " + kLedgerColumns +
                                    " FROM cards c LEFT JOIN ledger_entries l ON l.card_id = c.id" +
                                    where.where + " ORDER BY c.id, l.date, l.id");
    where.bind(statement);
    std::optional<Card> current;
    std::vector<LedgerEntry> entries;
    while (statement.executeStep()) {
        const CardId id = statement.getColumn(0).getInt64();
        if (!current || current->id != id) {
            if (current)
                visit(*current, entries);
            current = cardAt(statement);
            entries.clear();
        }
        if (!statement.isColumnNull(kCardColumnCount)) // a card without entries joins NULLs
            entries.push_back(ledgerEntryAt(statement, kCardColumnCount));
    }
    if (current)
        visit(*current, entries);
}

std::vector<LedgerEntry> ledgerOf(StatementCache& statements, CardId id)
{
    StatementUse statement(statements, std::string("SELECT ") + kLedgerColumns +
                                           " FROM ledger_entries l WHERE l.card_id = ?"
                                           " ORDER BY l.date, l.id");
    statement->bind(1, id);
    std::vector<LedgerEntry> entries;
    while (statement->executeStep())
        entries.push_back(ledgerEntryAt(*statement));
    return entries;
}

std::optional<LedgerEntry> lastPaymentOf(StatementCache& statements, CardId id)
{
    StatementUse statement(statements, std::string("SELECT ") + kLedgerColumns +
                                           " FROM ledger_entries l WHERE l.id ="
                                           " (SELECT id FROM ledger_entries WHERE card_id = ?"
                                           "  AND kind = 'payment' ORDER BY date DESC, id DESC"
                                           "  LIMIT 1)");
    statement->bind(1, id);
    if (!statement->executeStep())
        return std::nullopt;
    return ledgerEntryAt(*statement);
}

// From the summaries of schema 8, never a pass over the cards table: the count from the smallest
// index, the cards in cancellation and in credit from their partial indexes, and what is owed
// from card_arrears, whose rows for an owing card sum to its balance.
FleetTotals totals(StatementCache& statements)
{
    StatementUse statement(
        statements, "SELECT (SELECT count(*) FROM cards),"
                    " (SELECT count(*) FROM cards"
                    "  WHERE state = 'cancellation-requested' OR state = 'carrier-confirmed'),"
                    " (SELECT coalesce(sum(unpaid_fen), 0) FROM card_arrears),"
                    " (SELECT coalesce(-sum(balance_fen), 0) FROM cards WHERE balance_fen < 0)");
    statement->executeStep();
    FleetTotals figures;
    figures.cards = statement->getColumn(0).getInt64();
    figures.cardsInCancellation = statement->getColumn(1).getInt64();
    figures.outstanding = Money::fromFen(statement->getColumn(2).getInt64());
    figures.credit = Money::fromFen(statement->getColumn(3).getInt64());
    return figures;
}

// One pass grouped by the five state codes; states without a matching card get no group and
// keep their zero.
std::vector<StateCount> stateCounts(StatementCache& statements, const CardFilter& filter)
{
    std::vector<StateCount> counts;
    counts.reserve(kAllStates.size());
    for (const CardState state : kAllStates)
        counts.push_back(StateCount{state, 0, 0});
    const FilterSql where = filterSql(filter);
    StatementUse statement(statements, "SELECT c.state, count(*), coalesce(sum(c.lost), 0)"
                                       " FROM cards c" +
                                           where.where + " GROUP BY c.state");
    where.bind(*statement);
    while (statement->executeStep()) {
        const CardState state = stateAt(*statement, 0);
        StateCount& count = counts[static_cast<std::size_t>(
            std::find(kAllStates.begin(), kAllStates.end(), state) - kAllStates.begin())];
        count.cards = statement->getColumn(1).getInt64();
        count.lost = statement->getColumn(2).getInt64();
    }
    return counts;
}

// One pass that groups the few distinct names (department has no index to seek through).
std::vector<QString> departments(StatementCache& statements)
{
    StatementUse statement(statements, "SELECT department FROM cards WHERE department > ''"
                                       " GROUP BY department ORDER BY department");
    std::vector<QString> names;
    while (statement->executeStep())
        names.push_back(textAt(*statement, 0));
    return names;
}

} // namespace simfleet::sqlite::reads
