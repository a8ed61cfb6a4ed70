// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleReports.h"

#include <QLocale>

using namespace simfleet;
using namespace simfleet::exports;
using namespace simfleet::exportstest;

namespace {

const QString& textAt(const ReportRow& row, std::size_t column)
{
    return std::get<QString>(row.at(column));
}

// Every totals cell of a number column is the sum of that column's rows.
void checkColumnSums(const ReportTable& table)
{
    REQUIRE(table.totals.has_value());
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ReportCell& total = table.totals->at(c);
        INFO("column " << table.columns[c].header.toStdString());
        if (const auto* money = std::get_if<Money>(&total)) {
            Money sum;
            for (const ReportRow& row : table.rows)
                sum += std::get<Money>(row.at(c));
            CHECK(sum == *money);
        } else if (const auto* count = std::get_if<std::int64_t>(&total)) {
            std::int64_t sum = 0;
            for (const ReportRow& row : table.rows)
                sum += std::get<std::int64_t>(row.at(c));
            CHECK(sum == *count);
        }
    }
}

} // namespace

TEST_CASE("Outstanding document: groups, totals, ledger tie-out and chart agree")
{
    const OutstandingReport report = sampleOutstanding();
    const ReportDocument document = outstandingDocument(report);
    CHECK(document.title == QStringLiteral("Outstanding balances"));
    CHECK(document.asOf == QDate(2025, 3, 14));
    CHECK(document.notes.contains(QStringLiteral("Grouped by department")));
    CHECK(headingLines(document).front() == QStringLiteral("As of 2025-03-14"));
    REQUIRE(document.tables.size() == 2);

    const ReportTable& balances = document.tables[0];
    CHECK(isWellFormed(balances));
    REQUIRE(balances.columns.size() == 7);
    CHECK(balances.columns[0].header == QStringLiteral("Department"));
    CHECK(balances.columns[2].kind == ColumnKind::Money);
    REQUIRE(balances.rows.size() == 3);
    CHECK(textAt(balances.rows[0], 0) == kLongDepartment);
    CHECK(std::get<Money>(balances.rows[0][2]) == fen(17000));
    CHECK(textAt(balances.rows[2], 0) == QStringLiteral("(none)"));
    CHECK(textAt(*balances.totals, 0) == QStringLiteral("Total"));
    CHECK(std::get<Money>(balances.totals->at(2)) == fen(22784));
    checkColumnSums(balances);

    const ReportTable& tieOut = document.tables[1];
    CHECK(isWellFormed(tieOut));
    checkColumnSums(tieOut);
    CHECK(std::get<Money>(tieOut.rows[1][2]) == fen(-3000));
    CHECK(std::get<Money>(tieOut.totals->at(2)) == fen(19784));

    REQUIRE(document.chart.has_value());
    const StackedBarChart& chart = *document.chart;
    CHECK(chart.categories ==
          QStringList{kLongDepartment, kCareDepartment, QStringLiteral("(none)")});
    REQUIRE(chart.series.size() == 4);
    CHECK(chart.series[3].name == QStringLiteral("Over 90 days"));
    for (std::size_t i = 0; i < report.groups.size(); ++i)
        CHECK(chart.categoryTotal(static_cast<qsizetype>(i)) == report.groups[i].outstanding);
}

TEST_CASE("Outstanding chart keeps the largest groups and sums the rest into one bar")
{
    OutstandingReport report;
    report.asOf = QDate(2025, 3, 14);
    report.grouping = OutstandingGrouping::Assignee;
    for (int i = 0; i < kMaxChartGroups + 3; ++i) {
        report.groups.push_back(
            group(QStringLiteral("Agent %1").arg(i), 1, buckets(1000 - i, i, 0, 7)));
        report.total.aging += report.groups.back().aging;
        report.total.outstanding += report.groups.back().outstanding;
    }
    const ReportDocument document = outstandingDocument(report);
    REQUIRE(document.chart.has_value());
    const StackedBarChart& chart = *document.chart;
    REQUIRE(chart.categories.size() == kMaxChartGroups + 1);
    CHECK(chart.categories.back() == QStringLiteral("Other (3 groups)"));
    Money charted;
    for (qsizetype i = 0; i < chart.categories.size(); ++i)
        charted += chart.categoryTotal(i);
    CHECK(charted == report.total.outstanding);
    CHECK(document.tables[0].rows.size() == report.groups.size()); // the table keeps them all
}

TEST_CASE("Carrier groups are named for people; an empty report has no chart")
{
    CHECK(groupLabel(OutstandingGrouping::Carrier, QStringLiteral("cmcc")) ==
          QStringLiteral("China Mobile"));
    CHECK(groupLabel(OutstandingGrouping::HomeArea, QStringLiteral("北京市")) ==
          QStringLiteral("北京市"));
    OutstandingReport empty;
    empty.asOf = QDate(2025, 3, 14);
    const ReportDocument document = outstandingDocument(empty);
    CHECK_FALSE(document.chart.has_value());
    CHECK(document.tables[0].rows.empty());
    CHECK(isWellFormed(document.tables[0]));
}

TEST_CASE("Pipeline document: stages, then the three lists")
{
    const PipelineReport report = samplePipeline();
    const ReportDocument document = pipelineDocument(report);
    REQUIRE(document.tables.size() == 4);
    for (const ReportTable& table : document.tables)
        CHECK(isWellFormed(table));

    const ReportTable& stages = document.tables[0];
    REQUIRE(stages.rows.size() == kAllStates.size());
    CHECK(textAt(stages.rows[0], 0) == QStringLiteral("Active"));
    CHECK(std::get<std::int64_t>(stages.rows[0][2]) == 15);
    CHECK(std::holds_alternative<std::monostate>(stages.rows[1][2])); // nobody: no average
    checkColumnSums(stages);

    const ReportTable& followUp = document.tables[1];
    CHECK(followUp.title.endsWith(QStringLiteral("(1)")));
    REQUIRE(followUp.rows.size() == 1);
    CHECK(std::get<QDate>(followUp.rows[0][4]) == QDate(2025, 3, 2));
    CHECK(std::get<std::int64_t>(followUp.rows[0][6]) == 10);

    const ReportTable& blocked = document.tables[2];
    CHECK(blocked.title == QStringLiteral("Blocked by a new charge (2)"));
    checkColumnSums(blocked);
    CHECK(textAt(document.tables[3].rows[0], 2) == QStringLiteral("China Unicom"));
}

TEST_CASE("Savings document: months with a chart, the projection, rent still paid")
{
    const SavingsReport report = sampleSavings();
    const ReportDocument document = savingsDocument(report);
    REQUIRE(document.tables.size() == 3);
    for (const ReportTable& table : document.tables)
        CHECK(isWellFormed(table));
    CHECK(textAt(document.tables[0].rows[0], 0) == QStringLiteral("2025-02"));
    checkColumnSums(document.tables[0]);
    CHECK(std::get<Money>(document.tables[1].rows[1][2]) == fen(115200));
    checkColumnSums(document.tables[2]);
    REQUIRE(document.chart.has_value());
    CHECK(document.chart->categories ==
          QStringList{QStringLiteral("2025-02"), QStringLiteral("2025-03")});
    CHECK(document.chart->categoryTotal(0) == fen(9600));
}

TEST_CASE("Exposure document: one row per holder with the numbers, masked only")
{
    const ExposureReport report = sampleExposure(3);
    const ReportDocument document = exposureDocument(report);
    REQUIRE(document.tables.size() == 1);
    const ReportTable& holders = document.tables[0];
    CHECK(isWellFormed(holders));
    REQUIRE(holders.rows.size() == 3);
    CHECK(textAt(holders.rows[0], 0) == QStringLiteral("110105********0000"));
    CHECK(textAt(holders.rows[1], 3) == QStringLiteral("13800000001, 13800000002"));
    CHECK(textAt(holders.rows[1], 4) == QStringLiteral("王五"));
    checkColumnSums(holders);
    CHECK(std::get<std::int64_t>(holders.totals->at(2)) == 6);
}

TEST_CASE("Cells read as people expect, and a cell of the wrong kind is caught")
{
    CHECK(displayText(ReportCell{fen(123456)}) == QStringLiteral("¥1,234.56"));
    CHECK(displayText(ReportCell{QDate(2025, 3, 4)}) == QStringLiteral("2025-03-04"));
    CHECK(displayText(ReportCell{std::int64_t{42}}) == QStringLiteral("42"));
    CHECK(displayText(ReportCell{}).isEmpty());
    {
        // Counts are grouped as the status bar groups them, in the user's language.
        const QLocale before;
        for (const QLocale::Language language : {QLocale::English, QLocale::Chinese}) {
            QLocale::setDefault(QLocale(language));
            CHECK(displayText(ReportCell{std::int64_t{185017}}) == QStringLiteral("185,017"));
        }
        QLocale::setDefault(before);
    }

    ReportTable table;
    table.columns = {{QStringLiteral("Amount"), ColumnKind::Money}};
    table.rows = {{fen(1)}, {ReportCell{}}};
    CHECK(isWellFormed(table));
    table.rows.push_back({std::int64_t{1}});
    CHECK_FALSE(isWellFormed(table));
    table.rows.pop_back();
    table.totals = ReportRow{fen(1), fen(2)};
    CHECK_FALSE(isWellFormed(table));
}
