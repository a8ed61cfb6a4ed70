// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

namespace simfleet {

// Posts money to a card's ledger. A charge on an arrears-cleared card sends it back to active
// (audited) in the same transaction. Nothing is posted to a void card.
class LedgerService {
public:
    explicit LedgerService(ServiceContext context) : m_ctx(std::move(context)) {}

    // amount must be positive. A null date means today; a later one is refused (DateInFuture).
    // A payment names its receipt or reference (PaymentNeedsReference).
    Result<LedgerEntry> pay(CardId card, Money amount, const QString& reference, QDate date = {});
    Result<LedgerEntry> charge(CardId card, Money amount, const QString& reference,
                               QDate date = {});
    // Signed, non-zero.
    Result<LedgerEntry> adjust(CardId card, Money amount, const QString& reference,
                               QDate date = {});

    // General form used by the three above and by imports.
    Result<LedgerEntry> post(CardId card, EntryKind kind, Money amount, const QString& reference,
                             QDate date);

private:
    ServiceContext m_ctx;
};

// Used inside an open write transaction by services that post in bulk (imports, demo).
// Validates, posts, and reopens an arrears-cleared card on a charge. The caller stamps
// entry.operatorName and entry.recordedAt (the posting time, also the reopened card's stateSince).
Result<LedgerEntry> postLedgerEntryIn(StoreWriter& writer, const Card& card, LedgerEntry entry);

// The checks of postLedgerEntryIn, and the posting it would write, for StoreWriter's
// postLedgerEntries: a void card, a wrong amount, a missing date or one after the day of
// entry.recordedAt is refused.
Result<LedgerPosting> ledgerPostingFor(const Card& card, LedgerEntry entry);

// Whether posting entry to card also moves the card (a charge reopens an arrears-cleared card):
// such an entry is posted on its own, with postLedgerEntryIn.
bool postingMovesCard(const Card& card, const LedgerEntry& entry);

} // namespace simfleet
