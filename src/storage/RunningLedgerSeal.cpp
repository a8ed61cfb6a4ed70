// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunningLedgerSeal.h"

namespace simfleet::sqlite {

LedgerSealer* RunningLedgerSeal::follow(std::int64_t firstId, std::int64_t count)
{
    if (m_broken)
        return nullptr;
    if (!m_sealer) {
        m_sealer.emplace(firstId, firstId - 1);
        m_first = firstId;
        m_next = firstId;
    }
    if (firstId != m_next) {
        m_broken = true;
        m_sealer.reset();
        return nullptr;
    }
    m_next += count;
    return &*m_sealer;
}

std::optional<LedgerImportSeal> RunningLedgerSeal::take(std::int64_t firstId, std::int64_t lastId)
{
    if (m_broken || !m_sealer || firstId != m_first || lastId != m_next - 1)
        return std::nullopt;
    LedgerImportSeal seal = m_sealer->finish();
    seal.lastId = lastId;
    m_broken = true; // its digest is finished: entries posted after it are not in it
    m_sealer.reset();
    return seal;
}

} // namespace simfleet::sqlite
