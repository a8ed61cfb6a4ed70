// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowBatch.h"
#include "TextBinder.h"
#include "rules/HolderExposure.h"

#include <QHash>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

// cards.exposure_key (schema 9), the summary behind the exposure report: NULL for a card held by
// a company (its USCC), '' for one whose holder ID is missing or invalid, else the holder's
// resident ID. The partial index cards_exposed lists the cards not void that have one, so the
// report reads a fifth of a fleet, in id order. Written with every card from the core's rule
// (rules/HolderExposure), never worked out in SQL.
namespace simfleet::sqlite {

void bindExposureKey(SQLite::Statement& statement, TextBinder& text, int index,
                     const HolderExposure& exposure);
void addExposureKey(RowBatch& rows, const HolderExposure& exposure);

// holderExposure for the cards of a bulk write, remembering the answers: a fleet's company cards
// share a handful of USCCs, and an employee's cards share their ID.
class HolderExposures {
public:
    const HolderExposure& of(const QString& holderId);

private:
    QHash<QString, HolderExposure> m_known;
};

// Fills exposure_key for every card already stored (the migration to schema 9).
void buildExposureKeys(SQLite::Database& db);

} // namespace simfleet::sqlite
