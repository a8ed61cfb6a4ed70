// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LetterLayout.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

namespace simfleet::packet {

struct LetterFonts;
struct PdfFontObjects;

// Prints the letters of one export: letters read from HTML templates (LetterModel.h) as A4 PDFs,
// set by LetterLayout.h's rules in the export's subset of the letter typeface (LetterFonts.h) and
// written by LetterPdfWriter.h. Made once per export, in the calling thread; read-only afterwards,
// so the pool's threads share it.
class LetterPrinter {
public:
    // A printer whose fonts hold every character of regularText (and of boldText in bold).
    // FileUnreadable when the letter typeface is not installed.
    static Result<std::shared_ptr<const LetterPrinter>> make(const QString& regularText,
                                                             const QString& boldText);

    // The letter as a PDF, `title` and `created` in its document information.
    QByteArray pdf(const LetterModel& letter, const QString& title, const QDateTime& created) const;

    // The letter laid out on its pages, as pdf() prints it (for tests of the layout rules).
    LetterLayout layOut(const LetterModel& letter) const;

    const LetterFonts& fonts() const { return *m_fonts; }

private:
    LetterPrinter(std::shared_ptr<const LetterFonts> fonts);
    std::shared_ptr<const LetterFonts> m_fonts;
    std::shared_ptr<const PdfFontObjects> m_fontObjects;
};

// The body rows' pages of the table marked `anchor` (PlacedTable::rowPages); empty when no
// table carries it.
std::vector<int> tableRowPages(const LetterLayout& layout, const char* anchor);

// The first and last page of each table marked `anchor`.
std::vector<std::pair<int, int>> tablePages(const LetterLayout& layout, const char* anchor);

} // namespace simfleet::packet
