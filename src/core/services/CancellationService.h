// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/LifecycleService.h"
#include "services/ServiceContext.h"

#include <vector>

namespace simfleet {

// The carrier's receipt number (回执号) for one card.
struct CarrierReceipt {
    CardId card{0};
    QString reference;
};

// The wizards' batch steps, each in ONE transaction: every card moves or none does, and every
// refusal comes back (as with LifecycleService::transition). Each edge a card takes is checked
// against the one transition table (rules/Lifecycle.h) and audited as a state change.
class CancellationService {
public:
    explicit CancellationService(ServiceContext context) : m_ctx(std::move(context)) {}

    // Every card to cancellation-requested through the chosen channel: an active card first
    // takes the edge to arrears-cleared (it must owe nothing), an arrears-cleared card goes
    // straight on. Duplicated ids count once. A storage failure is the Result's error.
    Result<TransitionOutcome> requestCancellation(const std::vector<CardId>& cards, Channel channel,
                                                  bool checklistConfirmed);

    // cancellation-requested -> carrier-confirmed, each card with its own receipt number.
    Result<TransitionOutcome> confirmByCarrier(const std::vector<CarrierReceipt>& receipts);

private:
    ServiceContext m_ctx;
};

} // namespace simfleet
