// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Carrier.h"

#include <QDate>
#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace simfleet::grown {

inline constexpr std::uint32_t kNoArea = std::numeric_limits<std::uint32_t>::max();

// What the ledger and the key files need to know of each generated card, kept small: a
// million of them stay in memory while the files are written.
struct CardFacts {
    std::array<char, 20> iccid{}; // 20 ASCII digits, no terminator
    std::uint64_t msisdn{0};      // the 11 digits as a number
    std::uint32_t area{kNoArea};  // index into AreaMap::areas(); kNoArea when the geocoder has none
    Carrier carrier{Carrier::Cmcc};
    std::int32_t monthlyFeeFen{0};
    std::int64_t activatedOn{0}; // Julian day
};

using Fleet = std::vector<CardFacts>;

} // namespace simfleet::grown
