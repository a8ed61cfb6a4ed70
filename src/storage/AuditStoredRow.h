// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <SQLiteCpp/Statement.h>
#include <cstdint>
#include <optional>

struct sqlite3_stmt;

namespace simfleet::sqlite {

// A column's value as SQLite returned it, before any conversion: its bytes (as text, or as a blob
// for the hash) and whether it was NULL. The bytes belong to whoever read them.
struct StoredBytes {
    const char* data{""};
    int size{0};
    bool null{false};

    QByteArrayView view() const { return {data, size}; }
};

// One audit_log row as stored. The readers that map rows to AuditEvent and `audit verify`, which
// hashes most rows straight from these bytes, both start from it, so both read every column
// alike.
struct AuditStoredRow {
    std::int64_t seq{0};
    StoredBytes atUtc;
    StoredBytes operatorName;
    std::optional<std::int64_t> cardId;
    StoredBytes iccid;
    StoredBytes action;
    StoredBytes fromState;
    StoredBytes toState;
    StoredBytes details;
    bool hashIsBlob{false};
    StoredBytes hash;
};

// The stored columns in this order from column first (seq, at_utc, operator, card_id, iccid,
// action, from_state, to_state, details), and the hash at hashColumn. Valid until the next step.
AuditStoredRow auditStoredRowAt(sqlite3_stmt* row, int first, int hashColumn);
AuditStoredRow auditStoredRowAt(const SQLite::Statement& row, int first, int hashColumn);

// The event the row stands for, with the given previous hash. Throws StoreError for a code no
// version of SimFleet writes (see CodeColumns.h).
AuditEvent auditEventFrom(const AuditStoredRow& row, QByteArray prevHash);

// The hash as the rest of SimFleet spells it (hashAt's rule).
QByteArray storedHashHex(const AuditStoredRow& row);

} // namespace simfleet::sqlite
