// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CancellationService.h"

#include "ports/StoreError.h"
#include "services/LifecycleService.h"

#include <QJsonObject>
#include <functional>
#include <map>
#include <set>

namespace simfleet {
namespace {

// One card and the edges it takes, in order.
struct PlannedMove {
    Card card;
    std::vector<TransitionRequest> steps;
};

// The first refusal along the card's path, or nothing when every edge is allowed.
std::optional<Error> checkPath(const Card& card, const std::vector<TransitionRequest>& steps)
{
    CardState from = card.state;
    for (const TransitionRequest& step : steps) {
        if (auto refusal = checkTransition(from, card.balance, step))
            return refusal;
        from = step.to;
    }
    return std::nullopt;
}

Card reread(StoreWriter& writer, CardId id)
{
    auto card = writer.cardById(id);
    if (!card)
        throw StoreError(Error{ErrorCode::StorageFailure,
                               QStringLiteral("card %1 vanished during a move").arg(id), 0});
    return *card;
}

using PathFor = std::function<std::vector<TransitionRequest>(const Card&)>;

// Checks every card first and writes only when none is refused, all in one transaction.
Result<TransitionOutcome> moveBatch(ServiceContext& ctx, const std::vector<CardId>& ids,
                                    const PathFor& pathFor)
{
    TransitionOutcome outcome;
    const Status written = ctx.store.write(ctx.operatorName, [&](StoreWriter& writer) -> Status {
        outcome = {};
        std::vector<PlannedMove> plan;
        std::set<CardId> seen;
        for (const CardId id : ids) {
            if (!seen.insert(id).second)
                continue;
            auto card = writer.cardById(id);
            if (!card) {
                Card missing;
                missing.id = id;
                outcome.refused.push_back(
                    {missing, Error{ErrorCode::CardNotFound, QString::number(id), 0}});
                continue;
            }
            auto steps = pathFor(*card);
            if (auto refusal = checkPath(*card, steps)) {
                outcome.refused.push_back({*card, *refusal});
                continue;
            }
            plan.push_back({*card, std::move(steps)});
        }
        if (!outcome.refused.empty())
            return {};

        const QDateTime now = ctx.clock.nowUtc();
        for (const PlannedMove& move : plan) {
            Card current = move.card;
            for (const TransitionRequest& step : move.steps) {
                Card next = current;
                next.state = step.to;
                next.stateSince = now;
                writer.updateCard(current, next,
                                  AuditDraft{AuditAction::StateChanged, current.state, step.to,
                                             transitionDetails(step)});
                current = reread(writer, current.id);
            }
            outcome.moved.push_back(current);
        }
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

} // namespace

Result<TransitionOutcome> CancellationService::requestCancellation(const std::vector<CardId>& cards,
                                                                   Channel channel,
                                                                   bool checklistConfirmed)
{
    TransitionRequest settle;
    settle.to = CardState::ArrearsCleared;
    TransitionRequest request;
    request.to = CardState::CancellationRequested;
    request.channel = channel;
    request.checklistConfirmed = checklistConfirmed;

    return moveBatch(m_ctx, cards, [&](const Card& card) {
        std::vector<TransitionRequest> steps;
        for (const CardState state : forwardPath(card.state, CardState::CancellationRequested))
            steps.push_back(state == CardState::CancellationRequested ? request : settle);
        if (steps.empty()) // not on its way: the edge's own check says why
            steps.push_back(request);
        return steps;
    });
}

Result<TransitionOutcome>
CancellationService::confirmByCarrier(const std::vector<CarrierReceipt>& receipts)
{
    std::vector<CardId> ids;
    ids.reserve(receipts.size());
    std::map<CardId, QString> referenceOf;
    for (const CarrierReceipt& receipt : receipts) {
        ids.push_back(receipt.card);
        referenceOf.emplace(receipt.card, receipt.reference.trimmed());
    }

    return moveBatch(m_ctx, ids, [&](const Card& card) {
        TransitionRequest confirm;
        confirm.to = CardState::CarrierConfirmed;
        confirm.reference = referenceOf[card.id];
        return std::vector<TransitionRequest>{confirm};
    });
}

} // namespace simfleet
