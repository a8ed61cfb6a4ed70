// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "domain/CardState.h"
#include "domain/Carrier.h"
#include "domain/LedgerEntry.h"

#include <SQLiteCpp/Statement.h>
#include <optional>
#include <string>
#include <string_view>

namespace simfleet::sqlite {

// Stored codes back to the core's enums (the codes are the core's own code functions' text).
// The CHECK constraints keep unknown codes out; one that slips in anyway is a
// StoreError(StorageFailure).
Carrier carrierAt(const SQLite::Statement& row, int column);
CardState stateAt(const SQLite::Statement& row, int column);
std::optional<CardState> optionalStateAt(const SQLite::Statement& row, int column);
EntryKind entryKindAt(const SQLite::Statement& row, int column);
AuditAction auditActionAt(const SQLite::Statement& row, int column);
// The same from a column's text already read.
CardState stateOf(std::string_view code);
AuditAction auditActionOf(std::string_view code);

// The core's codes as UTF-8, made once: bound by reference for every row of an import.
const std::string& codeText(Carrier carrier);
const std::string& codeText(CardState state);
const std::string& codeText(EntryKind kind);
const std::string& codeText(AuditAction action);

} // namespace simfleet::sqlite
