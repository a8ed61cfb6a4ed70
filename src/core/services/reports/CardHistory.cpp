// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/CardHistory.h"

#include "domain/LedgerEntry.h"

#include <QTimeZone>

namespace simfleet {

namespace {

QTimeZone chinaTime()
{
    return QTimeZone(8 * 3600);
}

// The state an event put the card in, if it is a state event at all.
std::optional<CardState> stateSetBy(const AuditEvent& event)
{
    if (event.action == AuditAction::CardCreated)
        return event.toState.value_or(CardState::Active);
    if (event.action == AuditAction::StateChanged)
        return event.toState;
    return std::nullopt;
}

} // namespace

bool isChargeReopen(const AuditEvent& event)
{
    return event.action == AuditAction::StateChanged &&
           event.fromState == CardState::ArrearsCleared && event.toState == CardState::Active &&
           event.details.value(QStringLiteral("trigger")).toString() ==
               entryKindCode(EntryKind::Charge);
}

QDateTime effectiveTime(const AuditEvent& event)
{
    const QDateTime effective = QDateTime::fromString(
        event.details.value(QStringLiteral("effective_at")).toString(), Qt::ISODateWithMs);
    return effective.isValid() ? effective.toUTC() : event.atUtc;
}

QDateTime endOfBusinessDay(QDate asOf)
{
    return QDateTime(asOf.addDays(1), QTime(0, 0), chinaTime()).toUTC();
}

std::int64_t daysSince(const QDateTime& sinceUtc, QDate asOf)
{
    if (!sinceUtc.isValid())
        return 0;
    const std::int64_t days = businessDate(sinceUtc).daysTo(asOf);
    return days > 0 ? days : 0;
}

CardHistory CardHistory::read(StoreReader& store, QDate asOf)
{
    CardHistory history;
    history.m_cutoff = endOfBusinessDay(asOf);
    store.forEachAuditEvent([&history](const AuditEvent& event) { history.feed(event); });
    return history;
}

void CardHistory::feed(const AuditEvent& event)
{
    if (!event.cardId)
        return;
    const QDateTime at = effectiveTime(event);
    const bool beforeCutoff = at < m_cutoff;
    if (const std::optional<CardState> state = stateSetBy(event)) {
        Trace& trace = m_traces[*event.cardId];
        trace.lastEventReopened = isChargeReopen(event);
        if (beforeCutoff) {
            trace.stateAtCutoff = state;
            trace.sinceAtCutoff = at;
            trace.reopenedAtCutoff = trace.lastEventReopened;
            // The lifecycle reaches carrier-confirmed once; keep the first if a log says more.
            if (*state == CardState::CarrierConfirmed)
                m_confirmed.try_emplace(*event.cardId, at);
        }
        return;
    }
    if (event.action == AuditAction::LostFlagSet || event.action == AuditAction::LostFlagCleared) {
        Trace& trace = m_traces[*event.cardId];
        if (beforeCutoff)
            trace.lostAtCutoff = event.action == AuditAction::LostFlagSet;
        else
            trace.lostChangedLater = true;
    }
}

std::optional<CardStanding> CardHistory::standingOf(const Card& card) const
{
    const auto found = m_traces.find(card.id);
    const Trace* trace = found == m_traces.end() ? nullptr : &found->second;

    CardStanding standing;
    if (!card.stateSince.isValid() || card.stateSince < m_cutoff) {
        // Nothing has moved the card since before the cutoff.
        standing.state = card.state;
        standing.sinceUtc = card.stateSince;
        standing.reopenedByCharge = trace && trace->lastEventReopened;
    } else if (trace && trace->stateAtCutoff) {
        standing.state = *trace->stateAtCutoff;
        standing.sinceUtc = trace->sinceAtCutoff;
        standing.reopenedByCharge = trace->reopenedAtCutoff;
    } else {
        return std::nullopt; // registered after the day
    }
    standing.lost =
        trace && trace->lostChangedLater ? trace->lostAtCutoff.value_or(false) : card.lost;
    return standing;
}

} // namespace simfleet
