// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoRandom.h"

#include <numeric>

namespace simfleet::demo {

DemoRandom::DemoRandom(std::uint32_t seed, std::uint32_t stream)
    // A golden-ratio step keeps the streams of neighbouring seeds apart.
    : m_engine(seed ^ (stream * 0x9E3779B9U))
{}

std::uint32_t DemoRandom::below(std::uint32_t bound)
{
    constexpr std::uint64_t range = std::uint64_t{1} << 32;
    const std::uint64_t cutoff = range - range % bound;
    for (;;) {
        const auto draw = static_cast<std::uint64_t>(m_engine()) & 0xFFFFFFFFU;
        if (draw < cutoff)
            return static_cast<std::uint32_t>(draw % bound);
    }
}

int DemoRandom::between(int low, int high)
{
    const auto span = static_cast<std::uint32_t>(high - low) + 1U;
    return low + static_cast<int>(below(span));
}

bool DemoRandom::percent(int chance)
{
    return between(1, 100) <= chance;
}

std::size_t DemoRandom::weighted(std::span<const int> weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    int draw = between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (draw < weights[i])
            return i;
        draw -= weights[i];
    }
    return weights.size() - 1;
}

char16_t DemoRandom::digit()
{
    return static_cast<char16_t>(u'0' + below(10));
}

} // namespace simfleet::demo
