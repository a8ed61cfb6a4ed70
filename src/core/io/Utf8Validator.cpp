// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Utf8Validator.h"

#include <cstdint>
#include <cstring>

namespace simfleet {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

} // namespace

bool Utf8Validator::acceptContinuation(unsigned char byte)
{
    if (byte < m_low || byte > m_high)
        return false;
    // Only the first continuation byte has a narrowed range (overlongs, surrogates, > U+10FFFF).
    m_low = 0x80;
    m_high = 0xBF;
    if (--m_pending == 0)
        ++m_multibyte;
    return true;
}

bool Utf8Validator::acceptLead(unsigned char byte)
{
    if (byte < 0x80)
        return true;
    m_low = 0x80;
    m_high = 0xBF;
    if (byte >= 0xC2 && byte <= 0xDF) {
        m_pending = 1;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
        m_pending = 2;
        if (byte == 0xE0)
            m_low = 0xA0;
        else if (byte == 0xED)
            m_high = 0x9F;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
        m_pending = 3;
        if (byte == 0xF0)
            m_low = 0x90;
        else if (byte == 0xF4)
            m_high = 0x8F;
    } else {
        return false;
    }
    return true;
}

bool Utf8Validator::feed(QByteArrayView bytes)
{
    if (m_invalid)
        return false;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (m_pending == 0) {
            // CSV data is mostly ASCII: skip it eight bytes at a time.
            while (i + 8 <= size) {
                std::uint64_t word = 0;
                std::memcpy(&word, data + i, sizeof word);
                if ((word & kHighBits) != 0)
                    break;
                i += 8;
            }
            if (i == size)
                break;
            if (!acceptLead(data[i])) {
                m_invalid = true;
                return false;
            }
        } else if (!acceptContinuation(data[i])) {
            m_invalid = true;
            return false;
        }
        ++i;
    }
    return true;
}

} // namespace simfleet
