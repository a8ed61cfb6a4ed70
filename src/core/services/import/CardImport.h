// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"
#include "services/import/ImportColumns.h"
#include "services/import/ImportPass.h"

#include <QDateTime>

namespace simfleet {

// A card file, read once: CardRowReader validates the rows on a thread of its own while
// StoredCardStep checks each valid row against the stored cards and, until the first refused
// row, writes it. Whoever runs it inside a write transaction rolls that back unless the summary
// comes back ok(): an import is all-or-nothing, and a refused file still gets every bad row
// named.
class CardFileImport {
public:
    // Reads the header row. FileUnreadable, FileEmpty, FileUtf16, FileNotText or CsvMalformed for
    // the file itself, CsvMissingColumn without iccid, msisdn or carrier.
    static Result<CardFileImport> open(const QString& path, const ImportOptions& options);

    // Reads the rows. writer is null for a dry run, which writes nothing. Issues and counts go
    // to summary; the Status fails only for a storage error (StoreError also propagates).
    Status run(StoreReader& store, StoreWriter* writer, const QDateTime& now,
               ImportSummary& summary);

private:
    CardFileImport(ImportPass pass, CardColumns columns, const ImportOptions& options);

    ImportPass m_pass;
    CardColumns m_columns;
    const ImportOptions* m_options;
};

} // namespace simfleet
