// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "domain/Error.h"

#include <QString>
#include <optional>
#include <vector>

namespace simfleet::gui {

// What the operator must supply for a move, as the core's guard asks for it.
enum class LifecycleInput {
    None,      // just confirm
    Reason,    // back edges: why
    Reference, // the carrier's receipt number (回执号)
    Wizard,    // channel and checklist: the cancellation wizard collects them
};

// One lifecycle button on the card panel. Which moves exist and whether each is allowed now come
// from the core (targetsFrom, checkTransition); this only names them.
struct LifecycleAction {
    CardState target{CardState::ArrearsCleared};
    QString label;
    QString objectName; // stable, for tests and style sheets
    LifecycleInput input{LifecycleInput::None};
    std::optional<Error> refusal; // unset: allowed now
};

// The moves for a card in state with balance, forward first. "Request cancellation" is offered
// from active too when the forward path reaches it (the wizard takes both edges, as
// CancellationService does), refused with the first guard that stops it ("owes ¥123.40").
std::vector<LifecycleAction> lifecycleActionsFor(CardState state, Money balance);

} // namespace simfleet::gui
