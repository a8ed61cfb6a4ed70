// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"
#include "domain/Money.h"

#include <QDate>
#include <span>

namespace simfleet {

// Outstanding money split by the age of the oldest unpaid charges (账龄).
struct AgingBuckets {
    Money days0to30;
    Money days31to60;
    Money days61to90;
    Money days90plus; // 91 days or more

    Money total() const { return days0to30 + days31to60 + days61to90 + days90plus; }
    AgingBuckets& operator+=(const AgingBuckets& other);
    friend bool operator==(const AgingBuckets&, const AgingBuckets&) = default;
};

// Sum of balance effects of entries dated on or before asOf (all entries when asOf is null).
Money balanceAsOf(std::span<const LedgerEntry> entries, QDate asOf = {});

// Payments and negative adjustments settle the oldest charges (and positive adjustments) first;
// the unpaid part of each ages from its date. Entries dated after asOf do not count.
// total() equals max(0, balanceAsOf(entries, asOf)). Entries may be in any order.
AgingBuckets ageArrears(std::span<const LedgerEntry> entries, QDate asOf);

} // namespace simfleet
