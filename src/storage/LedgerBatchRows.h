// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkCardInsert.h"
#include "domain/LedgerImportSeal.h"
#include "ports/LedgerBatch.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace simfleet::sqlite {

// Stores the entries of a LedgerBatch card by card: its rows go in ordered by card (a card's
// entries in the batch's order) and take their ids in that order. A bill file names its cards
// in no order, and stored as they come each entry's foreign-key check and index entry landed on
// a page of its own: the batch sorted, neighbouring entries share pages (three times faster on
// a million-card fleet).
class LedgerBatchRows {
public:
    explicit LedgerBatchRows(BulkCardInsert& bulk);

    // Stores the entries with ids from firstId, recorded by who at when (UTF-8, as stored);
    // returns the next free id. Their cards are not looked for (see insertLedgerEntries): the
    // writer adds the entries to their cards' balances before it commits, and a card that is
    // not there is CardNotFound then (PendingBalances).
    // With a sealer, each entry is added to it as it is stored, in id order.
    std::int64_t insert(const LedgerBatch& batch, std::int64_t firstId, const std::string& who,
                        const std::string& when, LedgerSealer* seal);

private:
    // value in plain digits, in the buffer of this slot.
    std::string_view digits(std::size_t slot, std::int64_t value);

    BulkCardInsert& m_bulk;
    RowBatch m_rows{kLedgerRowColumns};
    std::vector<std::uint32_t> m_order; // the batch's entries by card
    std::string m_date;
    std::array<std::array<char, 24>, 3> m_digits{}; // an entry's id, card and amount, for the seal
};

} // namespace simfleet::sqlite
