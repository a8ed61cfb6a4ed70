// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketPdf.h"

#include "LetterFonts.h"
#include "LetterPdfWriter.h"

namespace simfleet::packet {

LetterPrinter::LetterPrinter(std::shared_ptr<const LetterFonts> fonts)
    : m_fonts(std::move(fonts)),
      m_fontObjects(std::make_shared<const PdfFontObjects>(pdfFontObjects(*m_fonts)))
{}

Result<std::shared_ptr<const LetterPrinter>> LetterPrinter::make(const QString& regularText,
                                                                 const QString& boldText)
{
    Result<std::shared_ptr<const LetterFonts>> fonts = LetterFonts::make(regularText, boldText);
    if (!fonts)
        return fonts.error();
    return std::shared_ptr<const LetterPrinter>(new LetterPrinter(std::move(fonts).value()));
}

LetterLayout LetterPrinter::layOut(const LetterModel& letter) const
{
    return layOutLetter(letter, *m_fonts);
}

QByteArray LetterPrinter::pdf(const LetterModel& letter, const QString& title,
                              const QDateTime& created) const
{
    return letterPdf(layOut(letter), *m_fontObjects, title, created);
}

std::vector<int> tableRowPages(const LetterLayout& layout, const char* anchor)
{
    for (const PlacedTable& table : layout.tables) {
        if (table.anchors.contains(QLatin1String(anchor)))
            return table.rowPages;
    }
    return {};
}

std::vector<std::pair<int, int>> tablePages(const LetterLayout& layout, const char* anchor)
{
    std::vector<std::pair<int, int>> pages;
    for (const PlacedTable& table : layout.tables) {
        if (table.anchors.contains(QLatin1String(anchor)))
            pages.emplace_back(table.firstPage, table.lastPage);
    }
    return pages;
}

} // namespace simfleet::packet
