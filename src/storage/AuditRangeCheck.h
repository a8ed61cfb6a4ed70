// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"

#include <QByteArray>
#include <SQLiteCpp/Database.h>
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace simfleet::sqlite {

// The audit rows whose seq lies in [first, last].
struct AuditSeqRange {
    std::int64_t first{0};
    std::int64_t last{0};
};

// A ledger import's row (LedgerImported) that passed the chain, still to be held to the entries
// it seals (LedgerSealCheck).
struct AuditImportRow {
    std::int64_t seq{0};
    std::int64_t rowsBefore{0}; // rows of its range that passed before it
    QByteArray headBefore;      // the hash of the row before it, as hex
    QByteArray details;         // as stored
};

struct AuditRangeOutcome {
    std::int64_t verified{0}; // rows, from the range's first, that passed
    QByteArray headHash;      // the last of those rows' hash, as hex, when there is one
    // The row after them, when it breaks the chain (as AuditChainVerifier would say of it).
    std::optional<AuditBreak> broken;
    std::exception_ptr failure;          // or when it could not be read
    std::vector<AuditImportRow> imports; // among the rows that passed, in seq order
    bool abandoned{false};               // stopped early: its verdict was no longer needed
};

// Checks ranges of the audit log on one connection. Every row's hash covers the hash stored in
// the row before it, so a range is checked on its own, against the stored row before its first:
// the chain is intact when every range is, and breaks at the first row that fails. That lets
// ranges be checked in parallel, each on a connection of its own.
class AuditRangeCheck {
public:
    explicit AuditRangeCheck(SQLite::Database& db);
    ~AuditRangeCheck();
    AuditRangeCheck(const AuditRangeCheck&) = delete;
    AuditRangeCheck& operator=(const AuditRangeCheck&) = delete;

    // stop is asked now and then; once it says yes, the outcome is abandoned. Exceptions are
    // caught into the outcome.
    AuditRangeOutcome check(AuditSeqRange range, const std::function<bool()>& stop);

private:
    AuditRangeOutcome checkRows(AuditSeqRange range, const std::function<bool()>& stop);

    SQLite::Database& m_db;
    sqlite3_stmt* m_rows{nullptr};   // the range's rows, in seq order
    sqlite3_stmt* m_before{nullptr}; // the row before it
};

} // namespace simfleet::sqlite
