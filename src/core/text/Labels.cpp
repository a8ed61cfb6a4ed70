// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Labels.h"

#include <QCoreApplication>

namespace simfleet {

// Literal strings stay inside translate() so lupdate finds them.

QString stateLabel(CardState state)
{
    switch (state) {
    case CardState::Active:
        return QCoreApplication::translate("simfleet::Labels", "Active");
    case CardState::ArrearsCleared:
        return QCoreApplication::translate("simfleet::Labels", "Arrears cleared");
    case CardState::CancellationRequested:
        return QCoreApplication::translate("simfleet::Labels", "Cancellation requested");
    case CardState::CarrierConfirmed:
        return QCoreApplication::translate("simfleet::Labels", "Carrier confirmed");
    case CardState::Void:
        return QCoreApplication::translate("simfleet::Labels", "Void");
    }
    return stateCode(state);
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::SelfOnline:
        return QCoreApplication::translate("simfleet::Labels", "Carrier website or app");
    case Channel::SelfHotline:
        return QCoreApplication::translate("simfleet::Labels", "Customer-service hotline");
    case Channel::CarrierHall:
        return QCoreApplication::translate("simfleet::Labels", "In person at a business hall");
    case Channel::CarrierHotline:
        return QCoreApplication::translate("simfleet::Labels", "Carrier hotline with an agent");
    }
    return channelCode(channel);
}

QString carrierLabel(Carrier carrier)
{
    switch (carrier) {
    case Carrier::Cmcc:
        return QCoreApplication::translate("simfleet::Labels", "China Mobile");
    case Carrier::Cucc:
        return QCoreApplication::translate("simfleet::Labels", "China Unicom");
    case Carrier::Ctcc:
        return QCoreApplication::translate("simfleet::Labels", "China Telecom");
    case Carrier::Cbn:
        return QCoreApplication::translate("simfleet::Labels", "China Broadnet");
    }
    return carrierCode(carrier);
}

QString entryKindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Charge:
        return QCoreApplication::translate("simfleet::Labels", "Charge");
    case EntryKind::Payment:
        return QCoreApplication::translate("simfleet::Labels", "Payment");
    case EntryKind::Adjustment:
        return QCoreApplication::translate("simfleet::Labels", "Adjustment");
    }
    return entryKindCode(kind);
}

QString auditActionLabel(AuditAction action)
{
    switch (action) {
    case AuditAction::CardCreated:
        return QCoreApplication::translate("simfleet::Labels", "Card created");
    case AuditAction::CardEdited:
        return QCoreApplication::translate("simfleet::Labels", "Card edited");
    case AuditAction::LedgerEntryPosted:
        return QCoreApplication::translate("simfleet::Labels", "Ledger entry posted");
    case AuditAction::StateChanged:
        return QCoreApplication::translate("simfleet::Labels", "State changed");
    case AuditAction::LostFlagSet:
        return QCoreApplication::translate("simfleet::Labels", "Reported lost");
    case AuditAction::LostFlagCleared:
        return QCoreApplication::translate("simfleet::Labels", "Loss report cleared");
    case AuditAction::HolderUnmasked:
        return QCoreApplication::translate("simfleet::Labels", "Holder data unmasked");
    case AuditAction::PacketIncluded:
        return QCoreApplication::translate("simfleet::Labels", "Included in a submission packet");
    case AuditAction::LedgerImported:
        return QCoreApplication::translate("simfleet::Labels", "Ledger file imported");
    }
    return auditActionCode(action);
}

QString fieldLabel(const QString& code)
{
    if (code == u"iccid")
        return QCoreApplication::translate("simfleet::Labels", "ICCID", "field");
    if (code == u"msisdn")
        return QCoreApplication::translate("simfleet::Labels", "number", "field");
    if (code == u"carrier")
        return QCoreApplication::translate("simfleet::Labels", "carrier", "field");
    if (code == u"plan")
        return QCoreApplication::translate("simfleet::Labels", "plan", "field");
    if (code == u"monthly_fee")
        return QCoreApplication::translate("simfleet::Labels", "monthly fee", "field");
    if (code == u"holder_name")
        return QCoreApplication::translate("simfleet::Labels", "holder", "field");
    if (code == u"holder_id")
        return QCoreApplication::translate("simfleet::Labels", "holder ID", "field");
    if (code == u"department")
        return QCoreApplication::translate("simfleet::Labels", "department", "field");
    if (code == u"assignee")
        return QCoreApplication::translate("simfleet::Labels", "assignee", "field");
    if (code == u"activated_on")
        return QCoreApplication::translate("simfleet::Labels", "activation date", "field");
    if (code == u"home_area")
        return QCoreApplication::translate("simfleet::Labels", "home area", "field");
    if (code == u"date")
        return QCoreApplication::translate("simfleet::Labels", "date", "field");
    if (code == u"kind")
        return QCoreApplication::translate("simfleet::Labels", "kind", "field");
    if (code == u"amount")
        return QCoreApplication::translate("simfleet::Labels", "amount", "field");
    if (code == u"reference")
        return QCoreApplication::translate("simfleet::Labels", "reference", "field");
    if (code == u"company name")
        return QCoreApplication::translate("simfleet::Labels", "company name", "field");
    if (code == u"USCC")
        return QCoreApplication::translate("simfleet::Labels", "unified social credit code",
                                           "field");
    if (code == u"agent name")
        return QCoreApplication::translate("simfleet::Labels", "agent name", "field");
    if (code == u"agent ID")
        return QCoreApplication::translate("simfleet::Labels", "agent ID", "field");
    return code;
}

QString homeAreaText(const Card& card)
{
    if (!card.homeAreaDiffersFromNumber())
        return card.homeArea();
    return QCoreApplication::translate("simfleet::Labels", "%1 (number says %2)")
        .arg(card.declaredHomeArea, card.numberHomeArea);
}

} // namespace simfleet
