// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"

#include <QString>

namespace simfleet {

// One audit event as a sentence in the interface's language, for the audit log and a card's
// history: "Payment ¥400.77 dated 2026-03-01, receipt ZZ-0001", "Cancellation requested: at a
// business hall", "Included in submission packet 3". A detail this function does not know is
// added as it was recorded, so nothing in the log is hidden from the reader.
QString describeAuditEvent(const AuditEvent& event);

} // namespace simfleet
