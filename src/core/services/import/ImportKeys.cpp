// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/ImportKeys.h"

#include <algorithm>

namespace simfleet {

namespace {

// After the fixed "89", 17 or 18 digits: below 10^18 < 2^60, so bit 62 can tell the lengths
// apart (leading zeros would otherwise make "8900..." of both lengths collide).
constexpr std::uint64_t kTwentyDigits = std::uint64_t{1} << 62;
constexpr qsizetype kIccidPrefixLength = 2;

std::uint64_t digitsValue(QStringView digits)
{
    std::uint64_t value = 0;
    for (const QChar c : digits)
        value = value * 10 + static_cast<std::uint64_t>(c.unicode() - u'0');
    return value;
}

} // namespace

std::uint64_t iccidKey(QStringView iccid)
{
    const std::uint64_t value = digitsValue(iccid.sliced(kIccidPrefixLength));
    return iccid.size() == 20 ? (value | kTwentyDigits) : value;
}

QString iccidFromKey(std::uint64_t key)
{
    const bool twenty = (key & kTwentyDigits) != 0;
    const int width = twenty ? 18 : 17;
    return QStringLiteral("89%1").arg(key & ~kTwentyDigits, width, 10, QLatin1Char('0'));
}

std::uint64_t msisdnKey(QStringView msisdn)
{
    return digitsValue(msisdn);
}

QString msisdnFromKey(std::uint64_t key)
{
    return QString::number(key);
}

std::vector<DuplicateFinder::Repeat> DuplicateFinder::repeats()
{
    std::sort(m_seen.begin(), m_seen.end(), [](const Seen& a, const Seen& b) {
        return a.key != b.key ? a.key < b.key : a.line < b.line;
    });
    std::vector<Repeat> found;
    std::size_t groupStart = 0;
    for (std::size_t i = 1; i < m_seen.size(); ++i) {
        if (m_seen[i].key != m_seen[groupStart].key)
            groupStart = i;
        else
            found.push_back(Repeat{m_seen[i].key, m_seen[i].line, m_seen[groupStart].line});
    }
    return found;
}

void KeySet::freeze()
{
    std::sort(m_keys.begin(), m_keys.end());
    m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
}

bool KeySet::contains(std::uint64_t key) const
{
    return std::binary_search(m_keys.begin(), m_keys.end(), key);
}

} // namespace simfleet
