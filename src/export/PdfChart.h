// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

namespace simfleet::exports {

// Paints the chart into area with QPainter alone (no Qt Charts, so the CLI can use it): the
// title, a legend, a value axis in yuan and one stacked bar per category with its total on top.
// Negative values are not drawn. Bar heights are computed from fen in integer arithmetic.
void paintStackedBarChart(QPainter& painter, const QRectF& area, const StackedBarChart& chart,
                          const QFont& font);

// The palette, bottom of the stack first (calm to alarming, so aging buckets read naturally).
QColor seriesColor(std::size_t series);

// A step for the value axis, in fen: 1, 2 or 5 times a power of ten, so that at most
// `ticks` steps cover maxFen (at least one yuan).
std::int64_t axisStep(std::int64_t maxFen, int ticks);

} // namespace simfleet::exports
