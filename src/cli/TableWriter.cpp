// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableWriter.h"

#include "text/TextWidth.h"

#include <algorithm>

namespace simfleet::cli {

namespace {
const QString kGap = QStringLiteral("  ");
}

TableWriter::TableWriter(std::vector<TableColumn> columns) : m_columns(std::move(columns))
{
    m_widths.reserve(m_columns.size());
    for (const TableColumn& column : m_columns)
        m_widths.push_back(displayWidth(column.header));
}

void TableWriter::measure(const QStringList& row)
{
    const std::size_t count = std::min(m_widths.size(), static_cast<std::size_t>(row.size()));
    for (std::size_t i = 0; i < count; ++i)
        m_widths[i] = std::max(m_widths[i], displayWidth(row[static_cast<qsizetype>(i)]));
}

void TableWriter::printHeader(QTextStream& out) const
{
    QStringList headers;
    for (const TableColumn& column : m_columns)
        headers << column.header;
    printRow(out, headers);
}

void TableWriter::printRule(QTextStream& out) const
{
    QStringList rules;
    for (int width : m_widths)
        rules << QString(width, QLatin1Char('-'));
    printRow(out, rules);
}

void TableWriter::printRow(QTextStream& out, const QStringList& row) const
{
    QString line;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QString cell =
            i < static_cast<std::size_t>(row.size()) ? row[static_cast<qsizetype>(i)] : QString();
        if (i > 0)
            line += kGap;
        const bool last = i + 1 == m_columns.size();
        if (m_columns[i].align == Align::Right)
            line += padLeft(cell, m_widths[i]);
        else
            line += last ? cell : padRight(cell, m_widths[i]);
    }
    out << line << '\n';
}

void TableWriter::print(QTextStream& out, const std::vector<QStringList>& rows)
{
    for (const QStringList& row : rows)
        measure(row);
    printHeader(out);
    printRule(out);
    for (const QStringList& row : rows)
        printRow(out, row);
}

} // namespace simfleet::cli
