// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace simfleet {

// The cards the exposure report may list (StoreReader::readExposedCards), handed over in one
// piece: one flat row per card, its texts as numbers into one table of UTF-8 texts, as the store
// keeps them. 200,000 cards as Cards or QStrings would cost an allocation per text and a cache
// miss per lookup, several times what reading them from the database does.
class ExposedCards {
public:
    using Text = std::uint32_t;

    struct Row {
        CardId id{0};
        Text residentId{
            0}; // the holder's, normalised; the empty text when it is missing or invalid
        Text iccid{0};
        Text msisdn{0};
        Text department{0};
        Text assignee{0};
        Text holderName{0};
        Carrier carrier{Carrier::Cmcc};
        CardState state{CardState::Active};
    };

    ExposedCards();

    // A text kept once: the same bytes always give the same number (the holder IDs, so that one
    // person's cards share theirs; the departments, which repeat from card to card).
    Text sharedText(std::string_view utf8);
    // A text kept as it comes, under a number of its own (an ICCID, a phone number, a name).
    Text text(std::string_view utf8);
    std::string_view textOf(Text number) const
    {
        return std::string_view(m_bytes).substr(m_starts[number],
                                                m_starts[number + 1] - m_starts[number]);
    }
    std::size_t textCount() const { return m_starts.size() - 1; }
    static constexpr Text kEmpty = 0; // the empty text, shared

    void add(const Row& row) { m_rows.push_back(row); }
    const std::vector<Row>& rows() const { return m_rows; }

private:
    std::size_t slotOf(std::string_view utf8, std::uint32_t hash) const;
    void grow();

    std::string m_bytes;
    std::vector<std::uint32_t> m_starts{0}; // text n is m_bytes[m_starts[n], m_starts[n + 1])
    // Open addressing over the shared texts, each slot the text's hash (high half) and its
    // number + 1 (low half; 0 is a free slot): most probes that miss end at the hash.
    std::vector<std::uint64_t> m_slots;
    std::size_t m_shared{0};
    std::vector<Row> m_rows;
};

} // namespace simfleet
