// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <cstdint>
#include <vector>

namespace simfleet {

// How long the cards in one state have been there, as of the report's day.
struct PipelineStage {
    CardState state{CardState::Active};
    std::int64_t cards{0};
    std::int64_t totalDays{0}; // sum of every card's days in the state
    std::int64_t oldestDays{0};

    // Rounded to the nearest whole day (halves up); 0 for an empty stage.
    std::int64_t averageDays() const
    {
        return cards == 0 ? 0 : (2 * totalDays + cards) / (2 * cards);
    }
};

// One card named in a pipeline list (phone numbers and ICCIDs are not personal data).
struct PipelineCard {
    CardId id{0};
    QString iccid;
    QString msisdn;
    Carrier carrier{Carrier::Cmcc};
    QString homeArea;
    CardState state{CardState::Active}; // as of the report's day
    QDate stateSince;                   // business day it entered that state (null: unknown)
    std::int64_t daysInState{0};
    Money balance; // as of the report's day
};

// A request the carrier should have handled by now.
struct FollowUpCard {
    PipelineCard card;
    int typicalProcessingDays{0}; // from the carrier's profile
};

struct PipelineReport {
    QDate asOf;
    // One stage per state, in lifecycle order (kAllStates), empty ones included.
    std::array<PipelineStage, kAllStates.size()> stages{};
    std::int64_t totalCards{0}; // == sum of stages' cards: every card registered by asOf
    // cancellation-requested longer than the carrier's typical processing days; oldest first.
    std::vector<FollowUpCard> followUp;
    // Cards whose cancellation a new charge has stopped: arrears-cleared, cancellation-requested
    // or carrier-confirmed cards that owe money, and active cards reopened by a charge;
    // largest balance first.
    std::vector<PipelineCard> blocked;
    Money blockedBalance; // == sum of blocked balances
    // Lost (挂失) cards still active or arrears-cleared: to cancel at once; longest first.
    std::vector<PipelineCard> lostNotCancelled;

    const PipelineStage& stage(CardState state) const
    {
        return stages.at(static_cast<std::size_t>(state));
    }
};

// The cancellation pipeline as it stood at the end of asOf (China Standard Time): each card is
// put back in the state it was in then (from the audit log), balances count entries dated up
// to asOf. When nothing was recorded after that day (fleetStandsAsOf), the figures come from the
// store's summaries and the few cards that can be listed. Storage failures throw StoreError.
PipelineReport computePipelineReport(StoreReader& store, QDate asOf);

// The same report by replaying the whole audit log and every ledger: the definition, for a day
// in the past and for the tests that hold the summaries to it.
PipelineReport computePipelineReportFromHistory(StoreReader& store, QDate asOf);

} // namespace simfleet
