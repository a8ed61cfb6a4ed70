// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Aging.h"

#include <algorithm>
#include <vector>

namespace simfleet {

namespace {

// With no as-of date everything counts; otherwise only entries dated on or before it.
bool countsAsOf(const LedgerEntry& entry, QDate asOf)
{
    return !asOf.isValid() || (entry.date.isValid() && entry.date <= asOf);
}

struct OpenCharge {
    QDate date;
    std::int64_t id;
    Money unpaid;
};

// The oldest age, in days, of each bucket but the last.
constexpr qint64 kOldest0to30 = 30;
constexpr qint64 kOldest31to60 = 60;
constexpr qint64 kOldest61to90 = 90;

Money& bucketFor(AgingBuckets& buckets, qint64 ageDays)
{
    if (ageDays <= kOldest0to30) {
        return buckets.days0to30;
    }
    if (ageDays <= kOldest31to60) {
        return buckets.days31to60;
    }
    if (ageDays <= kOldest61to90) {
        return buckets.days61to90;
    }
    return buckets.days90plus;
}

} // namespace

AgingBuckets& AgingBuckets::operator+=(const AgingBuckets& other)
{
    days0to30 += other.days0to30;
    days31to60 += other.days31to60;
    days61to90 += other.days61to90;
    days90plus += other.days90plus;
    return *this;
}

AgingBoundaries agingBoundaries(QDate asOf)
{
    return AgingBoundaries{asOf, asOf.addDays(-kOldest0to30), asOf.addDays(-kOldest31to60),
                           asOf.addDays(-kOldest61to90)};
}

Money balanceAsOf(std::span<const LedgerEntry> entries, QDate asOf)
{
    Money balance;
    for (const LedgerEntry& entry : entries) {
        if (countsAsOf(entry, asOf)) {
            balance += balanceEffect(entry);
        }
    }
    return balance;
}

AgingBuckets ageArrears(std::span<const LedgerEntry> entries, QDate asOf)
{
    std::vector<OpenCharge> charges;
    Money credit; // payments and negative adjustments, as a positive amount
    QDate ageReference = asOf;
    for (const LedgerEntry& entry : entries) {
        if (!countsAsOf(entry, asOf)) {
            continue;
        }
        const Money effect = balanceEffect(entry);
        if (effect.isPositive()) {
            charges.push_back({entry.date, entry.id, effect});
        } else {
            credit -= effect;
        }
        // Without an as-of date, ages are measured to the newest entry.
        if (!asOf.isValid() && entry.date.isValid() &&
            (!ageReference.isValid() || entry.date > ageReference)) {
            ageReference = entry.date;
        }
    }

    // Money received settles the oldest charges first, whatever the day it arrived.
    std::sort(charges.begin(), charges.end(), [](const OpenCharge& a, const OpenCharge& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    AgingBuckets buckets;
    for (OpenCharge& charge : charges) {
        const Money settled = std::min(credit, charge.unpaid);
        charge.unpaid -= settled;
        credit -= settled;
        if (charge.unpaid.isPositive()) {
            bucketFor(buckets, charge.date.daysTo(ageReference)) += charge.unpaid;
        }
    }
    return buckets;
}

} // namespace simfleet
