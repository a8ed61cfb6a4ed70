// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportError.h"
#include "ReportDocument.h"

namespace simfleet::exports {

// The document as an Excel workbook (libxlsxwriter): one worksheet per table, each opening with
// the title and heading rows, then the table's header (bold, frozen so it stays in view), its
// rows and a bold totals row. Money is a number formatted "#,##0.00", counts "#,##0", dates
// yyyy-mm-dd; columns are as wide as their content (CJK characters count double).
// Excel keeps numbers as binary doubles, so money is converted once, here: fen / 100.0. Every
// amount below 2^53 fen converts exactly and the division lands on the double nearest the
// decimal value, which Excel shows to the fen; the exact figures stay in the core (and in the
// CSV). Totals are our exact totals, not spreadsheet formulas.
// Text is stored as strings, which Excel never evaluates, so it is not neutralised here.
// Replaces path only once the workbook is complete.
[[nodiscard]] ExportStatus writeXlsx(const ReportDocument& document, const QString& path);

// The sheet name for a table title: Excel's rules (at most 31 characters, none of []:*?/\,
// no leading or trailing apostrophe), made unique against taken (case-insensitively).
QString sheetName(const QString& title, const QStringList& taken);

} // namespace simfleet::exports
