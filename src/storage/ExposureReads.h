// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ExposedCards.h"

#include <SQLiteCpp/Database.h>

// The read behind the exposure report: the cards of the cards_exposed index (schema 9,
// ExposureKey.h). Engine failures are SQLite::Exception here; the store's entry points turn them
// into StoreError.
namespace simfleet::sqlite::reads {

// The index's condition written out, as a partial index needs it in the query's own text. The
// index holds every column read, in id order: its pages are read one after another and the
// table's not at all.
inline constexpr const char* kExposedCardsSql =
    "SELECT c.id, c.exposure_key, c.iccid, c.msisdn, c.carrier, c.state, c.department,"
    " c.assignee, c.holder_name FROM cards c"
    " WHERE c.exposure_key IS NOT NULL AND c.state <> 'void' ORDER BY c.id";

void readExposedCards(SQLite::Database& db, ExposedCards& cards);

} // namespace simfleet::sqlite::reads
