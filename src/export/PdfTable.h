// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <vector>

namespace simfleet::exports {

// A table fitted to a width: column widths from the content (text columns wrap when the page is
// too narrow), and the height of every row, measured with the painter that will draw it.
class PdfTable {
public:
    PdfTable(QPainter& painter, const ReportTable& table, const QFont& body, qreal width);

    qreal headerHeight() const { return m_headerHeight; }
    qreal rowHeight(std::size_t row) const { return m_rowHeights.at(row); }
    qreal totalsHeight() const { return m_totalsHeight; }

    void paintHeader(QPainter& painter, QPointF topLeft) const;
    void paintRow(QPainter& painter, QPointF topLeft, std::size_t row) const;
    void paintTotals(QPainter& painter, QPointF topLeft) const;

private:
    qreal measureRow(QPainter& painter, const QStringList& texts, const QFont& font) const;
    void paintCells(QPainter& painter, QPointF topLeft, qreal height, const QStringList& texts,
                    const QFont& font) const;
    QRectF textRect(QPointF topLeft, std::size_t column, qreal height) const;

    const ReportTable& m_table;
    QFont m_body;
    QFont m_bold;
    qreal m_padding;
    qreal m_ruleWidth;
    std::vector<qreal> m_widths;
    std::vector<QStringList> m_rowTexts;
    QStringList m_headerTexts;
    QStringList m_totalsTexts;
    qreal m_headerHeight{0};
    std::vector<qreal> m_rowHeights;
    qreal m_totalsHeight{0};
};

} // namespace simfleet::exports
