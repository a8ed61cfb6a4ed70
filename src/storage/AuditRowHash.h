// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditStoredCanonical.h"
#include "AuditStoredRow.h"
#include "support/Sha256.h"

#include <QByteArray>
#include <string>

namespace simfleet::sqlite {

// The stored hash of the row before, kept while the next row is read (SQLite's bytes last only
// until the next step).
class PrevHash {
public:
    void set(const StoredBytes& hash, bool isBlob);
    // As the readers spell it: what AuditEvent::prevHash holds.
    QByteArray hex() const;
    // The 32 bytes when stored as they should be, else null.
    const char* digest() const;
    bool empty() const { return m_bytes.empty(); }

private:
    std::string m_bytes; // keeps its capacity: no allocation per row
    bool m_isBlob{false};
};

// Recomputes the hash a stored row must carry and compares it with the one it carries.
class AuditRowHash {
public:
    // SHA-256 of the row's canonical form. Straight from the stored bytes when they are in
    // canonical form already (AuditStoredCanonical), else through the AuditEvent every reader
    // maps the row to; either way the bytes of auditCanonicalForm(event), so the same verdict as
    // computeAuditHash. Throws StoreError for a row no reader can map.
    Sha256Digest expected(const AuditStoredRow& row, const PrevHash& prev);
    // Whether the stored hash is that digest, compared as the readers spell it.
    static bool carries(const AuditStoredRow& row, const Sha256Digest& digest);

private:
    AuditStoredCanonical m_canonical;
};

} // namespace simfleet::sqlite
