// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfChart.h"

#include <QFontMetricsF>
#include <algorithm>
#include <array>

namespace simfleet::exports {

namespace {

constexpr int kAxisTicks = 5;
const QColor kAxis(0x80, 0x80, 0x80);
const QColor kGrid(0xDD, 0xDD, 0xDD);

qreal millimetres(const QPaintDevice* device, qreal mm)
{
    return mm * device->logicalDpiX() / 25.4;
}

// Axis labels in whole yuan when the step allows it: "¥1,000" rather than "¥1,000.00".
QString axisLabel(std::int64_t fen)
{
    QString text = Money::fromFen(fen).toDisplayString();
    if (fen % 100 == 0 && text.endsWith(QStringLiteral(".00")))
        text.chop(3);
    return text;
}

// Pixels for an amount on an axis that is topFen high and heightPx tall.
qreal scaled(std::int64_t fen, std::int64_t topFen, std::int64_t heightPx)
{
    return static_cast<qreal>(std::max<std::int64_t>(fen, 0) * heightPx / topFen);
}

// The legend's swatches and names, flowing onto more lines when they do not fit; returns the
// height used.
qreal paintLegend(QPainter& painter, const QRectF& area, const StackedBarChart& chart, bool paint)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal swatch = metrics.height() * 0.7;
    const qreal gap = metrics.height() * 0.4;
    qreal x = area.left();
    qreal y = area.top();
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const QString& name = chart.series[i].name;
        const qreal itemWidth = swatch + gap / 2 + metrics.horizontalAdvance(name) + gap * 2;
        if (x > area.left() && x + itemWidth > area.right()) {
            x = area.left();
            y += metrics.height() * 1.2;
        }
        if (paint) {
            const qreal middle = y + metrics.height() / 2;
            painter.fillRect(QRectF(x, middle - swatch / 2, swatch, swatch), seriesColor(i));
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x + swatch + gap / 2, y + metrics.ascent()), name);
        }
        x += itemWidth;
    }
    return y - area.top() + metrics.height() * 1.2;
}

std::int64_t highestStack(const StackedBarChart& chart)
{
    std::int64_t highest = 0;
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        std::int64_t stack = 0;
        for (const ChartSeries& series : chart.series) {
            const auto index = static_cast<std::size_t>(c);
            if (index < series.values.size())
                stack += std::max<std::int64_t>(series.values[index].fen(), 0);
        }
        highest = std::max(highest, stack);
    }
    return highest;
}

} // namespace

QColor seriesColor(std::size_t series)
{
    static const std::array<QColor, 8> kPalette{QColor(0x4E, 0x79, 0xA7), QColor(0xED, 0xC9, 0x48),
                                                QColor(0xF2, 0x8E, 0x2B), QColor(0xE1, 0x57, 0x59),
                                                QColor(0x76, 0xB7, 0xB2), QColor(0x59, 0xA1, 0x4F),
                                                QColor(0xB0, 0x7A, 0xA1), QColor(0x9C, 0x75, 0x5F)};
    return kPalette.at(series % kPalette.size());
}

std::int64_t axisStep(std::int64_t maxFen, int ticks)
{
    const std::int64_t wanted = std::max<std::int64_t>((maxFen + ticks - 1) / ticks, 100);
    for (std::int64_t magnitude = 1;; magnitude *= 10) {
        for (const std::int64_t multiple : {1, 2, 5}) {
            if (multiple * magnitude >= wanted)
                return multiple * magnitude;
        }
    }
}

void paintStackedBarChart(QPainter& painter, const QRectF& area, const StackedBarChart& chart,
                          const QFont& font)
{
    painter.save();
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.setPen(Qt::black);
    painter.drawText(QPointF(area.left(), area.top() + titleMetrics.ascent()), chart.title);

    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    QRectF legendArea = area.adjusted(0, titleMetrics.height() * 1.4, 0, 0);
    const qreal legendHeight = paintLegend(painter, legendArea, chart, true);

    const std::int64_t step = axisStep(highestStack(chart), kAxisTicks);
    const std::int64_t top = ((highestStack(chart) + step - 1) / step) * step;
    const std::int64_t topFen = std::max(top, step);
    qreal labelWidth = 0;
    for (std::int64_t tick = 0; tick <= topFen; tick += step)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(axisLabel(tick)));

    const qreal gap = millimetres(painter.device(), 2);
    const QRectF plot(area.left() + labelWidth + gap, legendArea.top() + legendHeight + gap,
                      area.width() - labelWidth - gap,
                      area.height() - (legendArea.top() - area.top()) - legendHeight - gap -
                          metrics.height() * 1.6);
    const auto plotHeight = static_cast<std::int64_t>(plot.height());
    const qreal line = millimetres(painter.device(), 0.2);

    for (std::int64_t tick = 0; tick <= topFen; tick += step) {
        const qreal y = plot.bottom() - scaled(tick, topFen, plotHeight);
        painter.setPen(QPen(tick == 0 ? kAxis : kGrid, line));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(area.left(), y - metrics.height() / 2, labelWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, axisLabel(tick));
    }

    const qsizetype categories = chart.categories.size();
    if (categories == 0) {
        painter.restore();
        return;
    }
    const qreal slot = plot.width() / static_cast<qreal>(categories);
    const qreal barWidth = slot * 0.6;
    for (qsizetype c = 0; c < categories; ++c) {
        const qreal left = plot.left() + slot * static_cast<qreal>(c) + (slot - barWidth) / 2;
        std::int64_t stacked = 0;
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const std::vector<Money>& values = chart.series[s].values;
            const auto index = static_cast<std::size_t>(c);
            const std::int64_t fen = index < values.size() ? values[index].fen() : 0;
            if (fen <= 0)
                continue;
            const qreal bottom = plot.bottom() - scaled(stacked, topFen, plotHeight);
            stacked += fen;
            const qreal topY = plot.bottom() - scaled(stacked, topFen, plotHeight);
            painter.fillRect(QRectF(left, topY, barWidth, bottom - topY), seriesColor(s));
        }
        painter.setPen(Qt::black);
        const QString total = Money::fromFen(stacked).toDisplayString();
        if (stacked > 0 && metrics.horizontalAdvance(total) <= slot) {
            const qreal topY = plot.bottom() - scaled(stacked, topFen, plotHeight);
            painter.drawText(QRectF(plot.left() + slot * static_cast<qreal>(c),
                                    topY - metrics.height(), slot, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, total);
        }
        const QString label = metrics.elidedText(chart.categories[c], Qt::ElideRight, slot * 0.95);
        painter.drawText(QRectF(plot.left() + slot * static_cast<qreal>(c),
                                plot.bottom() + metrics.height() * 0.3, slot, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter.restore();
}

} // namespace simfleet::exports
