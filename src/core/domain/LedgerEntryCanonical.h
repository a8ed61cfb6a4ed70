// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace simfleet {

// One stored ledger entry, every column as the text the store holds it in (integers in plain
// digits, the kind's code, the date as YYYY-MM-DD, the instant as stored), UTF-8.
struct StoredLedgerEntry {
    std::string_view id;
    std::string_view cardId;
    std::string_view kind;
    std::string_view amountFen;
    std::string_view date;
    std::string_view reference;
    std::string_view operatorName;
    std::string_view recordedAt;
};

// The bytes a ledger import's seal hashes for one entry (LedgerImportSeal.h): its eight columns in
// that order, each as a JSON string, as one compact JSON array followed by a newline —
//   ["id","cardId","kind","amountFen","date","reference","operator","recordedAt"]\n
// Every column is quoted, so no value can pass for two, and a value of another type than the
// column's (12.5 in amount_fen) reads differently from the one it replaced. Stored seals depend
// on these bytes: they must never change.
void appendLedgerEntryCanonical(std::string& out, const StoredLedgerEntry& entry);

} // namespace simfleet
