// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkCardInsert.h"
#include "RowBatch.h"
#include "StatementCache.h"
#include "domain/Card.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace simfleet::sqlite {

// What bulk postings add to their cards' cached balances and versions, held in memory and
// written once per card: a bill file posts to each card about once a month, and rewriting the
// card's row for every batch cost as much as storing the entries. The writer settles a card
// before anything reads or rewrites it, and every card before the transaction commits, so no
// one sees a balance without its entries.
class PendingBalances {
public:
    explicit PendingBalances(StatementCache& statements);

    void add(CardId card, std::int64_t fen);
    bool empty() const { return m_cards == 0; }
    // Writes every card's sum, in id order. CardNotFound (StoreError) for a card not there.
    void settle();
    // Writes this card's, if it has any; whether it had.
    bool settle(CardId card);

private:
    struct Sum {
        std::int64_t fen{0};
        std::int64_t entries{0};
    };
    Sum* find(CardId card);
    void add(RowBatch& rows, CardId card, const Sum& sum);
    void write(RowBatch& rows);

    StatementCache& m_statements;
    BulkCardInsert m_bulk;
    // By id: ids are handed out one after another and never deleted, so the table is dense. An
    // id far beyond the cards seen so far goes to m_sparse instead.
    std::vector<Sum> m_dense;
    std::unordered_map<CardId, Sum> m_sparse;
    std::size_t m_cards{0}; // with entries not yet written
};

} // namespace simfleet::sqlite
