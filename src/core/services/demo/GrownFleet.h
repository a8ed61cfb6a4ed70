// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DemoFleet.h"

namespace simfleet {

// A demo fleet of the size and shape a real one reaches after five years, the one simfleet-bench
// times: blocks of 1 to 5,000 consecutive numbers and single numbers from anywhere, four
// carriers, 330 home areas, a year of monthly bills with payments that settle some cards fully,
// some in part, some not at all and some beyond, and cards requested, confirmed and void for the
// packets and reports. Written as CSV files into a folder of its own, then brought in the way a
// user's files are (import cards, import ledger, batch transitions): on a million cards a
// couple of minutes instead of the hours a card-by-card story would take.
Result<DemoSummary> generateGrownFleet(ServiceContext context, const DemoOptions& options);

} // namespace simfleet
