// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTable.h"

#include "CardText.h"
#include "TableWriter.h"
#include "text/AuditText.h"
#include "text/Labels.h"

namespace simfleet::cli {

namespace {

QString stateOrDash(const std::optional<CardState>& state)
{
    return state ? stateLabel(*state) : QStringLiteral("-");
}

// People read this table (scripts read --format json): each event as the sentence the desktop
// app shows, states by name.
QStringList auditRow(const AuditEvent& event)
{
    return {QString::number(event.seq),
            event.atUtc.toUTC().toString(Qt::ISODate),
            event.operatorName,
            CardText::orDash(event.iccid),
            auditActionLabel(event.action),
            stateOrDash(event.fromState),
            stateOrDash(event.toState),
            describeAuditEvent(event)};
}

} // namespace

void HistoryTable::printLedger(QTextStream& out, std::span<const LedgerEntry> entries)
{
    TableWriter table({{tr("Date")},
                       {tr("Kind")},
                       {tr("Amount"), Align::Right},
                       {tr("Balance"), Align::Right},
                       {tr("Reference")},
                       {tr("Operator")}});
    std::vector<QStringList> rows;
    rows.reserve(entries.size());
    Money running;
    for (const LedgerEntry& entry : entries) {
        running += balanceEffect(entry);
        rows.push_back({entry.date.toString(Qt::ISODate), entryKindLabel(entry.kind),
                        balanceEffect(entry).toDisplayString(), running.toDisplayString(),
                        CardText::orDash(entry.reference), entry.operatorName});
    }
    table.print(out, rows);
}

void HistoryTable::printAudit(
    QTextStream& out,
    const std::function<void(const std::function<void(const AuditEvent&)>&)>& forEach)
{
    TableWriter table({{tr("Seq"), Align::Right},
                       {tr("Time (UTC)")},
                       {tr("Operator")},
                       {tr("ICCID")},
                       {tr("Action")},
                       {tr("From")},
                       {tr("To")},
                       {tr("Details")}});
    forEach([&table](const AuditEvent& event) { table.measure(auditRow(event)); });
    table.printHeader(out);
    table.printRule(out);
    forEach([&table, &out](const AuditEvent& event) { table.printRow(out, auditRow(event)); });
}

} // namespace simfleet::cli
