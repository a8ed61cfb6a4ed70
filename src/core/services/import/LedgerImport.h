// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"
#include "services/import/ImportColumns.h"
#include "services/import/ImportPass.h"

namespace simfleet {

// Pass 1 of a bill import: validates every row and that it names a card that is not void.
// Writes nothing. Issues and the count of entries go to summary; the Result's error is a file
// that cannot be read or lacks a required column.
Result<LedgerColumns> checkLedgerFile(StoreReader& store, const QString& path,
                                      const ImportOptions& options, ProgressSpan span,
                                      ImportSummary& summary);

// Pass 2, inside the write transaction: posts each entry (reopening arrears-cleared cards on a
// charge). Any error (or a cancel, which sets summary.cancelled) rolls it all back.
Status writeLedgerFile(StoreWriter& writer, const QString& path, const LedgerColumns& columns,
                       const ImportOptions& options, ProgressSpan span, const QString& operatorName,
                       const QDateTime& now, ImportSummary& summary);

} // namespace simfleet
