// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedTextUtf8.h"

#include <cstdint>
#include <utility>

namespace simfleet::sqlite {

namespace {

constexpr std::size_t kInitialSlots = 256;

} // namespace

std::size_t SharedTextUtf8::slotOf(const QChar* address, std::size_t mask)
{
    // Fibonacci hashing: strings allocated one after another land far apart.
    const auto key = reinterpret_cast<std::uintptr_t>(address);
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 24U) & mask;
}

std::string_view SharedTextUtf8::of(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (!m_slots.empty()) {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = slotOf(text.constData(), mask);; slot = (slot + 1) & mask) {
            const Entry& entry = m_slots[slot];
            if (entry.text.isNull())
                break;
            if (entry.text.constData() == text.constData() && entry.text.size() == text.size())
                return entry.utf8;
        }
    }
    return insert(text).utf8;
}

SharedTextUtf8::Entry& SharedTextUtf8::insert(const QString& text)
{
    if (m_count == kMaxTexts) {
        m_slots.clear();
        m_count = 0;
    }
    if (2 * (m_count + 1) > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = slotOf(text.constData(), mask);
    while (!m_slots[slot].text.isNull())
        slot = (slot + 1) & mask;
    Entry& entry = m_slots[slot];
    entry.text = text;
    entry.utf8 = text.toStdString();
    ++m_count;
    return entry;
}

void SharedTextUtf8::grow()
{
    std::vector<Entry> old = std::move(m_slots);
    m_slots = std::vector<Entry>(old.empty() ? kInitialSlots : 2 * old.size());
    const std::size_t mask = m_slots.size() - 1;
    for (Entry& entry : old) {
        if (entry.text.isNull())
            continue;
        std::size_t slot = slotOf(entry.text.constData(), mask);
        while (!m_slots[slot].text.isNull())
            slot = (slot + 1) & mask;
        m_slots[slot] = std::move(entry);
    }
}

} // namespace simfleet::sqlite
