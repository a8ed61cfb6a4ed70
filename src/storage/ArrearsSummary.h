// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArrearsAsPosted.h"
#include "BulkCardInsert.h"
#include "GroupKeys.h"
#include "RowBatch.h"
#include "StatementCache.h"
#include "TextIds.h"

#include <QDate>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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
    // beforeReadingLedger is called before the summaries are worked out from the ledger (which
    // they read through its index by card).
    explicit ArrearsSummary(StatementCache& statements,
                            std::function<void()> beforeReadingLedger = {});

    void posted(CardId card, QDate date);
    // A batch's entries are about to be stored: the first time, whether the ledger is empty
    // decides whether its cards' arrears are folded as they are posted (ArrearsAsPosted).
    void beforeBatch();
    // An entry of a batch, by its balance effect: folded as it comes when the transaction began
    // with an empty ledger; otherwise (or when the card does not fit) as posted(card, date).
    void posted(CardId card, QDate date, std::int64_t effectFen);
    // Before a card's row changes from `before` to `after`: its arrears move to its new groups.
    void regroup(CardId card, const CardGroupKeys& before, const CardGroupKeys& after);
    // Brings the summaries up to date with every posting so far.
    void flush();

private:
    using Rows = std::vector<std::pair<std::uint32_t, std::int64_t>>; // day (m_texts), unpaid fen
    using KeyIds = std::array<std::uint32_t, kAllGroupings.size()>;   // group keys (m_texts)

    void listCard(CardId card);
    // Stores the arrears folded as the entries were posted and stops folding.
    void storeAsPosted();
    void insertNewCounts();
    void refreshOneByOne();
    void refreshInOnePass();
    void refresh(CardId card, const Rows& unpaid);
    Rows storedRows(CardId card);
    std::optional<KeyIds> storedKeyIds(CardId card);
    KeyIds keyIdsOf(const CardGroupKeys& keys);
    void count(const KeyIds& keys, const Rows& rows, int sign);
    void countChange(const KeyIds& keys, const Rows& before, const Rows& after);
    void applyCounts();
    // Stores the card_arrears rows refresh() left waiting.
    // A card's rows of card_arrears, inserted with the next cards' in one statement.
    void waitToInsert(CardId card, const Rows& unpaid);
    void insertWaitingRows();

    // A day of one group, and one group, as keys of the changes below.
    static std::uint64_t groupDay(std::size_t grouping, std::uint32_t key, std::uint32_t day)
    {
        return (std::uint64_t{grouping} << 58U) | (std::uint64_t{key} << 29U) | day;
    }
    static std::uint64_t group(std::size_t grouping, std::uint32_t key)
    {
        return (std::uint64_t{grouping} << 32U) | key;
    }

    StatementCache& m_statements;
    std::function<void()> m_beforeReadingLedger;
    // Whether batches' entries are folded as they are posted (decided at the first batch).
    enum class Folding : std::uint8_t { Undecided, Yes, No };
    Folding m_folding{Folding::Undecided};
    std::unique_ptr<ArrearsAsPosted> m_asPosted;              // while folding
    std::unordered_map<std::int64_t, std::uint32_t> m_dayIds; // julian day to m_texts
    std::vector<CardId> m_cards;                              // to work out from the ledger
    std::vector<bool> m_listed;                               // by card id: in m_cards already
    QDate m_lastDate;
    std::array<std::string, kAllGroupings.size()> m_groupingCodes;
    TextIds m_texts; // days and group keys
    // The group keys of the card read last: neighbouring cards mostly share them.
    std::array<std::pair<std::string, std::uint32_t>, kAllGroupings.size()> m_lastKeys;
    BulkCardInsert m_bulk;
    RowBatch m_waitingRows{3}; // card_arrears rows to insert
    // Changes to group_arrears and group_owing_cards, applied together.
    std::unordered_map<std::uint64_t, std::int64_t> m_dayChanges;   // by groupDay()
    std::unordered_map<std::uint64_t, std::int64_t> m_owingChanges; // by group()
};

// Builds the summaries from the stored ledger (the migration to schema 8).
void rebuildArrears(StatementCache& statements);

} // namespace simfleet::sqlite
