// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvReader.h"

#include <QString>
#include <QStringList>
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace simfleet {

enum class CardColumn {
    Iccid,
    Msisdn,
    Carrier,
    Plan,
    MonthlyFee,
    HolderName,
    HolderId,
    Department,
    Assignee,
    ActivatedOn,
    HomeArea, // declared 归属地; the number's is derived, not imported
};
inline constexpr std::size_t kCardColumnCount = 11;

enum class LedgerColumn { Iccid, Msisdn, Kind, Amount, Date, Reference };
inline constexpr std::size_t kLedgerColumnCount = 6;

// Canonical names: "iccid", "msisdn", "monthly_fee", "kind", ...
QString columnName(CardColumn column);
QString columnName(LedgerColumn column);

// Where each known column sits in a file, from its header row. Headers match case-insensitively,
// in English or Chinese, ignoring spaces, '_' / '-' and a unit in brackets ("月租(元)").
// Unknown headers are ignored.
template <class Column, std::size_t Count> class ColumnMap {
public:
    QStringList headers;   // as written
    QStringList canonical; // per header: the column it was mapped to, "" when ignored
    // A header naming a column already mapped: the second is ignored, and this is the header.
    std::vector<QString> duplicateHeaders;

    bool has(Column column) const { return indexOf(column) >= 0; }
    // The cell of this column in a record; empty when the column or the cell is missing.
    QStringView cell(const CsvRecord& record, Column column) const
    {
        const int index = indexOf(column);
        if (index < 0 || index >= record.fields.size())
            return {};
        return record.fields.at(index);
    }
    // The header as written in the file, or the canonical name when the file lacks the column.
    QString header(Column column) const
    {
        const int index = indexOf(column);
        return index >= 0 ? headers.at(index) : columnName(column);
    }
    // The header of the field at a position (for a malformed record), or "".
    QString headerAt(qsizetype index) const
    {
        return index >= 0 && index < headers.size() ? headers.at(index) : QString();
    }

    int indexOf(Column column) const { return m_index.at(static_cast<std::size_t>(column)); }
    void set(Column column, int index) { m_index.at(static_cast<std::size_t>(column)) = index; }

private:
    std::array<int, Count> m_index{filledWithMinusOne()};
    static constexpr std::array<int, Count> filledWithMinusOne()
    {
        std::array<int, Count> index{};
        index.fill(-1);
        return index;
    }
};

using CardColumns = ColumnMap<CardColumn, kCardColumnCount>;
using LedgerColumns = ColumnMap<LedgerColumn, kLedgerColumnCount>;

CardColumns mapCardColumns(const QStringList& headers);
LedgerColumns mapLedgerColumns(const QStringList& headers);

} // namespace simfleet
