// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTable.h"

#include "text/TextWidth.h"

#include <QFontMetricsF>
#include <QTextOption>
#include <algorithm>
#include <numeric>

namespace simfleet::exports {

namespace {

const QColor kHeaderFill(0xE8, 0xEE, 0xF4);
const QColor kShadedFill(0xF6, 0xF7, 0xF9);
const QColor kRule(0x60, 0x60, 0x60);

bool isNumeric(ColumnKind kind)
{
    return kind == ColumnKind::Integer || kind == ColumnKind::Money;
}

QTextOption cellOption(ColumnKind kind)
{
    QTextOption option(isNumeric(kind) ? (Qt::AlignRight | Qt::AlignTop)
                                       : (Qt::AlignLeft | Qt::AlignTop));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

QStringList rowTexts(const ReportRow& row)
{
    QStringList texts;
    for (const ReportCell& cell : row)
        texts << displayText(cell);
    return texts;
}

qreal millimetres(const QPaintDevice* device, qreal mm)
{
    return mm * device->logicalDpiX() / 25.4;
}

// How wide a column would like to be (its longest line) and how narrow it can get without
// breaking inside a word (its widest word; text breaks at spaces and beside CJK characters).
struct ColumnSpan {
    qreal natural{0};
    qreal least{0};
};

qreal widestUnbreakable(const QString& text, const QFontMetricsF& metrics)
{
    qreal widest = 0;
    QString run;
    const auto endRun = [&]() {
        widest = std::max(widest, metrics.horizontalAdvance(run));
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t point = text[i].unicode();
        QString character(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            point = QChar::surrogateToUcs4(text[i], text[i + 1]);
            character += text[++i];
        }
        if (text[i].isSpace()) {
            endRun();
        } else if (isWideCharacter(point)) {
            endRun();
            run = character;
            endRun();
        } else {
            run += character;
        }
    }
    endRun();
    return widest;
}

// Extra room goes to the text columns; a shortage is taken from every column in proportion to
// what it can give before words break. Only when even that is not enough does everything
// shrink alike (and words break).
std::vector<qreal> fitWidths(const std::vector<ColumnSpan>& spans,
                             const std::vector<ReportColumn>& columns, qreal width)
{
    std::vector<qreal> widths;
    qreal natural = 0;
    qreal least = 0;
    qreal textNatural = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        widths.push_back(spans[i].natural);
        natural += spans[i].natural;
        least += spans[i].least;
        if (columns[i].kind == ColumnKind::Text)
            textNatural += spans[i].natural;
    }
    if (natural <= width) {
        const qreal extra = width - natural;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            if (textNatural > 0 && columns[i].kind == ColumnKind::Text)
                widths[i] += extra * spans[i].natural / textNatural;
            else if (textNatural <= 0)
                widths[i] += extra * spans[i].natural / natural;
        }
        return widths;
    }
    if (least <= width) {
        const qreal shortage = natural - width;
        const qreal giving = natural - least;
        for (std::size_t i = 0; i < spans.size(); ++i)
            widths[i] -= (spans[i].natural - spans[i].least) * shortage / giving;
        return widths;
    }
    for (std::size_t i = 0; i < spans.size(); ++i)
        widths[i] = spans[i].least * width / least;
    return widths;
}

} // namespace

PdfTable::PdfTable(QPainter& painter, const ReportTable& table, const QFont& body, qreal width)
    : m_table(table), m_body(body), m_bold(body)
{
    m_bold.setBold(true);
    const QPaintDevice* device = painter.device();
    m_padding = QFontMetricsF(m_body, device).height() * 0.35;
    m_ruleWidth = millimetres(device, 0.25);

    for (const ReportColumn& column : table.columns)
        m_headerTexts << column.header;
    for (const ReportRow& row : table.rows)
        m_rowTexts.push_back(rowTexts(row));
    if (table.totals)
        m_totalsTexts = rowTexts(*table.totals);

    const QFontMetricsF bodyMetrics(m_body, device);
    const QFontMetricsF boldMetrics(m_bold, device);
    std::vector<ColumnSpan> spans(table.columns.size());
    const auto measure = [&spans](const QStringList& texts, const QFontMetricsF& metrics) {
        for (qsizetype i = 0; i < texts.size() && static_cast<std::size_t>(i) < spans.size(); ++i) {
            ColumnSpan& span = spans[static_cast<std::size_t>(i)];
            span.natural = std::max(span.natural, metrics.horizontalAdvance(texts[i]));
            span.least = std::max(span.least, widestUnbreakable(texts[i], metrics));
        }
    };
    measure(m_headerTexts, boldMetrics);
    for (const QStringList& texts : m_rowTexts)
        measure(texts, bodyMetrics);
    measure(m_totalsTexts, boldMetrics);
    for (ColumnSpan& span : spans) {
        span.natural += 2 * m_padding;
        span.least += 2 * m_padding;
    }
    if (!spans.empty())
        m_widths = fitWidths(spans, table.columns, width);

    m_headerHeight = measureRow(painter, m_headerTexts, m_bold);
    for (const QStringList& texts : m_rowTexts)
        m_rowHeights.push_back(measureRow(painter, texts, m_body));
    if (table.totals)
        m_totalsHeight = measureRow(painter, m_totalsTexts, m_bold);
}

qreal PdfTable::measureRow(QPainter& painter, const QStringList& texts, const QFont& font) const
{
    painter.setFont(font);
    qreal height = QFontMetricsF(font, painter.device()).height();
    for (qsizetype i = 0; i < texts.size() && static_cast<std::size_t>(i) < m_widths.size(); ++i) {
        const auto column = static_cast<std::size_t>(i);
        const QRectF room(0, 0, std::max(m_widths[column] - 2 * m_padding, qreal{1}), 1e9);
        height = std::max(
            height, painter.boundingRect(room, texts[i], cellOption(m_table.columns[column].kind))
                        .height());
    }
    return height + 2 * m_padding;
}

QRectF PdfTable::textRect(QPointF topLeft, std::size_t column, qreal height) const
{
    const qreal left = std::accumulate(
        m_widths.begin(), m_widths.begin() + static_cast<std::ptrdiff_t>(column), topLeft.x());
    return QRectF(left + m_padding, topLeft.y() + m_padding, m_widths[column] - 2 * m_padding,
                  height - 2 * m_padding);
}

void PdfTable::paintCells(QPainter& painter, QPointF topLeft, qreal height,
                          const QStringList& texts, const QFont& font) const
{
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (qsizetype i = 0; i < texts.size() && static_cast<std::size_t>(i) < m_widths.size(); ++i) {
        const auto column = static_cast<std::size_t>(i);
        painter.drawText(textRect(topLeft, column, height), texts[i],
                         cellOption(m_table.columns[column].kind));
    }
}

void PdfTable::paintHeader(QPainter& painter, QPointF topLeft) const
{
    const qreal width = std::accumulate(m_widths.begin(), m_widths.end(), qreal{0});
    const QRectF band(topLeft, QSizeF(width, m_headerHeight));
    painter.fillRect(band, kHeaderFill);
    paintCells(painter, topLeft, m_headerHeight, m_headerTexts, m_bold);
    painter.setPen(QPen(kRule, m_ruleWidth));
    painter.drawLine(band.bottomLeft(), band.bottomRight());
}

void PdfTable::paintRow(QPainter& painter, QPointF topLeft, std::size_t row) const
{
    const qreal height = m_rowHeights.at(row);
    if (row % 2 == 1) {
        const qreal width = std::accumulate(m_widths.begin(), m_widths.end(), qreal{0});
        painter.fillRect(QRectF(topLeft, QSizeF(width, height)), kShadedFill);
    }
    paintCells(painter, topLeft, height, m_rowTexts.at(row), m_body);
}

void PdfTable::paintTotals(QPainter& painter, QPointF topLeft) const
{
    const qreal width = std::accumulate(m_widths.begin(), m_widths.end(), qreal{0});
    painter.setPen(QPen(kRule, m_ruleWidth));
    painter.drawLine(topLeft, topLeft + QPointF(width, 0));
    paintCells(painter, topLeft, m_totalsHeight, m_totalsTexts, m_bold);
}

} // namespace simfleet::exports
