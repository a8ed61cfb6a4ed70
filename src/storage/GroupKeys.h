// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardRowMapper.h"
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

// Where a card counts in the state_days summary: its state's code, the business day it entered
// it ("" when unknown), and its monthly rent.
struct StateDayKey {
    std::string state;
    std::string since;
    std::int64_t monthlyFeeFen{0};

    friend bool operator==(const StateDayKey&, const StateDayKey&) = default;
};

// Everything the summaries file a card under.
struct SummaryFields {
    CardGroupKeys keys;
    StateDayKey stateDay;
};

SummaryFields summaryFieldsOf(const Card& card);
// The fields of kCardFieldColumns the group keys are made of (carrier, department, assignee,
// home_area, declared_home_area): a change to none of them leaves summaryFieldsOf(card).keys as
// they were.
inline constexpr CardFieldMask kGroupKeyFields =
    (1U << 2) | (1U << 7) | (1U << 8) | (1U << 10) | (1U << 11);
// The state_days fields alone (summaryFieldsOf(card).stateDay), without the group keys' texts.
StateDayKey stateDayOf(const Card& card);
// The business day an instant falls on, as state_days keys it ("" for no instant).
std::string stateDayText(const QDateTime& stateSince);

} // namespace simfleet::sqlite
