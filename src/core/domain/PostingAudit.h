// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "domain/LedgerEntry.h"

#include <QByteArrayView>
#include <optional>
#include <string>
#include <string_view>

namespace simfleet {

// The audit rows of ledger entries posted in bulk, written straight from each entry's fields:
// the same bytes the general path makes through a QJsonObject and an AuditEvent per row
// (ledgerEntryDetails, auditCanonicalForm), at a fraction of the cost. Tests hold the two to
// each other.

// The details of a posted entry as the audit log stores them: the compact JSON
// {"amount_fen":…,"date":"…","kind":"…","reference":"…"} that QJsonDocument writes for
// ledgerEntryDetails(entry). reference: UTF-8.
void appendPostingDetails(std::string& out, EntryKind kind, Money amount, QDate date,
                          std::string_view reference);

// auditCanonicalForm of rows that share their instant, operator, action and states, so that
// those are written once and each row adds only what is its own.
class AuditCanonicalWriter {
public:
    // shared's atUtc, operatorName, action, fromState and toState; the rest is ignored.
    explicit AuditCanonicalWriter(const AuditEvent& shared);

    // Appends the form of the row with these fields: prevHash as auditCanonicalForm takes it
    // (hex), iccid in UTF-8 (valid), details as the compact JSON QJsonDocument writes for them.
    void write(std::string& out, QByteArrayView prevHash, std::int64_t seq,
               std::optional<CardId> cardId, std::string_view iccid,
               std::string_view details) const;

private:
    std::string m_afterSeq;   // ,"atUtc",operator,
    std::string m_afterIccid; // ,action,from,to,
};

} // namespace simfleet
