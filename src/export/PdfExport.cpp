// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "PdfChart.h"
#include "PdfTable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <functional>
#include <memory>

namespace simfleet::exports {

namespace {

constexpr int kDotsPerInch = 300;
constexpr qreal kMarginMm = 15;
constexpr qreal kChartHeightMm = 90;

qreal millimetres(qreal mm)
{
    return mm * kDotsPerInch / 25.4;
}

QFont pdfFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies(pdfFontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// One piece of the page flow: its height, what it paints, and which table header must come
// first when it opens a page.
struct Block {
    qreal height{0};
    qreal spaceBefore{0};
    std::function<void(QPainter&, QPointF)> paint;
    const Block* repeatHeader{nullptr}; // rows of a table: its header
    bool keepWithNext{false};           // titles and headers are not left alone at a page foot
};

struct Placed {
    const Block* block;
    qreal y;
};
using Page = std::vector<Placed>;

class Flow {
public:
    Flow(QPainter& painter, qreal width) : m_painter(painter), m_width(width) {}

    void text(const QString& text, const QFont& font, const QColor& color, qreal spaceBefore)
    {
        m_painter.setFont(font);
        const QRectF room(0, 0, m_width, 1e9);
        const qreal height = m_painter.boundingRect(room, Qt::TextWordWrap, text).height();
        const qreal width = m_width;
        add({height, spaceBefore,
             [text, font, color, width, height](QPainter& painter, QPointF at) {
                 painter.setFont(font);
                 painter.setPen(color);
                 painter.drawText(QRectF(at, QSizeF(width, height)), Qt::TextWordWrap, text);
             },
             nullptr, false});
    }

    void chart(const StackedBarChart& chart, const QFont& font)
    {
        const qreal width = m_width;
        add({millimetres(kChartHeightMm), millimetres(6),
             [&chart, font, width](QPainter& painter, QPointF at) {
                 paintStackedBarChart(
                     painter, QRectF(at, QSizeF(width, millimetres(kChartHeightMm))), chart, font);
             },
             nullptr, false});
    }

    void table(const ReportTable& table, const QFont& titleFont, const QFont& body)
    {
        if (!table.title.isEmpty()) {
            text(table.title, titleFont, Qt::black, millimetres(7));
            m_blocks.back()->keepWithNext = true;
        }
        auto layout = std::make_shared<PdfTable>(m_painter, table, body, m_width);
        add({layout->headerHeight(), table.title.isEmpty() ? millimetres(7) : millimetres(1.5),
             [layout](QPainter& painter, QPointF at) { layout->paintHeader(painter, at); }, nullptr,
             true});
        const Block* header = m_blocks.back().get();
        for (std::size_t row = 0; row < table.rows.size(); ++row)
            add({layout->rowHeight(row), 0,
                 [layout, row](QPainter& painter, QPointF at) {
                     layout->paintRow(painter, at, row);
                 },
                 header, false});
        if (table.totals)
            add({layout->totalsHeight(), 0,
                 [layout](QPainter& painter, QPointF at) { layout->paintTotals(painter, at); },
                 header, false});
    }

    // Lays the blocks onto pages of the given height.
    std::vector<Page> paginate(qreal pageHeight) const
    {
        std::vector<Page> pages(1);
        qreal y = 0;
        for (std::size_t i = 0; i < m_blocks.size(); ++i) {
            const Block& block = *m_blocks[i];
            const qreal space = y > 0 ? block.spaceBefore : 0;
            if (y > 0 && y + space + keptHeight(i) > pageHeight) {
                pages.emplace_back();
                y = 0;
                if (block.repeatHeader) {
                    pages.back().push_back({block.repeatHeader, 0});
                    y = block.repeatHeader->height;
                }
                pages.back().push_back({&block, y});
                y += block.height;
                continue;
            }
            pages.back().push_back({&block, y + space});
            y += space + block.height;
        }
        return pages;
    }

private:
    void add(Block block) { m_blocks.push_back(std::make_unique<Block>(std::move(block))); }

    // The block with the ones it must stay with (a title with its header and first row).
    qreal keptHeight(std::size_t first) const
    {
        qreal height = m_blocks[first]->height;
        for (std::size_t i = first; i + 1 < m_blocks.size() && m_blocks[i]->keepWithNext; ++i)
            height += m_blocks[i + 1]->spaceBefore + m_blocks[i + 1]->height;
        return height;
    }

    QPainter& m_painter;
    qreal m_width;
    std::vector<std::unique_ptr<Block>> m_blocks;
};

class PdfText {
    Q_DECLARE_TR_FUNCTIONS(simfleet::exports::PdfExport)

public:
    static QString pageNumber(std::size_t page, std::size_t pages)
    {
        return tr("Page %1 of %2").arg(page).arg(pages);
    }
};

void paintFooter(QPainter& painter, const QRectF& band, const QString& title, std::size_t page,
                 std::size_t pages)
{
    painter.setFont(pdfFont(8));
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, title);
    painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, PdfText::pageNumber(page, pages));
}

} // namespace

QStringList pdfFontFamilies()
{
    // Latin first, then CJK fonts whose embedded subsets keep their text: with Qt 6.4, Noto Sans
    // CJK renders well but pdftotext (and a reader's search and copy) loses digits and reads
    // 大, 一, 心, 示 ... as the Kangxi radicals that share their glyphs, so it comes last.
    return {QStringLiteral("DejaVu Sans"),         QStringLiteral("Droid Sans Fallback"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
            QStringLiteral("Microsoft YaHei"),     QStringLiteral("PingFang SC"),
            QStringLiteral("Noto Sans CJK SC")};
}

ExportStatus writePdf(const ReportDocument& document, const QString& path)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return ExportError{ExportError::Kind::NeedsGuiApplication, path, QString()};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportError{ExportError::Kind::CannotWrite, path, file.errorString()};

    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
    pdf.setResolution(kDotsPerInch);
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("SimFleet"));

    QPainter painter;
    if (!painter.begin(&pdf))
        return ExportError{ExportError::Kind::CannotWrite, path, file.errorString()};

    const auto width = static_cast<qreal>(pdf.width());
    const QFont footerFont = pdfFont(8);
    const qreal footerHeight = QFontMetricsF(footerFont, &pdf).height() * 1.8;
    const qreal bodyHeight = static_cast<qreal>(pdf.height()) - footerHeight;

    Flow flow(painter, width);
    flow.text(document.title, pdfFont(17, true), Qt::black, 0);
    const QColor muted(0x40, 0x40, 0x40);
    for (const QString& line : headingLines(document))
        flow.text(line, pdfFont(10), muted, millimetres(1));
    if (document.chart)
        flow.chart(*document.chart, pdfFont(8.5));
    for (const ReportTable& table : document.tables)
        flow.table(table, pdfFont(11.5, true), pdfFont(9));

    const std::vector<Page> pages = flow.paginate(bodyHeight);
    const QRectF footer(0, bodyHeight, width, footerHeight);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (p > 0)
            pdf.newPage();
        for (const Placed& placed : pages[p])
            placed.block->paint(painter, QPointF(0, placed.y));
        paintFooter(painter, footer, document.title, p + 1, pages.size());
    }
    painter.end();
    if (!file.commit())
        return ExportError{ExportError::Kind::CannotWrite, path, file.errorString()};
    return std::nullopt;
}

} // namespace simfleet::exports
