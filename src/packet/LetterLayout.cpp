// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterLayout.h"

#include "LetterFonts.h"
#include "LineBreaking.h"

#include <algorithm>
#include <set>

namespace simfleet::packet {

namespace {

constexpr qreal kTop = kPageMargin;
constexpr qreal kBottom = kPageHeight - kPageMargin;
constexpr qreal kTextWidth = kPageWidth - 2 * kPageMargin;
constexpr qreal kFooterSize = 9;
constexpr QRgb kFooterColor = 0xff606060;
// Each rule may move what the other looks at: again until nothing moves (a pass or two).
constexpr int kMaxPasses = 6;

// A line set but not yet placed: runs' x from the line's left, y from the line's top.
struct SetLine {
    qreal height{0};
    bool hasText{false};
    std::vector<GlyphRun> runs;
};

struct SetParagraph {
    const Paragraph* source{nullptr};
    std::vector<SetLine> lines;
};

struct SetCell {
    qreal x{0};
    qreal width{0};
    const TableCell* source{nullptr};
    std::vector<SetParagraph> paragraphs;
};

struct SetRow {
    qreal height{0};
    std::vector<SetCell> cells;
};

// A break the rules asked for: before the body row `row` of block `block`, or before the whole
// table when row is -1.
using ForcedBreak = std::pair<std::size_t, int>;

const LetterFace& faceOf(const LetterFonts& fonts, bool bold)
{
    return bold ? fonts.bold : fonts.regular;
}

std::vector<SetLine> setLines(const Paragraph& paragraph, qreal width, const LetterFonts& fonts)
{
    struct Glyph {
        int run;
        bool bold;
        quint16 cid;
    };
    std::vector<char32_t> text;
    std::vector<qreal> widths;
    std::vector<Glyph> glyphs;
    for (std::size_t r = 0; r < paragraph.runs.size(); ++r) {
        const TextRun& run = paragraph.runs[r];
        for (const char32_t cp : run.text.toUcs4()) {
            bool bold = run.bold;
            LetterGlyph glyph = faceOf(fonts, bold).glyph(cp);
            if (glyph.cid == 0 && bold) { // not in the bold subset: the regular face draws it
                bold = false;
                glyph = fonts.regular.glyph(cp);
            }
            if (glyph.cid == 0)
                glyph.advance = 1000; // .notdef, the font's default width
            text.push_back(cp);
            widths.push_back(glyph.advance * run.size / 1000);
            glyphs.push_back({int(r), bold, glyph.cid});
        }
    }
    const qreal firstWidth = width - paragraph.indent;
    std::vector<SetLine> lines;
    for (const TextLine& broken : breakLines(text, widths, firstWidth, width)) {
        SetLine line;
        const bool first = lines.empty();
        qreal ascent = 0;
        qreal descent = 0;
        qreal x = 0;
        bool afterSpace = false;
        for (std::size_t i = broken.begin; i < broken.end; ++i) {
            const Glyph& glyph = glyphs[i];
            const TextRun& run = paragraph.runs[std::size_t(glyph.run)];
            const LetterFace& face = faceOf(fonts, glyph.bold);
            ascent = std::max(ascent, face.ascender() * run.size / 1000);
            descent = std::max(descent, face.descender() * run.size / 1000);
            // Spaces are left out, the next glyph placed after them: text extraction then sees
            // a gap between words, not a glyph (the ideographic space reads as a column break).
            if (isBreakingSpace(text[i])) {
                x += widths[i];
                afterSpace = true;
                continue;
            }
            if (line.runs.empty() || afterSpace || line.runs.back().bold != glyph.bold ||
                line.runs.back().size != run.size || line.runs.back().color != run.color)
                line.runs.push_back({x, 0, glyph.bold, run.size, run.color, {}});
            afterSpace = false;
            line.runs.back().cids.push_back(glyph.cid);
            line.hasText = true;
            x += widths[i];
        }
        if (line.runs.empty()) {
            ascent = fonts.regular.ascender() * paragraph.emptySize / 1000;
            descent = fonts.regular.descender() * paragraph.emptySize / 1000;
        }
        const qreal available = first ? firstWidth : width;
        qreal left = first ? paragraph.indent : 0;
        if (paragraph.alignment & Qt::AlignHCenter)
            left += (available - x) / 2;
        else if (paragraph.alignment & (Qt::AlignRight | Qt::AlignTrailing))
            left += available - x;
        const qreal natural = ascent + descent;
        line.height =
            paragraph.lineHeightPercent > 0 ? natural * paragraph.lineHeightPercent / 100 : natural;
        // The extra space of a tall line goes half above, half below (CSS's half-leading).
        const qreal baseline = (line.height - natural) / 2 + ascent;
        for (GlyphRun& run : line.runs) {
            run.x += left;
            run.y = baseline;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

// Paragraphs one under another, margins collapsing as in CSS (the larger of the two).
qreal stackHeight(const std::vector<SetParagraph>& paragraphs)
{
    qreal height = 0;
    qreal pending = 0;
    bool first = true;
    for (const SetParagraph& paragraph : paragraphs) {
        height +=
            first ? paragraph.source->topMargin : std::max(pending, paragraph.source->topMargin);
        first = false;
        for (const SetLine& line : paragraph.lines)
            height += line.height;
        pending = paragraph.source->bottomMargin;
    }
    return height + pending;
}

std::vector<qreal> columnWidths(const Table& table, qreal tableWidth)
{
    std::vector<qreal> widths;
    qreal given = 0;
    int shared = 0;
    for (const qreal percent : table.columnPercents) {
        widths.push_back(tableWidth * percent / 100);
        given += widths.back();
        shared += percent > 0 ? 0 : 1;
    }
    const qreal rest = shared > 0 ? std::max<qreal>(0, tableWidth - given) / shared : 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        if (table.columnPercents[i] <= 0)
            widths[i] = rest;
    }
    return widths;
}

std::vector<SetRow> setRows(const Table& table, const LetterFonts& fonts)
{
    const qreal tableWidth = kTextWidth * table.widthPercent / 100;
    const std::vector<qreal> widths = columnWidths(table, tableWidth);
    const qreal inset = table.padding + table.border;
    std::vector<SetRow> rows;
    for (const std::vector<TableCell>& cells : table.rows) {
        SetRow row;
        std::size_t column = 0;
        qreal x = 0;
        qreal content = 0;
        for (const TableCell& cell : cells) {
            SetCell set;
            set.x = x;
            set.source = &cell;
            for (int span = 0; span < cell.columnSpan && column < widths.size(); ++span)
                set.width += widths[column++];
            x += set.width;
            for (const Paragraph& paragraph : cell.paragraphs)
                set.paragraphs.push_back(
                    {&paragraph,
                     setLines(paragraph, std::max<qreal>(1, set.width - 2 * inset), fonts)});
            content = std::max(content, stackHeight(set.paragraphs));
            row.cells.push_back(std::move(set));
        }
        row.height = content + 2 * table.padding + table.border;
        rows.push_back(std::move(row));
    }
    return rows;
}

class Flow {
public:
    Flow(const LetterFonts& fonts, const std::set<ForcedBreak>& breaks)
        : m_fonts(fonts), m_breaks(breaks)
    {
        newPage();
    }

    void place(const LetterModel& letter)
    {
        for (std::size_t block = 0; block < letter.blocks.size(); ++block) {
            if (const auto* paragraph = std::get_if<Paragraph>(&letter.blocks[block]))
                placeParagraph(*paragraph);
            else
                placeTable(std::get<Table>(letter.blocks[block]), block);
        }
    }

    // The break the line-list rule asks for, if any is still missing.
    std::optional<ForcedBreak> loneRowsBreak() const
    {
        for (std::size_t t = 0; t < m_layout.tables.size(); ++t) {
            const PlacedTable& table = m_layout.tables[t];
            if (!table.anchors.contains(QLatin1String(kLineListAnchor)) || table.rowPages.empty())
                continue;
            // What follows the list (the seal line under it) belongs to its last page too.
            const int end = std::max(table.rowPages.back(), m_lastTextPage);
            if (end == table.rowPages.front())
                return std::nullopt;
            const auto onEnd = std::count(table.rowPages.begin(), table.rowPages.end(), end);
            if (onEnd >= kMinRowsOnLastPage)
                return std::nullopt;
            const int from = int(table.rowPages.size()) - kMinRowsOnLastPage;
            return ForcedBreak{m_tableBlocks[t], from > 0 ? from : -1};
        }
        return std::nullopt;
    }

    LetterLayout finish()
    {
        const int pages = int(m_layout.pages.size());
        for (int page = 0; page < pages; ++page) {
            Paragraph footer;
            footer.alignment = Qt::AlignHCenter;
            footer.runs.push_back({QStringLiteral("第 %1 页 / 共 %2 页").arg(page + 1).arg(pages),
                                   false, kFooterSize, kFooterColor});
            const SetLine line = setLines(footer, kTextWidth, m_fonts).front();
            // Centred in the upper half of the bottom margin.
            const qreal middle = kPageHeight - kPageMargin * 0.75;
            const qreal baseline =
                middle +
                (m_fonts.regular.ascender() - m_fonts.regular.descender()) * kFooterSize / 2000;
            for (GlyphRun run : line.runs) {
                run.x += kPageMargin;
                run.y = baseline;
                m_layout.pages[std::size_t(page)].text.push_back(std::move(run));
            }
        }
        return std::move(m_layout);
    }

private:
    LetterPage& page() { return m_layout.pages.back(); }
    int pageIndex() const { return int(m_layout.pages.size()) - 1; }

    void newPage()
    {
        m_layout.pages.emplace_back();
        m_y = kTop;
        m_pageEmpty = true;
    }

    void topMargin(qreal margin)
    {
        m_y += m_pageEmpty ? margin : std::max(m_pendingMargin, margin);
        m_pendingMargin = 0;
    }

    void putLine(const SetLine& line, qreal left, qreal top)
    {
        for (GlyphRun run : line.runs) {
            run.x += left;
            run.y += top;
            page().text.push_back(std::move(run));
        }
        if (line.hasText)
            m_lastTextPage = pageIndex();
    }

    void placeParagraph(const Paragraph& paragraph)
    {
        // QTextDocument puts an empty block after every table, which the HTML never asked for.
        if (paragraph.runs.empty() && !paragraph.pageBreakBefore)
            return;
        if (paragraph.pageBreakBefore && !m_pageEmpty)
            newPage();
        topMargin(paragraph.topMargin);
        for (const SetLine& line : setLines(paragraph, kTextWidth, m_fonts)) {
            if (m_y + line.height > kBottom && !m_pageEmpty)
                newPage();
            putLine(line, kPageMargin, m_y);
            m_y += line.height;
            m_pageEmpty = false;
        }
        m_pendingMargin = paragraph.bottomMargin;
    }

    void putRow(const Table& table, const SetRow& row)
    {
        const qreal inset = table.padding + table.border / 2;
        for (const SetCell& cell : row.cells) {
            const QRectF box(kPageMargin + cell.x, m_y, cell.width, row.height);
            if (cell.source->hasBackground)
                page().fills.push_back({box, cell.source->background});
            if (table.border > 0)
                page().strokes.push_back({box, table.border, table.borderColor});
            qreal y = m_y + inset;
            qreal pending = 0;
            bool first = true;
            for (const SetParagraph& paragraph : cell.paragraphs) {
                y += first ? paragraph.source->topMargin
                           : std::max(pending, paragraph.source->topMargin);
                first = false;
                for (const SetLine& line : paragraph.lines) {
                    putLine(line, box.left() + inset, y);
                    y += line.height;
                }
                pending = paragraph.source->bottomMargin;
            }
        }
        m_y += row.height;
        m_pageEmpty = false;
    }

    void putHeader(const Table& table, const std::vector<SetRow>& rows)
    {
        for (int row = 0; row < table.headerRows && row < int(rows.size()); ++row)
            putRow(table, rows[std::size_t(row)]);
    }

    void placeTable(const Table& table, std::size_t block)
    {
        const std::vector<SetRow> rows = setRows(table, m_fonts);
        const int headers = std::min(table.headerRows, int(rows.size()));
        qreal headerHeight = 0;
        qreal total = 0;
        for (std::size_t row = 0; row < rows.size(); ++row) {
            total += rows[row].height;
            headerHeight += int(row) < headers ? rows[row].height : 0;
        }
        auto startOnNewPage = [&] {
            newPage();
            m_y += table.topMargin;
        };
        topMargin(table.topMargin);
        if ((table.pageBreakBefore || m_breaks.contains({block, -1})) && !m_pageEmpty)
            startOnNewPage();
        const bool keepTogether = table.anchors.contains(QLatin1String(kKeepTogetherAnchor));
        if (keepTogether && m_y + total > kBottom && !m_pageEmpty && total <= kBottom - kTop)
            startOnNewPage();
        // The header goes with the first row below it.
        const qreal firstRow =
            std::size_t(headers) < rows.size() ? rows[std::size_t(headers)].height : 0;
        if (m_y + headerHeight + firstRow > kBottom && !m_pageEmpty)
            startOnNewPage();

        PlacedTable placed;
        placed.anchors = table.anchors;
        placed.firstPage = pageIndex();
        putHeader(table, rows);
        bool rowsOnPage = false;
        for (std::size_t row = std::size_t(headers); row < rows.size(); ++row) {
            const int bodyRow = int(row) - headers;
            if (rowsOnPage &&
                (m_y + rows[row].height > kBottom || m_breaks.contains({block, bodyRow}))) {
                newPage();
                putHeader(table, rows);
            }
            putRow(table, rows[row]);
            rowsOnPage = true;
            placed.rowPages.push_back(pageIndex());
        }
        placed.lastPage = pageIndex();
        m_layout.tables.push_back(std::move(placed));
        m_tableBlocks.push_back(block);
        m_pendingMargin = table.bottomMargin;
    }

    const LetterFonts& m_fonts;
    const std::set<ForcedBreak>& m_breaks;
    LetterLayout m_layout;
    std::vector<std::size_t> m_tableBlocks; // the block of each placed table
    qreal m_y{kTop};
    qreal m_pendingMargin{0};
    bool m_pageEmpty{true};
    int m_lastTextPage{0};
};

} // namespace

LetterLayout layOutLetter(const LetterModel& letter, const LetterFonts& fonts)
{
    std::set<ForcedBreak> breaks;
    for (int pass = 0;; ++pass) {
        Flow flow(fonts, breaks);
        flow.place(letter);
        const std::optional<ForcedBreak> needed = flow.loneRowsBreak();
        if (!needed || pass + 1 == kMaxPasses || !breaks.insert(*needed).second)
            return flow.finish();
    }
}

} // namespace simfleet::packet
