// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExposureReads.h"

#include "CodeColumns.h"

#include <SQLiteCpp/Statement.h>
#include <string_view>

namespace simfleet::sqlite::reads {

namespace {

std::string_view bytesAt(const SQLite::Statement& row, int column)
{
    const SQLite::Column value = row.getColumn(column);
    return std::string_view(value.getText(), static_cast<std::size_t>(value.getBytes()));
}

} // namespace

void readExposedCards(SQLite::Database& db, ExposedCards& cards)
{
    SQLite::Statement select(db, kExposedCardsSql);
    // Cards bought together often share a department: the previous card's is checked first.
    std::string lastDepartment;
    ExposedCards::Text lastDepartmentText = ExposedCards::kEmpty;
    while (select.executeStep()) {
        ExposedCards::Row row;
        row.id = select.getColumn(0).getInt64();
        row.residentId = cards.sharedText(bytesAt(select, 1));
        row.iccid = cards.text(bytesAt(select, 2));
        row.msisdn = cards.text(bytesAt(select, 3));
        row.carrier = carrierAt(select, 4);
        row.state = stateAt(select, 5);
        const std::string_view department = bytesAt(select, 6);
        if (department != lastDepartment) {
            lastDepartment = department;
            lastDepartmentText = cards.sharedText(department);
        }
        row.department = lastDepartmentText;
        row.assignee = cards.text(bytesAt(select, 7));
        row.holderName = cards.text(bytesAt(select, 8));
        cards.add(row);
    }
}

} // namespace simfleet::sqlite::reads
