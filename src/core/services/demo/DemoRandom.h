// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace simfleet::demo {

// Seeded draws that come out the same with every standard library: std::mt19937's output
// sequence is fixed by the standard, its distributions are not, so ranges are derived here.
class DemoRandom {
public:
    // Independent streams for one seed, so that drawing more for one purpose (say, ledgers)
    // does not shift what another (say, ICCIDs) gets.
    DemoRandom(std::uint32_t seed, std::uint32_t stream);

    // Uniform in [0, bound); bound > 0. Rejection sampling keeps it unbiased.
    std::uint32_t below(std::uint32_t bound);
    // Uniform in [low, high], inclusive.
    int between(int low, int high);
    // True with the given chance, in percent.
    bool percent(int chance);
    // An index drawn with the given non-negative weights (at least one positive).
    std::size_t weighted(std::span<const int> weights);
    // One decimal digit, '0'..'9'.
    char16_t digit();

    template <class T> const T& pick(std::span<const T> items)
    {
        return items[below(static_cast<std::uint32_t>(items.size()))];
    }

    // Fisher–Yates with this generator's draws.
    template <class T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = below(static_cast<std::uint32_t>(i));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::mt19937 m_engine;
};

} // namespace simfleet::demo
