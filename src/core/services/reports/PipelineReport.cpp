// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/PipelineReport.h"

#include "rules/Aging.h"
#include "services/reports/CardHistory.h"

#include <algorithm>
#include <map>

namespace simfleet {

namespace {

bool awaitsCancellation(CardState state)
{
    return state == CardState::ArrearsCleared || state == CardState::CancellationRequested ||
           state == CardState::CarrierConfirmed;
}

bool blockedByCharge(const CardStanding& standing, Money balance)
{
    if (standing.state == CardState::Active)
        return standing.reopenedByCharge;
    return awaitsCancellation(standing.state) && balance.isPositive();
}

bool lostButInService(const CardStanding& standing)
{
    return standing.lost &&
           (standing.state == CardState::Active || standing.state == CardState::ArrearsCleared);
}

PipelineCard listed(const Card& card, const CardStanding& standing, Money balance, QDate asOf)
{
    PipelineCard item;
    item.id = card.id;
    item.iccid = card.iccid;
    item.msisdn = card.msisdn;
    item.carrier = card.carrier;
    item.homeArea = card.homeArea();
    item.state = standing.state;
    if (standing.sinceUtc.isValid())
        item.stateSince = businessDate(standing.sinceUtc);
    item.daysInState = daysSince(standing.sinceUtc, asOf);
    item.balance = balance;
    return item;
}

void addToStage(PipelineStage& stage, std::int64_t days)
{
    ++stage.cards;
    stage.totalDays += days;
    stage.oldestDays = std::max(stage.oldestDays, days);
}

bool longerFirst(const PipelineCard& a, const PipelineCard& b)
{
    if (a.daysInState != b.daysInState)
        return a.daysInState > b.daysInState;
    return a.iccid < b.iccid;
}

// Profiles are read once per carrier, not once per card.
class TypicalDays {
public:
    explicit TypicalDays(StoreReader& store) : m_store(store) {}
    int of(Carrier carrier)
    {
        auto found = m_days.find(carrier);
        if (found == m_days.end())
            found = m_days.emplace(carrier, m_store.carrierProfile(carrier).typicalProcessingDays)
                        .first;
        return found->second;
    }

private:
    StoreReader& m_store;
    std::map<Carrier, int> m_days;
};

} // namespace

PipelineReport computePipelineReport(StoreReader& store, QDate asOf)
{
    PipelineReport report;
    report.asOf = asOf;
    for (const CardState state : kAllStates)
        report.stages.at(static_cast<std::size_t>(state)).state = state;

    const CardHistory history = CardHistory::read(store, asOf);
    TypicalDays typicalDays(store);
    store.forEachCardWithLedger({}, [&](const Card& card, std::span<const LedgerEntry> entries) {
        const std::optional<CardStanding> standing = history.standingOf(card);
        if (!standing)
            return;
        const Money balance = balanceAsOf(entries, asOf);
        const PipelineCard item = listed(card, *standing, balance, asOf);
        ++report.totalCards;
        addToStage(report.stages.at(static_cast<std::size_t>(standing->state)), item.daysInState);

        if (standing->state == CardState::CancellationRequested) {
            const int typical = typicalDays.of(card.carrier);
            if (item.daysInState > typical)
                report.followUp.push_back(FollowUpCard{item, typical});
        }
        if (blockedByCharge(*standing, balance)) {
            report.blocked.push_back(item);
            report.blockedBalance += balance;
        }
        if (lostButInService(*standing))
            report.lostNotCancelled.push_back(item);
    });

    std::sort(
        report.followUp.begin(), report.followUp.end(),
        [](const FollowUpCard& a, const FollowUpCard& b) { return longerFirst(a.card, b.card); });
    std::sort(report.blocked.begin(), report.blocked.end(),
              [](const PipelineCard& a, const PipelineCard& b) {
                  if (a.balance != b.balance)
                      return a.balance > b.balance;
                  return a.iccid < b.iccid;
              });
    std::sort(report.lostNotCancelled.begin(), report.lostNotCancelled.end(), longerFirst);
    return report;
}

} // namespace simfleet
