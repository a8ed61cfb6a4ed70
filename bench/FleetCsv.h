// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <cstdint>

namespace simfleet::bench {

// Writes a card CSV of `rows` valid rows (Luhn-checked ICCIDs, mobile numbers libphonenumber
// accepts, resident IDs and USCCs with their check characters), deterministic for a seed.
// Returns the file's size in bytes.
Result<qint64> writeFleetCsv(const QString& path, std::int64_t rows, std::uint32_t seed);

} // namespace simfleet::bench
