// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoFleet.h"

#include "services/CardService.h"
#include "services/LedgerService.h"
#include "services/LifecycleService.h"
#include "services/demo/DemoFleetPlan.h"

#include <QJsonObject>
#include <algorithm>
#include <tuple>

namespace simfleet {

namespace {

using demo::DemoStep;
using demo::PlannedCard;

AuditDraft createdByDemo()
{
    AuditDraft audit;
    audit.action = AuditAction::CardCreated;
    audit.toState = CardState::Active;
    audit.details = QJsonObject{{QStringLiteral("source"), QStringLiteral("demo")}};
    return audit;
}

// The cards and a year of bills in one transaction: the bulk of the work.
Status writeCardsAndBills(const ServiceContext& context, std::vector<PlannedCard>& fleet)
{
    const QDateTime recordedAt = context.clock.nowUtc();
    return context.store.write(context.operatorName, [&](StoreWriter& writer) -> Status {
        for (PlannedCard& planned : fleet) {
            planned.card.id = writer.insertCard(planned.card, createdByDemo());
            for (LedgerEntry entry : planned.bills) {
                entry.cardId = planned.card.id;
                entry.operatorName = context.operatorName;
                entry.recordedAt = recordedAt;
                const Result<LedgerEntry> posted = postLedgerEntryIn(writer, planned.card, entry);
                if (!posted)
                    return posted.error();
            }
        }
        return {};
    });
}

struct ScheduledStep {
    const DemoStep* step;
    CardId card;
};

// Steps that can go through the services together: the same move at the same moment.
auto batchKey(const ScheduledStep& scheduled)
{
    const DemoStep& step = *scheduled.step;
    const TransitionRequest& request = step.request;
    return std::make_tuple(step.at, static_cast<int>(step.kind), static_cast<int>(request.to),
                           request.channel ? static_cast<int>(*request.channel) : -1,
                           request.reference, request.reason);
}

std::vector<ScheduledStep> schedule(const std::vector<PlannedCard>& fleet)
{
    std::vector<ScheduledStep> steps;
    for (const PlannedCard& planned : fleet) {
        for (const DemoStep& step : planned.steps)
            steps.push_back({&step, planned.card.id});
    }
    // Stable: a card's own steps never share a moment, so its order is kept.
    std::stable_sort(steps.begin(), steps.end(),
                     [](const auto& a, const auto& b) { return batchKey(a) < batchKey(b); });
    return steps;
}

Status runLedgerStep(ServiceContext context, const DemoStep& step, CardId card,
                     DemoSummary& summary)
{
    LedgerService ledger(context);
    Money amount = step.amount;
    EntryKind kind = EntryKind::Charge;
    if (step.kind == DemoStep::Kind::RefundCredit) {
        const std::optional<Card> stored = context.store.cardById(card);
        if (!stored || !stored->balance.isNegative())
            return {};
        kind = EntryKind::Adjustment;
        amount = -stored->balance;
    }
    const Result<LedgerEntry> posted = ledger.post(card, kind, amount, step.reference, step.date);
    if (!posted)
        return posted.error();
    ++summary.ledgerEntries;
    return {};
}

// Replays the office's and the carriers' weeks in time order on a clock set back to each
// moment, so each card's state carries the day it was reached (the audit rows keep the store's
// own time: they record when the demo wrote them). Batches go through the LifecycleService
// whole, as the wizard sends them, so every guard is checked.
Status replaySteps(const ServiceContext& context, const std::vector<PlannedCard>& fleet,
                   DemoSummary& summary)
{
    FixedClock then(context.clock.nowUtc());
    const ServiceContext past{context.store, then, context.operatorName};
    LifecycleService lifecycle(past);

    const std::vector<ScheduledStep> steps = schedule(fleet);
    for (auto first = steps.begin(); first != steps.end();) {
        const DemoStep& step = *first->step;
        then.set(step.at);
        if (step.kind != DemoStep::Kind::Transition) {
            if (Status done = runLedgerStep(past, step, first->card, summary); !done)
                return done;
            ++first;
            continue;
        }
        const auto last = std::find_if(first, steps.end(), [&](const ScheduledStep& other) {
            return batchKey(other) != batchKey(*first);
        });
        std::vector<CardId> batch;
        for (auto it = first; it != last; ++it)
            batch.push_back(it->card);
        const Result<TransitionOutcome> outcome = lifecycle.transition(batch, step.request);
        if (!outcome)
            return outcome.error();
        if (!outcome->ok())
            return outcome->refused.front().reason;
        first = last;
    }
    return {};
}

Status reportLosses(const ServiceContext& context, const std::vector<PlannedCard>& fleet)
{
    CardService cards(context);
    for (const PlannedCard& planned : fleet) {
        if (planned.lostNote.isEmpty())
            continue;
        const Result<Card> flagged = cards.setLost(planned.card.id, true, planned.lostNote);
        if (!flagged)
            return flagged.error();
    }
    return {};
}

} // namespace

Result<DemoSummary> generateDemoFleet(ServiceContext context, const DemoOptions& options)
{
    const std::vector<CarrierProfile> profiles = context.store.carrierProfiles();
    Result<std::vector<PlannedCard>> planned =
        demo::planDemoFleet(options, context.clock.nowUtc(), profiles);
    if (!planned)
        return planned.error();
    std::vector<PlannedCard>& fleet = planned.value();

    DemoSummary summary;
    for (const PlannedCard& card : fleet)
        summary.ledgerEntries += static_cast<std::int64_t>(card.bills.size());
    if (const Status written = writeCardsAndBills(context, fleet); !written)
        return written.error();
    if (const Status replayed = replaySteps(context, fleet, summary); !replayed)
        return replayed.error();
    if (const Status flagged = reportLosses(context, fleet); !flagged)
        return flagged.error();
    summary.cards = static_cast<std::int64_t>(fleet.size());
    return summary;
}

} // namespace simfleet
