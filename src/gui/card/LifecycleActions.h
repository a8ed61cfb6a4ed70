// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "domain/Error.h"
#include "rules/Lifecycle.h"

#include <QString>
#include <optional>
#include <vector>

namespace simfleet::gui {

// One lifecycle button on the card panel. Which moves exist and whether each is allowed now come
// from the core (targetsFrom, checkStateAndBalance, inputFor); this only names them. The
// channel and checklist an edge may need are collected by the cancellation wizard.
struct LifecycleAction {
    CardState target{CardState::ArrearsCleared};
    QString label;
    QString objectName; // stable, for tests and style sheets
    EdgeInput input{EdgeInput::None};
    bool forward{true};           // toward void; false for a back edge
    std::optional<Error> refusal; // unset: allowed now
};

// The moves for a card in state with balance, forward first. "Request cancellation" is offered
// from active too when the forward path reaches it (the wizard takes both edges, as
// CancellationService does), refused with the first guard that stops it ("owes ¥123.40").
std::vector<LifecycleAction> lifecycleActionsFor(CardState state, Money balance);

} // namespace simfleet::gui
