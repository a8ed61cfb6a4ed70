// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/grown/NumberSource.h"

#include "services/demo/grown/FleetFacts.h"

namespace simfleet::grown {

namespace {

constexpr int kPerRange = 10'000; // numbers in a range: its last four digits
constexpr int kTries = 8;

} // namespace

NumberSource::NumberSource(const AreaMap& map, demo::DemoRandom& random)
    : m_map(map), m_random(random)
{}

const std::vector<std::uint32_t>& NumberSource::rangesOf(std::uint32_t area, Carrier carrier) const
{
    if (area == kNoArea)
        return m_map.unplaced(carrier);
    return m_map.areas().at(area).ranges[carrierIndex(carrier)];
}

bool NumberSource::freeRun(std::uint64_t first, int size) const
{
    for (int i = 0; i < size; ++i) {
        if (m_used.contains(first + static_cast<std::uint64_t>(i)))
            return false;
    }
    return true;
}

std::vector<std::uint64_t> NumberSource::block(std::uint32_t area, Carrier carrier, int size)
{
    const std::vector<std::uint32_t>& ranges = rangesOf(area, carrier);
    std::vector<std::uint64_t> numbers;
    for (int attempt = 0; attempt < kTries && numbers.empty(); ++attempt) {
        const std::uint32_t range =
            ranges.at(m_random.below(static_cast<std::uint32_t>(ranges.size())));
        // Purchases start on round numbers more often than not.
        int start = m_random.between(0, kPerRange - size);
        if (size >= 100 && m_random.percent(70))
            start -= start % 100;
        const std::uint64_t first =
            std::uint64_t{range} * kPerRange + static_cast<std::uint64_t>(start);
        if (!freeRun(first, size))
            continue;
        for (int i = 0; i < size; ++i)
            numbers.push_back(first + static_cast<std::uint64_t>(i));
    }
    if (numbers.empty())
        numbers.push_back(single(area, carrier)); // a crowded area: buy what is left
    for (const std::uint64_t number : numbers)
        m_used.insert(number);
    return numbers;
}

std::uint64_t NumberSource::single(std::uint32_t area, Carrier carrier)
{
    const std::vector<std::uint32_t>& ranges = rangesOf(area, carrier);
    for (;;) {
        const std::uint32_t range =
            ranges.at(m_random.below(static_cast<std::uint32_t>(ranges.size())));
        const std::uint64_t number = std::uint64_t{range} * kPerRange +
                                     m_random.below(static_cast<std::uint32_t>(kPerRange));
        if (m_used.insert(number).second)
            return number;
    }
}

} // namespace simfleet::grown
