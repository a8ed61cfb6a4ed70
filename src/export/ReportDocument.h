// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace simfleet::exports {

// What a column holds decides how every writer formats and aligns it.
enum class ColumnKind {
    Text,    // words; the CSV writer neutralises formula-like text
    Integer, // counts, days
    Money,   // integer fen, shown as yuan with two decimals
    Date,    // a calendar day, written YYYY-MM-DD
};

struct ReportColumn {
    QString header;
    ColumnKind kind{ColumnKind::Text};
};

// One cell: empty, or a value of its column's kind (QString for Text, std::int64_t for Integer,
// Money for Money, QDate for Date).
using ReportCell = std::variant<std::monostate, QString, std::int64_t, Money, QDate>;
using ReportRow = std::vector<ReportCell>; // one cell per column

// One table of a report: a section heading, typed columns, rows and an optional totals row.
struct ReportTable {
    QString title; // may be empty
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    std::optional<ReportRow> totals;
};

// Figures per category, one series stacked on the other, in fen.
struct ChartSeries {
    QString name;
    std::vector<Money> values; // one per category
};

struct StackedBarChart {
    QString title;
    QStringList categories;
    std::vector<ChartSeries> series; // bottom of the stack first

    Money categoryTotal(qsizetype category) const;
};

// Everything a writer needs: the same document goes to CSV, XLSX and PDF (and the GUI may show
// it), so one converter per report serves every format.
struct ReportDocument {
    QString title;
    QDate asOf;
    QString company;   // printed under the title when not empty; set by the caller
    QStringList notes; // further heading lines, e.g. "Grouped by carrier"
    std::vector<ReportTable> tables;
    std::optional<StackedBarChart> chart;
};

// The lines under the title: "As of 2025-03-14", the company, then the notes.
QStringList headingLines(const ReportDocument& document);

// How a person reads the cell: "¥1,234.56", "2025-03-14", "12"; empty for an empty cell.
QString displayText(const ReportCell& cell);

// True when every row (totals included) has one cell per column and every non-empty cell holds
// its column's kind; writers rely on it, converters are tested against it.
bool isWellFormed(const ReportTable& table);

} // namespace simfleet::exports
