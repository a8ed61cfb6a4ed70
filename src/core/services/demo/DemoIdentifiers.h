// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Carrier.h"
#include "services/demo/DemoRandom.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace simfleet::demo {

// Appends the Luhn check digit to a string of digits.
QString withLuhnDigit(QStringView payload);

// A 20-digit ICCID: 89, 86, one of the carrier's issuer codes, serial digits, Luhn digit.
QString drawIccid(DemoRandom& random, Carrier carrier);

// A resident ID (居民身份证号) born on the given date in the given 6-digit division, with a
// valid ISO 7064 MOD 11-2 check character.
QString drawResidentId(DemoRandom& random, QStringView division, QDate birthDate);

// Completes a USCC (GB 32100-2015) from its first 16 characters (registration authority,
// category, division, first 8 characters of the organisation code): appends the organisation
// code's own check character (GB 11714) and the USCC check character.
QString completeUscc(QStringView first16);

} // namespace simfleet::demo
