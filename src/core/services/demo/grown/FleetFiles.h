// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/demo/grown/CardsCsv.h"
#include "services/demo/grown/KeySets.h"
#include "services/demo/grown/LedgerCsv.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace simfleet::grown {

// Issue 11 speaks of about 300 home areas and packets over 330.
inline constexpr std::size_t kWantedAreas = 330;

// The generated files and what is in them.
struct FleetFiles {
    QString cardsCsv;
    QString ledgerCsv;
    std::size_t mappedAreas{0}; // the areas numbers were drawn from
    CardsStats cards;
    LedgerStats ledger; // without the balances, which are spent on the key sets
    KeySets keys;
};

// Writes DIR/cards.csv, DIR/ledger.csv and the key files.
Result<FleetFiles> writeFleetFiles(const QString& dir, std::int64_t cards, std::uint32_t seed,
                                   QDate today);

// A few lines on the fleet, for the bench's output.
QString describeFleet(const FleetFiles& files);

// What the fleet lacks of the shape it promises (all carriers, blocks and single numbers,
// hundreds of areas, every kind of payer, adjustments, about 7.4 ledger rows a card); empty
// when nothing. For --self-check.
QStringList shapeProblems(const FleetFiles& files, std::int64_t cards);

} // namespace simfleet::grown
