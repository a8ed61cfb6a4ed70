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

// Where each age bucket begins as of a day, so that a store can age unpaid charges by comparing
// their dates: a charge dated on or after first0to30 is 0-30 days old on asOf, one dated on or
// after first31to60 (and before first0to30) is 31-60 days old, and so on; anything older is 90+.
struct AgingBoundaries {
    QDate asOf;
    QDate first0to30;
    QDate first31to60;
    QDate first61to90;
};
AgingBoundaries agingBoundaries(QDate asOf);

// Sum of balance effects of entries dated on or before asOf (all entries when asOf is null).
Money balanceAsOf(std::span<const LedgerEntry> entries, QDate asOf = {});

// Payments and negative adjustments settle the oldest charges (and positive adjustments) first;
// the unpaid part of each ages from its date. Entries dated after asOf do not count.
// total() equals max(0, balanceAsOf(entries, asOf)). Entries may be in any order.
AgingBuckets ageArrears(std::span<const LedgerEntry> entries, QDate asOf);

} // namespace simfleet
