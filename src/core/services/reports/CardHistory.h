// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Clock.h"
#include "ports/Store.h"

#include <QDate>
#include <QDateTime>
#include <optional>
#include <unordered_map>

namespace simfleet {

// The first instant after the as-of day (China Standard Time): what happened before it counts.
QDateTime endOfBusinessDay(QDate asOf);
// Whole days from the instant's business day to asOf (0 when unknown or later).
std::int64_t daysSince(const QDateTime& sinceUtc, QDate asOf);

// When a state change took effect: LifecycleService records it beside the row's own time, which
// is when the store wrote it (the two differ when the demo replays a year of history).
QDateTime effectiveTime(const AuditEvent& event);
// LedgerService reopens an arrears-cleared card on a charge and names the entry kind as the
// trigger; abandoning a cancellation takes the same edge with a reason instead.
bool isChargeReopen(const AuditEvent& event);

// Where a card stood at the end of the as-of day.
struct CardStanding {
    CardState state{CardState::Active};
    QDateTime sinceUtc; // when it entered that state; null when unknown
    bool lost{false};
    // Back in active because a new charge arrived on the arrears-cleared card (not abandoned).
    bool reopenedByCharge{false};
};

// What the audit log says about every card up to the end of a day, read in one pass, so a
// report can put each card back where it stood then. The card itself stays the authority for its
// current state: when that state began before the cutoff, the card was in it on the day.
class CardHistory {
public:
    static CardHistory read(StoreReader& store, QDate asOf);

    // Nothing when the card did not exist yet at the end of the day.
    std::optional<CardStanding> standingOf(const Card& card) const;
    // When each card reached carrier-confirmed, for cards confirmed by the end of the day.
    const std::unordered_map<CardId, QDateTime>& confirmations() const { return m_confirmed; }

private:
    struct Trace {
        std::optional<CardState> stateAtCutoff; // from the last state event before the cutoff
        QDateTime sinceAtCutoff;
        bool reopenedAtCutoff{false};
        bool lastEventReopened{false}; // the event that set the card's current state
        std::optional<bool> lostAtCutoff;
        bool lostChangedLater{false};
    };
    void feed(const AuditEvent& event);

    QDateTime m_cutoff;
    std::unordered_map<CardId, Trace> m_traces;
    std::unordered_map<CardId, QDateTime> m_confirmed;
};

} // namespace simfleet
