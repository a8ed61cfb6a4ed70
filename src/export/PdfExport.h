// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportError.h"
#include "ReportDocument.h"

#include <QStringList>

namespace simfleet::exports {

// The document as an A4 PDF (QPdfWriter + QPainter): the title, the as-of date, the company and
// the notes; the chart where there is one; then each table, its header repeated on every page it
// runs onto; "Page n of m" at the foot of each page. Text uses fonts with Chinese glyphs
// (pdfFontFamilies), embedded, so the PDF reads the same on any machine and its text can be
// searched and copied.
// Callers must have a QGuiApplication (Qt's fonts need one): the CLI creates one on the
// offscreen platform (QT_QPA_PLATFORM=offscreen) before writing a PDF. Without one this returns
// NeedsGuiApplication and writes nothing.
// Replaces path only once the whole PDF is written.
[[nodiscard]] ExportStatus writePdf(const ReportDocument& document, const QString& path);

// The families asked for, in order, before Qt's own fallback: a Latin font, then CJK fonts
// whose text survives extraction (Droid Sans Fallback on Debian), Noto Sans CJK SC last.
QStringList pdfFontFamilies();

} // namespace simfleet::exports
