// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "ports/Store.h"

#include <optional>

namespace simfleet {

// Recomputes the whole hash chain from the stored rows.
AuditVerification verifyAuditLog(StoreReader& store);

} // namespace simfleet
