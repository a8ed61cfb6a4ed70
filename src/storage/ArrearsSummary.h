// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GroupKeys.h"
#include "StatementCache.h"

#include <QDate>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace simfleet::sqlite {

// Keeps the summaries of schema 8 (card_arrears, group_arrears, group_owing_cards,
// ledger_extent) true to the ledger inside a write transaction. The writer names each card it
// posts to; before the transaction commits, or anything reads the summaries, each such card's
// unpaid charges are worked out again from its whole ledger (ArrearsFold), once however many
// entries it got, and what changed is carried into its groups. Working from the ledger rather
// than adjusting the old rows keeps a back-dated charge right: oldest-first settlement then
// changes which charges are the unpaid ones.
class ArrearsSummary {
public:
    explicit ArrearsSummary(StatementCache& statements);

    void posted(CardId card, QDate date);
    // Before a card's row changes from `before` to `after`: its arrears move to its new groups.
    void regroup(CardId card, const CardGroupKeys& before, const CardGroupKeys& after);
    // Brings the summaries up to date with every posting so far.
    void flush();

private:
    using Rows = std::vector<std::pair<std::string, std::int64_t>>; // day, unpaid fen

    void refreshOneByOne();
    void refreshInOnePass();
    void refresh(CardId card, const Rows& unpaid);
    Rows storedRows(CardId card);
    void count(const CardGroupKeys& keys, const Rows& rows, int sign);
    void countChange(const CardGroupKeys& keys, const Rows& before, const Rows& after);
    void applyCounts();

    // A day of one group (owing-card counts leave day empty).
    struct GroupDay {
        std::size_t grouping;
        std::string key;
        std::string day;
        friend bool operator==(const GroupDay&, const GroupDay&) = default;
    };
    struct GroupDayHash {
        std::size_t operator()(const GroupDay& where) const
        {
            const std::hash<std::string> text;
            return where.grouping ^ (text(where.key) * 31) ^ (text(where.day) * 1000003);
        }
    };

    StatementCache& m_statements;
    std::vector<CardId> m_cards;
    std::vector<bool> m_listed; // by card id: in m_cards already
    QDate m_lastDate;
    std::array<std::string, kAllGroupings.size()> m_groupingCodes;
    // Changes to group_arrears and group_owing_cards, applied together.
    std::unordered_map<GroupDay, std::int64_t, GroupDayHash> m_dayChanges;
    std::unordered_map<GroupDay, std::int64_t, GroupDayHash> m_owingChanges;
};

// Builds the summaries from the stored ledger (the migration to schema 8).
void rebuildArrears(StatementCache& statements);

} // namespace simfleet::sqlite
