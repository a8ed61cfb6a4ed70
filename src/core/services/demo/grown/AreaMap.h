// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Carrier.h"

#include <QString>
#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace simfleet::grown {

// A home area (归属地) as libphonenumber's geocoder names it, with the number ranges it places
// there: the first seven digits of a mobile number (号段 and H code) decide both.
struct HomeArea {
    QString name;
    std::array<std::vector<std::uint32_t>, kAllCarriers.size()> ranges; // by carrier, ascending
    std::size_t rangeCount() const;
};

// The mobile prefixes a carrier issues (before number portability); their ranges are scanned.
std::span<const int> scannedPrefixes(Carrier carrier);

// Every range of the scanned prefixes that the import accepts, sorted into home areas by the
// same validator and geocoder the import uses, so each generated number is valid and lands in a
// known area. The result depends on the installed libphonenumber's data, not on any seed.
class AreaMap {
public:
    // Keeps the `wanted` areas with the most ranges among those where every carrier with any
    // placed range has ranges; the rest of the valid ranges are kept as unplaced when the
    // geocoder names no area for them.
    static AreaMap scan(std::size_t wanted);

    const std::vector<HomeArea>& areas() const { return m_areas; }
    // Valid ranges the geocoder places nowhere (prefixes newer than its data), by carrier.
    const std::vector<std::uint32_t>& unplaced(Carrier carrier) const;

private:
    std::vector<HomeArea> m_areas;
    std::array<std::vector<std::uint32_t>, kAllCarriers.size()> m_unplaced;
};

inline std::size_t carrierIndex(Carrier carrier)
{
    return static_cast<std::size_t>(carrier);
}

} // namespace simfleet::grown
