// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditStoredRow.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simfleet::sqlite {

// The canonical form of stored rows (domain/AuditCanonicalForm.h) written straight from their
// bytes, for `audit verify`: mapping a row to an AuditEvent and writing that out again cost
// more than hashing it. It only copies what is stored exactly as the canonical form spells it
// (which is how SimFleet stores every row); for any other row it answers nullopt, and the caller
// takes the slow way: auditCanonicalForm(auditEventFrom(row, ...)).
class AuditStoredCanonical {
public:
    // prevHash is the previous row's 32 hash bytes, or null when the previous hash is '' (the
    // first row). The view lasts until the next call.
    std::optional<std::string_view> of(const AuditStoredRow& row, const char* prevHash);

private:
    bool isCanonical(const AuditStoredRow& row);

    std::vector<char> m_out; // grown, never shrunk: no allocation per row
    // The last texts found canonical: the rows of one transaction repeat the instant, most
    // rows the operator, and a bulk import's rows the details, so most checks are a compare.
    std::optional<std::string> m_instant;
    std::optional<std::string> m_operator;
    std::optional<std::string> m_details;
};

} // namespace simfleet::sqlite
