// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/PipelineReport.h"

#include "rules/Aging.h"
#include "services/reports/CardHistory.h"
#include "services/reports/StandingNow.h"

#include <algorithm>
#include <map>
#include <unordered_set>

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

PipelineReport emptyReport(QDate asOf)
{
    PipelineReport report;
    report.asOf = asOf;
    for (const CardState state : kAllStates)
        report.stages.at(static_cast<std::size_t>(state)).state = state;
    return report;
}

// Where a card stands now, as CardHistory would put it on a day after everything recorded.
CardStanding standingNow(const Card& card, const std::unordered_set<CardId>& reopened)
{
    return CardStanding{card.state, card.stateSince, card.lost, reopened.contains(card.id)};
}

void sortLists(PipelineReport& report)
{
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
}

// The fleet as it stands (fleetStandsAsOf): the stages from the state_days summary and the
// lists from the few cards that can be on them.
PipelineReport pipelineFromSummaries(StoreReader& store, QDate asOf)
{
    PipelineReport report = emptyReport(asOf);
    for (const StateDay& day : store.cardsByStateDay()) {
        PipelineStage& stage = report.stages.at(static_cast<std::size_t>(day.state));
        const std::int64_t days =
            day.since.isValid() ? std::max<qint64>(day.since.daysTo(asOf), 0) : 0;
        stage.cards += day.cards;
        stage.totalDays += day.cards * days;
        stage.oldestDays = std::max(stage.oldestDays, days);
        report.totalCards += day.cards;
    }

    const std::unordered_set<CardId> reopened = cardsReopenedByCharge(store);
    TypicalDays typicalDays(store);
    const auto consider = [&](const Card& card) {
        const CardStanding standing = standingNow(card, reopened);
        const PipelineCard item = listed(card, standing, card.balance, asOf);
        if (standing.state == CardState::CancellationRequested) {
            const int typical = typicalDays.of(card.carrier);
            if (item.daysInState > typical)
                report.followUp.push_back(FollowUpCard{item, typical});
        }
        if (blockedByCharge(standing, card.balance)) {
            report.blocked.push_back(item);
            report.blockedBalance += card.balance;
        }
    };
    store.forEachCardIn(CardSubset::ClearedButOwing, consider);
    store.forEachCardIn(CardSubset::CancellationRequested, consider);
    store.forEachCardIn(CardSubset::CarrierConfirmed, consider);
    std::vector<CardId> reopenedIds(reopened.begin(), reopened.end());
    std::sort(reopenedIds.begin(), reopenedIds.end());
    for (const Card& card : store.cardsByIds(reopenedIds)) {
        if (card.state == CardState::Active) // the others were listed above, if at all
            consider(card);
    }
    store.forEachCardIn(CardSubset::Lost, [&](const Card& card) {
        const CardStanding standing = standingNow(card, reopened);
        if (lostButInService(standing))
            report.lostNotCancelled.push_back(listed(card, standing, card.balance, asOf));
    });
    sortLists(report);
    return report;
}

} // namespace

PipelineReport computePipelineReport(StoreReader& store, QDate asOf)
{
    if (fleetStandsAsOf(store, asOf))
        return pipelineFromSummaries(store, asOf);
    return computePipelineReportFromHistory(store, asOf);
}

PipelineReport computePipelineReportFromHistory(StoreReader& store, QDate asOf)
{
    PipelineReport report = emptyReport(asOf);

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

    sortLists(report);
    return report;
}

} // namespace simfleet
