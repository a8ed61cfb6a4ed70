// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

namespace simfleet {

// Edits of a card's own fields and flags; every change is audited.
class CardService {
public:
    explicit CardService(ServiceContext context) : m_ctx(std::move(context)) {}

    // Validates and saves the edited fields (iccid is the identity and cannot change; state,
    // balance and lost are ignored here; the number's home area follows the number, and a blank
    // declared home area lets it stand). card.version guards against concurrent edits.
    // Refused for void cards. The change is audited in the same transaction.
    Result<Card> edit(const Card& edited);

    // 挂失: marks or clears the lost flag, with an optional note. Refused for void cards.
    Result<Card> setLost(CardId id, bool lost, const QString& note = {});

    // Returns the holder's full ID and records that this operator looked at it.
    Result<QString> unmaskHolderId(CardId id);

private:
    ServiceContext m_ctx;
};

} // namespace simfleet
