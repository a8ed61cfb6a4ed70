// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditEvent.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <array>
#include <utility>

namespace simfleet {

namespace {

constexpr std::array<std::pair<AuditAction, const char16_t*>, 8> kActionCodes{{
    {AuditAction::CardCreated, u"card-created"},
    {AuditAction::CardEdited, u"card-edited"},
    {AuditAction::LedgerEntryPosted, u"ledger-entry"},
    {AuditAction::StateChanged, u"state-changed"},
    {AuditAction::LostFlagSet, u"lost-set"},
    {AuditAction::LostFlagCleared, u"lost-cleared"},
    {AuditAction::HolderUnmasked, u"holder-unmasked"},
    {AuditAction::PacketIncluded, u"packet-included"},
}};

QJsonValue optionalState(const std::optional<CardState>& state)
{
    return state ? QJsonValue(stateCode(*state)) : QJsonValue(QJsonValue::Null);
}

// Every field in a fixed order inside one JSON array: JSON's quoting keeps field boundaries
// unambiguous, and QJsonObject keeps the details' keys sorted. 64-bit integers travel as
// decimal strings because JSON numbers are doubles and would lose digits past 2^53.
QByteArray canonicalForm(const AuditEvent& event)
{
    const QJsonArray fields{
        QString::fromLatin1(event.prevHash),
        QString::number(event.seq),
        event.atUtc.isValid() ? event.atUtc.toUTC().toString(Qt::ISODateWithMs) : QString(),
        event.operatorName,
        event.cardId ? QJsonValue(QString::number(*event.cardId)) : QJsonValue(QJsonValue::Null),
        event.iccid,
        auditActionCode(event.action),
        optionalState(event.fromState),
        optionalState(event.toState),
        event.details,
    };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace

QString auditActionCode(AuditAction action)
{
    for (const auto& [candidate, code] : kActionCodes) {
        if (candidate == action) {
            return QString::fromUtf16(code);
        }
    }
    return {};
}

Result<AuditAction> parseAuditAction(QStringView code)
{
    for (const auto& [action, candidate] : kActionCodes) {
        if (code == QStringView(candidate)) {
            return action;
        }
    }
    // Codes are only ever read back from the store, so an unknown one means damaged data.
    return Error{ErrorCode::StorageFailure, code.toString(), 0};
}

QByteArray computeAuditHash(const AuditEvent& event)
{
    return QCryptographicHash::hash(canonicalForm(event), QCryptographicHash::Sha256).toHex();
}

bool AuditChainVerifier::feed(const AuditEvent& event)
{
    if (m_break) {
        return false;
    }
    ++m_rows;
    const bool first = m_rows == 1;
    std::optional<AuditBreak::Kind> broken;
    if (!first && event.seq != m_lastSeq + 1) {
        broken = AuditBreak::Kind::SequenceGap; // a deleted (or inserted) row
    } else if (event.prevHash != (first ? QByteArray() : m_lastHash)) {
        broken = AuditBreak::Kind::PrevHashMismatch;
    } else if (event.hash != computeAuditHash(event)) {
        broken = AuditBreak::Kind::HashMismatch;
    }
    if (broken) {
        m_break = AuditBreak{event.seq, *broken};
        return false;
    }
    m_lastSeq = event.seq;
    m_lastHash = event.hash;
    return true;
}

} // namespace simfleet
