// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHashes.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace simfleet::sqlite {

namespace {

int hexValue(char digit)
{
    if (digit >= '0' && digit <= '9')
        return digit - '0';
    if (digit >= 'a' && digit <= 'f')
        return digit - 'a' + 10;
    if (digit >= 'A' && digit <= 'F')
        return digit - 'A' + 10;
    return -1;
}

void unhexFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const std::optional<HashBytes> bytes =
        text == nullptr ? std::nullopt : hashBytes(QByteArrayView(text, size));
    if (bytes)
        sqlite3_result_blob(context, bytes->data(), static_cast<int>(bytes->size()),
                            SQLITE_TRANSIENT);
    else
        sqlite3_result_value(context, argv[0]);
}

} // namespace

std::optional<HashBytes> hashBytes(QByteArrayView hex)
{
    HashBytes bytes{};
    if (hex.size() != 2 * static_cast<qsizetype>(bytes.size()))
        return std::nullopt;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto at = static_cast<qsizetype>(2 * i);
        const int high = hexValue(hex[at]);
        const int low = hexValue(hex[at + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes[i] = static_cast<char>((high << 4) | low);
    }
    return bytes;
}

void bindHash(SQLite::Statement& statement, int index, const QByteArray& hex)
{
    if (const std::optional<HashBytes> bytes = hashBytes(hex))
        statement.bind(index, bytes->data(), static_cast<int>(bytes->size()));
    else
        statement.bind(index, hex.toStdString());
}

QByteArray hashAt(const SQLite::Statement& statement, int column)
{
    const SQLite::Column value = statement.getColumn(column);
    // The type first: reading the value may convert it, and then the type is unspecified.
    const bool blob = value.isBlob();
    const auto* data = static_cast<const char*>(value.getBlob());
    const QByteArray stored(data, value.getBytes());
    if (blob && stored.size() == static_cast<qsizetype>(sizeof(HashBytes)))
        return stored.toHex();
    return stored;
}

void registerUnhexFunction(sqlite3* db)
{
    const int registered =
        sqlite3_create_function_v2(db, "simfleet_unhex", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, unhexFunction, nullptr, nullptr, nullptr);
    if (registered != SQLITE_OK)
        throw SQLite::Exception(db, registered);
}

} // namespace simfleet::sqlite
