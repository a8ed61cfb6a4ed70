// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "ports/Store.h"

#include <QStringList>
#include <functional>

class QIODevice;

namespace simfleet::exports {

// The fleet list as CSV, one mapping for `simfleet-cli list --format csv` and the desktop app's
// "Export current list": the import's column names (so the file reads back), holder names and
// IDs masked, text neutralised against formulas (CsvWriter).
QStringList fleetCsvHeader();
QString fleetCsvRecord(const Card& card);

// Streams the header and every card the filter matches, in ICCID order, to write (which returns
// false when it could not write; the export then stops). Returns the number of cards written;
// a storage failure, or FileUnwritable when write failed, is the Result's error.
Result<qint64> writeFleetCsv(StoreReader& store, const CardFilter& filter,
                             const std::function<bool(const QString& records)>& write);

// The same into a file for a spreadsheet: UTF-8 with a byte-order mark.
Result<qint64> exportFleetCsv(StoreReader& store, const CardFilter& filter, QIODevice& out);

} // namespace simfleet::exports
