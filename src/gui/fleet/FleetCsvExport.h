// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "ports/Store.h"

#include <QStringList>

class QIODevice;

namespace simfleet::gui {

// The columns of an exported fleet view, named as the import reads them.
QStringList fleetCsvHeader();

// Writes every card the filter matches as CSV, in ICCID order: UTF-8 with a byte-order mark (so
// Excel on a Chinese Windows reads it right), holder names and IDs masked. Returns the number of
// cards written. Storage failures and write errors are the Result's error.
Result<qint64> exportFleetCsv(StoreReader& store, const CardFilter& filter, QIODevice& out);

} // namespace simfleet::gui
