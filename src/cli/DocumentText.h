// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QTextStream>

namespace simfleet::cli {

// A report document for a terminal: the title and its heading lines, then each table under its
// title with the columns lined up (numbers to the right) and the totals row under a rule. The
// chart is left to the PDF.
void printDocument(QTextStream& out, const exports::ReportDocument& document);

} // namespace simfleet::cli
