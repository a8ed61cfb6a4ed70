// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditStoredRow.h"

#include <string>

namespace simfleet::sqlite {

// The canonical form of a stored row (domain/AuditCanonicalForm.h) written straight from its
// bytes, for `audit verify`: mapping a row to an AuditEvent and writing that out again cost
// more than hashing it. It only copies what is stored exactly as the canonical form spells it
// (which is how SimFleet stores every row); for anything else it returns false, leaving out
// unspecified, and the caller takes the slow way: auditCanonicalForm(auditEventFrom(row, ...)).
//
// prevHash is the previous row's 32 hash bytes, or null when the previous hash is '' (the first
// row). Whatever out held is replaced.
bool storedCanonicalForm(const AuditStoredRow& row, const char* prevHash, std::string& out);

} // namespace simfleet::sqlite
