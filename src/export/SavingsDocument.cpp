// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocuments.h"
#include "text/Labels.h"

#include <QCoreApplication>

namespace simfleet::exports {

namespace {

class Savings {
    Q_DECLARE_TR_FUNCTIONS(simfleet::exports::SavingsDocument)

public:
    static ReportDocument document(const SavingsReport& report)
    {
        ReportDocument document;
        document.title = tr("Savings from cancellations");
        document.asOf = report.asOf;
        document.notes << tr("Monthly rent counts in the month the carrier confirmed the "
                             "cancellation.");
        document.tables = {monthsTable(report), projectionTable(report), stillPaidTable(report)};
        if (!report.months.empty())
            document.chart = monthsChart(report);
        return document;
    }

private:
    static QString monthText(const QDate& month)
    {
        return month.toString(QStringLiteral("yyyy-MM"));
    }

    static ReportTable monthsTable(const SavingsReport& report)
    {
        ReportTable table;
        table.title = tr("Monthly rent stopped, by month confirmed");
        table.columns = {{tr("Month"), ColumnKind::Text},
                         {tr("Cards confirmed"), ColumnKind::Integer},
                         {tr("Monthly rent stopped"), ColumnKind::Money}};
        for (const SavingsMonth& month : report.months)
            table.rows.push_back({monthText(month.month), month.cards, month.monthlyRentStopped});
        table.totals = ReportRow{tr("Total"), report.confirmedCards, report.monthlyRentStopped};
        return table;
    }

    static ReportTable projectionTable(const SavingsReport& report)
    {
        ReportTable table;
        table.title = tr("Projected saving");
        table.columns = {{tr("Item"), ColumnKind::Text},
                         {tr("Cards"), ColumnKind::Integer},
                         {tr("Amount"), ColumnKind::Money}};
        table.rows = {
            {tr("Monthly rent stopped by cancellations confirmed so far"), report.confirmedCards,
             report.monthlyRentStopped},
            {tr("Saving over the next 12 months (12 x the monthly rent stopped)"),
             report.confirmedCards, report.projectedTwelveMonths},
        };
        return table;
    }

    static ReportTable stillPaidTable(const SavingsReport& report)
    {
        ReportTable table;
        table.title = tr("Monthly rent still paid");
        table.columns = {{tr("State"), ColumnKind::Text},
                         {tr("Cards"), ColumnKind::Integer},
                         {tr("Monthly rent"), ColumnKind::Money}};
        for (const RentStillPaid& row : report.stillPaid)
            table.rows.push_back({stateLabel(row.state), row.cards, row.monthlyRent});
        table.totals = ReportRow{tr("Total"), report.stillPaidCards, report.stillPaidMonthlyRent};
        return table;
    }

    static StackedBarChart monthsChart(const SavingsReport& report)
    {
        StackedBarChart chart;
        chart.title = tr("Monthly rent stopped per month");
        ChartSeries stopped{tr("Monthly rent stopped"), {}};
        for (const SavingsMonth& month : report.months) {
            chart.categories << monthText(month.month);
            stopped.values.push_back(month.monthlyRentStopped);
        }
        chart.series.push_back(std::move(stopped));
        return chart;
    }
};

} // namespace

ReportDocument savingsDocument(const SavingsReport& report)
{
    return Savings::document(report);
}

} // namespace simfleet::exports
