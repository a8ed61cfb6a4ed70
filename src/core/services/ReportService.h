// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Aging.h"
#include "services/ServiceContext.h"

#include <QDate>
#include <QString>
#include <vector>

namespace simfleet {

// The value a card is grouped under: its carrier's code, department, assignee or home area ("" for
// none).
QString outstandingGroupKey(const Card& card, OutstandingGrouping grouping);
// The filter for a group's owing cards. A group without a value ("(none)") cannot be expressed
// as a filter (an empty member does not filter): pick those out with outstandingGroupKey.
CardFilter outstandingGroupFilter(OutstandingGrouping grouping, const QString& key);

struct OutstandingGroup {
    QString key;           // carrier code, department, assignee or home area ("" = none)
    std::int64_t cards{0}; // cards with arrears in this group
    Money outstanding;     // == aging.total()
    AgingBuckets aging;
};

struct OutstandingReport {
    QDate asOf;
    OutstandingGrouping grouping{OutstandingGrouping::Carrier};
    std::vector<OutstandingGroup> groups; // sorted by outstanding, largest first
    OutstandingGroup total;               // key empty
    Money credit;                         // sum of credit balances, as a positive amount
    std::int64_t creditCards{0};
};

// One implementation of every report for the GUI, the CLI and exports.
class ReportService {
public:
    explicit ReportService(StoreReader& store) : m_store(store) {}

    // Balances as of the date (entries after it do not count); void cards are included only if
    // they still carry money (they cannot, by the lifecycle, but the ledger is the truth).
    // The whole fleet comes from the store's summaries (StoreReader::arrearsByGroup); a filtered
    // part of it from its cards' ledgers.
    OutstandingReport outstanding(OutstandingGrouping grouping, QDate asOf,
                                  const CardFilter& filter = {});

    // The same report computed from every matching card's whole ledger in C++: the definition
    // the summaries must agree with to the fen, kept for the tests that prove they do.
    OutstandingReport outstandingFromLedgers(OutstandingGrouping grouping, QDate asOf,
                                             const CardFilter& filter = {});

private:
    StoreReader& m_store;
};

} // namespace simfleet
