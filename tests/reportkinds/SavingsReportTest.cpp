// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/SavingsReport.h"

#include "HistoryFleet.h"

#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::reportkinds;

namespace {

Money yuan(std::int64_t whole)
{
    return Money::fromFen(whole * 100);
}

void checkMonth(const SavingsMonth& row, QDate month, std::int64_t cards, Money stopped)
{
    INFO("month " << month.toString(Qt::ISODate).toStdString());
    CHECK(row.month == month);
    CHECK(row.cards == cards);
    CHECK(row.monthlyRentStopped == stopped);
}

void checkStillPaid(const SavingsReport& report, std::size_t index, CardState state,
                    std::int64_t cards, Money rent)
{
    const RentStillPaid& row = report.stillPaid.at(index);
    CHECK(row.state == state);
    CHECK(row.cards == cards);
    CHECK(row.monthlyRent == rent);
}

void checkTotalsTie(const SavingsReport& report)
{
    std::int64_t cards = 0;
    Money stopped;
    for (const SavingsMonth& month : report.months) {
        cards += month.cards;
        stopped += month.monthlyRentStopped;
    }
    CHECK(cards == report.confirmedCards);
    CHECK(stopped == report.monthlyRentStopped);
    CHECK(report.projectedTwelveMonths.fen() == report.monthlyRentStopped.fen() * 12);
    std::int64_t paying = 0;
    Money rent;
    for (const RentStillPaid& row : report.stillPaid) {
        paying += row.cards;
        rent += row.monthlyRent;
    }
    CHECK(paying == report.stillPaidCards);
    CHECK(rent == report.stillPaidMonthlyRent);
}

} // namespace

TEST_CASE("Savings as of 2025-03-20: D in January, E in March, a quiet February")
{
    const SavingsReport report = computeSavingsReport(historyFleet().store(), QDate(2025, 3, 20));
    checkTotalsTie(report);
    REQUIRE(report.months.size() == 3);
    checkMonth(report.months[0], QDate(2025, 1, 1), 1, yuan(20));
    checkMonth(report.months[1], QDate(2025, 2, 1), 0, Money());
    checkMonth(report.months[2], QDate(2025, 3, 1), 1, yuan(30));
    CHECK(report.confirmedCards == 2);
    CHECK(report.monthlyRentStopped == yuan(50));
    CHECK(report.projectedTwelveMonths == yuan(600));

    // Active A 58 + F 45 + G 66; arrears-cleared H 10; requested B 38 + C 100.
    checkStillPaid(report, 0, CardState::Active, 3, yuan(169));
    checkStillPaid(report, 1, CardState::ArrearsCleared, 1, yuan(10));
    checkStillPaid(report, 2, CardState::CancellationRequested, 2, yuan(138));
    CHECK(report.stillPaidCards == 6);
    CHECK(report.stillPaidMonthlyRent == yuan(317));
}

TEST_CASE("Savings as of 2025-03-31 adds B, confirmed on 03-22, and the new card I")
{
    const SavingsReport report = computeSavingsReport(historyFleet().store(), QDate(2025, 3, 31));
    checkTotalsTie(report);
    REQUIRE(report.months.size() == 3);
    checkMonth(report.months[2], QDate(2025, 3, 1), 2, yuan(68));
    CHECK(report.monthlyRentStopped == yuan(88));
    CHECK(report.projectedTwelveMonths == yuan(1056));
    checkStillPaid(report, 0, CardState::Active, 4, yuan(194)); // A F G I
    checkStillPaid(report, 1, CardState::ArrearsCleared, 1, yuan(10));
    checkStillPaid(report, 2, CardState::CancellationRequested, 1, yuan(100));
    CHECK(report.stillPaidMonthlyRent == yuan(304));
}

TEST_CASE("Savings runs to the as-of month even when it confirmed nothing")
{
    const SavingsReport report = computeSavingsReport(historyFleet().store(), QDate(2025, 2, 28));
    checkTotalsTie(report);
    REQUIRE(report.months.size() == 2);
    checkMonth(report.months[0], QDate(2025, 1, 1), 1, yuan(20));
    checkMonth(report.months[1], QDate(2025, 2, 1), 0, Money());
}

TEST_CASE("Savings before any confirmation: nothing stopped, every card still paid")
{
    const SavingsReport report = computeSavingsReport(historyFleet().store(), QDate(2025, 1, 19));
    checkTotalsTie(report);
    CHECK(report.months.empty());
    CHECK(report.confirmedCards == 0);
    CHECK(report.projectedTwelveMonths.isZero());
    checkStillPaid(report, 0, CardState::Active, 2, yuan(68));                // A, H
    checkStillPaid(report, 1, CardState::ArrearsCleared, 4, yuan(249));       // B C F G
    checkStillPaid(report, 2, CardState::CancellationRequested, 2, yuan(50)); // D E
    CHECK(report.stillPaidCards == 8);
    CHECK(report.stillPaidMonthlyRent == yuan(367));
}
