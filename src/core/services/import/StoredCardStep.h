// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"
#include "services/import/CardRow.h"

#include <QDateTime>
#include <unordered_set>
#include <vector>

namespace simfleet {

// The storing half of a card import: checks each valid row against the stored cards (an
// existing ICCID is an update, a number held by another card is a duplicate, a void card is
// never changed), counts what the row does, and writes it with its audit row when asked to.
class StoredCardStep {
public:
    // writer is null for a dry run. Reads go to store, which inside the write transaction is the
    // writer itself, so they see the rows this import has already written.
    StoredCardStep(StoreReader& store, StoreWriter* writer, const CardColumns& columns,
                   const QDateTime& now, IssueSink& issues, ImportSummary& summary);

    // Checks and counts the row; writes it too when write is true and the row is clean. Rows
    // come in file order and never repeat an earlier row's ICCID or number (CardRowReader).
    // New cards are written in batches: once write is false, a batch not yet written is dropped.
    void take(const CardRow& row, bool write);
    // Writes the last batch of new cards.
    void finish();

private:
    bool numberHeldElsewhere(const CardRow& row, const std::optional<Card>& stored);
    void insert(const CardRow& row);
    void flushNewCards();
    void update(const Card& stored, const Card& updated, const QStringList& changed);

    StoreReader& m_store;
    StoreWriter* m_writer;
    const CardColumns& m_columns;
    QDateTime m_now;
    IssueSink& m_issues;
    ImportSummary& m_summary;
    // Nothing to collide with: spares a million lookups.
    bool m_storeEmpty;
    // Numbers this import has moved off a stored card. They were another card's when the import
    // began, so a later row taking one is a duplicate, exactly as if it came first.
    std::unordered_set<std::uint64_t> m_releasedNumbers;
    // New cards waiting to be stored together (StoreWriter::insertCards). Nothing the following
    // rows check can depend on them: no later row repeats their ICCID or number.
    std::vector<Card> m_newCards;
};

} // namespace simfleet
