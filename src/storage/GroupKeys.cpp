// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupKeys.h"

#include "CardFilterSql.h"
#include "CodeColumns.h"
#include "SqlValues.h"
#include "ports/Clock.h"

namespace simfleet::sqlite {

std::string groupKeyColumnSql(OutstandingGrouping grouping)
{
    switch (grouping) {
    case OutstandingGrouping::Carrier:
        return "c.carrier";
    case OutstandingGrouping::Department:
        return "c.department";
    case OutstandingGrouping::Assignee:
        return "c.assignee";
    case OutstandingGrouping::HomeArea:
        return kCardHomeAreaSql;
    }
    return "''";
}

std::string groupKeyColumnsSql()
{
    std::string columns;
    for (const OutstandingGrouping grouping : kAllGroupings)
        columns += (columns.empty() ? "" : ", ") + groupKeyColumnSql(grouping);
    return columns;
}

std::string stateDayText(const QDateTime& stateSince)
{
    return stateSince.isValid() ? dateText(businessDate(stateSince)) : std::string();
}

SummaryFields summaryFieldsOf(const Card& card)
{
    return SummaryFields{CardGroupKeys{{codeText(card.carrier), utf8(card.department),
                                        utf8(card.assignee), utf8(card.homeArea())}},
                         stateDayOf(card)};
}

StateDayKey stateDayOf(const Card& card)
{
    return StateDayKey{codeText(card.state), stateDayText(card.stateSince), card.monthlyFee.fen()};
}

} // namespace simfleet::sqlite
