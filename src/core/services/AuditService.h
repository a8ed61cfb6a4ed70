// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "ports/Store.h"

#include <optional>

namespace simfleet {

struct AuditVerification {
    std::int64_t rowsChecked{0};
    std::optional<AuditBreak> firstBreak; // unset: the chain is intact
    QByteArray headHash;
};

// Recomputes the whole hash chain from the stored rows.
AuditVerification verifyAuditLog(StoreReader& store);

} // namespace simfleet
