// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <cstdint>

namespace simfleet {

// A validated ICCID (89 followed by 17 or 18 digits) or MSISDN (11 digits) as one 64-bit number,
// so the keys of a million rows fit in a few megabytes.
std::uint64_t iccidKey(QStringView iccid);
std::uint64_t msisdnKey(QStringView msisdn);

} // namespace simfleet
