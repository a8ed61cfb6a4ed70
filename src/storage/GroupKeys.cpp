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

namespace {

std::string sinceDay(const QDateTime& stateSince)
{
    return stateSince.isValid() ? dateText(businessDate(stateSince)) : std::string();
}

} // namespace

SummaryFields summaryFieldsOf(const Card& card)
{
    return SummaryFields{
        CardGroupKeys{{codeText(card.carrier), utf8(card.department), utf8(card.assignee),
                       utf8(card.homeArea())}},
        StateDayKey{codeText(card.state), sinceDay(card.stateSince), card.monthlyFee.fen()}};
}

std::optional<SummaryFields> storedSummaryFields(StatementCache& statements, CardId card)
{
    static const std::string sql = "SELECT " + groupKeyColumnsSql() +
                                   ", c.state, c.state_since, c.monthly_fee_fen"
                                   " FROM cards c WHERE c.id = ?";
    StatementUse select(statements, sql);
    select->bind(1, card);
    if (!select->executeStep())
        return std::nullopt;
    SummaryFields fields;
    const int count = static_cast<int>(fields.keys.values.size());
    for (int i = 0; i < count; ++i)
        fields.keys.values[static_cast<std::size_t>(i)] = select->getColumn(i).getString();
    fields.stateDay.state = select->getColumn(count).getString();
    fields.stateDay.since = sinceDay(instantAt(*select, count + 1));
    fields.stateDay.monthlyFeeFen = select->getColumn(count + 2).getInt64();
    return fields;
}

} // namespace simfleet::sqlite
