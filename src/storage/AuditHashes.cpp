// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHashes.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace simfleet::sqlite {

namespace {

// The value of each hex digit, -1 for any other byte: the hashing thread decodes a million.
constexpr std::array<signed char, 256> kHexValues = [] {
    std::array<signed char, 256> values{};
    values.fill(-1);
    for (char digit = '0'; digit <= '9'; ++digit)
        values[static_cast<unsigned char>(digit)] = static_cast<signed char>(digit - '0');
    for (char letter = 'a'; letter <= 'f'; ++letter) {
        values[static_cast<unsigned char>(letter)] = static_cast<signed char>(letter - 'a' + 10);
        values[static_cast<unsigned char>(letter - 'a' + 'A')] =
            static_cast<signed char>(letter - 'a' + 10);
    }
    return values;
}();

int hexValue(char digit)
{
    return kHexValues[static_cast<unsigned char>(digit)];
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
    const char* digits = hex.data();
    int invalid = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const int high = hexValue(digits[2 * i]);
        const int low = hexValue(digits[2 * i + 1]);
        invalid |= high | low; // negative once any digit was not one
        bytes[i] = static_cast<char>((high << 4) | low);
    }
    if (invalid < 0)
        return std::nullopt;
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
    return storedHashHex(QByteArrayView(data, value.getBytes()), blob);
}

QByteArray storedHashHex(QByteArrayView stored, bool blob)
{
    if (blob && stored.size() == static_cast<qsizetype>(sizeof(HashBytes)))
        return stored.toByteArray().toHex();
    return stored.toByteArray();
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
