// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportError.h"
#include "ReportDocument.h"

#include <QByteArray>

namespace simfleet::exports {

// The document as CSV for Excel and WPS: UTF-8 with a BOM (so Chinese shows), CRLF line ends,
// RFC 4180 quoting. The title and heading lines come first, then each table (its title, header,
// rows and totals) with an empty record between tables.
// Text that a spreadsheet would take for a formula (starting with = + - @ TAB or CR) gets a
// leading ', whoever wrote it. Money and Integer cells are numbers we format ourselves
// ("-12.50", "3"): they stay plain so the spreadsheet reads them as numbers; a leading minus
// there is a sign, never a formula. Money is yuan with two decimals, dates YYYY-MM-DD.
QByteArray csvBytes(const ReportDocument& document);

// Writes csvBytes to path (replacing it only once the whole file is written).
[[nodiscard]] ExportStatus writeCsv(const ReportDocument& document, const QString& path);

// The cell as written in a CSV field, before quoting: neutralised text, plain numbers.
QString csvCellText(const ReportCell& cell);

} // namespace simfleet::exports
