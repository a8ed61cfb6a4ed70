// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/SeenKeys.h"

namespace simfleet {

namespace {

constexpr std::size_t kInitialSlots = 1024;

} // namespace

std::size_t SeenKeys::slotOf(std::uint64_t key, std::size_t mask)
{
    // Fibonacci hashing: consecutive numbers (fleets are bought in blocks) spread over the table.
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20U) & mask;
}

bool SeenKeys::insert(std::uint64_t key)
{
    if (key == 0) {
        const bool first = !m_sawZero;
        m_sawZero = true;
        return first;
    }
    // At most half full, so probes stay short.
    if (2 * (m_count + 1) > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
        if (m_slots[slot] == key)
            return false;
        if (m_slots[slot] == 0) {
            m_slots[slot] = key;
            ++m_count;
            return true;
        }
    }
}

void SeenKeys::prefetch(std::uint64_t key) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[slotOf(key, m_slots.size() - 1)], 1);
}

void SeenKeys::grow()
{
    std::vector<std::uint64_t> old = std::move(m_slots);
    m_slots.assign(old.empty() ? kInitialSlots : 2 * old.size(), 0);
    const std::size_t mask = m_slots.size() - 1;
    for (const std::uint64_t key : old) {
        if (key == 0)
            continue;
        std::size_t slot = slotOf(key, mask);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = key;
    }
}

} // namespace simfleet
