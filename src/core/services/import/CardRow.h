// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "services/import/ImportColumns.h"
#include "services/import/ImportIssues.h"

#include <optional>

namespace simfleet {

// One data row of a card file, every cell validated and normalised. Cells of columns the file
// lacks stay empty and are never applied.
struct CardRow {
    int line{0};
    QString iccid;
    QString msisdn;
    QString homeArea; // the number's, from the geocoder (looked up while reading, not storing)
    Carrier carrier{Carrier::Cmcc};
    QString plan;
    Money monthlyFee;
    QString holderName;
    QString holderId;
    QString department;
    QString assignee;
    QDate activatedOn;
};

// Validates each cell of the record; every bad cell is reported. nullopt when any was bad.
std::optional<CardRow> parseCardRow(const CsvRecord& record, const CardColumns& columns,
                                    IssueSink& issues);

// Writes the row over the card: only the file's columns; the home area follows the number.
void applyCardRow(const CardRow& row, const CardColumns& columns, Card& card);

// A card as first imported: active from now.
Card newCardFromRow(const CardRow& row, const CardColumns& columns, const QDateTime& now);

} // namespace simfleet
