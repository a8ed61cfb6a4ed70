// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QDate>
#include <array>
#include <cstdint>
#include <vector>

namespace simfleet {

// The monthly rent (月租) of the cards the carrier confirmed cancelled in one calendar month.
struct SavingsMonth {
    QDate month;              // the first day of the month
    std::int64_t cards{0};    // cards confirmed in the month
    Money monthlyRentStopped; // sum of their monthly fees
};

// The monthly rent still running on the cards in one state.
struct RentStillPaid {
    CardState state{CardState::Active};
    std::int64_t cards{0};
    Money monthlyRent;
};

struct SavingsReport {
    QDate asOf;
    // Every month from the first confirmation to asOf's month, empty months included, in order.
    std::vector<SavingsMonth> months;
    std::int64_t confirmedCards{0}; // == sum of months' cards
    Money monthlyRentStopped;       // == sum of months' rent stopped
    // The rent the confirmed cards would otherwise charge over the next 12 months:
    // monthlyRentStopped × 12 (fees as they stand, no price changes assumed).
    Money projectedTwelveMonths;
    // Active, arrears-cleared and cancellation-requested cards, in that order: still charged.
    std::array<RentStillPaid, 3> stillPaid{};
    std::int64_t stillPaidCards{0}; // == sum of stillPaid cards
    Money stillPaidMonthlyRent;     // == sum of stillPaid rent
};

// What cancelling saves, as of the end of asOf (China Standard Time). A card counts in the month
// of its carrier-confirmed date (the audit event that confirmed it), with its monthly fee as it
// stands. Storage failures throw StoreError.
// When nothing was recorded after asOf (fleetStandsAsOf), the figures come from the store's
// summaries and the confirmation events alone.
SavingsReport computeSavingsReport(StoreReader& store, QDate asOf);

// The same report by replaying the whole audit log: the definition, for a day in the past and
// for the tests that hold the summaries to it.
SavingsReport computeSavingsReportFromHistory(StoreReader& store, QDate asOf);

} // namespace simfleet
