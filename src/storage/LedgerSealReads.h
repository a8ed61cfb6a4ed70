// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerImportSeal.h"

#include <cstdint>

struct sqlite3;

namespace simfleet::sqlite {

// The seal of the ledger entries whose ids lie in [firstId, lastId]: every column of each, in id
// order, as the text SQLite holds it, folded by the core's LedgerSealer. The one reading behind
// both an import's audit row (on the writer's connection, inside its transaction) and `audit
// verify` (on any connection).
LedgerImportSeal sealLedgerRange(sqlite3* db, std::int64_t firstId, std::int64_t lastId);
// The same reading, adding the entries of [firstId, lastId] to sealer.
void addLedgerRange(sqlite3* db, std::int64_t firstId, std::int64_t lastId, LedgerSealer& sealer);

} // namespace simfleet::sqlite
