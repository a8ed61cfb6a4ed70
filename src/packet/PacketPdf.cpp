// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketPdf.h"

#include "LetterFont.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>
#include <cmath>
#include <vector>

namespace simfleet::packet {

namespace {

// The layout works in CSS pixels (96 per inch), as the HTML's pt and px mean them; the printer's
// resolution only scales the finished pages.
constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kMarginMm = 20.0;
// Set on a line list whose last rows were moved on: it is not split again.
constexpr int kSplitProperty = QTextFormat::UserProperty + 1;

qreal millimetres(qreal mm)
{
    return mm / 25.4 * kLayoutDpi;
}

QSizeF a4Pixels()
{
    const QSizeF mm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {millimetres(mm.width()), millimetres(mm.height())};
}

qreal pageHeight(const QTextDocument& document)
{
    return document.pageSize().height();
}

int pageOf(const QTextDocument& document, qreal y)
{
    return static_cast<int>(std::floor(y / pageHeight(document)));
}

QRectF blockRect(QTextDocument& document, const QTextBlock& block)
{
    return document.documentLayout()->blockBoundingRect(block);
}

// Every table of the document, in document order, nested ones included.
void collectTables(QTextFrame* frame, std::vector<QTextTable*>& tables)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables.push_back(table);
        collectTables(child, tables);
    }
}

bool holdsAnchor(const QTextTable* table, const QString& anchor)
{
    for (QTextBlock block = table->firstCursorPosition().block();
         block.isValid() && block.position() <= table->lastPosition(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return true;
        }
    }
    return false;
}

std::vector<QTextTable*> tablesWith(QTextDocument& document, const char* anchor)
{
    std::vector<QTextTable*> all;
    collectTables(document.rootFrame(), all);
    std::vector<QTextTable*> marked;
    const QString name = QString::fromLatin1(anchor);
    for (QTextTable* table : all) {
        if (holdsAnchor(table, name))
            marked.push_back(table);
    }
    return marked;
}

// The page a row starts on: where the first line of its first cell is. (A line that a cell
// carries over to the next page is drawn there, but blockBoundingRect does not say so: the
// pages a table covers come from its frame, tablePages.)
int rowPage(QTextDocument& document, QTextTable* table, int row)
{
    const QTextBlock block = table->cellAt(row, 0).firstCursorPosition().block();
    return pageOf(document, blockRect(document, block).top());
}

// The first and last page the table covers.
std::pair<int, int> framePages(QTextDocument& document, QTextTable* table)
{
    const QRectF rect = document.documentLayout()->frameBoundingRect(table);
    return {pageOf(document, rect.top()), pageOf(document, rect.bottom() - 1)};
}

// The page of the last line of text in the document.
int lastTextPage(QTextDocument& document)
{
    for (QTextBlock block = document.lastBlock(); block.isValid(); block = block.previous()) {
        if (!block.text().trimmed().isEmpty())
            return pageOf(document, blockRect(document, block).bottom() - 0.5);
    }
    return 0;
}

// Moves the table's rows from `from` on, under copies of its header rows, into a new table
// right after it that starts on a new page.
void moveRowsToNextPage(QTextTable* table, int from)
{
    QTextTableFormat format = table->format();
    const int headers = format.headerRowCount();
    const int rows = table->rows();
    const int columns = table->columns();
    struct CellCopy {
        QTextDocumentFragment content;
        QTextCharFormat cellFormat;
        QTextBlockFormat blockFormat;
    };
    std::vector<CellCopy> copies;
    auto copyRow = [&](int row) {
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            QTextCursor cursor = cell.firstCursorPosition();
            const QTextBlockFormat blockFormat = cursor.blockFormat();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            copies.push_back({cursor.selection(), cell.format(), blockFormat});
        }
    };
    for (int row = 0; row < headers; ++row)
        copyRow(row);
    for (int row = from; row < rows; ++row)
        copyRow(row);

    // A cursor keeps its place while the document changes around it.
    QTextCursor after(table->document());
    after.setPosition(table->lastPosition() + 1);
    table->removeRows(from, rows - from);
    QTextTableFormat split = table->format();
    split.setProperty(kSplitProperty, true);
    table->setFormat(split);
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable* rest = after.insertTable(headers + rows - from, columns, format);
    std::size_t index = 0;
    for (int row = 0; row < rest->rows(); ++row) {
        for (int column = 0; column < columns; ++column, ++index) {
            QTextTableCell cell = rest->cellAt(row, column);
            cell.setFormat(copies[index].cellFormat);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setBlockFormat(copies[index].blockFormat);
            cursor.insertFragment(copies[index].content);
        }
    }
}

// A table marked keep-together that runs over a page starts on the next one. True when moved.
bool keepTogether(QTextDocument& document)
{
    for (QTextTable* table : tablesWith(document, kKeepTogetherAnchor)) {
        if (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const auto [first, last] = framePages(document, table);
        if (first != last) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            return true;
        }
    }
    return false;
}

// The line list's last page keeps at least kMinRowsOnLastPage rows with what follows the list.
// True when rows were moved.
bool noLoneRows(QTextDocument& document)
{
    const std::vector<QTextTable*> lists = tablesWith(document, kLineListAnchor);
    if (lists.size() != 1)
        return false; // none, or already split
    QTextTable* table = lists.front();
    if (table->format().property(kSplitProperty).toBool())
        return false;
    const int headers = table->format().headerRowCount();
    const int rows = table->rows();
    if (rows <= headers)
        return false;
    const int firstPage = rowPage(document, table, headers);
    // What follows the list (the seal line under it) belongs to its last page too.
    const int endPage = std::max(framePages(document, table).second, lastTextPage(document));
    if (endPage == firstPage)
        return false;
    int onEndPage = 0;
    for (int row = headers; row < rows; ++row)
        onEndPage += rowPage(document, table, row) == endPage ? 1 : 0;
    if (onEndPage >= kMinRowsOnLastPage)
        return false;
    const int from = rows - kMinRowsOnLastPage;
    if (from <= headers) {
        // A list this short goes whole onto the next page.
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setProperty(kSplitProperty, true);
        table->setFormat(format);
        return true;
    }
    moveRowsToNextPage(table, from);
    return true;
}

void drawFooter(QPainter& painter, const QTextDocument& document, int page, int pages)
{
    const QSizeF size = document.pageSize();
    QFont font = document.defaultFont();
    font.setPixelSize(qRound(9 * kLayoutDpi / 72)); // 9 pt in the layout's pixels
    painter.setFont(font);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    const QRectF band(millimetres(kMarginMm), size.height() - millimetres(kMarginMm),
                      size.width() - 2 * millimetres(kMarginMm), millimetres(kMarginMm / 2));
    painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter,
                     QStringLiteral("第 %1 页 / 共 %2 页").arg(page + 1).arg(pages));
}

} // namespace

void layOutLetter(QTextDocument& document, const QString& html)
{
    QFont font;
    font.setFamilies(letterFontFamilies());
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setHtml(html);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(millimetres(kMarginMm));
    document.rootFrame()->setFrameFormat(root);
    document.setPageSize(a4Pixels());
    // Each rule may move things the other looks at: again until nothing moves (a few passes).
    for (int pass = 0; pass < 6; ++pass) {
        if (!keepTogether(document) && !noLoneRows(document))
            break;
    }
}

QList<int> tableRowPages(QTextDocument& document, const char* anchor)
{
    QList<int> pages;
    std::vector<QTextTable*> all;
    collectTables(document.rootFrame(), all);
    bool found = false;
    for (QTextTable* table : all) {
        // The rows moved to a later page follow the marked table.
        if (!found && !holdsAnchor(table, QString::fromLatin1(anchor)))
            continue;
        if (found && !(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            break;
        found = true;
        for (int row = table->format().headerRowCount(); row < table->rows(); ++row)
            pages << rowPage(document, table, row);
    }
    return pages;
}

QList<std::pair<int, int>> tablePages(QTextDocument& document, const char* anchor)
{
    QList<std::pair<int, int>> pages;
    for (QTextTable* table : tablesWith(document, anchor))
        pages << framePages(document, table);
    return pages;
}

Result<QByteArray> renderPdf(const QString& html, const QString& title)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr)
        return Error{ErrorCode::FileUnwritable,
                     QStringLiteral("%1 (PDF needs a QGuiApplication)").arg(title), 0};
    QTextDocument document;
    layOutLetter(document, html);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("SimFleet"));

        QPainter painter(&pdf);
        const QSizeF page = document.pageSize();
        const qreal scale = pdf.width() / page.width();
        const int pages = document.pageCount();
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                pdf.newPage();
            painter.save();
            painter.scale(scale, scale);
            drawFooter(painter, document, index, pages);
            painter.translate(0, -index * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, index * page.height(), page.width(), page.height());
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    buffer.close();
    return bytes;
}

} // namespace simfleet::packet
