// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/StandingNow.h"

#include "services/reports/CardHistory.h"

namespace simfleet {

namespace {

bool setsState(const AuditEvent& event)
{
    return event.action == AuditAction::CardCreated || event.action == AuditAction::StateChanged;
}

} // namespace

bool fleetStandsAsOf(StoreReader& store, QDate asOf)
{
    if (!asOf.isValid())
        return false;
    if (const std::optional<QDate> lastEntry = store.lastLedgerDate();
        lastEntry && *lastEntry > asOf)
        return false;
    const std::vector<AuditEvent> newest = store.auditNewestFirst(0, 1);
    return newest.empty() || newest.front().atUtc < endOfBusinessDay(asOf);
}

std::unordered_set<CardId> cardsReopenedByCharge(StoreReader& store)
{
    std::unordered_map<CardId, std::int64_t> lastReopening; // card -> seq
    store.forEachStateEvent(CardState::ArrearsCleared, CardState::Active,
                            [&](const AuditEvent& event) {
                                if (event.cardId && isChargeReopen(event))
                                    lastReopening[*event.cardId] = event.seq;
                            });
    std::unordered_set<CardId> reopened;
    for (const auto& [card, seq] : lastReopening) {
        std::int64_t lastStateEvent = 0;
        for (const AuditEvent& event : store.auditOf(card)) {
            if (setsState(event))
                lastStateEvent = event.seq;
        }
        if (lastStateEvent == seq)
            reopened.insert(card);
    }
    return reopened;
}

std::unordered_map<CardId, QDateTime> confirmationTimes(StoreReader& store)
{
    std::unordered_map<CardId, QDateTime> confirmed;
    store.forEachStateEvent(std::nullopt, CardState::CarrierConfirmed,
                            [&](const AuditEvent& event) {
                                if (event.cardId)
                                    confirmed.try_emplace(*event.cardId, effectiveTime(event));
                            });
    return confirmed;
}

} // namespace simfleet
