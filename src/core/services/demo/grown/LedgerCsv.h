// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/demo/grown/FleetFacts.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <vector>

namespace simfleet::grown {

struct LedgerShape {
    std::uint32_t seed{0};
    QDate today; // bills for the twelve whole months before its month; payments before it
    int months{12};
};

struct LedgerStats {
    std::int64_t rows{0};
    std::int64_t charges{0};
    std::int64_t payments{0};
    std::int64_t adjustments{0};
    // Cards by where they end up: owing nothing (paid exactly), owing part after paying some,
    // owing everything (never paid), in credit (paid beyond what they owe), never billed.
    std::int64_t settled{0};
    std::int64_t partPaid{0};
    std::int64_t unpaid{0};
    std::int64_t inCredit{0};
    std::int64_t unbilled{0};
    QDate firstBill;
    QDate lastBill;
    qint64 bytes{0};
    std::vector<std::int64_t> balanceFen; // per card, in fleet order, after the whole file
};

// Writes the ledger CSV the CLI imports (iccid, kind, amount, date, reference): one charge per
// card for each month it was active (the first month pro rata, some with usage on top), the
// payments of four kinds of payer, and a few adjustments; in date order, as monthly exports
// arrive, each day's rows in the carriers' account order rather than by card.
Result<LedgerStats> writeLedgerCsv(const QString& path, const LedgerShape& shape,
                                   const Fleet& fleet);

} // namespace simfleet::grown
