// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"

#include <SQLiteCpp/Statement.h>

namespace simfleet::sqlite {

// A row of ledger_entries (read as "ledger_entries l") <-> LedgerEntry.
inline constexpr const char* kLedgerColumns =
    "l.id, l.card_id, l.kind, l.amount_fen, l.date, l.reference, l.operator, l.recorded_at";

LedgerEntry ledgerEntryAt(const SQLite::Statement& row, int first = 0);

} // namespace simfleet::sqlite
