// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditStoredRow.h"

#include "AuditHashes.h"
#include "CodeColumns.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <SQLiteCpp/Column.h>
#include <algorithm>
#include <array>
#include <sqlite3.h>
#include <stdexcept>
#include <string_view>

namespace simfleet::sqlite {

namespace {

// A row's columns read through SQLite's own API (the scan of `audit verify`) or through
// SQLiteCpp's (the statements of the other readers), the same way: whether NULL first (reading
// the bytes may convert the value, and then its type is unspecified), then the bytes, NULL
// reading as "" as SQLiteCpp's getText has it.
class RawColumns {
public:
    // sqlite3_column_value once per column, then the value API: each sqlite3_column_* call
    // enters and leaves the connection, which cost a fifth of `audit verify`'s reading thread.
    // The values are "unprotected", which only matters to a connection shared between threads;
    // a connection of the store is used by one thread at a time.
    explicit RawColumns(sqlite3_stmt* row)
        : m_count(static_cast<std::size_t>(std::min(sqlite3_column_count(row), kMaxColumns)))
    {
        for (std::size_t column = 0; column < m_count; ++column)
            m_values[column] = sqlite3_column_value(row, static_cast<int>(column));
    }
    bool isNull(int column) const { return type(column) == SQLITE_NULL; }
    bool isBlob(int column) const { return type(column) == SQLITE_BLOB; }
    std::int64_t integer(int column) const { return sqlite3_value_int64(at(column)); }
    StoredBytes text(int column) const { return bytes(column, sqlite3_value_text(at(column))); }
    StoredBytes blob(int column) const { return bytes(column, sqlite3_value_blob(at(column))); }

private:
    static constexpr int kMaxColumns = 16;
    sqlite3_value* at(int column) const
    {
        const auto index = static_cast<std::size_t>(column);
        if (index >= m_count)
            throw std::out_of_range("audit column");
        return m_values[index];
    }
    int type(int column) const { return sqlite3_value_type(at(column)); }
    StoredBytes bytes(int column, const void* data) const
    {
        StoredBytes value;
        if (data != nullptr)
            value.data = static_cast<const char*>(data);
        value.size = sqlite3_value_bytes(at(column));
        return value;
    }
    std::size_t m_count;
    // Not zeroed: a rep stos per row was a tenth of reading it. Only the first m_count are set.
    std::array<sqlite3_value*, kMaxColumns> m_values;
};

class StatementColumns {
public:
    explicit StatementColumns(const SQLite::Statement& row) : m_row(row) {}
    bool isNull(int column) const { return m_row.isColumnNull(column); }
    bool isBlob(int column) const { return m_row.getColumn(column).isBlob(); }
    std::int64_t integer(int column) const { return m_row.getColumn(column).getInt64(); }
    StoredBytes text(int column) const
    {
        const SQLite::Column value = m_row.getColumn(column);
        return bytes(value.getText(nullptr), value.getBytes());
    }
    StoredBytes blob(int column) const
    {
        const SQLite::Column value = m_row.getColumn(column);
        return bytes(value.getBlob(), value.getBytes());
    }

private:
    static StoredBytes bytes(const void* data, int size)
    {
        StoredBytes value;
        if (data != nullptr)
            value.data = static_cast<const char*>(data);
        value.size = size;
        return value;
    }
    const SQLite::Statement& m_row;
};

template <class Columns> StoredBytes textAt(const Columns& row, int column)
{
    const bool null = row.isNull(column);
    StoredBytes value = row.text(column);
    value.null = null;
    return value;
}

// Each member once, in order (the hash's type before its bytes).
template <class Columns> AuditStoredRow storedRowAt(const Columns& row, int first, int hashColumn)
{
    return AuditStoredRow{
        .seq = row.integer(first),
        .atUtc = textAt(row, first + 1),
        .operatorName = textAt(row, first + 2),
        .cardId = row.isNull(first + 3) ? std::nullopt
                                        : std::optional<std::int64_t>(row.integer(first + 3)),
        .iccid = textAt(row, first + 4),
        .action = textAt(row, first + 5),
        .fromState = textAt(row, first + 6),
        .toState = textAt(row, first + 7),
        .details = textAt(row, first + 8),
        .hashIsBlob = row.isBlob(hashColumn),
        .hash = row.blob(hashColumn),
    };
}

std::string_view codeOf(const StoredBytes& value)
{
    return {value.data, static_cast<std::size_t>(value.size)};
}

QString stringOf(const StoredBytes& value)
{
    return QString::fromUtf8(value.data, value.size);
}

std::optional<CardState> optionalStateOf(const StoredBytes& value)
{
    if (value.null)
        return std::nullopt;
    return stateOf(codeOf(value));
}

} // namespace

AuditStoredRow auditStoredRowAt(sqlite3_stmt* row, int first, int hashColumn)
{
    return storedRowAt(RawColumns(row), first, hashColumn);
}

AuditStoredRow auditStoredRowAt(const SQLite::Statement& row, int first, int hashColumn)
{
    return storedRowAt(StatementColumns(row), first, hashColumn);
}

AuditEvent auditEventFrom(const AuditStoredRow& row, QByteArray prevHash)
{
    AuditEvent event;
    event.seq = row.seq;
    if (!row.atUtc.null)
        event.atUtc = instantFromText(row.atUtc.data, row.atUtc.size);
    event.operatorName = stringOf(row.operatorName);
    event.cardId = row.cardId;
    event.iccid = stringOf(row.iccid);
    event.action = auditActionOf(codeOf(row.action));
    event.fromState = optionalStateOf(row.fromState);
    event.toState = optionalStateOf(row.toState);
    event.details = QJsonDocument::fromJson(row.details.view().toByteArray()).object();
    event.prevHash = std::move(prevHash);
    event.hash = storedHashHex(row);
    return event;
}

QByteArray storedHashHex(const AuditStoredRow& row)
{
    return storedHashHex(row.hash.view(), row.hashIsBlob);
}

} // namespace simfleet::sqlite
