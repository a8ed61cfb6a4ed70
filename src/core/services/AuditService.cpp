// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditService.h"

namespace simfleet {

AuditVerification verifyAuditLog(StoreReader& store)
{
    return store.verifyAuditChain();
}

} // namespace simfleet
