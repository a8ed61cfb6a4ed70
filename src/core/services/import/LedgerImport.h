// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"
#include "services/import/ImportColumns.h"
#include "services/import/ImportPass.h"

#include <QDateTime>

namespace simfleet {

// A bill file, read once: each row is validated, must name a card that is not void, and is
// posted (a charge reopening an arrears-cleared card) until the first refused row. Whoever runs
// it inside a write transaction rolls that back unless the summary comes back ok(): an import is
// all-or-nothing, and a refused file still gets every bad row named. A large file is read and
// checked on a second thread while its rows are posted (LedgerRowReader).
class LedgerFileImport {
public:
    // Reads the header row. FileUnreadable, FileEmpty, FileUtf16, FileNotText or CsvMalformed for
    // the file itself, CsvMissingColumn without kind, amount, date, or both iccid and the number.
    static Result<LedgerFileImport> open(const QString& path, const ImportOptions& options);

    // Reads the rows. Cards are looked up in store (which inside the write transaction is the
    // writer itself), or in a directory of its cards read once; a charge that reopens a card
    // leaves it active for the rows after it (and that entry and the move get their own audit
    // rows, as any posting that moves a card). An import that stored entries then appends one
    // audit row for the whole file (LedgerImported, ledgerImportDetails: the file's name and
    // the seal of every entry it stored). writer is null for a dry run, which posts nothing. Issues
    // and counts go to summary; the Status fails only for a storage error or an entry the ledger
    // refuses (StoreError also propagates).
    Status run(StoreReader& store, StoreWriter* writer, const QString& operatorName,
               const QDateTime& now, ImportSummary& summary);

private:
    LedgerFileImport(ImportPass pass, LedgerColumns columns, const ImportOptions& options,
                     QString fileName);

    ImportPass m_pass;
    QString m_fileName; // without its folder, for the audit row
    LedgerColumns m_columns;
    const ImportOptions* m_options;
};

} // namespace simfleet
