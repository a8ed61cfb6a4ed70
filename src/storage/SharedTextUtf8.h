// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace simfleet::sqlite {

// The UTF-8 of the texts an import shares among many cards (its TextPool's plans, departments,
// assignees and holder names, PrefixCache's home areas), found by the shared string's address:
// a string met before, at the same address, needs no encoding. Each entry keeps its string
// alive, so no other text can take over the address.
//
// A fleet has tens of thousands of assignees and holders: a table of a thousand slots, one
// text a slot, lost most of them and encoded (and allocated) them again card after card.
class SharedTextUtf8 {
public:
    // Past this many texts the table starts again empty.
    static constexpr std::size_t kMaxTexts = 65536;

    std::string_view of(const QString& text);

private:
    struct Entry {
        QString text;
        std::string utf8;
    };
    static std::size_t slotOf(const QChar* address, std::size_t mask);
    void grow();
    Entry& insert(const QString& text);

    std::vector<Entry> m_slots; // open addressing, at most half full
    std::size_t m_count{0};
};

} // namespace simfleet::sqlite
