// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRangeCheck.h"

#include <SQLiteCpp/Database.h>
#include <memory>
#include <vector>

namespace simfleet::sqlite {

// An import's row that passed the chain, where it stands in the log.
struct PlacedImportRow {
    AuditImportRow row;
    std::int64_t rowsBefore{0}; // rows of the log before it
};

// The second half of `audit verify`: each ledger import's row held to the entries it seals, on
// db and on the other readers, one import at a time each. Returns the first row (in seq order)
// whose seal does not hold, as AuditChainVerifier would name it (its break, the rows checked up
// to it, the head before it), or nothing when all hold. A failure to read is rethrown.
std::optional<AuditVerification>
firstBrokenSeal(SQLite::Database& db, const std::vector<std::unique_ptr<SQLite::Database>>& readers,
                const std::vector<PlacedImportRow>& imports);

} // namespace simfleet::sqlite
