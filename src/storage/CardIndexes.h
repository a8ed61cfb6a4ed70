// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeferredIndex.h"

#include <SQLiteCpp/Database.h>
#include <array>

namespace simfleet::sqlite {

// The indexes of cards that a write transaction sets aside when its first cards go into an empty
// table, and builds again by one sort each once they are in: a new fleet's first import. Kept up
// card by card, the numbers of a fleet, from anywhere, land all over the number index, a page
// read and write per card once it outgrew the cache; sorted once, they are written in order.
//
// Nothing is lost while they are set aside: the import behind such a batch has refused every
// repeated ICCID or number of its file already (CardRowReader), an empty table has nothing else
// to clash with, and a clash that came in some other way still fails the transaction when the
// index is built (SQLite's "UNIQUE constraint failed: cards.iccid", as before). Reads stay right
// without them, only slower; the writes that must be checked at once, and the reads that look
// a card up by its numbers, build them again first (SqliteWriter).
class CardIndexes {
public:
    explicit CardIndexes(SQLite::Database& db);

    // The transaction is about to store new cards from firstId on. Only the first call decides:
    // with firstId 1 (no card was ever stored: cards are never deleted) the indexes are set aside.
    void storingNewCards(std::int64_t firstId);
    // Builds them again if they were set aside.
    void restore();

private:
    std::array<DeferredIndex, 2> m_indexes;
    bool m_decided{false};
};

} // namespace simfleet::sqlite
