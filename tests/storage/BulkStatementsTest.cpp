// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkCardInsert.h"
#include "DatabaseFile.h"
#include "StorageTestSupport.h"

#include <sqlite3.h>

using namespace simfleet;
using namespace simfleet::sqlite;
using namespace simfleet::storagetest;

namespace {

constexpr int kBusyTimeoutMs = 1000;

// The store's file with its schema, opened as the store opens it for writing.
class BulkFixture {
public:
    BulkFixture()
    {
        m_store.close();
        m_db = openForWriting(m_store.path(), false, kBusyTimeoutMs);
    }
    SQLite::Database& db() { return *m_db; }
    std::int64_t count(const char* table)
    {
        return m_db->execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
    }

private:
    StoreFixture m_store;
    std::unique_ptr<SQLite::Database> m_db;
};

RowBatch cardRows(int first, int count)
{
    RowBatch rows(kCardRowColumns);
    NewCardEncoder encoder;
    for (int n = first; n < first + count; ++n)
        encoder.encode(rows, n, sampleCard(n));
    return rows;
}

RowBatch ledgerRows(std::initializer_list<CardId> cards)
{
    RowBatch rows(kLedgerRowColumns);
    std::int64_t id = 1;
    for (const CardId card : cards)
        encodeLedgerEntry(rows, id++, entry(card, EntryKind::Charge, 500, QDate(2026, 1, 1)),
                          QStringLiteral("alice"), "2026-01-02T00:00:00.000Z");
    return rows;
}

} // namespace

TEST_CASE("After a bulk statement failed, every one throws that failure and nothing more is "
          "written")
{
    BulkFixture fixture;
    SQLite::Transaction transaction(fixture.db());
    BulkCardInsert bulk(fixture.db());
    bulk.insertCards(cardRows(1, 3));
    CHECK_NOTHROW(bulk.sound());

    // Card 2 again, after two new ones: the statement stops at it.
    RowBatch clashing = cardRows(4, 2);
    NewCardEncoder encoder;
    encoder.encode(clashing, 2, sampleCard(2));
    CHECK_THROWS_AS(bulk.insertCards(clashing), SQLite::Exception);
    const std::int64_t stored = fixture.count("cards");
    CHECK(stored >= 3); // OR FAIL may keep cards 4 and 5: the transaction must not commit

    CHECK_THROWS_AS(bulk.sound(), SQLite::Exception);
    CHECK_THROWS_AS(bulk.insertCards(cardRows(10, 2)), SQLite::Exception);
    CHECK(fixture.count("cards") == stored);
}

TEST_CASE("Ledger rows are stored without the foreign key's check, which the writer makes")
{
    BulkFixture fixture;
    SQLite::Transaction transaction(fixture.db());
    BulkCardInsert bulk(fixture.db());
    bulk.insertCards(cardRows(1, 3));

    // Not even a missing card stops the statement: the caller's check is all there is (for
    // postLedgerBatch, tested in LedgerBatchTest).
    bulk.insertLedgerEntries(ledgerRows({1, 3, 42}));
    CHECK(fixture.count("ledger_entries") == 3);

    // The connection checks foreign keys again straight after.
    CHECK(fixture.db().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK_THROWS_AS(fixture.db().exec("INSERT INTO ledger_entries (card_id, kind, amount_fen, date,"
                                      " operator, recorded_at) VALUES (99, 'charge', 1,"
                                      " '2026-01-01', 'bob', '2026-01-02T00:00:00.000Z')"),
                    SQLite::Exception);
}

TEST_CASE("A batch's texts read back as written: ASCII, Chinese, mixed, empty, beyond the BMP")
{
    BulkFixture fixture;
    const std::vector<QString> texts{QStringLiteral("89860012345678901234"),
                                     QStringLiteral("星河信息科技有限公司"),
                                     QStringLiteral("Plan 畅聊 58"),
                                     QString(),
                                     QStringLiteral("ab付款😀"),
                                     QStringLiteral("x\u007f\u0080y")};
    RowBatch rows(1);
    for (const QString& text : texts)
        rows.addText(QStringView(text));
    sqlite3_stmt* select = nullptr;
    REQUIRE(sqlite3_prepare_v2(fixture.db().getHandle(), "SELECT c0 FROM simfleet_rows(?)", -1,
                               &select, nullptr) == SQLITE_OK);
    REQUIRE(bindRowBatch(select, 1, rows) == SQLITE_OK);
    std::vector<QString> read;
    while (sqlite3_step(select) == SQLITE_ROW)
        read.push_back(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(select, 0)),
                              sqlite3_column_bytes(select, 0)));
    sqlite3_finalize(select);
    CHECK(read == texts);
}
