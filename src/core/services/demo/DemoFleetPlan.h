// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "domain/CarrierProfile.h"
#include "domain/LedgerEntry.h"
#include "services/DemoFleet.h"
#include "services/demo/DemoCasting.h"
#include "services/demo/DemoTimeline.h"

#include <QDateTime>
#include <span>
#include <vector>

namespace simfleet::demo {

// Everything the demo will write for one line, decided before anything is written.
struct PlannedCard {
    Card card; // not stored yet: id 0, state active since its activation
    DemoRole role{DemoRole::PromptPayer};
    std::vector<LedgerEntry> bills; // without card id, operator and recording time
    std::vector<DemoStep> steps;    // after the bills, in time order
    QString lostNote;               // non-empty: reported lost (挂失) at the end
};

// The whole fleet, a pure function of the options, the time and the carriers' practice.
Result<std::vector<PlannedCard>> planDemoFleet(const DemoOptions& options, const QDateTime& nowUtc,
                                               std::span<const CarrierProfile> profiles);

} // namespace simfleet::demo
