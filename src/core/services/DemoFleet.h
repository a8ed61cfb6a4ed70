// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <cstdint>

namespace simfleet {

struct DemoOptions {
    int cards{2000};
    std::uint32_t seed{20261126};
};

struct DemoSummary {
    std::int64_t cards{0};
    std::int64_t ledgerEntries{0};
};

// A realistic fleet, deterministic for a seed and the context's clock: four carriers, several
// departments and assignees, a year of monthly bills and payments, cards in every state, some
// lost, some owing for months. Everything goes through the services, so it is all audited.
Result<DemoSummary> generateDemoFleet(ServiceContext context, const DemoOptions& options);

} // namespace simfleet
