// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocuments.h"
#include "text/Labels.h"

#include <QCoreApplication>

namespace simfleet::exports {

namespace {

class Outstanding {
    Q_DECLARE_TR_FUNCTIONS(simfleet::exports::OutstandingDocument)

public:
    static QString groupingHeader(OutstandingGrouping grouping)
    {
        switch (grouping) {
        case OutstandingGrouping::Carrier:
            return tr("Carrier");
        case OutstandingGrouping::Department:
            return tr("Department");
        case OutstandingGrouping::Assignee:
            return tr("Assignee");
        case OutstandingGrouping::HomeArea:
            return tr("Home area");
        }
        return {};
    }

    static QString noneLabel() { return tr("(none)"); }

    static ReportDocument document(const OutstandingReport& report)
    {
        ReportDocument document;
        document.title = tr("Outstanding balances");
        document.asOf = report.asOf;
        document.notes << groupedBy(report.grouping)
                       << tr("Aged by the oldest unpaid charge: payments settle the oldest first.");
        document.tables = {balancesTable(report), tieOutTable(report)};
        if (!report.groups.empty())
            document.chart = agingChart(report);
        return document;
    }

private:
    static QString groupedBy(OutstandingGrouping grouping)
    {
        switch (grouping) {
        case OutstandingGrouping::Carrier:
            return tr("Grouped by carrier");
        case OutstandingGrouping::Department:
            return tr("Grouped by department");
        case OutstandingGrouping::Assignee:
            return tr("Grouped by assignee");
        case OutstandingGrouping::HomeArea:
            return tr("Grouped by home area");
        }
        return {};
    }

    static QStringList bucketNames()
    {
        return {tr("0-30 days"), tr("31-60 days"), tr("61-90 days"), tr("Over 90 days")};
    }

    static std::vector<Money> bucketValues(const AgingBuckets& aging)
    {
        return {aging.days0to30, aging.days31to60, aging.days61to90, aging.days90plus};
    }

    static ReportRow groupRow(const QString& label, const OutstandingGroup& group)
    {
        ReportRow row{label, group.cards, group.outstanding};
        for (const Money bucket : bucketValues(group.aging))
            row.emplace_back(bucket);
        return row;
    }

    static ReportTable balancesTable(const OutstandingReport& report)
    {
        ReportTable table;
        table.title = tr("Outstanding balances and aging");
        table.columns = {{groupingHeader(report.grouping), ColumnKind::Text},
                         {tr("Cards"), ColumnKind::Integer},
                         {tr("Outstanding"), ColumnKind::Money}};
        for (const QString& bucket : bucketNames())
            table.columns.push_back({bucket, ColumnKind::Money});
        for (const OutstandingGroup& group : report.groups)
            table.rows.push_back(groupRow(groupLabel(report.grouping, group.key), group));
        table.totals = groupRow(tr("Total"), report.total);
        return table;
    }

    // Outstanding counts positive balances only; with the credit balances it makes the net of
    // every ledger entry dated up to the as-of day.
    static ReportTable tieOutTable(const OutstandingReport& report)
    {
        ReportTable table;
        table.title = tr("Ledger tie-out");
        table.columns = {{tr("Balances"), ColumnKind::Text},
                         {tr("Cards"), ColumnKind::Integer},
                         {tr("Amount"), ColumnKind::Money}};
        table.rows = {
            {tr("Owing (outstanding)"), report.total.cards, report.total.outstanding},
            {tr("In credit (held for the company)"), report.creditCards, -report.credit},
        };
        table.totals =
            ReportRow{tr("Net balance of the ledger"), report.total.cards + report.creditCards,
                      report.total.outstanding - report.credit};
        return table;
    }

    static StackedBarChart agingChart(const OutstandingReport& report)
    {
        StackedBarChart chart;
        chart.title = tr("Aging by group");
        for (const QString& name : bucketNames())
            chart.series.push_back(ChartSeries{name, {}});

        const auto addBar = [&chart](const QString& label, const AgingBuckets& aging) {
            chart.categories << label;
            const std::vector<Money> values = bucketValues(aging);
            for (std::size_t i = 0; i < values.size(); ++i)
                chart.series[i].values.push_back(values[i]);
        };
        const std::size_t shown =
            std::min(report.groups.size(), static_cast<std::size_t>(kMaxChartGroups));
        for (std::size_t i = 0; i < shown; ++i)
            addBar(groupLabel(report.grouping, report.groups[i].key), report.groups[i].aging);
        if (report.groups.size() > shown) {
            AgingBuckets rest;
            for (std::size_t i = shown; i < report.groups.size(); ++i)
                rest += report.groups[i].aging;
            addBar(tr("Other (%1 groups)").arg(report.groups.size() - shown), rest);
        }
        return chart;
    }
};

} // namespace

QString groupLabel(OutstandingGrouping grouping, const QString& key)
{
    if (key.isEmpty())
        return Outstanding::noneLabel();
    if (grouping == OutstandingGrouping::Carrier) {
        if (const Result<Carrier> carrier = parseCarrier(key); carrier)
            return carrierLabel(*carrier);
    }
    return key;
}

ReportDocument outstandingDocument(const OutstandingReport& report)
{
    return Outstanding::document(report);
}

} // namespace simfleet::exports
