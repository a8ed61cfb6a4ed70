// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardText.h"
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "io/KeyFile.h"
#include "services/CardLookup.h"
#include "services/LifecycleService.h"
#include "text/ErrorText.h"
#include "text/Labels.h"

#include <QSet>

namespace simfleet::cli {

namespace {

class TransitionCommand {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::TransitionCommand)

public:
    static CommandSpec spec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("transition")};
        spec.arguments = QStringLiteral("KEY...");
        spec.summary = tr("Move cards along the lifecycle, as one all-or-nothing batch");
        spec.details = tr(
            "KEY is an ICCID or a phone number; give several, or --from-file with one per line\n"
            "(blank lines and lines starting with # are ignored).\n"
            "Forward: active -> arrears-cleared -> cancellation-requested -> carrier-confirmed\n"
            "-> void. Back: arrears-cleared -> active, cancellation-requested -> arrears-cleared\n"
            "(both need --reason). A card that owes money never moves toward cancellation.\n"
            "Running --to cancellation-requested is the operator's confirmation of the\n"
            "checklist (the card's data is backed up and the carrier's materials are ready).\n"
            "If any card is refused, none moves: each refused card is printed with its number\n"
            "and the reason, and the exit code is 3.");
        spec.options = {
            {QStringLiteral("to"), QStringLiteral("STATE"),
             tr("target state: active, arrears-cleared, cancellation-requested, "
                "carrier-confirmed or void (required)")},
            {QStringLiteral("channel"), QStringLiteral("CHANNEL"),
             tr("self-online, self-hotline, carrier-hall or carrier-hotline "
                "(needed for cancellation-requested)")},
            {QStringLiteral("ref"), QStringLiteral("REF"),
             tr("the carrier's receipt number (needed for carrier-confirmed)")},
            {QStringLiteral("reason"), QStringLiteral("TEXT"),
             tr("why (needed for the back edges)")},
            {QStringLiteral("from-file"), QStringLiteral("FILE"), tr("read the keys from FILE")},
        };
        spec.maxPositionals = -1;
        spec.run = &TransitionCommand::run;
        spec.storeUse = StoreUse::CardChanges;
        return spec;
    }

private:
    static TransitionRequest requestFrom(const ParsedArgs& args)
    {
        if (!args.has(QStringLiteral("to")))
            throw UsageError(tr("--to STATE is required"));
        TransitionRequest request;
        const Result<CardState> to = parseState(args.value(QStringLiteral("to")).trimmed());
        if (!to)
            throw UsageError(QStringLiteral("--to: ") + describe(to.error()));
        request.to = *to;
        if (args.has(QStringLiteral("channel"))) {
            const Result<Channel> channel =
                parseChannel(args.value(QStringLiteral("channel")).trimmed());
            if (!channel)
                throw UsageError(QStringLiteral("--channel: ") + describe(channel.error()));
            request.channel = *channel;
        }
        request.reference = args.value(QStringLiteral("ref")).trimmed();
        request.reason = args.value(QStringLiteral("reason")).trimmed();
        // The wizard's checklist has no CLI counterpart: asking for cancellation-requested on the
        // command line is itself the operator's confirmation.
        request.checklistConfirmed = true;
        return request;
    }

    // "89860012345678901234 (13800138000): owes ¥123.40".
    static void printRefusal(CommandEnv& env, const CardRefusal& refusal)
    {
        env.console().error(CardText::name(refusal.card) + QStringLiteral(": ") +
                            describe(refusal.reason));
    }

    static int run(CommandEnv& env, const ParsedArgs& args)
    {
        const TransitionRequest request = requestFrom(args);
        const bool fromFile = args.has(QStringLiteral("from-file"));
        if (fromFile && !args.positionals.isEmpty())
            throw UsageError(tr("give KEY... or --from-file FILE, not both"));
        if (!fromFile && args.positionals.isEmpty())
            throw UsageError(tr("'transition' needs KEY... or --from-file FILE"));

        QStringList keys = args.positionals;
        if (fromFile) {
            const QString path = args.value(QStringLiteral("from-file"));
            const Result<QStringList> read = readKeyFile(path);
            if (!read)
                return env.fail(read.error(), path);
            keys = *read;
            if (keys.isEmpty()) {
                env.console().error(tr("%1: no card keys in the file").arg(path));
                return toInt(ExitCode::Refused);
            }
        }

        // Every key is looked up before anything moves, and every unknown one is named.
        StoreReader& store = env.store();
        std::vector<CardId> ids;
        QSet<CardId> seen;
        bool allFound = true;
        const std::vector<Result<CardId>> lookedUp = findCardIdsByKeys(store, keys);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const Result<CardId>& found = lookedUp[static_cast<std::size_t>(i)];
            if (!found) {
                env.fail(found.error(), keys[i]);
                allFound = false;
                continue;
            }
            if (!seen.contains(*found)) {
                seen.insert(*found);
                ids.push_back(*found);
            }
        }
        LifecycleService lifecycle(env.context());
        if (!allFound) {
            // The cards that were found may be refused too: say so now, not on the next try.
            for (const CardRefusal& refusal : lifecycle.preview(ids, request))
                printRefusal(env, refusal);
            env.console().error(tr("nothing moved"));
            return toInt(ExitCode::Refused);
        }

        const Result<TransitionOutcome> outcome = lifecycle.transition(ids, request);
        if (!outcome)
            return env.fail(outcome.error());
        if (!outcome->ok()) {
            for (const CardRefusal& refusal : outcome->refused)
                printRefusal(env, refusal);
            env.console().error(
                tr("nothing moved: %1 of %n card(s) refused", nullptr, static_cast<int>(ids.size()))
                    .arg(outcome->refused.size()));
            return toInt(ExitCode::Refused);
        }
        env.out() << tr("moved %n card(s) to %1", nullptr, static_cast<int>(outcome->moved.size()))
                         .arg(stateLabel(request.to))
                  << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> transitionCommands()
{
    return {TransitionCommand::spec()};
}

} // namespace simfleet::cli
