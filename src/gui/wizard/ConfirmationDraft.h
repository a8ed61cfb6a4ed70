// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <vector>

namespace simfleet::gui {

// What the carrier-confirmation wizard did, page by page.
struct ConfirmationDraft {
    std::vector<Card> confirmed; // moved to carrier-confirmed, as stored afterwards
    std::vector<Card> voided;    // moved to void
    int stillWaiting{0};         // carrier-confirmed cards that could not be voided yet
};

} // namespace simfleet::gui
