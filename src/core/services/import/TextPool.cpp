// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/TextPool.h"

#include <QHashFunctions>

namespace simfleet {

TextPool::TextPool() : m_slots(2 * kMaxTexts) {}

QString TextPool::get(QStringView text)
{
    if (text.isEmpty())
        return QString();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = qHash(text) & mask;; slot = (slot + 1) & mask) {
        QString& pooled = m_slots[slot];
        if (pooled.isNull()) {
            if (m_count == kMaxTexts)
                return text.toString();
            pooled = text.toString();
            ++m_count;
            return pooled;
        }
        if (pooled == text)
            return pooled;
    }
}

} // namespace simfleet
