// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/Store.h"

namespace simfleet {

void StoreReader::forEachCardKey(const std::function<void(const CardKey&)>& visit)
{
    forEachCard(CardFilter{}, [&](const Card& card) {
        visit(CardKey{card.id, card.iccid, card.msisdn, card.state});
    });
}

} // namespace simfleet
