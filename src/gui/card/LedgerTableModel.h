// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"

#include <QAbstractTableModel>
#include <vector>

namespace simfleet::gui {

// One card's ledger like a bank statement: entries in date order with the balance after each.
class LedgerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Amount, RunningBalance, Operator, Reference, ColumnCount };

    explicit LedgerTableModel(QObject* parent = nullptr);

    // entries in date, id order (as StoreReader::ledgerOf returns them).
    void setEntries(std::vector<LedgerEntry> entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<LedgerEntry> m_entries;
    std::vector<Money> m_balanceAfter;
};

} // namespace simfleet::gui
