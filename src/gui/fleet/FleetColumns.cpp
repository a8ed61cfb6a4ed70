// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetColumns.h"

#include <QCoreApplication>

namespace simfleet::gui {

namespace {

struct ColumnText {
    Q_DECLARE_TR_FUNCTIONS(FleetColumns)
};

} // namespace

QString fleetColumnTitle(FleetColumn column)
{
    switch (column) {
    case FleetColumn::Iccid:
        return ColumnText::tr("ICCID");
    case FleetColumn::Msisdn:
        return ColumnText::tr("Number");
    case FleetColumn::Carrier:
        return ColumnText::tr("Carrier");
    case FleetColumn::Plan:
        return ColumnText::tr("Plan");
    case FleetColumn::MonthlyFee:
        return ColumnText::tr("Monthly fee");
    case FleetColumn::Department:
        return ColumnText::tr("Department");
    case FleetColumn::Assignee:
        return ColumnText::tr("Assignee");
    case FleetColumn::State:
        return ColumnText::tr("State");
    case FleetColumn::Balance:
        return ColumnText::tr("Balance");
    case FleetColumn::DaysInState:
        return ColumnText::tr("Days in state");
    case FleetColumn::Lost:
        return ColumnText::tr("Lost");
    }
    return {};
}

StoreSort storeSortFor(FleetColumn column, bool descending)
{
    switch (column) {
    case FleetColumn::Iccid:
        return {CardSortColumn::Iccid, descending};
    case FleetColumn::Msisdn:
        return {CardSortColumn::Msisdn, descending};
    case FleetColumn::Carrier:
        return {CardSortColumn::Carrier, descending};
    case FleetColumn::Plan:
        return {CardSortColumn::Plan, descending};
    case FleetColumn::MonthlyFee:
        return {CardSortColumn::MonthlyFee, descending};
    case FleetColumn::Department:
        return {CardSortColumn::Department, descending};
    case FleetColumn::Assignee:
        return {CardSortColumn::Assignee, descending};
    case FleetColumn::State:
        return {CardSortColumn::State, descending};
    case FleetColumn::Balance:
        return {CardSortColumn::Balance, descending};
    case FleetColumn::DaysInState:
        return {CardSortColumn::StateSince, !descending};
    case FleetColumn::Lost:
        return {CardSortColumn::Lost, descending};
    }
    return {};
}

} // namespace simfleet::gui
