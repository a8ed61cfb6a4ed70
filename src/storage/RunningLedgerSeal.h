// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerImportSeal.h"

#include <cstdint>
#include <optional>

namespace simfleet::sqlite {

// The seal of the entries one transaction posts, made from the very texts that are stored as
// they are stored: an import of millions of entries then seals them without reading them back
// (3.8 s of a bill import's storing thread). It covers the transaction's entries only as long as
// each was handed to it in id order; otherwise the seal is read from the table after all.
class RunningLedgerSeal {
public:
    // Entries with ids from firstId on, count of them, are being stored: the sealer to add them
    // to, in id order, or null when the running seal no longer covers the transaction's entries
    // (these do not follow the last ones it was given).
    LedgerSealer* follow(std::int64_t firstId, std::int64_t count);
    // The seal of [firstId, lastId], when it is exactly the entries given so far; it can be taken
    // once.
    std::optional<LedgerImportSeal> take(std::int64_t firstId, std::int64_t lastId);

private:
    std::optional<LedgerSealer> m_sealer;
    std::int64_t m_first{0};
    std::int64_t m_next{0};
    bool m_broken{false};
};

} // namespace simfleet::sqlite
