// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "services/DemoFleet.h"
#include "services/demo/GrownFleet.h"

#include <limits>

namespace simfleet::cli {

namespace {

// The most cards the story demo (every card walked through its year by the services) makes;
// a larger fleet would take hours that way.
constexpr int kLargestStoryFleet = 20000;

class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::DemoCommand)

public:
    static CommandSpec spec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("demo")};
        spec.summary = tr("Fill the database with a realistic demo fleet");
        spec.details =
            tr("Four carriers, several departments, a year of bills and payments, cards in every\n"
               "state, some lost. The same seed gives the same fleet. Use --db to keep it apart\n"
               "from real data.\n"
               "Above %1 cards the fleet is grown the way simfleet-bench grows one (blocks of\n"
               "numbers and single numbers over five years, hundreds of home areas) and brought\n"
               "in through the imports: a million cards take about two minutes.")
                .arg(kLargestStoryFleet);
        spec.options = {
            {QStringLiteral("cards"), QStringLiteral("N"),
             tr("how many cards (default: %1)").arg(DemoOptions{}.cards)},
            {QStringLiteral("seed"), QStringLiteral("S"),
             tr("random seed, a whole number (default: %1)").arg(DemoOptions{}.seed)},
        };
        spec.run = &DemoCommand::run;
        spec.createsDatabase = true;
        spec.storeUse = StoreUse::BulkWrites;
        return spec;
    }

private:
    static int run(CommandEnv& env, const ParsedArgs& args)
    {
        DemoOptions options;
        if (args.has(QStringLiteral("cards"))) {
            bool ok = false;
            const int cards = args.value(QStringLiteral("cards")).trimmed().toInt(&ok);
            if (!ok || cards < 1)
                throw UsageError(tr("--cards must be a whole number of at least 1, not '%1'")
                                     .arg(args.value(QStringLiteral("cards"))));
            options.cards = cards;
        }
        if (args.has(QStringLiteral("seed"))) {
            bool ok = false;
            const uint seed = args.value(QStringLiteral("seed")).trimmed().toUInt(&ok);
            if (!ok)
                throw UsageError(tr("--seed must be a whole number from 0 to %1, not '%2'")
                                     .arg(std::numeric_limits<std::uint32_t>::max())
                                     .arg(args.value(QStringLiteral("seed"))));
            options.seed = seed;
        }

        // Demo cards mixed into a real fleet could not be told apart: only an empty file is filled.
        const std::int64_t existing = env.store().countCards(CardFilter{});
        if (existing > 0) {
            env.console().error(tr("%1 already holds %n card(s); the demo fills only an empty "
                                   "database (choose another file with --db)",
                                   nullptr, static_cast<int>(existing))
                                    .arg(env.globals().databasePath));
            return toInt(ExitCode::Refused);
        }

        const Result<DemoSummary> summary = options.cards > kLargestStoryFleet
                                                ? generateGrownFleet(env.context(), options)
                                                : generateDemoFleet(env.context(), options);
        if (!summary)
            return env.fail(summary.error());
        env.out() << tr("demo fleet: %1 cards, %2 ledger entries in %3")
                         .arg(summary->cards)
                         .arg(summary->ledgerEntries)
                         .arg(env.globals().databasePath)
                  << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> demoCommands()
{
    return {DemoCommand::spec()};
}

} // namespace simfleet::cli
