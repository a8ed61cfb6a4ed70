// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace simfleet::sqlite {

// Texts that repeat over and over (report group keys, days) as small numbers: compared and
// hashed as numbers, kept once each. Working out the summaries of a million cards made a string
// for every ledger row and every group a card falls in, which cost more than reading the rows.
class TextIds {
public:
    std::uint32_t idOf(std::string_view text);
    const std::string& text(std::uint32_t id) const { return m_texts[id]; }
    // Whether a's text sorts before b's (byte order, as std::string compares).
    bool less(std::uint32_t a, std::uint32_t b) const { return a != b && m_texts[a] < m_texts[b]; }

private:
    std::deque<std::string> m_texts; // a deque: the map's views into it stay valid as it grows
    std::unordered_map<std::string_view, std::uint32_t> m_ids;
};

} // namespace simfleet::sqlite
