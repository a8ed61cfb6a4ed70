// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingBalances.h"

#include "ports/StoreError.h"

#include <algorithm>

namespace simfleet::sqlite {

namespace {

// Ids below this always go to the dense table (16 bytes each); above it only while the table
// stays at most four times as large as the cards it holds.
constexpr CardId kDenseAlways = CardId{1} << 20;

// No RETURNING: SQLite runs it like a trigger, which makes the statement save the 64 KiB page
// it changes to a statement journal first.
constexpr const char* kAddPostings = "UPDATE cards SET balance_fen = balance_fen + ?,"
                                     " version = version + ? WHERE id = ?";

} // namespace

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

void PendingBalances::write(CardId card, const Sum& sum)
{
    StatementUse update(m_statements, kAddPostings);
    update->bind(1, sum.fen);
    update->bind(2, sum.entries);
    update->bind(3, card);
    if (update->exec() == 0)
        throw StoreError(Error{ErrorCode::CardNotFound, QString::number(card), 0});
}

void PendingBalances::settle()
{
    if (m_cards == 0)
        return;
    std::vector<std::pair<CardId, Sum>> sparse(m_sparse.begin(), m_sparse.end());
    std::sort(sparse.begin(), sparse.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    // Negative ids sort first, the dense table's in the middle, the rest after it.
    auto next = sparse.begin();
    for (; next != sparse.end() && next->first < 0; ++next)
        write(next->first, next->second);
    for (std::size_t card = 0; card < m_dense.size(); ++card) {
        if (m_dense[card].entries != 0)
            write(static_cast<CardId>(card), m_dense[card]);
    }
    for (; next != sparse.end(); ++next)
        write(next->first, next->second);
    m_dense = {};
    m_sparse.clear();
    m_cards = 0;
}

bool PendingBalances::settle(CardId card)
{
    Sum* sum = find(card);
    if (sum == nullptr || sum->entries == 0)
        return false;
    write(card, *sum);
    *sum = Sum{};
    --m_cards;
    return true;
}

} // namespace simfleet::sqlite
