// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"
#include "services/import/CardRow.h"

#include <functional>
#include <span>
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
                   IssueSink& issues, ImportSummary& summary);

    // Checks and counts the rows, in order; writes each clean one too while writing() says so.
    // Rows come in file order and never repeat an earlier row's ICCID or number
    // (CardRowReader). The batch's new cards are written together, straight from the batch.
    void take(const CardRows& rows, const std::function<bool()>& writing);

private:
    void takeRow(const CardRows& rows, std::size_t index, bool write);
    bool numberHeldElsewhere(const Card& row, const std::optional<Card>& stored);
    void flushNewCards(const CardRows& rows);
    void update(const Card& stored, const Card& updated, const QStringList& changed);

    StoreReader& m_store;
    StoreWriter* m_writer;
    const CardColumns& m_columns;
    IssueSink& m_issues;
    ImportSummary& m_summary;
    // Nothing to collide with: spares a million lookups.
    bool m_storeEmpty;
    // Numbers this import has moved off a stored card. They were another card's when the import
    // began, so a later row taking one is a duplicate, exactly as if it came first.
    std::unordered_set<std::uint64_t> m_releasedNumbers;
    // The current batch's new cards (their indexes) waiting to be stored together
    // (StoreWriter::insertCards). Nothing the following rows check can depend on them: no later
    // row repeats their ICCID or number.
    std::vector<std::size_t> m_newCards;
    // Copies of new cards that are not next to each other in their batch.
    std::vector<Card> m_scattered;
};

} // namespace simfleet
