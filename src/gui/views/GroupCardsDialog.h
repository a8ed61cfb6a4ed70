// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"
#include "services/ReportService.h"

#include <QDialog>

class QTableWidget;

namespace simfleet::gui {

// The drill-down from a row of the outstanding report: the cards of that group that owe money,
// largest balance first, with their balance as it stands now.
class GroupCardsDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaxRows = 2000;

    GroupCardsDialog(StoreReader& store, OutstandingGrouping grouping, const QString& key,
                     const QString& groupLabel, QWidget* parent = nullptr);

    QTableWidget& table() { return *m_table; }

private:
    QTableWidget* m_table;
};

} // namespace simfleet::gui
