// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementCache.h"
#include "domain/Card.h"
#include "domain/OutstandingGrouping.h"

#include <array>
#include <optional>
#include <string>

namespace simfleet::sqlite {

// A card's value for each report grouping, in kAllGroupings order, as the summaries key them:
// the carrier's code, department, assignee and home area (Card::homeArea).
struct CardGroupKeys {
    std::array<std::string, kAllGroupings.size()> values;

    friend bool operator==(const CardGroupKeys&, const CardGroupKeys&) = default;
};

// The columns of "cards c" that give a card's CardGroupKeys, in that order.
std::string groupKeyColumnsSql();
// The one column of "cards c" a grouping keys by.
std::string groupKeyColumnSql(OutstandingGrouping grouping);

CardGroupKeys groupKeysOf(const Card& card);
// As stored; nothing when there is no such card.
std::optional<CardGroupKeys> storedGroupKeys(StatementCache& statements, CardId card);

} // namespace simfleet::sqlite
