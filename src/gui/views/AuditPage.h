// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "ports/Store.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace simfleet::gui {

struct AuditPageRequest {
    QString filter;       // case-insensitive text; empty matches every event
    std::int64_t page{0}; // 0 is the newest page
    int pageSize{200};
};

struct AuditPage {
    std::vector<AuditEvent> rows; // newest first
    std::int64_t matching{0};     // events that match the filter
    std::int64_t total{0};        // events in the log
    std::int64_t page{0};         // the page returned (the last one when asked beyond it)
};

// True when the text appears in the event's sequence number, operator, ICCID, action (code or
// label), states (code or label) or details. loadAuditPage also takes a phone number for the
// events of the card that has it.
bool auditEventMatches(const AuditEvent& event, const QString& filter);

// One page of the log, newest first. Without a filter it reads just that page and the count
// from the store. With one it takes a single pass over the log (the store streams it in sequence
// order and it may hold millions of events), keeping only the newest matching events up to the
// end of the page asked for.
AuditPage loadAuditPage(StoreReader& store, const AuditPageRequest& request);

} // namespace simfleet::gui
