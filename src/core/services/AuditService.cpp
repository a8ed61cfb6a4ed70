// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditService.h"

namespace simfleet {

AuditVerification verifyAuditLog(StoreReader& store)
{
    AuditChainVerifier verifier;
    // The store streams every row; once the verifier has found the first break it ignores the
    // rest, which is cheap next to reading them.
    store.forEachAuditEvent([&verifier](const AuditEvent& event) { verifier.feed(event); });
    return {verifier.rowsChecked(), verifier.firstBreak(), verifier.headHash()};
}

} // namespace simfleet
