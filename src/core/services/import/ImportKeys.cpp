// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/ImportKeys.h"

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

std::uint64_t msisdnKey(QStringView msisdn)
{
    return digitsValue(msisdn);
}

} // namespace simfleet
