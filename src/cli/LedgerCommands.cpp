// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardText.h"
#include "CommandEnv.h"
#include "Commands.h"
#include "rules/Validators.h"
#include "services/CardLookup.h"
#include "services/LedgerService.h"
#include "text/Labels.h"

namespace simfleet::cli {

namespace {

class LedgerCommands {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::LedgerCommands)

public:
    static CommandSpec paySpec()
    {
        CommandSpec spec = common(QStringLiteral("pay"));
        spec.summary = tr("Record a payment that reduces the card's balance");
        spec.details = tr("AMOUNT is in yuan (58, 58.50, ¥1,234.56) and positive.");
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            return post(env, args, EntryKind::Payment);
        };
        return spec;
    }

    static CommandSpec chargeSpec()
    {
        CommandSpec spec = common(QStringLiteral("charge"));
        spec.summary = tr("Record a charge (monthly rent, usage, early-termination fee)");
        spec.details = tr("AMOUNT is in yuan and positive. A charge on an arrears-cleared card "
                          "sends it back to active.");
        spec.run = [](CommandEnv& env, const ParsedArgs& args) {
            return post(env, args, EntryKind::Charge);
        };
        return spec;
    }

private:
    static CommandSpec common(const QString& name)
    {
        CommandSpec spec;
        spec.path = {name};
        spec.arguments = QStringLiteral("KEY AMOUNT");
        spec.options = {
            {QStringLiteral("ref"), QStringLiteral("REF"),
             tr("reference: bill or receipt number (required)")},
            {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
             tr("date of the entry (default: today, China Standard Time)")},
        };
        spec.minPositionals = 2;
        spec.maxPositionals = 2;
        return spec;
    }

    static int post(CommandEnv& env, const ParsedArgs& args, EntryKind kind)
    {
        if (!args.has(QStringLiteral("ref")))
            throw UsageError(tr("--ref REF is required"));
        const QString key = args.positionals.at(0);
        const QString amountText = args.positionals.at(1);
        const QString reference = args.value(QStringLiteral("ref")).trimmed();

        const Result<Money> amount = Money::parse(amountText);
        if (!amount)
            return env.fail(amount.error(), amountText);
        QDate date;
        if (args.has(QStringLiteral("date"))) {
            const Result<QDate> parsed = parseIsoDate(args.value(QStringLiteral("date")));
            if (!parsed)
                return env.fail(parsed.error(), QStringLiteral("--date"));
            date = *parsed;
        }

        const Result<Card> found = findCardByKey(env.store(), key);
        if (!found)
            return env.fail(found.error(), key);
        const Card& before = *found;

        LedgerService ledger(env.context());
        const Result<LedgerEntry> posted = kind == EntryKind::Payment
                                               ? ledger.pay(before.id, *amount, reference, date)
                                               : ledger.charge(before.id, *amount, reference, date);
        if (!posted)
            return env.fail(posted.error(), CardText::name(before));

        const std::optional<Card> after = env.store().cardById(before.id);
        const Card& now = after ? *after : before;
        env.out() << tr("%1 %2 on %3 for %4; balance %5")
                         .arg(entryKindLabel(posted->kind), posted->amount.toDisplayString(),
                              posted->date.toString(Qt::ISODate), CardText::name(now),
                              now.balance.toDisplayString())
                  << '\n';
        if (now.state != before.state)
            env.out() << tr("state: %1 -> %2").arg(stateCode(before.state), stateCode(now.state))
                      << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> ledgerCommands()
{
    return {LedgerCommands::paySpec(), LedgerCommands::chargeSpec()};
}

} // namespace simfleet::cli
