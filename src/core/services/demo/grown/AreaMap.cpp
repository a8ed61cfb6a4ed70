// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/AreaMap.h"

#include "rules/Validators.h"

#include <QHash>
#include <algorithm>

namespace simfleet::grown {

namespace {

constexpr int kHCodes = 10'000; // the four digits after the three-digit prefix

} // namespace

std::size_t HomeArea::rangeCount() const
{
    std::size_t count = 0;
    for (const auto& carrierRanges : ranges)
        count += carrierRanges.size();
    return count;
}

std::span<const int> scannedPrefixes(Carrier carrier)
{
    // A sample of each carrier's prefixes, old and new, enough for every prefecture.
    static constexpr std::array<int, 12> cmcc{134, 135, 136, 137, 138, 139,
                                              150, 151, 152, 158, 182, 187};
    static constexpr std::array<int, 6> cucc{130, 131, 132, 155, 156, 186};
    static constexpr std::array<int, 5> ctcc{133, 153, 180, 181, 189};
    static constexpr std::array<int, 1> cbn{192};
    switch (carrier) {
    case Carrier::Cmcc:
        return cmcc;
    case Carrier::Cucc:
        return cucc;
    case Carrier::Ctcc:
        return ctcc;
    case Carrier::Cbn:
        return cbn;
    }
    return cmcc;
}

AreaMap AreaMap::scan(std::size_t wanted)
{
    AreaMap map;
    std::vector<HomeArea> all;
    QHash<QString, std::size_t> index;
    for (const Carrier carrier : kAllCarriers) {
        for (const int prefix : scannedPrefixes(carrier)) {
            for (int hCode = 0; hCode < kHCodes; ++hCode) {
                const auto range = static_cast<std::uint32_t>(prefix * kHCodes + hCode);
                const QString number = QString::number(std::uint64_t{range} * kHCodes);
                if (!validateMsisdn(number).ok())
                    continue;
                const QString area = homeAreaOf(number);
                if (area.isEmpty()) {
                    map.m_unplaced[carrierIndex(carrier)].push_back(range);
                    continue;
                }
                auto found = index.constFind(area);
                if (found == index.constEnd()) {
                    found = index.insert(area, all.size());
                    all.push_back(HomeArea{area, {}});
                }
                all[*found].ranges[carrierIndex(carrier)].push_back(range);
            }
        }
    }
    // Carriers that place nothing at all (their prefixes are newer than the data) do not count.
    std::array<bool, kAllCarriers.size()> placed{};
    for (const HomeArea& area : all) {
        for (std::size_t c = 0; c < placed.size(); ++c)
            placed[c] = placed[c] || !area.ranges[c].empty();
    }
    const auto complete = [&](const HomeArea& area) {
        for (std::size_t c = 0; c < placed.size(); ++c) {
            if (placed[c] && area.ranges[c].empty())
                return false;
        }
        return true;
    };
    std::erase_if(all, [&](const HomeArea& area) { return !complete(area); });
    // Most ranges first (big cities), then by name so that ties do not depend on scan order.
    std::sort(all.begin(), all.end(), [](const HomeArea& a, const HomeArea& b) {
        if (a.rangeCount() != b.rangeCount())
            return a.rangeCount() > b.rangeCount();
        return a.name < b.name;
    });
    if (all.size() > wanted)
        all.resize(wanted);
    map.m_areas = std::move(all);
    return map;
}

const std::vector<std::uint32_t>& AreaMap::unplaced(Carrier carrier) const
{
    return m_unplaced[carrierIndex(carrier)];
}

} // namespace simfleet::grown
