// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "domain/LedgerImportSeal.h"
#include "support/Sha256.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace simfleet {

// What happened, as a stable code stored in the audit log.
enum class AuditAction {
    CardCreated,
    CardEdited,
    LedgerEntryPosted,
    StateChanged,
    LostFlagSet,
    LostFlagCleared,
    HolderUnmasked,
    PacketIncluded,
    // A ledger file imported: one row for the whole file, about no card, whose details seal the
    // entries it stored (LedgerImportSeal.h).
    LedgerImported,
};

// "card-created", "card-edited", "ledger-entry", "state-changed", "lost-set", "lost-cleared",
// "holder-unmasked", "packet-included", "ledger-imported".
QString auditActionCode(AuditAction action);
Result<AuditAction> parseAuditAction(QStringView code);

// What a service asks the store to record; the store adds sequence, time, operator and hashes.
struct AuditDraft {
    AuditAction action{AuditAction::CardEdited};
    std::optional<CardState> fromState;
    std::optional<CardState> toState;
    QJsonObject details; // never unmasked personal data
};

// One row of the append-only, hash-chained audit log.
struct AuditEvent {
    std::int64_t seq{0};
    QDateTime atUtc;
    QString operatorName;
    std::optional<CardId> cardId;
    QString iccid; // copy, so the history reads without a join
    AuditAction action{AuditAction::CardEdited};
    std::optional<CardState> fromState;
    std::optional<CardState> toState;
    QJsonObject details;
    QByteArray prevHash; // hex SHA-256 of the previous row, empty for the first
    QByteArray hash;     // hex SHA-256 over prevHash and this row's canonical form
};

// The hash a row must carry: SHA-256 (hex) over prevHash and a canonical serialisation of every
// other field. Store and verifier use this one function.
QByteArray computeAuditHash(const AuditEvent& event);
// The same hash as its 32 bytes (computeAuditHash is their hex).
Sha256Digest computeAuditDigest(const AuditEvent& event);

// The first row where the chain breaks.
struct AuditBreak {
    std::int64_t seq{0};
    // LedgerSealMismatch: the row is intact, but the ledger entries an import's row seals are
    // not what it recorded (one was changed, removed or added in its range since).
    enum class Kind {
        PrevHashMismatch,
        HashMismatch,
        SequenceGap,
        LedgerSealMismatch,
    } kind{Kind::HashMismatch};
};

// What checking the whole chain found.
struct AuditVerification {
    std::int64_t rowsChecked{0};
    std::optional<AuditBreak> firstBreak; // unset: the chain is intact
    QByteArray headHash;
};

// The seal of the ledger entries whose ids lie in [firstId, lastId], as they are stored now.
using LedgerSealSource = std::function<LedgerImportSeal(std::int64_t firstId, std::int64_t lastId)>;

// Whether an import's row (LedgerImported) still seals its entries: its details name a range and
// the seal the entries of that range have now.
bool sealHolds(const AuditEvent& importRow, const LedgerSealSource& ledger);

// Streams the log in seq order (it may hold millions of rows) and remembers the first break.
// An import's row is also checked against the ledger entries it seals, read from ledger.
class AuditChainVerifier {
public:
    // Without a source of seals every import row is a break: it cannot be shown to hold.
    AuditChainVerifier() = default;
    explicit AuditChainVerifier(LedgerSealSource ledger) : m_ledger(std::move(ledger)) {}

    // Returns false once a break has been found; later rows are ignored.
    bool feed(const AuditEvent& event);
    std::optional<AuditBreak> firstBreak() const { return m_break; }
    std::int64_t rowsChecked() const { return m_rows; }
    QByteArray headHash() const { return m_lastHash; }

private:
    LedgerSealSource m_ledger;
    std::optional<AuditBreak> m_break;
    std::int64_t m_rows{0};
    std::int64_t m_lastSeq{0};
    QByteArray m_lastHash;
};

} // namespace simfleet
