// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace simfleet {

// The 64-bit keys (ImportKeys.h) a reading pass has met, to tell a repeat the moment it is read.
// Open addressing in one flat array: std::unordered_set allocates a node per key, which made
// remembering a million ICCIDs and numbers a third of the reading thread's work.
class SeenKeys {
public:
    // False when key was seen before.
    bool insert(std::uint64_t key);
    // Asks the processor for the slot where insert(key) will look first. Once the table has
    // outgrown the caches every insert waits for memory there; asked while the row is checked,
    // the slot is there when the row's keys are inserted. Any key will do: a wrong one only
    // costs a load.
    void prefetch(std::uint64_t key) const;

private:
    void grow();
    static std::size_t slotOf(std::uint64_t key, std::size_t mask);

    // 0 marks a free slot, so the key 0 (never a valid ICCID or number) is kept aside.
    std::vector<std::uint64_t> m_slots;
    std::size_t m_count{0};
    bool m_sawZero{false};
};

} // namespace simfleet
