// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LedgerService.h"

#include "rules/Lifecycle.h"
#include "services/LedgerChecks.h"

#include <optional>

namespace simfleet {

namespace {

// "A new charge arrives": the card owes again, so it is back in service.
void reopenAfterCharge(StoreWriter& writer, CardId cardId, const LedgerEntry& charge)
{
    std::optional<Card> card = writer.cardById(cardId); // re-read: posting bumped the version
    if (!card || !chargeReopens(card->state))
        return;
    const CardState from = card->state;
    card->state = CardState::Active;
    card->stateSince = charge.recordedAt;
    const QJsonObject details{{QStringLiteral("trigger"), entryKindCode(charge.kind)},
                              {QStringLiteral("entry_id"), static_cast<qint64>(charge.id)},
                              {QStringLiteral("reference"), charge.reference}};
    writer.updateCard(*card,
                      AuditDraft{AuditAction::StateChanged, from, CardState::Active, details});
}

} // namespace

Result<LedgerPosting> ledgerPostingFor(const Card& card, LedgerEntry entry)
{
    if (isFinal(card.state))
        return Error{ErrorCode::CardVoid, card.iccid, 0};
    if (const auto refused = checkEntryAmount(entry.kind, entry.amount))
        return *refused;
    if (!entry.date.isValid())
        return Error{ErrorCode::FieldRequired, QStringLiteral("date"), 0};
    if (const auto refused = checkEntryDate(entry.date, businessDate(entry.recordedAt)))
        return *refused;
    entry.cardId = card.id;
    AuditDraft audit{AuditAction::LedgerEntryPosted, std::nullopt, std::nullopt,
                     ledgerEntryDetails(entry)};
    return LedgerPosting{std::move(entry), card.iccid, std::move(audit)};
}

bool postingMovesCard(const Card& card, const LedgerEntry& entry)
{
    return entry.kind == EntryKind::Charge && chargeReopens(card.state);
}

Result<LedgerEntry> postLedgerEntryIn(StoreWriter& writer, const Card& card, LedgerEntry entry)
{
    Result<LedgerPosting> posting = ledgerPostingFor(card, std::move(entry));
    if (!posting)
        return posting.error();
    LedgerEntry posted = posting->entry;
    posted.id = writer.postLedgerEntry(posted, posting->audit);
    if (postingMovesCard(card, posted))
        reopenAfterCharge(writer, card.id, posted);
    return posted;
}

Result<LedgerEntry> LedgerService::pay(CardId card, Money amount, const QString& reference,
                                       QDate date)
{
    if (const auto refused = checkEntryReference(EntryKind::Payment, reference))
        return *refused;
    return post(card, EntryKind::Payment, amount, reference, date);
}

Result<LedgerEntry> LedgerService::charge(CardId card, Money amount, const QString& reference,
                                          QDate date)
{
    return post(card, EntryKind::Charge, amount, reference, date);
}

Result<LedgerEntry> LedgerService::adjust(CardId card, Money amount, const QString& reference,
                                          QDate date)
{
    return post(card, EntryKind::Adjustment, amount, reference, date);
}

Result<LedgerEntry> LedgerService::post(CardId card, EntryKind kind, Money amount,
                                        const QString& reference, QDate date)
{
    if (const auto refused = checkEntryAmount(kind, amount))
        return *refused;
    LedgerEntry entry;
    entry.kind = kind;
    entry.amount = amount;
    entry.date = date.isValid() ? date : m_ctx.clock.today();
    entry.reference = reference.trimmed();
    entry.operatorName = m_ctx.operatorName;
    entry.recordedAt = m_ctx.clock.nowUtc();

    std::optional<LedgerEntry> posted;
    const Status status = m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) -> Status {
        const std::optional<Card> target = writer.cardById(card);
        if (!target)
            return Error{ErrorCode::CardNotFound, QString(), 0};
        Result<LedgerEntry> result = postLedgerEntryIn(writer, *target, entry);
        if (!result)
            return result.error();
        posted = std::move(result).value();
        return {};
    });
    if (!status)
        return status.error();
    return *posted;
}

} // namespace simfleet
