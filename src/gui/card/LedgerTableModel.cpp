// SPDX-License-Identifier: GPL-3.0-or-later
#include "card/LedgerTableModel.h"

#include "common/Display.h"
#include "text/Labels.h"

#include <QBrush>
#include <QColor>

namespace simfleet::gui {

LedgerTableModel::LedgerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LedgerTableModel::setEntries(std::vector<LedgerEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_balanceAfter.clear();
    m_balanceAfter.reserve(m_entries.size());
    Money running;
    for (const LedgerEntry& entry : m_entries) {
        running += balanceEffect(entry);
        m_balanceAfter.push_back(running);
    }
    endResetModel();
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const LedgerEntry& entry = m_entries[row];
    const bool money = index.column() == Amount || index.column() == RunningBalance;
    if (role == Qt::TextAlignmentRole) {
        return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == Amount) {
        const Money effect = balanceEffect(entry);
        return effect.isNegative() ? QBrush(QColor(0x1f, 0x7a, 0x4a))
                                   : QBrush(QColor(0xb0, 0x2a, 0x1f));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Date:
        return isoDate(entry.date);
    case Kind:
        return entryKindLabel(entry.kind);
    case Amount:
        // Signed by its effect, so the column adds up to the balance.
        return balanceEffect(entry).toDisplayString();
    case RunningBalance:
        return m_balanceAfter[row].toDisplayString();
    case Reference:
        return entry.reference;
    case Operator:
        return entry.operatorName;
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case RunningBalance:
        return tr("Balance");
    case Reference:
        return tr("Reference");
    case Operator:
        return tr("Operator");
    default:
        return {};
    }
}

} // namespace simfleet::gui
