// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <SQLiteCpp/Statement.h>
#include <array>
#include <optional>

struct sqlite3;

namespace simfleet::sqlite {

// How an audit row's hash is stored (schema version 6): the 32 bytes of the SHA-256. The rest of
// SimFleet spells hashes as 64 lower-case hex digits, as the chain itself does.

using HashBytes = std::array<char, 32>;

// The bytes of 64 hex digits; nullopt for anything else.
std::optional<HashBytes> hashBytes(QByteArrayView hex);

// Binds the hash as its 32 bytes. Anything that is not 64 hex digits is bound as the text it
// is, so that it reads back unchanged.
void bindHash(SQLite::Statement& statement, int index, const QByteArray& hex);

// The column's hash as hex. A value that is not 32 bytes (a file changed behind SimFleet's back)
// is returned as it is, so that `audit verify` finds it wrong instead of a reader failing.
QByteArray hashAt(const SQLite::Statement& statement, int column);
// The same for a value already read: its bytes, and whether SQLite holds it as a blob.
QByteArray storedHashHex(QByteArrayView stored, bool blob);

// simfleet_unhex(text): the 32 bytes of a 64-hex-digit text, anything else unchanged. The
// migration to version 6 converts the stored hashes with it (SQLite 3.40 has no unhex()).
void registerUnhexFunction(sqlite3* db);

} // namespace simfleet::sqlite
