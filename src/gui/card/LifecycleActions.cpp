// SPDX-License-Identifier: GPL-3.0-or-later
#include "card/LifecycleActions.h"

#include "rules/Lifecycle.h"

#include <QCoreApplication>
#include <algorithm>

namespace simfleet::gui {

namespace {

struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(LifecycleActions)
};

QString labelFor(CardState from, CardState to)
{
    const bool forward = isForwardEdge(from, to);
    switch (to) {
    case CardState::Active:
        return ActionText::tr("Reopen (abandon cancellation)…");
    case CardState::ArrearsCleared:
        return forward ? ActionText::tr("Mark arrears cleared")
                       : ActionText::tr("Carrier rejected request…");
    case CardState::CancellationRequested:
        return ActionText::tr("Request cancellation…");
    case CardState::CarrierConfirmed:
        return ActionText::tr("Record carrier confirmation…");
    case CardState::Void:
        return ActionText::tr("Void card…");
    }
    return {};
}

QString objectNameFor(CardState from, CardState to)
{
    switch (to) {
    case CardState::Active:
        return QStringLiteral("reopenButton");
    case CardState::ArrearsCleared:
        return isForwardEdge(from, to) ? QStringLiteral("markArrearsClearedButton")
                                       : QStringLiteral("carrierRejectedButton");
    case CardState::CancellationRequested:
        return QStringLiteral("requestCancellationButton");
    case CardState::CarrierConfirmed:
        return QStringLiteral("carrierConfirmedButton");
    case CardState::Void:
        return QStringLiteral("voidButton");
    }
    return {};
}

LifecycleAction actionFor(CardState from, CardState to, Money balance)
{
    LifecycleAction action;
    action.target = to;
    action.label = labelFor(from, to);
    action.objectName = objectNameFor(from, to);
    action.input = inputFor(from, to);
    action.forward = isForwardEdge(from, to);
    action.refusal = checkStateAndBalance(from, balance, to);
    return action;
}

// Request cancellation along the core's forward path when it takes more than one edge (the
// wizard settles an active card on its way), refused with the first guard that stops it.
std::optional<LifecycleAction> multiStepRequest(CardState from, Money balance)
{
    const std::vector<CardState> path = forwardPath(from, CardState::CancellationRequested);
    if (path.size() < 2) {
        return std::nullopt;
    }
    const CardState lastFrom = path[path.size() - 2];
    LifecycleAction action;
    action.target = CardState::CancellationRequested;
    action.label = labelFor(lastFrom, action.target);
    action.objectName = objectNameFor(lastFrom, action.target);
    action.input = inputFor(lastFrom, action.target);
    CardState at = from;
    for (const CardState next : path) {
        if (!action.refusal) {
            action.refusal = checkStateAndBalance(at, balance, next);
        }
        at = next;
    }
    return action;
}

} // namespace

std::vector<LifecycleAction> lifecycleActionsFor(CardState state, Money balance)
{
    std::vector<LifecycleAction> forward;
    std::vector<LifecycleAction> back;
    for (CardState target : targetsFrom(state)) {
        LifecycleAction action = actionFor(state, target, balance);
        (action.forward ? forward : back).push_back(std::move(action));
    }
    if (auto request = multiStepRequest(state, balance)) {
        forward.push_back(std::move(*request));
    }
    forward.insert(forward.end(), back.begin(), back.end());
    return forward;
}

} // namespace simfleet::gui
