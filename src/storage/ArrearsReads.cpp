// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArrearsReads.h"

#include "CodeColumns.h"
#include "GroupKeys.h"
#include "SqlValues.h"
#include "StandingReads.h"
#include "rules/ArrearsFold.h"

#include <SQLiteCpp/Database.h>
#include <unordered_map>

namespace simfleet::sqlite::reads {

namespace {

// The age boundaries as the store's date text, which sorts as the dates do.
struct Boundaries {
    explicit Boundaries(const AgingBoundaries& ages)
        : from0to30(dateText(ages.first0to30)), from31to60(dateText(ages.first31to60)),
          from61to90(dateText(ages.first61to90))
    {}

    Money& bucket(AgingBuckets& buckets, const std::string& day) const
    {
        if (day >= from0to30)
            return buckets.days0to30;
        if (day >= from31to60)
            return buckets.days31to60;
        if (day >= from61to90)
            return buckets.days61to90;
        return buckets.days90plus;
    }

    std::string from0to30;
    std::string from31to60;
    std::string from61to90;
};

// Whether the summaries, which count every entry, answer for the day.
bool summaryCovers(StatementCache& statements, QDate asOf)
{
    const std::optional<QDate> lastEntry = lastLedgerDate(statements);
    return !lastEntry || *lastEntry <= asOf;
}

ArrearsByGroup fromSummary(StatementCache& statements, OutstandingGrouping grouping,
                           const AgingBoundaries& ages)
{
    const Boundaries boundaries(ages);
    const std::string code = utf8(groupingCode(grouping));
    std::unordered_map<std::string, ArrearsGroup> groups;
    {
        StatementUse owing(statements,
                           "SELECT group_key, cards FROM group_owing_cards WHERE grouping = ?");
        owing->bind(1, code);
        while (owing->executeStep()) {
            ArrearsGroup& group = groups[owing->getColumn(0).getString()];
            group.key = textAt(*owing, 0);
            group.cards = owing->getColumn(1).getInt64();
        }
    }
    {
        StatementUse days(
            statements, "SELECT group_key, day, unpaid_fen FROM group_arrears WHERE grouping = ?");
        days->bind(1, code);
        while (days->executeStep()) {
            ArrearsGroup& group = groups[days->getColumn(0).getString()];
            boundaries.bucket(group.aging, days->getColumn(1).getString()) +=
                Money::fromFen(days->getColumn(2).getInt64());
        }
    }
    ArrearsByGroup figures;
    figures.groups.reserve(groups.size());
    for (auto& entry : groups)
        figures.groups.push_back(std::move(entry.second));

    StatementUse credit(statements, "SELECT count(*), coalesce(-sum(balance_fen), 0)"
                                    " FROM cards WHERE balance_fen < 0");
    credit->executeStep();
    figures.creditCards = credit->getColumn(0).getInt64();
    figures.credit = Money::fromFen(credit->getColumn(1).getInt64());
    return figures;
}

// One pass over the ledger index up to the day, card by card, beside one pass over the cards for
// their group keys: each card's balance then and its unpaid charges by age (ArrearsFold).
ArrearsByGroup fromLedger(SQLite::Database& db, OutstandingGrouping grouping,
                          const AgingBoundaries& ages)
{
    const Boundaries boundaries(ages);
    SQLite::Statement entries(db, "SELECT card_id, date, kind, amount_fen FROM ledger_entries"
                                  " WHERE date <= ? ORDER BY card_id, date");
    entries.bind(1, dateText(ages.asOf));
    SQLite::Statement cards(db, "SELECT c.id, " + groupKeyColumnSql(grouping) +
                                    " FROM cards c ORDER BY c.id");

    ArrearsByGroup figures;
    std::unordered_map<std::string, ArrearsGroup> groups;
    ArrearsFold<std::string> fold;
    CardId folding = 0;
    CardId cardsAt = 0; // the id the cards cursor is on (0: before the first)
    const auto keyOf = [&](CardId card) {
        while (cardsAt != -1 && cardsAt < card)
            cardsAt = cards.executeStep() ? cards.getColumn(0).getInt64() : -1;
        return cardsAt == card ? cards.getColumn(1).getString() : std::string();
    };
    const auto finishCard = [&] {
        const Money balance = fold.balance();
        if (balance.isNegative()) {
            figures.credit -= balance;
            ++figures.creditCards;
        } else if (balance.isPositive()) {
            std::string key = keyOf(folding);
            ArrearsGroup& group = groups[key];
            if (group.cards == 0)
                group.key = QString::fromStdString(key);
            ++group.cards;
            fold.forEachUnpaid([&](const std::string& day, Money unpaid) {
                boundaries.bucket(group.aging, day) += unpaid;
            });
        }
        fold.clear();
    };
    while (entries.executeStep()) {
        const CardId card = entries.getColumn(0).getInt64();
        if (card != folding) {
            if (folding != 0)
                finishCard();
            folding = card;
        }
        fold.add(entries.getColumn(1).getString(),
                 balanceEffect(entryKindAt(entries, 2),
                               Money::fromFen(entries.getColumn(3).getInt64())));
    }
    if (folding != 0)
        finishCard();

    figures.groups.reserve(groups.size());
    for (auto& entry : groups)
        figures.groups.push_back(std::move(entry.second));
    return figures;
}

} // namespace

ArrearsByGroup arrearsByGroup(StatementCache& statements, OutstandingGrouping grouping,
                              const AgingBoundaries& ages)
{
    if (summaryCovers(statements, ages.asOf))
        return fromSummary(statements, grouping, ages);
    return fromLedger(statements.database(), grouping, ages);
}

} // namespace simfleet::sqlite::reads
