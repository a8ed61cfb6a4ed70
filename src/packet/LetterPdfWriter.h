// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace simfleet::packet {

struct LetterFonts;
struct LetterLayout;

// The PDF objects of the letters' two faces (Type0 fonts over CIDFontType0 descendants, the
// subsets as FontFile3 /CIDFontType0C, /W widths, ToUnicode maps): serialised once per export,
// copied as they are into every PDF, whose other objects are numbered around them.
struct PdfFontObjects {
    QByteArray bytes;
    std::vector<qsizetype> offsets; // of each object in bytes
};

PdfFontObjects pdfFontObjects(const LetterFonts& fonts);

// The laid-out letter as a PDF file: A4 pages drawing its fills, borders and text (glyph ids
// under Identity-H, /F1 regular and /F2 bold), content streams deflated, the title in the
// document's information with SimFleet as creator and producer and `created` as its date.
QByteArray letterPdf(const LetterLayout& layout, const PdfFontObjects& fonts, const QString& title,
                     const QDateTime& created);

} // namespace simfleet::packet
