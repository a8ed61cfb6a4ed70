// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringView>
#include <array>

namespace simfleet {

// What the outstanding-balance report groups owing cards by: a card's carrier, department,
// assignee or home area (Card::homeArea, the declared one when there is one).
enum class OutstandingGrouping { Carrier, Department, Assignee, HomeArea };

inline constexpr std::array<OutstandingGrouping, 4> kAllGroupings{
    OutstandingGrouping::Carrier, OutstandingGrouping::Department, OutstandingGrouping::Assignee,
    OutstandingGrouping::HomeArea};

// "carrier", "department", "assignee", "home-area".
QString groupingCode(OutstandingGrouping grouping);
Result<OutstandingGrouping> parseGrouping(QStringView code);

} // namespace simfleet
