// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRowHash.h"

#include "AuditHashes.h"
#include "AuditStoredCanonical.h"
#include "domain/AuditCanonicalForm.h"

#include <cstring>

namespace simfleet::sqlite {

void PrevHash::set(const StoredBytes& hash, bool isBlob)
{
    m_bytes.assign(hash.data, static_cast<std::size_t>(hash.size));
    m_isBlob = isBlob;
}

QByteArray PrevHash::hex() const
{
    return storedHashHex(QByteArrayView(m_bytes.data(), static_cast<qsizetype>(m_bytes.size())),
                         m_isBlob);
}

const char* PrevHash::digest() const
{
    return m_isBlob && m_bytes.size() == sizeof(HashBytes) ? m_bytes.data() : nullptr;
}

Sha256Digest AuditRowHash::expected(const AuditStoredRow& row, const PrevHash& prev)
{
    // The fast way writes the previous hash as hex of 32 bytes, or '' (the log's first row).
    const char* prevDigest = prev.digest();
    if (prevDigest != nullptr || prev.empty()) {
        if (const auto form = m_canonical.of(row, prevDigest))
            return sha256(QByteArrayView(form->data(), static_cast<qsizetype>(form->size())));
    }
    return sha256(auditCanonicalForm(auditEventFrom(row, prev.hex())));
}

bool AuditRowHash::carries(const AuditStoredRow& row, const Sha256Digest& digest)
{
    if (row.hashIsBlob && row.hash.size == static_cast<int>(digest.size()))
        return std::memcmp(row.hash.data, digest.data(), digest.size()) == 0;
    // Anything else (a file changed behind SimFleet's back) is compared as hashAt spells it.
    return storedHashHex(row) == hexOf(digest);
}

} // namespace simfleet::sqlite
