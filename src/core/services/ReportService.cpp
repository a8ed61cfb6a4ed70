// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReportService.h"

#include <QHash>
#include <algorithm>

namespace simfleet {

namespace {

void addArrears(OutstandingGroup& group, const AgingBuckets& aging)
{
    ++group.cards;
    group.aging += aging;
    group.outstanding += aging.total();
}

void sortLargestFirst(std::vector<OutstandingGroup>& groups)
{
    std::sort(groups.begin(), groups.end(),
              [](const OutstandingGroup& a, const OutstandingGroup& b) {
                  if (a.outstanding != b.outstanding)
                      return a.outstanding > b.outstanding;
                  return a.key < b.key;
              });
}

} // namespace

QString outstandingGroupKey(const Card& card, OutstandingGrouping grouping)
{
    switch (grouping) {
    case OutstandingGrouping::Carrier:
        return carrierCode(card.carrier);
    case OutstandingGrouping::Department:
        return card.department;
    case OutstandingGrouping::Assignee:
        return card.assignee;
    case OutstandingGrouping::HomeArea:
        return card.homeArea();
    }
    return {};
}

CardFilter outstandingGroupFilter(OutstandingGrouping grouping, const QString& key)
{
    CardFilter filter;
    filter.owesOnly = true;
    if (key.isEmpty())
        return filter;
    switch (grouping) {
    case OutstandingGrouping::Carrier:
        if (const Result<Carrier> carrier = parseCarrier(key); carrier)
            filter.carrier = *carrier;
        break;
    case OutstandingGrouping::Department:
        filter.department = key;
        break;
    case OutstandingGrouping::Assignee:
        filter.assignee = key;
        break;
    case OutstandingGrouping::HomeArea:
        filter.homeArea = key;
        break;
    }
    return filter;
}

OutstandingReport ReportService::outstanding(OutstandingGrouping grouping, QDate asOf,
                                             const CardFilter& filter)
{
    const bool wholeFleet = filter == CardFilter{};
    if (!wholeFleet || !asOf.isValid())
        return outstandingFromLedgers(grouping, asOf, filter);

    OutstandingReport report;
    report.asOf = asOf;
    report.grouping = grouping;
    ArrearsByGroup arrears = m_store.arrearsByGroup(grouping, agingBoundaries(asOf));
    report.credit = arrears.credit;
    report.creditCards = arrears.creditCards;
    report.groups.reserve(arrears.groups.size());
    for (const ArrearsGroup& arrearsGroup : arrears.groups) {
        OutstandingGroup group{arrearsGroup.key, arrearsGroup.cards, arrearsGroup.aging.total(),
                               arrearsGroup.aging};
        report.total.cards += group.cards;
        report.total.aging += group.aging;
        report.total.outstanding += group.outstanding;
        report.groups.push_back(std::move(group));
    }
    sortLargestFirst(report.groups);
    return report;
}

OutstandingReport ReportService::outstandingFromLedgers(OutstandingGrouping grouping, QDate asOf,
                                                        const CardFilter& filter)
{
    OutstandingReport report;
    report.asOf = asOf;
    report.grouping = grouping;

    QHash<QString, OutstandingGroup> groups;
    m_store.forEachCardWithLedger(filter,
                                  [&](const Card& card, std::span<const LedgerEntry> entries) {
                                      const Money balance = balanceAsOf(entries, asOf);
                                      if (balance.isNegative()) {
                                          report.credit -= balance;
                                          ++report.creditCards;
                                          return;
                                      }
                                      if (!balance.isPositive())
                                          return;
                                      const AgingBuckets aging = ageArrears(entries, asOf);
                                      Q_ASSERT(aging.total() == balance);
                                      const QString key = outstandingGroupKey(card, grouping);
                                      OutstandingGroup& group = groups[key];
                                      group.key = key;
                                      addArrears(group, aging);
                                      addArrears(report.total, aging);
                                  });

    report.groups.reserve(static_cast<std::size_t>(groups.size()));
    for (const OutstandingGroup& group : std::as_const(groups))
        report.groups.push_back(group);
    sortLargestFirst(report.groups);
    return report;
}

} // namespace simfleet
