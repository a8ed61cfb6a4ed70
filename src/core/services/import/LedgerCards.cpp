// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/LedgerCards.h"

namespace simfleet {

namespace {

// A bill row takes about this many bytes of a file.
constexpr qint64 kBytesPerRow = 64;
// Asking the store for a card costs about as much as loading this many cards into a directory.
constexpr qint64 kCardsPerLookup = 16;

} // namespace

LedgerCards LedgerCards::forFile(StoreReader& store, const LedgerColumns& columns, qint64 fileBytes)
{
    const qint64 rows = fileBytes / kBytesPerRow;
    if (rows * kCardsPerLookup < store.countCards(CardFilter{}))
        return LedgerCards(store);
    return LedgerCards(CardDirectory::load(store, columns.has(LedgerColumn::Iccid),
                                           columns.has(LedgerColumn::Msisdn)));
}

std::optional<RowCard> LedgerCards::find(const LedgerRow& row)
{
    if (m_store != nullptr) {
        std::optional<Card> card = cardOfRow(*m_store, row);
        if (!card)
            return std::nullopt;
        return RowCard{card->id, card->state, std::move(card->iccid)};
    }
    if (row.keyColumn == LedgerColumn::Iccid) {
        const std::optional<std::size_t> card = m_directory.findByIccid(row.key);
        if (!card)
            return std::nullopt;
        return RowCard{m_directory.id(*card), m_directory.state(*card), row.key};
    }
    const std::optional<std::size_t> card = m_directory.findByMsisdn(row.key);
    if (!card)
        return std::nullopt;
    return RowCard{m_directory.id(*card), m_directory.state(*card), m_directory.iccid(*card)};
}

} // namespace simfleet
