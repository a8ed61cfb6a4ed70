// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"
#include "ports/Store.h"
#include "services/import/ImportColumns.h"
#include "services/import/ImportIssues.h"

#include <optional>

namespace simfleet {

// One data row of a bill file, validated. The card is named by ICCID or by phone number.
struct LedgerRow {
    int line{0};
    LedgerColumn keyColumn{LedgerColumn::Iccid};
    QString key; // normalised ICCID or 11-digit number
    EntryKind kind{EntryKind::Charge};
    Money amount;
    QDate date;
    QString reference;
};

// Validates each cell of the record; every bad cell is reported. nullopt when any was bad.
std::optional<LedgerRow> parseLedgerRow(const CsvRecord& record, const LedgerColumns& columns,
                                        IssueSink& issues);

// The card the row names, if it exists.
std::optional<Card> cardOfRow(StoreReader& store, const LedgerRow& row);

// The entry to post for the row (card id, operator and time are filled in by the caller).
LedgerEntry entryFromRow(const LedgerRow& row);

} // namespace simfleet
