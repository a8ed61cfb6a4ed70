// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardReads.h"

#include "CardFilterSql.h"
#include "CardRowMapper.h"
#include "LedgerRowMapper.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>

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

std::optional<Card> cardByText(StatementCache& statements, const char* column, const QString& value)
{
    StatementUse statement(statements, selectCardsSql() + " WHERE c." + column + " = ?");
    bindText(*statement, 1, value);
    return firstCard(*statement);
}

} // namespace

std::optional<Card> cardById(StatementCache& statements, CardId id)
{
    StatementUse statement(statements, selectCardsSql() + " WHERE c.id = ?");
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

// Each figure is an index-only count or sum over the cached balances, never a ledger scan.
FleetTotals totals(StatementCache& statements)
{
    StatementUse statement(
        statements, "SELECT (SELECT count(*) FROM cards),"
                    " (SELECT count(*) FROM cards"
                    "   WHERE state IN ('cancellation-requested', 'carrier-confirmed')),"
                    " (SELECT coalesce(sum(balance_fen), 0) FROM cards WHERE balance_fen > 0),"
                    " (SELECT coalesce(-sum(balance_fen), 0) FROM cards WHERE balance_fen < 0)");
    statement->executeStep();
    FleetTotals figures;
    figures.cards = statement->getColumn(0).getInt64();
    figures.cardsInCancellation = statement->getColumn(1).getInt64();
    figures.outstanding = Money::fromFen(statement->getColumn(2).getInt64());
    figures.credit = Money::fromFen(statement->getColumn(3).getInt64());
    return figures;
}

// Hops from one distinct value to the next through the department index (one seek per
// department) instead of reading a million index entries for a dozen names.
std::vector<QString> departments(StatementCache& statements)
{
    StatementUse statement(statements,
                           "WITH RECURSIVE d(name) AS ("
                           "  SELECT min(department) FROM cards WHERE department > ''"
                           "  UNION ALL"
                           "  SELECT (SELECT min(department) FROM cards WHERE department > d.name)"
                           "  FROM d WHERE d.name IS NOT NULL)"
                           " SELECT name FROM d WHERE name IS NOT NULL");
    std::vector<QString> names;
    while (statement->executeStep())
        names.push_back(textAt(*statement, 0));
    return names;
}

} // namespace simfleet::sqlite::reads
