// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QString>

namespace simfleet::gui {

// The fleet table's columns, in display order.
enum class FleetColumn {
    Iccid,
    Msisdn,
    Carrier,
    Plan,
    MonthlyFee,
    Department,
    Assignee,
    State,
    Balance,
    DaysInState,
    Lost,
};
inline constexpr int kFleetColumnCount = static_cast<int>(FleetColumn::Lost) + 1;

QString fleetColumnTitle(FleetColumn column);

// How the store sorts for a column header click. "Days in state" counts up as stateSince counts
// down, so its direction is flipped.
struct StoreSort {
    CardSortColumn column{CardSortColumn::Iccid};
    bool descending{false};
};
StoreSort storeSortFor(FleetColumn column, bool descending);

} // namespace simfleet::gui
