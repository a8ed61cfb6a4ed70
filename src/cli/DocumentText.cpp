// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentText.h"

#include "TableWriter.h"

namespace simfleet::cli {

namespace {

QStringList rowTexts(const exports::ReportRow& row)
{
    QStringList texts;
    for (const exports::ReportCell& cell : row)
        texts << exports::displayText(cell);
    return texts;
}

void printTable(QTextStream& out, const exports::ReportTable& table)
{
    if (!table.title.isEmpty())
        out << table.title << '\n';
    std::vector<TableColumn> columns;
    for (const exports::ReportColumn& column : table.columns) {
        const bool number = column.kind == exports::ColumnKind::Integer ||
                            column.kind == exports::ColumnKind::Money;
        columns.push_back({column.header, number ? Align::Right : Align::Left});
    }
    TableWriter writer(std::move(columns));
    std::vector<QStringList> rows;
    rows.reserve(table.rows.size());
    for (const exports::ReportRow& row : table.rows)
        rows.push_back(rowTexts(row));
    const QStringList totals = table.totals ? rowTexts(*table.totals) : QStringList();
    for (const QStringList& row : rows)
        writer.measure(row);
    writer.measure(totals);

    writer.printHeader(out);
    writer.printRule(out);
    for (const QStringList& row : rows)
        writer.printRow(out, row);
    if (table.totals) {
        writer.printRule(out);
        writer.printRow(out, totals);
    }
}

} // namespace

void printDocument(QTextStream& out, const exports::ReportDocument& document)
{
    out << document.title << '\n';
    for (const QString& line : exports::headingLines(document))
        out << line << '\n';
    for (const exports::ReportTable& table : document.tables) {
        out << '\n';
        printTable(out, table);
    }
}

} // namespace simfleet::cli
