// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/demo/grown/FleetFacts.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace simfleet::grown {

// The cards the bench moves through the CLI, chosen among those that owe nothing after the
// whole ledger (only those may move toward cancellation), written one ICCID a line.
struct KeySets {
    QString transition; // active -> arrears-cleared, the timed batch
    QString requested;  // cmcc cards to be cancellation-requested: the packet export's cards
    QString clearFirst; // requested + confirmed: moved to arrears-cleared, then requested
    QString confirmed;  // then carrier-confirmed, for the savings report
    QString voided;     // of those, the ones that end void (their balance is exactly zero)
    std::int64_t transitionCount{0};
    std::int64_t requestedCount{0};
    std::int64_t confirmedCount{0};
    std::int64_t voidCount{0};
    std::size_t requestedAreas{0}; // home areas of the requested cards: one packet each
};

struct KeySizes {
    std::int64_t transition{0};
    std::int64_t requested{0};
    std::int64_t confirmed{0};
};

// The sizes (100,000 to move, 10,000 requested) for a million cards, smaller fleets in
// proportion.
KeySizes keySizesFor(std::int64_t cards);

// `dir` receives the key files. The requested cards are China Mobile's, taken in turn from each
// home area so that the packets cover every area the carrier has cards in.
Result<KeySets> writeKeySets(const QString& dir, const Fleet& fleet,
                             const std::vector<std::int64_t>& balanceFen, const KeySizes& sizes,
                             std::uint32_t seed);

} // namespace simfleet::grown
