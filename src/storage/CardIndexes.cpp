// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardIndexes.h"

namespace simfleet::sqlite {

namespace {

// Set aside at once: the table is empty, so building them later reads only what is appended.
constexpr std::int64_t kAnyRows = 0;

} // namespace

CardIndexes::CardIndexes(SQLite::Database& db)
    : m_indexes{DeferredIndex(db, "cards_iccid", "cards", kAnyRows),
                DeferredIndex(db, "cards_msisdn", "cards", kAnyRows)}
{}

void CardIndexes::storingNewCards(std::int64_t firstId)
{
    if (m_decided)
        return;
    m_decided = true;
    if (firstId != 1)
        return;
    for (DeferredIndex& index : m_indexes)
        index.appending(0);
}

void CardIndexes::restore()
{
    for (DeferredIndex& index : m_indexes)
        index.restore();
}

} // namespace simfleet::sqlite
