// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CardState.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QString>
#include <optional>
#include <vector>

namespace simfleet {

// What the operator asks for; which fields matter depends on the edge.
struct TransitionRequest {
    CardState to{CardState::ArrearsCleared};
    std::optional<Channel> channel; // needed for cancellation-requested
    bool checklistConfirmed{false}; // needed for cancellation-requested
    QString reference;              // carrier receipt (回执号), needed for carrier-confirmed
    QString reason;                 // needed for the two back edges
};

// The guard for one edge (docs/domain.md, "Forward path and guards" and "Back edges"). The
// whole transition table lives in Lifecycle.cpp.
// Returns the typed refusal (OwesMoney carries the amount owed) or nothing when allowed.
std::optional<Error> checkTransition(CardState from, Money balance,
                                     const TransitionRequest& request);

// The states an operator may ask to move to from `from` (edges only, guards not evaluated).
std::vector<CardState> targetsFrom(CardState from);

// The states a card passes through, in order, to reach `to` along the forward path
// (active -> arrears-cleared -> cancellation-requested -> carrier-confirmed -> void): the
// cancellation wizard settles an active card to arrears-cleared on its way to
// cancellation-requested. Empty when `to` is not ahead of `from` (guards not evaluated).
std::vector<CardState> forwardPath(CardState from, CardState to);

// True when a new charge arriving on a card in this state sends it back to active
// (arrears-cleared -> active, "a new charge arrives").
bool chargeReopens(CardState state);

} // namespace simfleet
