// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextIds.h"

namespace simfleet::sqlite {

std::uint32_t TextIds::idOf(std::string_view text)
{
    if (const auto known = m_ids.find(text); known != m_ids.end())
        return known->second;
    const auto id = static_cast<std::uint32_t>(m_texts.size());
    m_ids.emplace(m_texts.emplace_back(text), id);
    return id;
}

} // namespace simfleet::sqlite
