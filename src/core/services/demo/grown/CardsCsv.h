// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/demo/grown/AreaMap.h"
#include "services/demo/grown/FleetFacts.h"
#include "services/demo/grown/Organisation.h"

#include <QDate>
#include <QString>
#include <array>
#include <cstdint>

namespace simfleet::grown {

struct CardsShape {
    std::int64_t cards{0};
    std::uint32_t seed{0};
    QDate today; // every activation falls before it
};

struct CardsStats {
    std::int64_t blocks{0};     // purchases of consecutive numbers (2 or more)
    std::int64_t blockCards{0}; // cards in them
    std::int64_t largestBlock{0};
    std::int64_t singles{0};  // single numbers from anywhere (replacements, ported, one-offs)
    std::int64_t ported{0};   // singles whose carrier is not the one that issued the prefix
    std::int64_t personal{0}; // cards held under an employee's resident ID
    std::array<std::int64_t, kAllCarriers.size()> byCarrier{};
    std::size_t areas{0}; // home areas with at least one card
    QDate firstActivation;
    qint64 bytes{0};
    Company company; // the head office, for the packets' company profile
    Person agent;    // an employee to act as the packets' agent (经办人)
};

// Writes the card CSV the CLI imports (iccid, msisdn, carrier, plan, monthly_fee, holder_name,
// holder_id, department, assignee, activated_on) for a fleet grown over five years, in the order
// the lines were bought, and fills `fleet` with each card's facts in file order. Deterministic
// for the shape (and the installed libphonenumber, which places the numbers).
Result<CardsStats> writeCardsCsv(const QString& path, const CardsShape& shape, const AreaMap& map,
                                 Fleet& fleet);

} // namespace simfleet::grown
