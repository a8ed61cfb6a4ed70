// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"
#include "services/demo/DemoRandom.h"

#include <QDate>
#include <vector>

namespace simfleet::demo {

// How a line's bills get paid.
enum class PayingHabit {
    Prompt,  // pays what is owed a few days to three weeks after each bill
    Lumpy,   // lets two or three months pile up, then pays everything
    Stopped, // paid promptly until some months ago, then stopped
    Prepaid, // paid a year and more up front (预存款), so carries a credit
};

struct BillingPlan {
    Money monthlyFee;
    QDate activatedOn;
    QDate lastDay; // nothing is dated after it: today, or the day the arrears were cleared
    PayingHabit habit{PayingHabit::Prompt};
    int unpaidMonths{0};         // Stopped: the bills of the last this many months stay unpaid
    bool heavyUser{false};       // Stopped: usage charges every unpaid month
    int creditMonths{0};         // Prepaid: months of rent left over as credit
    bool settleOnLastDay{false}; // everything owed is paid on lastDay (提前结清)
};

// A year of monthly rent (月租) on the 1st, occasional usage charges mid-month, and the payments
// the habit makes. Entries come in date order, without card, operator or recording time.
std::vector<LedgerEntry> drawBills(DemoRandom& random, const BillingPlan& plan);

} // namespace simfleet::demo
