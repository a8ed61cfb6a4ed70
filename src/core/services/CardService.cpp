// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardService.h"

#include "rules/Lifecycle.h"
#include "rules/Validators.h"
#include "services/CardChanges.h"

#include <QJsonObject>
#include <optional>

namespace simfleet {

namespace {

// Ids are internal: the message is "no such card", not a number the user never saw.
Error notFound()
{
    return Error{ErrorCode::CardNotFound, QString(), 0};
}

// The edited card's own fields, validated as an import validates them. Everything else (identity,
// state, balance, lost flag) comes from the stored card.
Result<Card> validatedEdit(const Card& stored, const Card& edited)
{
    Card card = stored;
    const Result<QString> msisdn = validateMsisdn(edited.msisdn);
    if (!msisdn)
        return msisdn.error();
    if (*msisdn != stored.msisdn) {
        card.msisdn = *msisdn;
        card.numberHomeArea = homeAreaOf(card.msisdn);
    }
    if (edited.monthlyFee.isNegative())
        return Error{ErrorCode::AmountNotPositive, edited.monthlyFee.toPlainString(),
                     edited.monthlyFee.fen()};
    card.holderId.clear();
    if (!edited.holderId.trimmed().isEmpty()) {
        const Result<HolderId> holderId = validateHolderId(edited.holderId);
        if (!holderId)
            return holderId.error();
        card.holderId = holderId->value;
    }
    const Result<QString> homeArea = validateHomeArea(edited.declaredHomeArea);
    if (!homeArea)
        return homeArea.error();
    card.declaredHomeArea = *homeArea;
    if (!edited.activatedOn.isNull() && !edited.activatedOn.isValid())
        return Error{ErrorCode::DateInvalid, QString(), 0};
    card.carrier = edited.carrier;
    card.plan = edited.plan.trimmed();
    card.monthlyFee = edited.monthlyFee;
    card.holderName = edited.holderName.trimmed();
    card.department = edited.department.trimmed();
    card.assignee = edited.assignee.trimmed();
    card.activatedOn = edited.activatedOn;
    card.version = edited.version; // the store refuses the edit if someone saved in between
    return card;
}

} // namespace

Result<Card> CardService::edit(const Card& edited)
{
    std::optional<Card> saved;
    const Status status = m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) -> Status {
        const std::optional<Card> stored = writer.cardById(edited.id);
        if (!stored)
            return notFound();
        if (isFinal(stored->state))
            return Error{ErrorCode::CardVoid, stored->iccid, 0};
        Result<Card> card = validatedEdit(*stored, edited);
        if (!card)
            return card.error();
        if (card->msisdn != stored->msisdn) {
            const std::optional<Card> holder = writer.cardByMsisdn(card->msisdn);
            if (holder && holder->id != stored->id)
                return Error{ErrorCode::DuplicateMsisdn, card->msisdn, 0};
        }
        const QStringList changed = changedCardFields(*stored, *card);
        if (changed.isEmpty()) { // nothing to save, nothing to audit
            saved = stored;
            return {};
        }
        writer.updateCard(*stored, *card,
                          AuditDraft{AuditAction::CardEdited, std::nullopt, std::nullopt,
                                     cardEditDetails(*stored, *card, changed)});
        saved = writer.cardById(edited.id);
        return {};
    });
    if (!status)
        return status.error();
    return *saved;
}

Result<Card> CardService::setLost(CardId id, bool lost, const QString& note)
{
    std::optional<Card> saved;
    const Status status = m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) -> Status {
        std::optional<Card> card = writer.cardById(id);
        if (!card)
            return notFound();
        if (isFinal(card->state))
            return Error{ErrorCode::CardVoid, card->iccid, 0};
        if (card->lost == lost) { // already so: nothing happened, nothing to audit
            saved = card;
            return {};
        }
        card->lost = lost;
        QJsonObject details;
        if (!note.trimmed().isEmpty())
            details.insert(QStringLiteral("note"), note.trimmed());
        const AuditAction action = lost ? AuditAction::LostFlagSet : AuditAction::LostFlagCleared;
        writer.updateCard(*card, AuditDraft{action, std::nullopt, std::nullopt, details});
        saved = writer.cardById(id);
        return {};
    });
    if (!status)
        return status.error();
    return *saved;
}

Result<QString> CardService::unmaskHolderId(CardId id)
{
    QString holderId;
    const Status status = m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) -> Status {
        const std::optional<Card> card = writer.cardById(id);
        if (!card)
            return notFound();
        writer.appendAudit(
            id, AuditDraft{AuditAction::HolderUnmasked, std::nullopt, std::nullopt,
                           QJsonObject{{QStringLiteral("field"), QStringLiteral("holder_id")}}});
        holderId = card->holderId;
        return {};
    });
    if (!status)
        return status.error();
    return holderId;
}

} // namespace simfleet
