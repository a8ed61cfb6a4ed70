// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ExposedCards.h"

#include <SQLiteCpp/Database.h>

// The read behind the exposure report: the cards of the cards_exposed index (schema 9,
// ExposureKey.h). Engine failures are SQLite::Exception here; the store's entry points turn them
// into StoreError.
namespace simfleet::sqlite::reads {

void readExposedCards(SQLite::Database& db, ExposedCards& cards);

} // namespace simfleet::sqlite::reads
