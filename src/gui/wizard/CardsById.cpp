// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CardsById.h"

#include <algorithm>

namespace simfleet::gui {

std::vector<Card> loadCards(StoreReader& store, const std::vector<CardId>& ids)
{
    return store.cardsByIds(ids);
}

std::vector<Carrier> carriersOf(const std::vector<Card>& cards)
{
    std::vector<Carrier> carriers;
    for (const Carrier carrier : kAllCarriers) {
        const bool present = std::any_of(cards.begin(), cards.end(),
                                         [&](const Card& card) { return card.carrier == carrier; });
        if (present)
            carriers.push_back(carrier);
    }
    return carriers;
}

Money monthlyRentOf(const std::vector<Card>& cards)
{
    Money total;
    for (const Card& card : cards)
        total += card.monthlyFee;
    return total;
}

} // namespace simfleet::gui
