// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerRowMapper.h"

#include "CodeColumns.h"
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>

namespace simfleet::sqlite {

LedgerEntry ledgerEntryAt(const SQLite::Statement& row, int first)
{
    LedgerEntry entry;
    int column = first;
    entry.id = row.getColumn(column++).getInt64();
    entry.cardId = row.getColumn(column++).getInt64();
    entry.kind = entryKindAt(row, column++);
    entry.amount = Money::fromFen(row.getColumn(column++).getInt64());
    entry.date = dateAt(row, column++);
    entry.reference = textAt(row, column++);
    entry.operatorName = textAt(row, column++);
    entry.recordedAt = instantAt(row, column++);
    return entry;
}

} // namespace simfleet::sqlite
