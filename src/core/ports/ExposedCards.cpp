// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/ExposedCards.h"

#include <functional>
#include <stdexcept>

namespace simfleet {

namespace {

std::uint32_t hashOf(std::string_view utf8)
{
    const std::size_t full = std::hash<std::string_view>()(utf8);
    return static_cast<std::uint32_t>(full ^ (full >> 32));
}

std::uint64_t slotValue(std::uint32_t hash, ExposedCards::Text text)
{
    return (std::uint64_t{hash} << 32) | (std::uint64_t{text} + 1);
}

} // namespace

ExposedCards::ExposedCards() : m_slots(1024, 0)
{
    // Text 0 is the empty text, shared like any other.
    m_starts.push_back(0);
    const std::uint32_t hash = hashOf({});
    m_slots[slotOf({}, hash)] = slotValue(hash, kEmpty);
    m_shared = 1;
}

ExposedCards::Text ExposedCards::text(std::string_view utf8)
{
    if (m_bytes.size() + utf8.size() > UINT32_MAX)
        throw std::length_error("ExposedCards: too much text");
    m_bytes.append(utf8);
    m_starts.push_back(static_cast<std::uint32_t>(m_bytes.size()));
    return static_cast<Text>(m_starts.size() - 2);
}

ExposedCards::Text ExposedCards::sharedText(std::string_view utf8)
{
    const std::uint32_t hash = hashOf(utf8);
    const std::size_t slot = slotOf(utf8, hash);
    if (m_slots[slot] != 0)
        return static_cast<Text>(m_slots[slot] & UINT32_MAX) - 1;
    const Text added = text(utf8);
    m_slots[slot] = slotValue(hash, added);
    if (++m_shared * 2 > m_slots.size())
        grow();
    return added;
}

// The slot holding the text, or the free slot where it belongs (linear probing; the table is
// never more than half full).
std::size_t ExposedCards::slotOf(std::string_view utf8, std::uint32_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const std::uint64_t held = m_slots[slot];
        if (held == 0)
            return slot;
        if ((held >> 32) == hash && textOf(static_cast<Text>(held & UINT32_MAX) - 1) == utf8)
            return slot;
    }
}

void ExposedCards::grow()
{
    std::vector<std::uint64_t> held;
    held.reserve(m_shared);
    for (const std::uint64_t slot : m_slots) {
        if (slot != 0)
            held.push_back(slot);
    }
    m_slots.assign(m_slots.size() * 2, 0);
    const std::size_t mask = m_slots.size() - 1;
    for (const std::uint64_t value : held) {
        std::size_t slot = (value >> 32) & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = value;
    }
}

} // namespace simfleet
