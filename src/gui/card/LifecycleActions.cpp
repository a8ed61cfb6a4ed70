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

int stageOf(CardState state)
{
    const auto it = std::find(kAllStates.begin(), kAllStates.end(), state);
    return static_cast<int>(it - kAllStates.begin());
}

bool isForward(CardState from, CardState to)
{
    return stageOf(to) > stageOf(from);
}

bool canMove(CardState from, CardState to)
{
    const auto targets = targetsFrom(from);
    return std::find(targets.begin(), targets.end(), to) != targets.end();
}

// A request carrying every input an operator could supply, so only the guards on state and money
// decide whether the button is enabled; the dialogs collect the real inputs.
TransitionRequest completeRequest(CardState to)
{
    TransitionRequest request;
    request.to = to;
    request.channel = Channel::SelfOnline;
    request.checklistConfirmed = true;
    request.reference = QStringLiteral("-");
    request.reason = QStringLiteral("-");
    return request;
}

// What the guard asks for when nothing is supplied: the core names the missing input.
LifecycleInput inputFor(CardState from, CardState to)
{
    TransitionRequest bare;
    bare.to = to;
    const auto refusal = checkTransition(from, Money{}, bare);
    if (!refusal) {
        return LifecycleInput::None;
    }
    switch (refusal->code) {
    case ErrorCode::NeedsReason:
        return LifecycleInput::Reason;
    case ErrorCode::NeedsReference:
        return LifecycleInput::Reference;
    case ErrorCode::NeedsChannel:
    case ErrorCode::NeedsChecklist:
        return LifecycleInput::Wizard;
    default:
        return LifecycleInput::None;
    }
}

QString labelFor(CardState from, CardState to)
{
    const bool forward = isForward(from, to);
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
        return isForward(from, to) ? QStringLiteral("markArrearsClearedButton")
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
    action.refusal = checkTransition(from, balance, completeRequest(to));
    return action;
}

// Request cancellation from a state one forward edge short of it: both guards must pass.
std::optional<LifecycleAction> twoStepRequest(CardState from, Money balance)
{
    for (CardState via : targetsFrom(from)) {
        if (!isForward(from, via) || !canMove(via, CardState::CancellationRequested)) {
            continue;
        }
        LifecycleAction action;
        action.target = CardState::CancellationRequested;
        action.label = labelFor(via, CardState::CancellationRequested);
        action.objectName = objectNameFor(via, CardState::CancellationRequested);
        action.input = LifecycleInput::Wizard;
        action.refusal = checkTransition(from, balance, completeRequest(via));
        if (!action.refusal) {
            action.refusal =
                checkTransition(via, balance, completeRequest(CardState::CancellationRequested));
        }
        return action;
    }
    return std::nullopt;
}

} // namespace

std::vector<LifecycleAction> lifecycleActionsFor(CardState state, Money balance)
{
    std::vector<LifecycleAction> forward;
    std::vector<LifecycleAction> back;
    for (CardState target : targetsFrom(state)) {
        (isForward(state, target) ? forward : back).push_back(actionFor(state, target, balance));
    }
    if (!canMove(state, CardState::CancellationRequested)) {
        if (auto request = twoStepRequest(state, balance)) {
            forward.push_back(std::move(*request));
        }
    }
    forward.insert(forward.end(), back.begin(), back.end());
    return forward;
}

} // namespace simfleet::gui
