// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"
#include "Commands.h"
#include "CsvWriter.h"
#include "JsonShapes.h"
#include "OutputFormat.h"
#include "TableWriter.h"
#include "rules/Validators.h"
#include "services/ReportService.h"
#include "text/ErrorText.h"
#include "text/Labels.h"

#include <QJsonDocument>

namespace simfleet::cli {

namespace {

class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::ReportCommands)

public:
    static CommandSpec outstandingSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("report"), QStringLiteral("outstanding")};
        spec.summary = tr("Who owes what, and for how long (aging 0-30, 31-60, 61-90, 90+ days)");
        spec.details =
            tr("Per group: the cards with arrears, the outstanding total and its four aging\n"
               "buckets (payments settle the oldest charges first); then the grand total, and\n"
               "credit balances (money held for the company) separately.");
        spec.options = {
            {QStringLiteral("by"), QStringLiteral("carrier|department|assignee|home-area"),
             tr("grouping (default: carrier)")},
            {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
             tr("count entries dated up to this day (default: today, China Standard Time)")},
            OutputFormats::option(kFormats),
        };
        spec.run = &ReportCommands::outstanding;
        return spec;
    }

private:
    static constexpr std::initializer_list<OutputFormat> kFormats{
        OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json};

    static QString groupLabel(const OutstandingReport& report, const QString& key)
    {
        if (key.isEmpty())
            return tr("(none)");
        if (report.grouping == OutstandingGrouping::Carrier) {
            if (const Result<Carrier> carrier = parseCarrier(key); carrier)
                return carrierLabel(*carrier);
        }
        return key;
    }

    static QStringList moneyCells(const OutstandingGroup& group, bool plain)
    {
        const auto money = [plain](Money m) {
            return plain ? m.toPlainString() : m.toDisplayString();
        };
        return {QString::number(group.cards),  money(group.outstanding),
                money(group.aging.days0to30),  money(group.aging.days31to60),
                money(group.aging.days61to90), money(group.aging.days90plus)};
    }

    static void printTable(QTextStream& out, const OutstandingReport& report)
    {
        out << tr("Outstanding as of %1, by %2")
                   .arg(report.asOf.toString(Qt::ISODate), groupingCode(report.grouping))
            << '\n';
        TableWriter table({{tr("Group")},
                           {tr("Cards"), Align::Right},
                           {tr("Outstanding"), Align::Right},
                           {QStringLiteral("0-30"), Align::Right},
                           {QStringLiteral("31-60"), Align::Right},
                           {QStringLiteral("61-90"), Align::Right},
                           {QStringLiteral("90+"), Align::Right}});
        std::vector<QStringList> rows;
        for (const OutstandingGroup& group : report.groups)
            rows.push_back(QStringList{groupLabel(report, group.key)} + moneyCells(group, false));
        const QStringList totalRow = QStringList{tr("Total")} + moneyCells(report.total, false);
        for (const QStringList& row : rows)
            table.measure(row);
        table.measure(totalRow);
        table.printHeader(out);
        table.printRule(out);
        for (const QStringList& row : rows)
            table.printRow(out, row);
        table.printRule(out);
        table.printRow(out, totalRow);
        out << tr("Credit balances: %1 on %n card(s)", nullptr,
                  static_cast<int>(report.creditCards))
                   .arg(report.credit.toDisplayString())
            << '\n';
    }

    static void printCsv(QTextStream& out, const OutstandingReport& report)
    {
        // "row" tells groups from the total and the credit line, so a group may be named anything.
        out << csvRecord({QStringLiteral("row"), QStringLiteral("key"), QStringLiteral("cards"),
                          QStringLiteral("outstanding"), QStringLiteral("0-30"),
                          QStringLiteral("31-60"), QStringLiteral("61-90"), QStringLiteral("90+")})
            << '\n';
        for (const OutstandingGroup& group : report.groups)
            out << csvRecord(QStringList{QStringLiteral("group"), group.key} +
                             moneyCells(group, true))
                << '\n';
        out << csvRecord(QStringList{QStringLiteral("total"), QString()} +
                         moneyCells(report.total, true))
            << '\n';
        out << csvRecord({QStringLiteral("credit"), QString(), QString::number(report.creditCards),
                          report.credit.toPlainString(), QString(), QString(), QString(),
                          QString()})
            << '\n';
    }

    static int outstanding(CommandEnv& env, const ParsedArgs& args)
    {
        const OutputFormat format = OutputFormats::parse(args, kFormats);
        OutstandingGrouping grouping = OutstandingGrouping::Carrier;
        if (args.has(QStringLiteral("by"))) {
            const Result<OutstandingGrouping> parsed =
                parseGrouping(args.value(QStringLiteral("by")).trimmed());
            if (!parsed)
                throw UsageError(
                    tr("--by must be carrier, department, assignee or home-area, not '%1'")
                        .arg(args.value(QStringLiteral("by"))));
            grouping = *parsed;
        }
        QDate asOf = env.clock().today();
        if (args.has(QStringLiteral("as-of"))) {
            const Result<QDate> parsed = parseIsoDate(args.value(QStringLiteral("as-of")));
            if (!parsed)
                return env.fail(parsed.error(), QStringLiteral("--as-of"));
            asOf = *parsed;
        }

        ReportService reports(env.store());
        const OutstandingReport report = reports.outstanding(grouping, asOf);
        switch (format) {
        case OutputFormat::Json:
            env.out() << QString::fromUtf8(
                QJsonDocument(outstandingReportJson(report)).toJson(QJsonDocument::Indented));
            break;
        case OutputFormat::Csv:
            printCsv(env.out(), report);
            break;
        case OutputFormat::Table:
        case OutputFormat::Text:
            printTable(env.out(), report);
            break;
        }
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> reportCommands()
{
    return {ReportCommands::outstandingSpec()};
}

} // namespace simfleet::cli
