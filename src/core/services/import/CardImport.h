// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"
#include "services/import/ImportColumns.h"
#include "services/import/ImportKeys.h"
#include "services/import/ImportPass.h"

namespace simfleet {

// What the checking pass learned that the writing pass needs.
struct CardFilePlan {
    CardColumns columns;
    KeySet storedIccids;  // rows whose ICCID is already stored: never inserted
    KeySet changedIccids; // those of them whose row changes the stored card
};

// Pass 1: reads the whole file, validates every row, checks it against the file's other rows and
// the stored cards, and counts what would be imported, updated and left unchanged. Writes
// nothing. Issues and counts go to summary; the Result's error is a file that cannot be read or
// lacks a required column.
Result<CardFilePlan> checkCardFile(StoreReader& store, const QString& path,
                                   const ImportOptions& options, ProgressSpan span,
                                   ImportSummary& summary);

// Pass 2, inside the write transaction: reads the file again and inserts or updates each card
// with its audit row. Any error (or a cancel, which sets summary.cancelled) rolls it all back.
Status writeCardFile(StoreWriter& writer, const QString& path, const CardFilePlan& plan,
                     const ImportOptions& options, ProgressSpan span, const QDateTime& now,
                     ImportSummary& summary);

} // namespace simfleet
