// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <vector>

namespace simfleet {

// A card registered under a person's resident ID.
struct ExposedCard {
    CardId id{0};
    QString iccid;
    QString msisdn;
    Carrier carrier{Carrier::Cmcc};
    CardState state{CardState::Active}; // as of the report's day
    QString department;
    QString assignee;
};

// One person and the cards registered under their ID (实名登记). Masked only: the report never
// carries the full ID or name, so nothing built from it can leak them.
struct ExposureHolder {
    QString maskedId;               // 110101********1234
    QString maskedName;             // 张**; from the first of the holder's cards that names them
    std::vector<ExposedCard> cards; // in ICCID order
    std::int64_t cardCount() const { return static_cast<std::int64_t>(cards.size()); }
};

struct ExposureReport {
    QDate asOf;
    // Most cards first; ties by masked ID (two people may share a mask: they stay apart).
    std::vector<ExposureHolder> holders;
    std::int64_t totalCards{0}; // == sum of holders' card counts
    // Not-void cards whose holder ID is neither a valid resident ID nor a USCC (or is empty):
    // their exposure cannot be told, so they are counted for someone to check.
    std::int64_t unidentifiedCards{0};
};

// The report's figures, known before its first holder.
struct ExposureTotals {
    QDate asOf;
    std::int64_t holders{0};
    std::int64_t totalCards{0};
    std::int64_t unidentifiedCards{0};
};

// Takes the report holder by holder, so that 200,000 cards can be written out without the whole
// report in memory: begin once, then each holder in the report's order.
class ExposureSink {
public:
    ExposureSink() = default;
    ExposureSink(const ExposureSink&) = delete;
    ExposureSink& operator=(const ExposureSink&) = delete;
    virtual ~ExposureSink() = default;

    virtual void begin(const ExposureTotals& totals) = 0;
    virtual void holder(const ExposureHolder& holder) = 0;
};

// Cards not yet void at the end of asOf whose holder ID is a person's resident ID (not a company
// USCC), grouped by that ID: the list to check against 一证通查 when an employee leaves.
// Storage failures throw StoreError.
// When nothing was recorded after asOf (fleetStandsAsOf), the cards come from the summary the
// store keeps of them (StoreReader::forEachExposedCard), each in the state it has now.
void streamExposureReport(StoreReader& store, QDate asOf, ExposureSink& sink);
// The same report, whole.
ExposureReport computeExposureReport(StoreReader& store, QDate asOf);

// The same report with every card put back from the replayed audit log: the definition, for
// the tests that hold the shortcut to it.
ExposureReport computeExposureReportFromHistory(StoreReader& store, QDate asOf);

} // namespace simfleet
