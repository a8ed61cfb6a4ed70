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

private:
    void grow();
    static std::size_t slotOf(std::uint64_t key, std::size_t mask);

    // 0 marks a free slot, so the key 0 (never a valid ICCID or number) is kept aside.
    std::vector<std::uint64_t> m_slots;
    std::size_t m_count{0};
    bool m_sawZero{false};
};

} // namespace simfleet
