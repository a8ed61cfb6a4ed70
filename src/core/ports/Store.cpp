// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/Store.h"

#include <algorithm>

namespace simfleet {

std::vector<std::optional<CardId>> StoreReader::cardIdsByKeys(std::span<const CardKeyText> keys)
{
    std::vector<std::optional<CardId>> ids;
    ids.reserve(keys.size());
    for (const CardKeyText& key : keys) {
        const std::optional<Card> card =
            key.msisdn ? cardByMsisdn(key.digits) : cardByIccid(key.digits);
        ids.push_back(card ? std::optional<CardId>(card->id) : std::nullopt);
    }
    return ids;
}

void StoreReader::forEachCardKey(const std::function<void(const CardKey&)>& visit)
{
    forEachCard(CardFilter{}, [&](const Card& card) {
        visit(CardKey{card.id, card.iccid, card.msisdn, card.state});
    });
}

std::optional<LedgerEntry> StoreReader::lastPaymentOf(CardId id)
{
    const std::vector<LedgerEntry> ledger = ledgerOf(id);
    const auto payment = std::find_if(ledger.rbegin(), ledger.rend(), [](const LedgerEntry& e) {
        return e.kind == EntryKind::Payment;
    });
    if (payment == ledger.rend())
        return std::nullopt;
    return *payment;
}

void StoreWriter::updateCard(const Card& /*stored*/, const Card& updated, const AuditDraft& audit)
{
    updateCard(updated, audit);
}

} // namespace simfleet
