// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ReportTableModel.h"

#include <QFont>

namespace simfleet::gui {

ReportTableModel::ReportTableModel(exports::ReportTable table, QObject* parent)
    : QAbstractTableModel(parent), m_table(std::move(table))
{}

bool ReportTableModel::isTotalsRow(int row) const
{
    return m_table.totals && row == static_cast<int>(m_table.rows.size());
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_table.rows.size()) + (m_table.totals ? 1 : 0);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

const exports::ReportRow* ReportTableModel::rowAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (isTotalsRow(row))
        return &*m_table.totals;
    if (row < static_cast<int>(m_table.rows.size()))
        return &m_table.rows[static_cast<std::size_t>(row)];
    return nullptr;
}

bool ReportTableModel::isNumberColumn(int column) const
{
    if (column < 0 || column >= static_cast<int>(m_table.columns.size()))
        return false;
    const exports::ColumnKind kind = m_table.columns[static_cast<std::size_t>(column)].kind;
    return kind == exports::ColumnKind::Integer || kind == exports::ColumnKind::Money;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    const exports::ReportRow* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= static_cast<int>(row->size()))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return exports::displayText((*row)[static_cast<std::size_t>(index.column())]);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::AlignVCenter | (isNumberColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::FontRole:
        if (isTotalsRow(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 ||
        section >= static_cast<int>(m_table.columns.size()))
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns[static_cast<std::size_t>(section)].header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft));
    return {};
}

} // namespace simfleet::gui
