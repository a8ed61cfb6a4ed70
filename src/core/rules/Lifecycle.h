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

// What an operator must supply, beyond the card's state and balance, to take an edge.
enum class EdgeInput {
    None,                // just confirm
    Reason,              // the back edges: why
    CarrierReference,    // the carrier's receipt (回执号)
    ChannelAndChecklist, // how the request is made, and the pre-cancellation checklist
};

// The guard for one edge (docs/domain.md, "Forward path and guards" and "Back edges"). The
// whole transition table lives in Lifecycle.cpp.
// Returns the typed refusal (OwesMoney carries the amount owed) or nothing when allowed.
std::optional<Error> checkTransition(CardState from, Money balance,
                                     const TransitionRequest& request);

// The guard for one edge without the operator's inputs: whether the card's state and balance
// allow it now (a card that owes money cannot be cleared). An edge that does not exist, or a
// card already in `to`, is refused as checkTransition refuses it.
std::optional<Error> checkStateAndBalance(CardState from, Money balance, CardState to);

// What the edge from -> to needs from the operator (None when the edge does not exist).
EdgeInput inputFor(CardState from, CardState to);

// True for an edge of the forward path (toward void); false for a back edge.
bool isForwardEdge(CardState from, CardState to);

// The states an operator may ask to move to from `from` (edges only, guards not evaluated).
std::vector<CardState> targetsFrom(CardState from);

// The states a card passes through, in order, to reach `to` along the forward path
// (active -> arrears-cleared -> cancellation-requested -> carrier-confirmed -> void): the
// cancellation wizard settles an active card to arrears-cleared on its way to
// cancellation-requested. Empty when `to` is not ahead of `from` (guards not evaluated).
std::vector<CardState> forwardPath(CardState from, CardState to);

// The states from which the forward path reaches `to` (active and arrears-cleared for
// cancellation-requested), in path order.
std::vector<CardState> statesBefore(CardState to);

// Void is final: the card's record is kept, but nothing on it (details, ledger, lost flag,
// state) may change.
bool isFinal(CardState state);

// The states whose cards may be put into a carrier submission packet: cleared of arrears and
// not yet confirmed by the carrier (the packet is what the carrier confirms).
bool mayJoinPacket(CardState state);

// True when a new charge arriving on a card in this state sends it back to active
// (arrears-cleared -> active, "a new charge arrives").
bool chargeReopens(CardState state);

} // namespace simfleet
