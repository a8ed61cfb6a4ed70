// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/LifecycleService.h"

#include <catch2/catch.hpp>

namespace simfleet::servicestest {

// Moves one card along an edge and insists it moved.
inline void moveCard(ServiceContext context, CardId card, TransitionRequest request)
{
    LifecycleService lifecycle(std::move(context));
    const Result<TransitionOutcome> outcome = lifecycle.transition({card}, request);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
}

// The whole forward path, for a card that owes nothing.
inline void walkToVoid(ServiceContext context, CardId card)
{
    moveCard(context, card, TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});
    moveCard(
        context, card,
        TransitionRequest{CardState::CancellationRequested, Channel::CarrierHall, true, {}, {}});
    moveCard(context, card,
             TransitionRequest{CardState::CarrierConfirmed, {}, false, QStringLiteral("HZ-1"), {}});
    moveCard(context, card, TransitionRequest{CardState::Void, {}, false, {}, {}});
}

} // namespace simfleet::servicestest
