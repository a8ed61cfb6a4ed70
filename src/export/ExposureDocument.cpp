// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocuments.h"

#include <QCoreApplication>

namespace simfleet::exports {

namespace {

class Exposure {
    Q_DECLARE_TR_FUNCTIONS(simfleet::exports::ExposureDocument)

public:
    static ReportDocument document(const ExposureReport& report)
    {
        ReportDocument document;
        document.title = tr("Employee exposure");
        document.asOf = report.asOf;
        document.notes << tr("Cards not yet void registered under a person's resident ID: check "
                             "them against the national 一证通查 service when the person leaves.");
        document.notes
            << tr("Holders: %1. Cards: %2.").arg(report.holders.size()).arg(report.totalCards);
        if (report.unidentifiedCards > 0)
            document.notes << tr("Cards with a missing or invalid holder ID, not listed: %1.")
                                  .arg(report.unidentifiedCards);
        document.tables = {holdersTable(report)};
        return document;
    }

private:
    static ReportTable holdersTable(const ExposureReport& report)
    {
        ReportTable table;
        table.title = tr("Cards by holder");
        table.columns = {{tr("Holder ID"), ColumnKind::Text},
                         {tr("Holder name"), ColumnKind::Text},
                         {tr("Cards"), ColumnKind::Integer},
                         {tr("Phone numbers"), ColumnKind::Text},
                         {tr("Assignees"), ColumnKind::Text}};
        for (const ExposureHolder& holder : report.holders) {
            QStringList numbers;
            QStringList assignees;
            for (const ExposedCard& card : holder.cards) {
                numbers << card.msisdn;
                if (!card.assignee.isEmpty() && !assignees.contains(card.assignee))
                    assignees << card.assignee;
            }
            table.rows.push_back({holder.maskedId, holder.maskedName, holder.cardCount(),
                                  numbers.join(QStringLiteral(", ")),
                                  assignees.join(QStringLiteral(", "))});
        }
        table.totals = ReportRow{tr("Total"), {}, report.totalCards, {}, {}};
        return table;
    }
};

} // namespace

ReportDocument exposureDocument(const ExposureReport& report)
{
    return Exposure::document(report);
}

} // namespace simfleet::exports
