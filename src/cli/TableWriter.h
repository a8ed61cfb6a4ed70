// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <vector>

namespace simfleet::cli {

enum class Align { Left, Right };

struct TableColumn {
    QString header;
    Align align{Align::Left};
};

// A plain-text table whose columns line up in a terminal, CJK text included. Rows are measured
// first and printed afterwards, so a caller with a million rows can stream them twice instead of
// holding them.
class TableWriter {
public:
    explicit TableWriter(std::vector<TableColumn> columns);

    void measure(const QStringList& row);
    void printHeader(QTextStream& out) const;
    void printRule(QTextStream& out) const;
    void printRow(QTextStream& out, const QStringList& row) const;

    // Measures and prints rows in one go, for tables that fit in memory.
    void print(QTextStream& out, const std::vector<QStringList>& rows);

private:
    std::vector<TableColumn> m_columns;
    std::vector<int> m_widths;
};

} // namespace simfleet::cli
