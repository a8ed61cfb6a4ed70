// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/demo/DemoRandom.h"

#include <vector>

namespace simfleet::demo {

// The part a line plays in the demo: how its bills get paid and how far it has gone towards
// cancellation. Every part gets at least one line once the fleet is big enough, so every state
// and every aging bucket shows.
enum class DemoRole {
    // In service, by paying habit:
    PromptPayer,
    LumpyPayer,
    StoppedPaying,
    Prepaid,
    // Through the cancellation pipeline (see DemoTimeline.h):
    Cleared,             // arrears settled, waiting for the next request batch
    Requested,           // request with the carrier
    Rejected,            // the carrier sent the request back
    Confirmed,           // the carrier confirmed
    ConfirmedWithCredit, // confirmed, prepaid credit still to be refunded
    Voided,
    VoidedAfterRefund, // the prepaid credit was refunded, then the card was voided
    Blocked,           // cleared, then the next month's rent reopened it
    Abandoned,         // cleared, then kept in service after all
};

// One role per card, shuffled. The minimum fleet to show every role is minimumDemoCards().
std::vector<DemoRole> castRoles(DemoRandom& random, int cards);
int minimumDemoCards();

} // namespace simfleet::demo
