// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocuments.h"

#include <QCoreApplication>

namespace simfleet::exports {

namespace {

class Exposure {
    Q_DECLARE_TR_FUNCTIONS(simfleet::exports::ExposureDocument)

public:
    static ReportDocument heading(const ExposureTotals& totals)
    {
        ReportDocument document;
        document.title = tr("Employee exposure");
        document.asOf = totals.asOf;
        document.notes << tr("Cards not yet void registered under a person's resident ID: check "
                             "them against the national 一证通查 service when the person leaves.");
        document.notes << tr("Holders: %1. Cards: %2.").arg(totals.holders).arg(totals.totalCards);
        if (totals.unidentifiedCards > 0)
            document.notes << tr("Cards with a missing or invalid holder ID, not listed: %1.")
                                  .arg(totals.unidentifiedCards);
        document.tables = {holdersTable(totals)};
        return document;
    }

    static ReportRow holderRow(const ExposureHolder& holder)
    {
        QStringList numbers;
        QStringList assignees;
        for (const ExposedCard& card : holder.cards) {
            numbers << card.msisdn;
            if (!card.assignee.isEmpty() && !assignees.contains(card.assignee))
                assignees << card.assignee;
        }
        return {holder.maskedId, holder.maskedName, holder.cardCount(),
                numbers.join(QStringLiteral(", ")), assignees.join(QStringLiteral(", "))};
    }

private:
    static ReportTable holdersTable(const ExposureTotals& totals)
    {
        ReportTable table;
        table.title = tr("Cards by holder");
        table.columns = {{tr("Holder ID"), ColumnKind::Text},
                         {tr("Holder name"), ColumnKind::Text},
                         {tr("Cards"), ColumnKind::Integer},
                         {tr("Phone numbers"), ColumnKind::Text},
                         {tr("Assignees"), ColumnKind::Text}};
        table.rows.reserve(static_cast<std::size_t>(totals.holders));
        table.totals = ReportRow{tr("Total"), {}, totals.totalCards, {}, {}};
        return table;
    }
};

} // namespace

void ExposureDocumentSink::begin(const ExposureTotals& totals)
{
    m_document = Exposure::heading(totals);
}

void ExposureDocumentSink::holder(const ExposureHolder& holder)
{
    m_document.tables.front().rows.push_back(Exposure::holderRow(holder));
}

ReportDocument exposureDocument(const ExposureReport& report)
{
    ExposureDocumentSink sink;
    sink.begin(ExposureTotals{report.asOf, static_cast<std::int64_t>(report.holders.size()),
                              report.totalCards, report.unidentifiedCards});
    for (const ExposureHolder& holder : report.holders)
        sink.holder(holder);
    return sink.take();
}

} // namespace simfleet::exports
