// SPDX-License-Identifier: GPL-3.0-or-later
// The outstanding report's drill-down: a group's owing cards, largest balance first, at most
// GroupCardsDialog::kMaxRows of them.

#include "FleetTestDatabase.h"
#include "views/GroupCardsDialog.h"

#include <QTableWidget>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

QStringList column(QTableWidget& table, int column)
{
    QStringList texts;
    for (int row = 0; row < table.rowCount(); ++row)
        texts << table.item(row, column)->text();
    return texts;
}

} // namespace

TEST_CASE("A drill-down keeps the largest owing cards, and finds a group without a value past "
          "the others",
          "[gui][reports]")
{
    FleetTestDatabase db;
    // Every Sales card owes more than the five owing cards without a department, so those five
    // come after more than kMaxRows others in balance order; one more card without a department
    // owes nothing.
    const int sales = GroupCardsDialog::kMaxRows + 100;
    db.insertCards(
        sales + 6,
        [sales](Card& card, int n) {
            if (n >= sales)
                card.department.clear();
        },
        [sales](int n) -> std::int64_t {
            if (n < sales)
                return 10000 + n;
            return n == sales + 5 ? 0 : 100 + n - sales;
        });

    GroupCardsDialog none(db.store(), OutstandingGrouping::Department, QString(),
                          QStringLiteral("(none)"));
    CHECK(column(none.table(), 0) == QStringList{fleetIccid(sales + 4), fleetIccid(sales + 3),
                                                 fleetIccid(sales + 2), fleetIccid(sales + 1),
                                                 fleetIccid(sales)});

    GroupCardsDialog salesCards(db.store(), OutstandingGrouping::Department,
                                QStringLiteral("Sales"), QStringLiteral("Sales"));
    QTableWidget& table = salesCards.table();
    REQUIRE(table.rowCount() == GroupCardsDialog::kMaxRows);
    CHECK(table.item(0, 0)->text() == fleetIccid(sales - 1)); // the largest balance
    CHECK(table.item(table.rowCount() - 1, 0)->text() ==
          fleetIccid(sales - GroupCardsDialog::kMaxRows));
    CHECK(column(table, 3) == QStringList(GroupCardsDialog::kMaxRows, QStringLiteral("Sales")));
}
