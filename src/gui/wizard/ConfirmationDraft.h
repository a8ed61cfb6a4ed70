// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <vector>

namespace simfleet::gui {

// What the carrier-confirmation wizard started from, and what it did, page by page.
struct ConfirmationDraft {
    std::vector<CardId> selection; // the fleet's selection when the wizard opened (may be empty)
    std::vector<Card> confirmed;   // moved to carrier-confirmed, as stored afterwards
    std::vector<Card> voided;      // moved to void
    int stillWaiting{0};           // confirmed cards the core will not void yet (money left)
    int leftUnticked{0};           // confirmed cards that could have been voided but were not
};

} // namespace simfleet::gui
