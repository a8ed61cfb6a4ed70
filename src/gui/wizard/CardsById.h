// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <vector>

namespace simfleet::gui {

// The cards with these ids as stored now, in the given order; ids no longer stored are skipped.
std::vector<Card> loadCards(StoreReader& store, const std::vector<CardId>& ids);

// The distinct carriers of these cards, in the carriers' usual order.
std::vector<Carrier> carriersOf(const std::vector<Card>& cards);

// The sum of the cards' monthly fees: the rent that stops once they are cancelled.
Money monthlyRentOf(const std::vector<Card>& cards);

} // namespace simfleet::gui
