// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextBinder.h"
#include "domain/Card.h"

#include <SQLiteCpp/Statement.h>
#include <cstdint>
#include <string>

namespace simfleet::sqlite {

// A row of cards <-> Card. Queries read the table as "cards c" so these column lists also work
// in joins.
inline constexpr const char* kCardColumns =
    "c.id, c.iccid, c.msisdn, c.carrier, c.plan, c.monthly_fee_fen, c.holder_name, c.holder_id, "
    "c.department, c.assignee, c.activated_on, c.home_area, c.declared_home_area, c.state, "
    "c.state_since, c.lost, c.balance_fen, c.version";
inline constexpr int kCardColumnCount = 18;

// The fields a service owns (everything but id, balance and version), in bindCardFields order.
inline constexpr const char* kCardFieldColumns =
    "iccid, msisdn, carrier, plan, monthly_fee_fen, holder_name, holder_id, department, "
    "assignee, activated_on, home_area, declared_home_area, state, state_since, lost";
inline constexpr int kCardFieldCount = 15;

// Reads kCardColumns starting at column first. Throws StoreError on a code the core does not know.
Card cardAt(const SQLite::Statement& row, int first = 0);

// Binds kCardFieldColumns to parameters first .. first + kCardFieldCount - 1.
void bindCardFields(SQLite::Statement& statement, TextBinder& text, const Card& card,
                    int first = 1);

// Some of kCardFieldColumns: bit i stands for the i-th.
using CardFieldMask = std::uint16_t;
inline constexpr CardFieldMask kAllCardFields = (1U << kCardFieldCount) - 1;
inline constexpr int kHolderIdField = 6; // holder_id's place in kCardFieldColumns

// Not a field a service owns: exposure_key, which the store derives from holder_id
// (ExposureKey.h) and writes with every new card and every change of its holder ID.
inline constexpr const char* kExposureKeyColumn = "exposure_key";

// The fields in which card differs from stored.
CardFieldMask changedCardFields(const Card& stored, const Card& card);

// "column = ?, ..." for the fields in mask, in kCardFieldColumns order.
std::string cardFieldAssignments(CardFieldMask fields);

// Binds the fields in mask, in that order, from parameter first; returns the next parameter.
int bindCardFields(SQLite::Statement& statement, TextBinder& text, const Card& card,
                   CardFieldMask fields, int first);

} // namespace simfleet::sqlite
