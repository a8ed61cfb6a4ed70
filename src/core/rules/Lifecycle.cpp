// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Lifecycle.h"

#include <algorithm>
#include <array>

namespace simfleet {

namespace {

using Guard = std::optional<Error> (*)(Money balance, const TransitionRequest& request);

std::optional<Error> refuse(ErrorCode code, std::int64_t amountFen = 0)
{
    return Error{code, {}, amountFen};
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

// Settle all fees first (提前结清费用): nothing moves toward cancellation while money is owed.
std::optional<Error> owesNothing(Money balance, const TransitionRequest&)
{
    if (balance.isPositive()) {
        return refuse(ErrorCode::OwesMoney, balance.fen());
    }
    return std::nullopt;
}

std::optional<Error> readyToRequest(Money balance, const TransitionRequest& request)
{
    if (auto owing = owesNothing(balance, request)) {
        return owing;
    }
    if (!request.channel) {
        return refuse(ErrorCode::NeedsChannel);
    }
    if (!request.checklistConfirmed) {
        return refuse(ErrorCode::NeedsChecklist);
    }
    return std::nullopt;
}

std::optional<Error> hasCarrierReceipt(Money, const TransitionRequest& request)
{
    if (isBlank(request.reference)) {
        return refuse(ErrorCode::NeedsReference);
    }
    return std::nullopt;
}

// Debts paid and prepaid credit (预存款) refunded or transferred: no money left either way.
std::optional<Error> balanceExactlyZero(Money balance, const TransitionRequest&)
{
    if (!balance.isZero()) {
        return refuse(ErrorCode::BalanceNotZero, balance.fen());
    }
    return std::nullopt;
}

std::optional<Error> hasReason(Money, const TransitionRequest& request)
{
    if (isBlank(request.reason)) {
        return refuse(ErrorCode::NeedsReason);
    }
    return std::nullopt;
}

struct Edge {
    CardState from;
    CardState to;
    Guard guard;
};

// The whole lifecycle (docs/domain.md, "Forward path and guards" and "Back edges"). An edge
// not listed here does not exist; void has none.
constexpr std::array kEdges{
    // Forward path.
    Edge{CardState::Active, CardState::ArrearsCleared, owesNothing},
    Edge{CardState::ArrearsCleared, CardState::CancellationRequested, readyToRequest},
    Edge{CardState::CancellationRequested, CardState::CarrierConfirmed, hasCarrierReceipt},
    Edge{CardState::CarrierConfirmed, CardState::Void, balanceExactlyZero},
    // Back edges: the cancellation is abandoned, or the carrier rejected the request.
    Edge{CardState::ArrearsCleared, CardState::Active, hasReason},
    Edge{CardState::CancellationRequested, CardState::ArrearsCleared, hasReason},
};

// The forward edges above, end to end.
constexpr std::array kForwardPath{CardState::Active, CardState::ArrearsCleared,
                                  CardState::CancellationRequested, CardState::CarrierConfirmed,
                                  CardState::Void};

} // namespace

std::optional<Error> checkTransition(CardState from, Money balance,
                                     const TransitionRequest& request)
{
    if (from == CardState::Void) {
        return refuse(ErrorCode::CardVoid);
    }
    if (from == request.to) {
        return Error{ErrorCode::AlreadyInState, stateCode(from), 0};
    }
    for (const Edge& edge : kEdges) {
        if (edge.from == from && edge.to == request.to) {
            return edge.guard(balance, request);
        }
    }
    return Error{ErrorCode::TransitionNotAllowed,
                 stateCode(from) + QStringLiteral("->") + stateCode(request.to), 0};
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

bool chargeReopens(CardState state)
{
    return state == CardState::ArrearsCleared;
}

} // namespace simfleet
