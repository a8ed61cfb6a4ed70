// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Lifecycle.h"

#include <algorithm>
#include <array>

namespace simfleet {

namespace {

using MoneyRule = std::optional<Error> (*)(Money balance);

std::optional<Error> refuse(ErrorCode code, std::int64_t amountFen = 0)
{
    return Error{code, {}, amountFen};
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

std::optional<Error> anyBalance(Money)
{
    return std::nullopt;
}

// Settle all fees first (提前结清费用): nothing moves toward cancellation while money is owed.
std::optional<Error> owesNothing(Money balance)
{
    if (balance.isPositive()) {
        return refuse(ErrorCode::OwesMoney, balance.fen());
    }
    return std::nullopt;
}

// Debts paid and prepaid credit (预存款) refunded or transferred: no money left either way.
std::optional<Error> balanceExactlyZero(Money balance)
{
    if (!balance.isZero()) {
        return refuse(ErrorCode::BalanceNotZero, balance.fen());
    }
    return std::nullopt;
}

std::optional<Error> missingInput(EdgeInput input, const TransitionRequest& request)
{
    switch (input) {
    case EdgeInput::None:
        break;
    case EdgeInput::Reason:
        if (isBlank(request.reason)) {
            return refuse(ErrorCode::NeedsReason);
        }
        break;
    case EdgeInput::CarrierReference:
        if (isBlank(request.reference)) {
            return refuse(ErrorCode::NeedsReference);
        }
        break;
    case EdgeInput::ChannelAndChecklist:
        if (!request.channel) {
            return refuse(ErrorCode::NeedsChannel);
        }
        if (!request.checklistConfirmed) {
            return refuse(ErrorCode::NeedsChecklist);
        }
        break;
    }
    return std::nullopt;
}

struct Edge {
    CardState from;
    CardState to;
    MoneyRule money;
    EdgeInput input;
    bool forward;
};

// The whole lifecycle (docs/domain.md, "Forward path and guards" and "Back edges"). An edge
// not listed here does not exist; void has none. The money rule is checked before the inputs.
constexpr std::array kEdges{
    // Forward path.
    Edge{CardState::Active, CardState::ArrearsCleared, owesNothing, EdgeInput::None, true},
    Edge{CardState::ArrearsCleared, CardState::CancellationRequested, owesNothing,
         EdgeInput::ChannelAndChecklist, true},
    Edge{CardState::CancellationRequested, CardState::CarrierConfirmed, anyBalance,
         EdgeInput::CarrierReference, true},
    Edge{CardState::CarrierConfirmed, CardState::Void, balanceExactlyZero, EdgeInput::None, true},
    // Back edges: the cancellation is abandoned, or the carrier rejected the request.
    Edge{CardState::ArrearsCleared, CardState::Active, anyBalance, EdgeInput::Reason, false},
    Edge{CardState::CancellationRequested, CardState::ArrearsCleared, anyBalance, EdgeInput::Reason,
         false},
};

// The forward edges above, end to end.
constexpr std::array kForwardPath{CardState::Active, CardState::ArrearsCleared,
                                  CardState::CancellationRequested, CardState::CarrierConfirmed,
                                  CardState::Void};

const Edge* findEdge(CardState from, CardState to)
{
    const auto* const edge = std::find_if(
        kEdges.begin(), kEdges.end(), [&](const Edge& e) { return e.from == from && e.to == to; });
    return edge == kEdges.end() ? nullptr : edge;
}

// Refuses a move that is not an edge at all; otherwise hands back the edge.
Result<const Edge*> edgeFor(CardState from, CardState to)
{
    if (isFinal(from)) {
        return Error{ErrorCode::CardVoid, {}, 0};
    }
    if (from == to) {
        return Error{ErrorCode::AlreadyInState, stateCode(from), 0};
    }
    if (const Edge* edge = findEdge(from, to)) {
        return edge;
    }
    return Error{ErrorCode::TransitionNotAllowed,
                 stateCode(from) + QStringLiteral("->") + stateCode(to), 0};
}

} // namespace

std::optional<Error> checkTransition(CardState from, Money balance,
                                     const TransitionRequest& request)
{
    if (auto refusal = checkStateAndBalance(from, balance, request.to)) {
        return refusal;
    }
    return missingInput(findEdge(from, request.to)->input, request);
}

std::optional<Error> checkStateAndBalance(CardState from, Money balance, CardState to)
{
    const Result<const Edge*> edge = edgeFor(from, to);
    if (!edge) {
        return edge.error();
    }
    return (*edge)->money(balance);
}

EdgeInput inputFor(CardState from, CardState to)
{
    const Edge* edge = findEdge(from, to);
    return edge ? edge->input : EdgeInput::None;
}

bool isForwardEdge(CardState from, CardState to)
{
    const Edge* edge = findEdge(from, to);
    return edge && edge->forward;
}

std::vector<CardState> targetsFrom(CardState from)
{
    std::vector<CardState> targets;
    for (const Edge& edge : kEdges) {
        if (edge.from == from) {
            targets.push_back(edge.to);
        }
    }
    return targets;
}

std::vector<CardState> forwardPath(CardState from, CardState to)
{
    const auto* const start = std::find(kForwardPath.begin(), kForwardPath.end(), from);
    const auto* const end = std::find(kForwardPath.begin(), kForwardPath.end(), to);
    if (start == kForwardPath.end() || end == kForwardPath.end() || end <= start) {
        return {};
    }
    return std::vector<CardState>(start + 1, end + 1);
}

std::vector<CardState> statesBefore(CardState to)
{
    const auto* const end = std::find(kForwardPath.begin(), kForwardPath.end(), to);
    return std::vector<CardState>(kForwardPath.begin(), end);
}

bool isFinal(CardState state)
{
    return state == CardState::Void;
}

bool mayJoinPacket(CardState state)
{
    return state == CardState::ArrearsCleared || state == CardState::CancellationRequested;
}

bool chargeReopens(CardState state)
{
    return state == CardState::ArrearsCleared;
}

} // namespace simfleet
