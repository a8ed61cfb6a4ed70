// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LifecycleService.h"

#include <QJsonObject>
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace simfleet {

namespace {

// The same card named twice in a batch moves once.
std::vector<CardId> distinct(const std::vector<CardId>& ids)
{
    std::vector<CardId> unique;
    unique.reserve(ids.size());
    std::unordered_set<CardId> seen;
    for (const CardId id : ids) {
        if (seen.insert(id).second)
            unique.push_back(id);
    }
    return unique;
}

// Items in the order of their cards' positions, each moved once (a Card is large; sorting them
// in place would copy each many times).
template <class Item, class IdOf>
void inPositionOrder(std::vector<Item>& items,
                     const std::unordered_map<CardId, std::size_t>& position, IdOf idOf)
{
    std::vector<std::pair<std::size_t, std::size_t>> order; // (asked position, index)
    order.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        order.emplace_back(position.at(idOf(items[i])), i);
    std::sort(order.begin(), order.end());
    std::vector<Item> sorted;
    sorted.reserve(items.size());
    for (const auto& entry : order)
        sorted.push_back(std::move(items[entry.second]));
    items = std::move(sorted);
}

// Puts the outcome's cards back in the order they were asked for.
void inAskedOrder(TransitionOutcome& outcome, const std::vector<CardId>& asked)
{
    std::unordered_map<CardId, std::size_t> position;
    position.reserve(asked.size());
    for (std::size_t i = 0; i < asked.size(); ++i)
        position.emplace(asked[i], i);
    inPositionOrder(outcome.refused, position, [](const CardRefusal& r) { return r.card.id; });
    inPositionOrder(outcome.moved, position, [](const Card& card) { return card.id; });
}

// Why this card may not take the requested edge, or nothing when it may.
std::optional<CardRefusal> refusalFor(CardId id, const std::optional<Card>& card,
                                      const TransitionRequest& request)
{
    if (!card) {
        Card missing;
        missing.id = id;
        return CardRefusal{missing, Error{ErrorCode::CardNotFound, QString(), 0}};
    }
    if (auto refused = checkTransition(card->state, card->balance, request))
        return CardRefusal{*card, std::move(*refused)};
    return std::nullopt;
}

} // namespace

QJsonObject transitionDetails(const TransitionRequest& request)
{
    QJsonObject details;
    if (request.channel)
        details.insert(QStringLiteral("channel"), channelCode(*request.channel));
    if (!request.reference.isEmpty())
        details.insert(QStringLiteral("reference"), request.reference);
    if (!request.reason.isEmpty())
        details.insert(QStringLiteral("reason"), request.reason);
    if (request.to == CardState::CancellationRequested || request.checklistConfirmed)
        details.insert(QStringLiteral("checklist"), request.checklistConfirmed);
    return details;
}

Result<TransitionOutcome> LifecycleService::transition(const std::vector<CardId>& cards,
                                                       const TransitionRequest& request)
{
    const std::vector<CardId> ids = distinct(cards);
    // Read and written in id order, where neighbouring cards share the file's pages: a batch of
    // 100,000 cards out of a million then touches each page once instead of at random (half the
    // time). The outcome lists them in the order asked for.
    std::vector<CardId> inIdOrder = ids;
    std::sort(inIdOrder.begin(), inIdOrder.end());
    TransitionOutcome outcome;
    bool refusedBatch = false;
    const QDateTime now = m_ctx.clock.nowUtc();
    QJsonObject details = transitionDetails(request);
    // When the change takes effect in business time (the services' clock); the row's at_utc is
    // when the store recorded it. They differ only when history is replayed, as the demo does.
    details.insert(QStringLiteral("effective_at"), now.toString(Qt::ISODateWithMs));
    const Status status = m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) -> Status {
        outcome = {};
        refusedBatch = false;
        std::vector<Card> movable;
        movable.reserve(inIdOrder.size());
        // Each card is changed as soon as it is read, while its page is at hand (read all first
        // and a 100,000-card batch read every page of the table twice). Once one is refused the
        // rest are only read, so that every refusal is reported; the refusal rolls back the
        // changes already made: all or nothing.
        for (const CardId id : inIdOrder) {
            std::optional<Card> card = writer.cardById(id);
            if (auto refusal = refusalFor(id, card, request)) {
                outcome.refused.push_back(std::move(*refusal));
                continue;
            }
            if (!outcome.refused.empty())
                continue;
            Card moved = *card;
            moved.state = request.to;
            moved.stateSince = now;
            // What was just read goes with the change: the store need not read it again.
            writer.updateCard(
                *card, moved,
                AuditDraft{AuditAction::StateChanged, card->state, request.to, details});
            ++moved.version; // as updateCard bumps it
            movable.push_back(std::move(moved));
        }
        if (!outcome.refused.empty()) {
            refusedBatch = true;
            return Error{ErrorCode::TransitionNotAllowed, QString(), 0};
        }
        outcome.moved = std::move(movable);
        return {};
    });
    inAskedOrder(outcome, ids);
    if (refusedBatch)
        return outcome;
    if (!status)
        return status.error();
    return outcome;
}

std::vector<CardRefusal> LifecycleService::preview(const std::vector<CardId>& cards,
                                                   const TransitionRequest& request)
{
    std::vector<CardRefusal> refused;
    for (const CardId id : distinct(cards)) {
        if (auto refusal = refusalFor(id, m_ctx.store.cardById(id), request))
            refused.push_back(std::move(*refusal));
    }
    return refused;
}

} // namespace simfleet
