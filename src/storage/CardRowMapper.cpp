// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardRowMapper.h"

#include "CodeColumns.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>

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

void bindCardFields(SQLite::Statement& statement, TextBinder& text, const Card& card, int first)
{
    int index = first;
    text.bind(statement, index++, card.iccid);
    text.bindOrNull(statement, index++, card.msisdn);
    TextBinder::bindStatic(statement, index++, codeText(card.carrier));
    text.bind(statement, index++, card.plan);
    statement.bind(index++, card.monthlyFee.fen());
    text.bind(statement, index++, card.holderName);
    text.bind(statement, index++, card.holderId);
    text.bind(statement, index++, card.department);
    text.bind(statement, index++, card.assignee);
    text.bindDate(statement, index++, card.activatedOn);
    text.bind(statement, index++, card.numberHomeArea);
    text.bind(statement, index++, card.declaredHomeArea);
    TextBinder::bindStatic(statement, index++, codeText(card.state));
    text.bindInstant(statement, index++, card.stateSince);
    statement.bind(index++, card.lost ? 1 : 0);
}

} // namespace simfleet::sqlite
