// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace simfleet::exports {

namespace {

bool cellFits(const ReportCell& cell, ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Text:
        return std::holds_alternative<QString>(cell);
    case ColumnKind::Integer:
        return std::holds_alternative<std::int64_t>(cell);
    case ColumnKind::Money:
        return std::holds_alternative<Money>(cell);
    case ColumnKind::Date:
        return std::holds_alternative<QDate>(cell);
    }
    return false;
}

bool rowFits(const ReportRow& row, const std::vector<ReportColumn>& columns)
{
    if (row.size() != columns.size())
        return false;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (!std::holds_alternative<std::monostate>(row[i]) && !cellFits(row[i], columns[i].kind))
            return false;
    }
    return true;
}

struct DisplayVisitor {
    QString operator()(std::monostate) const { return {}; }
    QString operator()(const QString& text) const { return text; }
    // Grouped as the status bar groups its counts ("185,017 cards"), in the user's locale.
    QString operator()(std::int64_t number) const { return QLocale().toString(number); }
    QString operator()(Money money) const { return money.toDisplayString(); }
    QString operator()(const QDate& date) const { return date.toString(Qt::ISODate); }
};

} // namespace

Money StackedBarChart::categoryTotal(qsizetype category) const
{
    Money total;
    const auto index = static_cast<std::size_t>(category);
    for (const ChartSeries& one : series) {
        if (index < one.values.size())
            total += one.values[index];
    }
    return total;
}

QStringList headingLines(const ReportDocument& document)
{
    QStringList lines;
    if (document.asOf.isValid())
        lines << QCoreApplication::translate("simfleet::exports::ReportDocument", "As of %1")
                     .arg(document.asOf.toString(Qt::ISODate));
    if (!document.company.isEmpty())
        lines << document.company;
    lines << document.notes;
    return lines;
}

QString displayText(const ReportCell& cell)
{
    return std::visit(DisplayVisitor{}, cell);
}

bool isWellFormed(const ReportTable& table)
{
    for (const ReportRow& row : table.rows) {
        if (!rowFits(row, table.columns))
            return false;
    }
    return !table.totals || rowFits(*table.totals, table.columns);
}

} // namespace simfleet::exports
