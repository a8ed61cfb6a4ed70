// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerSealReads.h"

#include <SQLiteCpp/Exception.h>
#include <array>
#include <charconv>
#include <memory>
#include <sqlite3.h>

namespace simfleet::sqlite {

namespace {

// Every column of the table, in LedgerEntryCanonical's order.
constexpr const char* kRangeSql =
    "SELECT id, card_id, kind, amount_fen, date, reference, operator, recorded_at "
    "FROM ledger_entries WHERE id BETWEEN ?1 AND ?2 ORDER BY id";

// A column as SQLite spells it in text: an integer is written here, as SQLite would, instead of
// having SQLite convert it in place (three columns of millions of rows).
class ColumnText {
public:
    std::string_view at(sqlite3_stmt* row, int column)
    {
        if (sqlite3_column_type(row, column) == SQLITE_INTEGER) {
            std::array<char, 24>& digits = m_digits.at(static_cast<std::size_t>(column));
            char* const start = digits.data();
            const auto written =
                std::to_chars(start, start + digits.size(), sqlite3_column_int64(row, column));
            return {start, static_cast<std::size_t>(written.ptr - start)};
        }
        return text(row, column);
    }

    // A text column, asked for its text straight away (a number there is spelled as SQLite
    // spells it all the same).
    static std::string_view text(sqlite3_stmt* row, int column)
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(row, column));
        if (bytes == nullptr)
            return {};
        return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(row, column))};
    }

private:
    std::array<std::array<char, 24>, 8> m_digits{};
};

} // namespace

void addLedgerRange(sqlite3* db, std::int64_t firstId, std::int64_t lastId, LedgerSealer& sealer)
{
    sqlite3_stmt* statement = nullptr;
    const int prepared = sqlite3_prepare_v2(db, kRangeSql, -1, &statement, nullptr);
    if (prepared != SQLITE_OK)
        throw SQLite::Exception(db, prepared);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> owned(statement,
                                                                           &sqlite3_finalize);
    sqlite3_bind_int64(statement, 1, firstId);
    sqlite3_bind_int64(statement, 2, lastId);
    ColumnText text;
    for (;;) {
        const int stepped = sqlite3_step(statement);
        if (stepped == SQLITE_DONE)
            break;
        if (stepped != SQLITE_ROW)
            throw SQLite::Exception(db, stepped);
        sealer.add(StoredLedgerEntry{
            text.at(statement, 0), text.at(statement, 1), ColumnText::text(statement, 2),
            text.at(statement, 3), ColumnText::text(statement, 4), ColumnText::text(statement, 5),
            ColumnText::text(statement, 6), ColumnText::text(statement, 7)});
    }
}

LedgerImportSeal sealLedgerRange(sqlite3* db, std::int64_t firstId, std::int64_t lastId)
{
    LedgerSealer sealer(firstId, lastId);
    addLedgerRange(db, firstId, lastId, sealer);
    return sealer.finish();
}

} // namespace simfleet::sqlite
