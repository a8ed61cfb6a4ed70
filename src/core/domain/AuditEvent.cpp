// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditEvent.h"

#include "domain/AuditCanonicalForm.h"
#include "support/Sha256.h"

#include <array>
#include <utility>

namespace simfleet {

namespace {

constexpr std::array<std::pair<AuditAction, const char16_t*>, 9> kActionCodes{{
    {AuditAction::CardCreated, u"card-created"},
    {AuditAction::CardEdited, u"card-edited"},
    {AuditAction::LedgerEntryPosted, u"ledger-entry"},
    {AuditAction::StateChanged, u"state-changed"},
    {AuditAction::LostFlagSet, u"lost-set"},
    {AuditAction::LostFlagCleared, u"lost-cleared"},
    {AuditAction::HolderUnmasked, u"holder-unmasked"},
    {AuditAction::PacketIncluded, u"packet-included"},
    {AuditAction::LedgerImported, u"ledger-imported"},
}};

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
    return hexOf(computeAuditDigest(event));
}

Sha256Digest computeAuditDigest(const AuditEvent& event)
{
    return sha256(auditCanonicalForm(event));
}

bool sealHolds(const AuditEvent& importRow, const LedgerSealSource& ledger)
{
    const std::optional<LedgerImportSeal> recorded = ledgerImportSealOf(importRow.details);
    return recorded && ledger && ledger(recorded->firstId, recorded->lastId) == *recorded;
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
    } else if (event.action == AuditAction::LedgerImported && !sealHolds(event, m_ledger)) {
        broken = AuditBreak::Kind::LedgerSealMismatch;
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
