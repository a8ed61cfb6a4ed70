// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/SavingsReport.h"

#include "services/reports/CardHistory.h"
#include "services/reports/StandingNow.h"

#include <algorithm>
#include <map>
#include <unordered_map>

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

SavingsReport emptyReport(QDate asOf)
{
    SavingsReport report;
    report.asOf = asOf;
    for (std::size_t i = 0; i < kPayingStates.size(); ++i)
        report.stillPaid.at(i).state = kPayingStates.at(i);
    return report;
}

void addConfirmed(SavingsReport& report, std::map<QDate, SavingsMonth>& byMonth,
                  const QDateTime& confirmedAt, Money monthlyFee)
{
    const QDate month = firstOfMonth(businessDate(confirmedAt));
    SavingsMonth& row = byMonth[month];
    row.month = month;
    ++row.cards;
    row.monthlyRentStopped += monthlyFee;
    ++report.confirmedCards;
    report.monthlyRentStopped += monthlyFee;
}

void finish(SavingsReport& report, const std::map<QDate, SavingsMonth>& byMonth)
{
    report.months = monthRows(byMonth, report.asOf);
    // Twelve more months of the rent already stopped: the fees as they stand, nothing more.
    report.projectedTwelveMonths = Money::fromFen(report.monthlyRentStopped.fen() * 12);
}

// The fleet as it stands (fleetStandsAsOf): the confirmed cards from their few events, the rent
// still paid from the state_days summary. A confirmed card never returns to a paying state (the
// lifecycle has no edge back from carrier-confirmed), so the two never count a card twice.
SavingsReport savingsFromSummaries(StoreReader& store, QDate asOf)
{
    SavingsReport report = emptyReport(asOf);
    const std::unordered_map<CardId, QDateTime> confirmed = confirmationTimes(store);
    std::vector<CardId> ids;
    ids.reserve(confirmed.size());
    for (const auto& entry : confirmed)
        ids.push_back(entry.first);
    std::sort(ids.begin(), ids.end());
    std::map<QDate, SavingsMonth> byMonth;
    for (const Card& card : store.cardsByIds(ids))
        addConfirmed(report, byMonth, confirmed.at(card.id), card.monthlyFee);
    for (const StateDay& day : store.cardsByStateDay()) {
        if (RentStillPaid* row = payingRow(report, day.state)) {
            row->cards += day.cards;
            row->monthlyRent += day.monthlyFees;
            report.stillPaidCards += day.cards;
            report.stillPaidMonthlyRent += day.monthlyFees;
        }
    }
    finish(report, byMonth);
    return report;
}

} // namespace

SavingsReport computeSavingsReport(StoreReader& store, QDate asOf)
{
    if (fleetStandsAsOf(store, asOf))
        return savingsFromSummaries(store, asOf);
    return computeSavingsReportFromHistory(store, asOf);
}

SavingsReport computeSavingsReportFromHistory(StoreReader& store, QDate asOf)
{
    SavingsReport report = emptyReport(asOf);

    const CardHistory history = CardHistory::read(store, asOf);
    std::map<QDate, SavingsMonth> confirmedByMonth;
    store.forEachCard({}, [&](const Card& card) {
        const auto confirmed = history.confirmations().find(card.id);
        if (confirmed != history.confirmations().end()) {
            addConfirmed(report, confirmedByMonth, confirmed->second, card.monthlyFee);
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

    finish(report, confirmedByMonth);
    return report;
}

} // namespace simfleet
