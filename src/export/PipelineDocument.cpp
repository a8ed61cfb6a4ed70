// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocuments.h"
#include "text/Labels.h"

#include <QCoreApplication>

namespace simfleet::exports {

namespace {

class Pipeline {
    Q_DECLARE_TR_FUNCTIONS(simfleet::exports::PipelineDocument)

public:
    static ReportDocument document(const PipelineReport& report)
    {
        ReportDocument document;
        document.title = tr("Cancellation pipeline");
        document.asOf = report.asOf;
        document.notes << tr("Days in a state are counted up to the as-of date.");
        document.tables = {stagesTable(report), followUpTable(report), blockedTable(report),
                           lostTable(report)};
        return document;
    }

private:
    static ReportTable stagesTable(const PipelineReport& report)
    {
        ReportTable table;
        table.title = tr("Cards per state");
        table.columns = {{tr("State"), ColumnKind::Text},
                         {tr("Cards"), ColumnKind::Integer},
                         {tr("Average days"), ColumnKind::Integer},
                         {tr("Oldest (days)"), ColumnKind::Integer}};
        for (const PipelineStage& stage : report.stages) {
            ReportRow row{stateLabel(stage.state), stage.cards, {}, {}};
            if (stage.cards > 0) { // no age for an empty state
                row[2] = stage.averageDays();
                row[3] = stage.oldestDays;
            }
            table.rows.push_back(std::move(row));
        }
        table.totals = ReportRow{tr("Total"), report.totalCards, {}, {}};
        return table;
    }

    static std::vector<ReportColumn> cardColumns()
    {
        return {{tr("ICCID"), ColumnKind::Text},
                {tr("Phone number"), ColumnKind::Text},
                {tr("Carrier"), ColumnKind::Text},
                {tr("Home area"), ColumnKind::Text}};
    }

    static ReportRow cardCells(const PipelineCard& card)
    {
        return {card.iccid, card.msisdn, carrierLabel(card.carrier), card.homeArea};
    }

    static ReportCell dateCell(const QDate& date)
    {
        return date.isValid() ? ReportCell{date} : ReportCell{};
    }

    static ReportTable followUpTable(const PipelineReport& report)
    {
        ReportTable table;
        table.title = tr("Follow up now: requests older than the carrier's typical time (%1)")
                          .arg(report.followUp.size());
        table.columns = cardColumns();
        table.columns.insert(table.columns.end(), {{tr("Requested on"), ColumnKind::Date},
                                                   {tr("Days waiting"), ColumnKind::Integer},
                                                   {tr("Typical days"), ColumnKind::Integer}});
        for (const FollowUpCard& item : report.followUp) {
            ReportRow row = cardCells(item.card);
            row.insert(row.end(), {dateCell(item.card.stateSince), item.card.daysInState,
                                   std::int64_t{item.typicalProcessingDays}});
            table.rows.push_back(std::move(row));
        }
        return table;
    }

    static ReportTable blockedTable(const PipelineReport& report)
    {
        ReportTable table;
        table.title = tr("Blocked by a new charge (%1)").arg(report.blocked.size());
        table.columns = cardColumns();
        table.columns.insert(table.columns.end(), {{tr("State"), ColumnKind::Text},
                                                   {tr("Since"), ColumnKind::Date},
                                                   {tr("Balance"), ColumnKind::Money}});
        for (const PipelineCard& card : report.blocked) {
            ReportRow row = cardCells(card);
            row.insert(row.end(),
                       {stateLabel(card.state), dateCell(card.stateSince), card.balance});
            table.rows.push_back(std::move(row));
        }
        table.totals = ReportRow{tr("Total"), {}, {}, {}, {}, {}, report.blockedBalance};
        return table;
    }

    static ReportTable lostTable(const PipelineReport& report)
    {
        ReportTable table;
        table.title = tr("Lost, not yet cancelled (%1)").arg(report.lostNotCancelled.size());
        table.columns = cardColumns();
        table.columns.insert(table.columns.end(), {{tr("State"), ColumnKind::Text},
                                                   {tr("Days in state"), ColumnKind::Integer},
                                                   {tr("Balance"), ColumnKind::Money}});
        for (const PipelineCard& card : report.lostNotCancelled) {
            ReportRow row = cardCells(card);
            row.insert(row.end(), {stateLabel(card.state), card.daysInState, card.balance});
            table.rows.push_back(std::move(row));
        }
        return table;
    }
};

} // namespace

ReportDocument pipelineDocument(const PipelineReport& report)
{
    return Pipeline::document(report);
}

} // namespace simfleet::exports
