// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterModel.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace simfleet::packet {

namespace {

// QTextDocument keeps the HTML's px (CSS pixels, 96 per inch); the letters are set in points.
constexpr qreal kPointsPerPixel = 72.0 / 96.0;
// Text whose size nothing sets.
constexpr qreal kDefaultSize = 11;

qreal pointSize(const QTextCharFormat& format)
{
    if (format.hasProperty(QTextFormat::FontPointSize))
        return format.fontPointSize();
    if (format.hasProperty(QTextFormat::FontPixelSize))
        return format.intProperty(QTextFormat::FontPixelSize) * kPointsPerPixel;
    // <big>, <small>, headings without a size: Qt's steps of font-size keywords.
    static constexpr qreal kSteps[] = {0.6, 0.8, 1.0, 1.2, 1.5, 2.0, 2.4};
    const int step = std::clamp(format.intProperty(QTextFormat::FontSizeAdjustment), -2, 4);
    return kDefaultSize * kSteps[step + 2];
}

QRgb colorOf(const QBrush& brush, QRgb otherwise)
{
    return brush.style() == Qt::NoBrush ? otherwise : brush.color().rgb();
}

Paragraph paragraphOf(const QTextBlock& block)
{
    const QTextBlockFormat format = block.blockFormat();
    Paragraph paragraph;
    paragraph.alignment = format.alignment() & Qt::AlignHorizontal_Mask;
    if (paragraph.alignment == Qt::AlignLeading || paragraph.alignment == 0)
        paragraph.alignment = Qt::AlignLeft;
    paragraph.topMargin = format.topMargin() * kPointsPerPixel;
    paragraph.bottomMargin = format.bottomMargin() * kPointsPerPixel;
    paragraph.indent = format.textIndent() * kPointsPerPixel;
    if (format.lineHeightType() == QTextBlockFormat::ProportionalHeight)
        paragraph.lineHeightPercent = format.lineHeight();
    paragraph.pageBreakBefore =
        (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) != 0;
    paragraph.emptySize = pointSize(block.charFormat());
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat chars = fragment.charFormat();
        paragraph.anchors += chars.anchorNames();
        QString text = fragment.text();
        text.remove(QChar::ObjectReplacementCharacter); // images are not supported
        if (text.isEmpty())
            continue;
        TextRun run{text, chars.fontWeight() >= QFont::DemiBold, pointSize(chars),
                    colorOf(chars.foreground(), qRgb(0, 0, 0))};
        // Fragments differing in what is not drawn (an anchor splits off its first character)
        // are one run: a {{placeholder}} is never cut in two.
        if (!paragraph.runs.empty() && paragraph.runs.back().bold == run.bold &&
            paragraph.runs.back().size == run.size && paragraph.runs.back().color == run.color)
            paragraph.runs.back().text += run.text;
        else
            paragraph.runs.push_back(std::move(run));
    }
    return paragraph;
}

// The paragraphs of a frame's content, nested frames flattened into their text.
void paragraphsOf(QTextFrame::iterator it, std::vector<Paragraph>& out)
{
    for (; !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame())
            paragraphsOf(frame->begin(), out);
        else
            out.push_back(paragraphOf(it.currentBlock()));
    }
}

qreal percentOf(const QTextLength& length, qreal whole)
{
    switch (length.type()) {
    case QTextLength::PercentageLength:
        return length.rawValue();
    case QTextLength::FixedLength:
        return whole > 0 ? length.rawValue() * kPointsPerPixel / whole * 100 : 0;
    case QTextLength::VariableLength:
        break;
    }
    return 0;
}

// Widths in pixels are taken against an A4 page's text width (170 mm), as the letters are set.
constexpr qreal kTextWidth = 170 / 25.4 * 72;

Table tableOf(QTextTable* source)
{
    const QTextTableFormat format = source->format();
    Table table;
    const qreal percent = percentOf(format.width(), kTextWidth);
    table.widthPercent = percent > 0 ? percent : 100;
    for (const QTextLength& column : format.columnWidthConstraints())
        table.columnPercents.push_back(percentOf(column, kTextWidth * table.widthPercent / 100));
    table.columnPercents.resize(std::size_t(source->columns()), 0);
    table.padding = format.cellPadding() * kPointsPerPixel;
    table.border = format.border() * kPointsPerPixel;
    table.borderColor = colorOf(format.borderBrush(), qRgb(0, 0, 0));
    table.headerRows = format.headerRowCount();
    table.topMargin = format.topMargin() * kPointsPerPixel;
    table.bottomMargin = format.bottomMargin() * kPointsPerPixel;
    table.pageBreakBefore = (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) != 0;
    for (int row = 0; row < source->rows(); ++row) {
        std::vector<TableCell> cells;
        for (int column = 0; column < source->columns(); ++column) {
            const QTextTableCell cell = source->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // covered by a span
            TableCell made;
            made.columnSpan = std::max(1, cell.columnSpan());
            const QBrush background = cell.format().background();
            made.hasBackground = background.style() != Qt::NoBrush;
            made.background = colorOf(background, made.background);
            paragraphsOf(cell.begin(), made.paragraphs);
            for (const Paragraph& paragraph : made.paragraphs)
                table.anchors += paragraph.anchors;
            cells.push_back(std::move(made));
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

} // namespace

LetterModel parseLetter(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    LetterModel model;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            model.blocks.emplace_back(tableOf(table));
        } else if (QTextFrame* frame = it.currentFrame()) {
            std::vector<Paragraph> paragraphs;
            paragraphsOf(frame->begin(), paragraphs);
            for (Paragraph& paragraph : paragraphs)
                model.blocks.emplace_back(std::move(paragraph));
        } else {
            model.blocks.emplace_back(paragraphOf(it.currentBlock()));
        }
    }
    return model;
}

} // namespace simfleet::packet
