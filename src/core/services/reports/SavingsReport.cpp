// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/SavingsReport.h"

#include "services/reports/CardHistory.h"

#include <map>

namespace simfleet {

namespace {

constexpr std::array<CardState, 3> kPayingStates{CardState::Active, CardState::ArrearsCleared,
                                                 CardState::CancellationRequested};

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

RentStillPaid* payingRow(SavingsReport& report, CardState state)
{
    for (RentStillPaid& row : report.stillPaid) {
        if (row.state == state)
            return &row;
    }
    return nullptr; // carrier-confirmed and void cards pay no rent
}

// One row per month from the first confirmation to asOf, so a chart shows the quiet months too.
std::vector<SavingsMonth> monthRows(const std::map<QDate, SavingsMonth>& confirmed, QDate asOf)
{
    std::vector<SavingsMonth> months;
    if (confirmed.empty())
        return months;
    const QDate last = firstOfMonth(asOf);
    for (QDate month = confirmed.begin()->first; month <= last; month = month.addMonths(1)) {
        const auto found = confirmed.find(month);
        months.push_back(found != confirmed.end() ? found->second : SavingsMonth{month, 0, {}});
    }
    return months;
}

} // namespace

SavingsReport computeSavingsReport(StoreReader& store, QDate asOf)
{
    SavingsReport report;
    report.asOf = asOf;
    for (std::size_t i = 0; i < kPayingStates.size(); ++i)
        report.stillPaid.at(i).state = kPayingStates.at(i);

    const CardHistory history = CardHistory::read(store, asOf);
    std::map<QDate, SavingsMonth> confirmedByMonth;
    store.forEachCard({}, [&](const Card& card) {
        const auto confirmed = history.confirmations().find(card.id);
        if (confirmed != history.confirmations().end()) {
            const QDate month = firstOfMonth(businessDate(confirmed->second));
            SavingsMonth& row = confirmedByMonth[month];
            row.month = month;
            ++row.cards;
            row.monthlyRentStopped += card.monthlyFee;
            ++report.confirmedCards;
            report.monthlyRentStopped += card.monthlyFee;
            return;
        }
        const std::optional<CardStanding> standing = history.standingOf(card);
        if (!standing)
            return;
        if (RentStillPaid* row = payingRow(report, standing->state)) {
            ++row->cards;
            row->monthlyRent += card.monthlyFee;
            ++report.stillPaidCards;
            report.stillPaidMonthlyRent += card.monthlyFee;
        }
    });

    report.months = monthRows(confirmedByMonth, asOf);
    // Twelve more months of the rent already stopped: the fees as they stand, nothing more.
    report.projectedTwelveMonths = Money::fromFen(report.monthlyRentStopped.fen() * 12);
    return report;
}

} // namespace simfleet
