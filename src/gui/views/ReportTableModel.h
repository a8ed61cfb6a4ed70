// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QAbstractTableModel>

namespace simfleet::gui {

// One table of a report document for a QTableView: its rows as people read them (the same text
// as the PDF), numbers on the right, and the totals row last, in bold.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ReportTableModel(exports::ReportTable table, QObject* parent = nullptr);

    const exports::ReportTable& table() const { return m_table; }
    // The totals row, when the table has one, comes after the data rows.
    bool isTotalsRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const exports::ReportRow* rowAt(int row) const;
    bool isNumberColumn(int column) const;

    exports::ReportTable m_table;
};

} // namespace simfleet::gui
