// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"

#include <SQLiteCpp/Database.h>
#include <cstdint>

namespace simfleet::sqlite {

struct AuditChainCheckOptions {
    // Threads reading the log, each on a connection of its own (the caller's thread uses db);
    // 0: one per core. A database only db can see (in memory, or inside a transaction that has
    // not committed) is read by the caller's thread alone.
    unsigned threads{0};
    // The log is checked in ranges of this many seq values, handed out in order to whichever
    // thread is free, so a busy core holds up no more than one range.
    std::int64_t rangeSeqs{std::int64_t{1} << 16};
};

// `audit verify`: every row's hash recomputed from its stored columns and compared with the
// stored one, then every ledger import's row held to the entries it seals (LedgerSealCheck). The
// verdict is AuditChainVerifier's over forEachAuditEvent, row for row (the tests compare them),
// except that nothing after the first break is read. Holds a range's statement per thread, never
// rows.
AuditVerification checkAuditChain(SQLite::Database& db, const AuditChainCheckOptions& options = {});

} // namespace simfleet::sqlite
