// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementCache.h"
#include "ports/Store.h"

// The outstanding report's figures in SQL (StoreReader::arrearsByGroup). Engine failures are
// SQLite::Exception here; the store's entry points turn them into StoreError.
namespace simfleet::sqlite::reads {

// From card_arrears when no entry is dated after ages.asOf, else from the entries up to that day.
ArrearsByGroup arrearsByGroup(StatementCache& statements, OutstandingGrouping grouping,
                              const AgingBoundaries& ages);

} // namespace simfleet::sqlite::reads
