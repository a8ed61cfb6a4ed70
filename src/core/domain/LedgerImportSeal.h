// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntryCanonical.h"
#include "domain/Money.h"
#include "support/Sha256.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>

namespace simfleet {

// What a ledger file import's one audit row (AuditAction::LedgerImported) says of the entries it
// stored: an import is one change, made by one operator from one file in one transaction, and
// its entries take consecutive ids. The row names them by that range and seals them with a
// SHA-256 over every stored column of every entry in id order (appendLedgerEntryCanonical), so
// that `audit verify` can tell when any of them was changed afterwards.
struct LedgerImportSeal {
    std::int64_t firstId{0};
    std::int64_t lastId{-1}; // lastId < firstId: no entries
    std::int64_t entries{0}; // entries found in the range
    Money charges;           // the amounts as written, summed per kind
    Money payments;
    Money adjustments;
    QByteArray entriesSha256; // lower-case hex

    friend bool operator==(const LedgerImportSeal&, const LedgerImportSeal&) = default;
};

// Folds the entries of [firstId, lastId], given in id order, into their seal. The store reads
// them and the sealer decides what they add up to, for the import and for `audit verify` alike.
class LedgerSealer {
public:
    LedgerSealer(std::int64_t firstId, std::int64_t lastId);

    void add(const StoredLedgerEntry& entry);
    LedgerImportSeal finish();

private:
    void flush();

    LedgerImportSeal m_seal;
    // Unsigned, so that a tampered amount wraps instead of overflowing: the seal then differs.
    std::uint64_t m_charges{0};
    std::uint64_t m_payments{0};
    std::uint64_t m_adjustments{0};
    std::string m_form; // canonical forms not hashed yet
    Sha256Stream m_sha;
};

// The details of an import's audit row: the file's name (never its folder), the range, the count,
// the totals in fen and the digest —
//   {"adjustments_fen":…,"charges_fen":…,"entries":…,"entries_sha256":"…","file":"…",
//    "first_entry_id":…,"last_entry_id":…,"payments_fen":…}
QJsonObject ledgerImportDetails(const QString& fileName, const LedgerImportSeal& seal);
// The seal such details record; nothing when one of its fields is missing or not a number.
std::optional<LedgerImportSeal> ledgerImportSealOf(const QJsonObject& details);
// The file's name recorded in such details.
QString ledgerImportFileOf(const QJsonObject& details);

} // namespace simfleet
