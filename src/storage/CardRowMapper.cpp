// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardRowMapper.h"

#include "CodeColumns.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>
#include <string_view>

namespace simfleet::sqlite {

Card cardAt(const SQLite::Statement& row, int first)
{
    Card card;
    int column = first;
    card.id = row.getColumn(column++).getInt64();
    card.iccid = textAt(row, column++);
    card.msisdn = textAt(row, column++);
    card.carrier = carrierAt(row, column++);
    card.plan = textAt(row, column++);
    card.monthlyFee = Money::fromFen(row.getColumn(column++).getInt64());
    card.holderName = textAt(row, column++);
    card.holderId = textAt(row, column++);
    card.department = textAt(row, column++);
    card.assignee = textAt(row, column++);
    card.activatedOn = dateAt(row, column++);
    card.numberHomeArea = textAt(row, column++);
    card.declaredHomeArea = textAt(row, column++);
    card.state = stateAt(row, column++);
    card.stateSince = instantAt(row, column++);
    card.lost = row.getColumn(column++).getInt() != 0;
    card.balance = Money::fromFen(row.getColumn(column++).getInt64());
    card.version = row.getColumn(column++).getInt64();
    return card;
}

namespace {

constexpr const char* kFieldNames[kCardFieldCount] = {
    "iccid",     "msisdn",      "carrier",  "plan",         "monthly_fee_fen", "holder_name",
    "holder_id", "department",  "assignee", "activated_on", "home_area",       "declared_home_area",
    "state",     "state_since", "lost"};

bool sameField(const Card& a, const Card& b, int field)
{
    switch (field) {
    case 0:
        return a.iccid == b.iccid;
    case 1:
        return a.msisdn == b.msisdn;
    case 2:
        return a.carrier == b.carrier;
    case 3:
        return a.plan == b.plan;
    case 4:
        return a.monthlyFee == b.monthlyFee;
    case 5:
        return a.holderName == b.holderName;
    case 6:
        return a.holderId == b.holderId;
    case 7:
        return a.department == b.department;
    case 8:
        return a.assignee == b.assignee;
    case 9:
        return a.activatedOn == b.activatedOn;
    case 10:
        return a.numberHomeArea == b.numberHomeArea;
    case 11:
        return a.declaredHomeArea == b.declaredHomeArea;
    case 12:
        return a.state == b.state;
    // Compared as stored (milliseconds, UTC), so an unchanged time read back is unchanged.
    case 13:
        return a.stateSince == b.stateSince;
    default:
        return a.lost == b.lost;
    }
}

void bindField(SQLite::Statement& statement, TextBinder& text, const Card& card, int field,
               int index)
{
    switch (field) {
    case 0:
        text.bind(statement, index, card.iccid);
        break;
    case 1:
        text.bindOrNull(statement, index, card.msisdn);
        break;
    case 2:
        TextBinder::bindStatic(statement, index, codeText(card.carrier));
        break;
    case 3:
        text.bind(statement, index, card.plan);
        break;
    case 4:
        statement.bind(index, card.monthlyFee.fen());
        break;
    case 5:
        text.bind(statement, index, card.holderName);
        break;
    case 6:
        text.bind(statement, index, card.holderId);
        break;
    case 7:
        text.bind(statement, index, card.department);
        break;
    case 8:
        text.bind(statement, index, card.assignee);
        break;
    case 9:
        text.bindDate(statement, index, card.activatedOn);
        break;
    case 10:
        text.bind(statement, index, card.numberHomeArea);
        break;
    case 11:
        text.bind(statement, index, card.declaredHomeArea);
        break;
    case 12:
        TextBinder::bindStatic(statement, index, codeText(card.state));
        break;
    case 13:
        text.bindInstant(statement, index, card.stateSince);
        break;
    default:
        statement.bind(index, card.lost ? 1 : 0);
        break;
    }
}

static_assert(std::string_view(kFieldNames[kHolderIdField]) == "holder_id");

bool inMask(CardFieldMask fields, int field)
{
    return (fields & (1U << field)) != 0;
}

} // namespace

void bindCardFields(SQLite::Statement& statement, TextBinder& text, const Card& card, int first)
{
    bindCardFields(statement, text, card, kAllCardFields, first);
}

CardFieldMask changedCardFields(const Card& stored, const Card& card)
{
    CardFieldMask changed = 0;
    for (int field = 0; field < kCardFieldCount; ++field) {
        if (!sameField(stored, card, field))
            changed = static_cast<CardFieldMask>(changed | (1U << field));
    }
    return changed;
}

std::string cardFieldAssignments(CardFieldMask fields)
{
    std::string sql;
    for (int field = 0; field < kCardFieldCount; ++field) {
        if (!inMask(fields, field))
            continue;
        if (!sql.empty())
            sql += ", ";
        sql += kFieldNames[field];
        sql += " = ?";
    }
    return sql;
}

int bindCardFields(SQLite::Statement& statement, TextBinder& text, const Card& card,
                   CardFieldMask fields, int first)
{
    int index = first;
    for (int field = 0; field < kCardFieldCount; ++field) {
        if (inMask(fields, field))
            bindField(statement, text, card, field, index++);
    }
    return index;
}

} // namespace simfleet::sqlite
