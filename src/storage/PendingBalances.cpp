// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingBalances.h"

#include "ports/StoreError.h"

#include <algorithm>

namespace simfleet::sqlite {

namespace {

// Ids below this always go to the dense table (16 bytes each); above it only while the table
// stays at most four times as large as the cards it holds.
constexpr CardId kDenseAlways = CardId{1} << 20;

// Cards written by one statement: a statement per card cost a microsecond each.
constexpr std::size_t kCardsPerStatement = 65536;

} // namespace

PendingBalances::PendingBalances(StatementCache& statements)
    : m_statements(statements), m_bulk(statements.database())
{}

PendingBalances::Sum* PendingBalances::find(CardId card)
{
    if (card >= 0 && static_cast<std::size_t>(card) < m_dense.size())
        return &m_dense[static_cast<std::size_t>(card)];
    const auto sparse = m_sparse.find(card);
    return sparse == m_sparse.end() ? nullptr : &sparse->second;
}

void PendingBalances::add(CardId card, std::int64_t fen)
{
    Sum* sum = find(card);
    if (sum == nullptr) {
        const bool dense = card >= 0 && (card < kDenseAlways ||
                                         static_cast<std::size_t>(card) < 4 * (m_cards + 1));
        if (dense) {
            m_dense.resize(static_cast<std::size_t>(card) + 1); // grows geometrically
            sum = &m_dense[static_cast<std::size_t>(card)];
        } else {
            sum = &m_sparse[card];
        }
    }
    if (sum->entries == 0)
        ++m_cards;
    sum->fen += fen;
    ++sum->entries;
}

void PendingBalances::add(RowBatch& rows, CardId card, const Sum& sum)
{
    rows.addInt(card);
    rows.addInt(sum.fen);
    rows.addInt(sum.entries);
    if (rows.rows() == kCardsPerStatement)
        write(rows);
}

void PendingBalances::write(RowBatch& rows)
{
    if (rows.rows() == 0)
        return;
    if (m_bulk.addToCards(rows) == static_cast<std::int64_t>(rows.rows())) {
        rows.clear();
        return;
    }
    // Which card is missing, as postLedgerEntry would say.
    for (std::size_t row = 0; row < rows.rows(); ++row) {
        const CardId card = rows.cell(row, 0).value;
        StatementUse exists(m_statements, "SELECT 1 FROM cards WHERE id = ?");
        exists->bind(1, card);
        if (!exists->executeStep())
            throw StoreError(Error{ErrorCode::CardNotFound, QString::number(card), 0});
    }
    throw StoreError(Error{ErrorCode::CardNotFound, QString(), 0});
}

void PendingBalances::settle()
{
    if (m_cards == 0)
        return;
    std::vector<std::pair<CardId, Sum>> sparse(m_sparse.begin(), m_sparse.end());
    std::sort(sparse.begin(), sparse.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    RowBatch rows(3);
    // Negative ids sort first, the dense table's in the middle, the rest after it.
    auto next = sparse.begin();
    for (; next != sparse.end() && next->first < 0; ++next)
        add(rows, next->first, next->second);
    for (std::size_t card = 0; card < m_dense.size(); ++card) {
        if (m_dense[card].entries != 0)
            add(rows, static_cast<CardId>(card), m_dense[card]);
    }
    for (; next != sparse.end(); ++next)
        add(rows, next->first, next->second);
    write(rows);
    m_dense = {};
    m_sparse.clear();
    m_cards = 0;
}

bool PendingBalances::settle(CardId card)
{
    Sum* sum = find(card);
    if (sum == nullptr || sum->entries == 0)
        return false;
    RowBatch rows(3);
    add(rows, card, *sum);
    write(rows);
    *sum = Sum{};
    --m_cards;
    return true;
}

} // namespace simfleet::sqlite
