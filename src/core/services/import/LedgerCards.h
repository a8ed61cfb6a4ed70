// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/import/CardDirectory.h"
#include "services/import/LedgerRow.h"

#include <optional>

namespace simfleet {

// What a bill row's checks and its posting need of the card it names.
struct RowCard {
    CardId id{0};
    CardState state{CardState::Active};
    QString iccid; // as stored
};

// How a bill import finds the cards its rows name: by asking the store for each row, which only
// the thread that owns the store may do, or in a CardDirectory read once, which any one thread
// may ask. A file with few rows for its fleet asks the store; one with many loads the directory
// and is read on a thread of its own (LedgerRowReader).
class LedgerCards {
public:
    // The way that costs less for a file of this size (bytes) on this store.
    static LedgerCards forFile(StoreReader& store, const LedgerColumns& columns, qint64 fileBytes);
    explicit LedgerCards(StoreReader& store) : m_store(&store) {}
    explicit LedgerCards(CardDirectory directory) : m_directory(std::move(directory)) {}

    // Whether find() asks the store (and so must run on the store's thread).
    bool asksStore() const { return m_store != nullptr; }
    // The card the row names, as it was when the import began.
    std::optional<RowCard> find(const LedgerRow& row);

private:
    StoreReader* m_store{nullptr};
    CardDirectory m_directory;
};

} // namespace simfleet
