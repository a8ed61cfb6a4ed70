// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Lifecycle.h"
#include "services/ServiceContext.h"

#include <QJsonObject>
#include <vector>

namespace simfleet {

struct CardRefusal {
    Card card;
    Error reason;
};

struct TransitionOutcome {
    std::vector<Card> moved;          // as stored after the move
    std::vector<CardRefusal> refused; // non-empty means nothing moved
    bool ok() const { return refused.empty(); }
};

// Every state change goes through here, checked against the one transition table.
class LifecycleService {
public:
    explicit LifecycleService(ServiceContext context) : m_ctx(std::move(context)) {}

    // All-or-nothing batch: if any card is refused none moves and every refusal is returned.
    // A storage failure is the Result's error.
    Result<TransitionOutcome> transition(const std::vector<CardId>& cards,
                                         const TransitionRequest& request);

    // The same checks without writing: what the wizard shows before the user commits.
    std::vector<CardRefusal> preview(const std::vector<CardId>& cards,
                                     const TransitionRequest& request);

private:
    ServiceContext m_ctx;
};

// A state change's audit details: what the operator gave for the move (the channel, the
// carrier's receipt, the reason, and whether the checklist was confirmed).
QJsonObject transitionDetails(const TransitionRequest& request);

} // namespace simfleet
