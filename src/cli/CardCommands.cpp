// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardText.h"
#include "CommandEnv.h"
#include "Commands.h"
#include "FleetCsv.h"
#include "HistoryTable.h"
#include "JsonShapes.h"
#include "OutputFormat.h"
#include "TableWriter.h"
#include "rules/Masking.h"
#include "services/CardLookup.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "text/TextWidth.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace simfleet::cli {

namespace {

class CardCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::CardCommands)

public:
    static CommandSpec listSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("list")};
        spec.summary = tr("List cards, optionally filtered");
        spec.details = tr("Holder names and ID numbers are masked. csv and json give amounts for "
                          "scripts (csv in yuan, json in integer fen).");
        spec.options = {
            {QStringLiteral("state"), QStringLiteral("STATE"),
             tr("active, arrears-cleared, cancellation-requested, carrier-confirmed or void")},
            {QStringLiteral("carrier"), QStringLiteral("CARRIER"),
             tr("cmcc, cucc, ctcc or cbn (or the carrier's English or Chinese name)")},
            {QStringLiteral("department"), QStringLiteral("DEPARTMENT"),
             tr("exact department name")},
            OutputFormats::option(kListFormats),
        };
        spec.run = &CardCommands::list;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

    static CommandSpec showSpec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("show")};
        spec.arguments = QStringLiteral("KEY");
        spec.summary = tr("Show one card: fields, balance, ledger and history");
        spec.details = tr("KEY is an ICCID or a phone number.");
        spec.options = {OutputFormats::option(kShowFormats)};
        spec.minPositionals = 1;
        spec.maxPositionals = 1;
        spec.run = &CardCommands::show;
        spec.storeUse = StoreUse::Reads;
        return spec;
    }

private:
    static constexpr std::initializer_list<OutputFormat> kListFormats{
        OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json};
    static constexpr std::initializer_list<OutputFormat> kShowFormats{OutputFormat::Text,
                                                                      OutputFormat::Json};

    static CardFilter filterFrom(const ParsedArgs& args)
    {
        CardFilter filter;
        if (args.has(QStringLiteral("state"))) {
            const Result<CardState> state = parseState(args.value(QStringLiteral("state")));
            if (!state)
                throw UsageError(QStringLiteral("--state: ") + describe(state.error()));
            filter.state = *state;
        }
        if (args.has(QStringLiteral("carrier"))) {
            const Result<Carrier> carrier = parseCarrier(args.value(QStringLiteral("carrier")));
            if (!carrier)
                throw UsageError(QStringLiteral("--carrier: ") + describe(carrier.error()));
            filter.carrier = *carrier;
        }
        filter.department = args.value(QStringLiteral("department"));
        return filter;
    }

    static QStringList tableRow(const Card& card)
    {
        return {card.iccid,
                card.msisdn,
                carrierLabel(card.carrier),
                CardText::orDash(card.plan),
                CardText::orDash(maskName(card.holderName)),
                CardText::orDash(card.department),
                CardText::orDash(shownAssignee(card.assignee, card.holderName)),
                CardText::orDash(card.homeArea()),
                stateLabel(card.state),
                card.lost ? tr("lost") : QString(),
                card.balance.toDisplayString()};
    }

    static int list(CommandEnv& env, const ParsedArgs& args)
    {
        const OutputFormat format = OutputFormats::parse(args, kListFormats);
        const CardFilter filter = filterFrom(args);
        StoreReader& store = env.store();
        QTextStream& out = env.out();

        switch (format) {
        case OutputFormat::Csv: {
            // The desktop app's export, without the byte-order mark a script would not expect.
            const Result<qint64> written =
                exports::writeFleetCsv(store, filter, [&out](const QString& records) {
                    out << records;
                    return out.status() == QTextStream::Ok;
                });
            if (!written)
                return env.fail(written.error());
            break;
        }
        case OutputFormat::Json: {
            // Streamed element by element: a million cards never sit in one QJsonArray.
            out << '[';
            bool first = true;
            store.forEachCard(filter, [&out, &first](const Card& card) {
                out << (first ? "\n  " : ",\n  ")
                    << QString::fromUtf8(
                           QJsonDocument(cardJson(card)).toJson(QJsonDocument::Compact));
                first = false;
            });
            out << (first ? "]\n" : "\n]\n");
            break;
        }
        case OutputFormat::Table:
        case OutputFormat::Text: {
            TableWriter table({{tr("ICCID")},
                               {tr("Phone")},
                               {tr("Carrier")},
                               {tr("Plan")},
                               {tr("Holder")},
                               {tr("Department")},
                               {tr("Assignee")},
                               {tr("Home area")},
                               {tr("State")},
                               {tr("Lost")},
                               {tr("Balance"), Align::Right}});
            std::int64_t count = 0;
            store.forEachCard(filter, [&table, &count](const Card& card) {
                table.measure(tableRow(card));
                ++count;
            });
            table.printHeader(out);
            table.printRule(out);
            store.forEachCard(
                filter, [&table, &out](const Card& card) { table.printRow(out, tableRow(card)); });
            out << tr("%n card(s)", nullptr, static_cast<int>(count)) << '\n';
            break;
        }
        }
        return 0;
    }

    static int show(CommandEnv& env, const ParsedArgs& args)
    {
        const OutputFormat format = OutputFormats::parse(args, kShowFormats);
        const QString key = args.positionals.constFirst();
        StoreReader& store = env.store();
        const Result<Card> found = findCardByKey(store, key);
        if (!found)
            return env.fail(found.error(), key);
        const Card& card = *found;
        const std::vector<LedgerEntry> ledger = store.ledgerOf(card.id);
        const std::vector<AuditEvent> history = store.auditOf(card.id);

        if (format == OutputFormat::Json) {
            QJsonObject object = cardJson(card);
            QJsonArray entries;
            Money running;
            for (const LedgerEntry& entry : ledger) {
                running += balanceEffect(entry);
                entries.append(ledgerEntryJson(entry, running));
            }
            QJsonArray events;
            for (const AuditEvent& event : history)
                events.append(auditEventJson(event));
            object.insert(QStringLiteral("ledger"), entries);
            object.insert(QStringLiteral("audit"), events);
            env.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
            return 0;
        }

        printFields(env.out(), card);
        env.out() << '\n' << tr("Ledger") << '\n';
        HistoryTable::printLedger(env.out(), ledger);
        env.out() << '\n' << tr("History") << '\n';
        HistoryTable::printAudit(env.out(), [&history](const auto& visit) {
            for (const AuditEvent& event : history)
                visit(event);
        });
        return 0;
    }

    // "China Mobile (cmcc)": the name people read, then the code the options take.
    static QString labelAndCode(const QString& label, const QString& code)
    {
        return tr("%1 (%2)", "a name and its code").arg(label, code);
    }

    static void printFields(QTextStream& out, const Card& card)
    {
        const QString since =
            card.stateSince.isValid()
                ? tr(", since %1").arg(card.stateSince.toUTC().toString(Qt::ISODate))
                : QString();
        const std::vector<std::pair<QString, QString>> fields{
            {tr("ICCID"), card.iccid},
            {tr("Phone number"), card.msisdn},
            {tr("Carrier"), labelAndCode(carrierLabel(card.carrier), carrierCode(card.carrier))},
            {tr("Plan"), CardText::orDash(card.plan)},
            {tr("Monthly fee"), card.monthlyFee.toDisplayString()},
            {tr("Holder"), CardText::orDash(maskName(card.holderName))},
            {tr("Holder ID"), CardText::orDash(maskId(card.holderId))},
            {tr("Department"), CardText::orDash(card.department)},
            {tr("Assignee"), CardText::orDash(shownAssignee(card.assignee, card.holderName))},
            {tr("Activated on"), CardText::orDash(card.activatedOn.toString(Qt::ISODate))},
            {tr("Home area"), CardText::orDash(homeAreaText(card))},
            {tr("State"), labelAndCode(stateLabel(card.state), stateCode(card.state)) + since},
            {tr("Lost"), CardText::yesNo(card.lost)},
            {tr("Balance"), card.balance.toDisplayString()},
        };
        int labelWidth = 0;
        for (const auto& [label, value] : fields)
            labelWidth = std::max(labelWidth, displayWidth(label));
        for (const auto& [label, value] : fields)
            out << padRight(label, labelWidth) << "  " << value << '\n';
    }
};

} // namespace

std::vector<CommandSpec> cardCommands()
{
    return {CardCommands::listSpec(), CardCommands::showSpec()};
}

} // namespace simfleet::cli
