// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/demo/DemoRandom.h"
#include "services/demo/grown/AreaMap.h"

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace simfleet::grown {

// Hands out distinct mobile numbers from the area map's ranges: blocks of consecutive numbers
// as fleets buy them (号段 purchases), and single numbers from anywhere.
class NumberSource {
public:
    NumberSource(const AreaMap& map, demo::DemoRandom& random);

    // Up to `size` consecutive numbers (size at most 10,000) in one range of the carrier in the
    // area: fewer only when no free run is long enough after a few tries, never none.
    std::vector<std::uint64_t> block(std::uint32_t area, Carrier carrier, int size);
    // One free number of the carrier in the area (kNoArea: a range the geocoder places nowhere).
    std::uint64_t single(std::uint32_t area, Carrier carrier);

    // The area's ranges for the carrier; the unplaced ones for kNoArea.
    const std::vector<std::uint32_t>& rangesOf(std::uint32_t area, Carrier carrier) const;

private:
    bool freeRun(std::uint64_t first, int size) const;

    const AreaMap& m_map;
    demo::DemoRandom& m_random;
    std::unordered_set<std::uint64_t> m_used;
};

} // namespace simfleet::grown
