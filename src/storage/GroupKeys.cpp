// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupKeys.h"

#include "CardFilterSql.h"
#include "CodeColumns.h"
#include "SqlValues.h"

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

CardGroupKeys groupKeysOf(const Card& card)
{
    return CardGroupKeys{{codeText(card.carrier), utf8(card.department), utf8(card.assignee),
                          utf8(card.homeArea())}};
}

std::optional<CardGroupKeys> storedGroupKeys(StatementCache& statements, CardId card)
{
    static const std::string sql =
        "SELECT " + groupKeyColumnsSql() + " FROM cards c WHERE c.id = ?";
    StatementUse select(statements, sql);
    select->bind(1, card);
    if (!select->executeStep())
        return std::nullopt;
    CardGroupKeys keys;
    for (std::size_t i = 0; i < keys.values.size(); ++i)
        keys.values[i] = select->getColumn(static_cast<int>(i)).getString();
    return keys;
}

} // namespace simfleet::sqlite
