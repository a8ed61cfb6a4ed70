// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace simfleet {

// The texts that repeat from row to row of a card file (plans, departments, assignees, holder
// names): each distinct text is kept once and shared by every row that has it, instead of a
// string of its own per row. The storing side then meets a repeated text as the very same string,
// and keeps what it made of it (NewCardEncoder). Not thread-safe: one per reading thread.
class TextPool {
public:
    TextPool();

    // The pooled copy of text. Once the pool holds kMaxTexts, new texts are copied, not pooled.
    QString get(QStringView text);

    // A fleet of a million cards has some 25,000 holders and as many assignees: with room for
    // only 4,096 texts most rows copied both, the reading thread allocated and freed two strings
    // a row more, and the storing side encoded them again card after card.
    static constexpr std::size_t kMaxTexts = 65536;

private:
    std::vector<QString> m_slots; // open addressing, at most half full
    std::size_t m_count{0};
};

} // namespace simfleet
