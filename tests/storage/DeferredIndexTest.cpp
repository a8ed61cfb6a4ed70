// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIndex.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <catch2/catch.hpp>

using namespace simfleet::sqlite;

namespace {

constexpr const char* kIndexSql = "CREATE INDEX t_by_k ON t (k, v)";

// A table of rows with an index and statistics on it, as ANALYZE leaves them.
void fill(SQLite::Database& db, int rows)
{
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER, v TEXT)");
    db.exec(kIndexSql);
    SQLite::Statement insert(db, "INSERT INTO t (k, v) VALUES (?, 'x')");
    for (int i = 0; i < rows; ++i) {
        insert.bind(1, i % 7);
        insert.exec();
        insert.reset();
    }
    db.exec("ANALYZE");
}

std::string indexSql(SQLite::Database& db)
{
    SQLite::Statement select(db, "SELECT sql FROM sqlite_schema WHERE name = 't_by_k'");
    return select.executeStep() ? select.getColumn(0).getString() : std::string();
}

std::string statistics(SQLite::Database& db)
{
    SQLite::Statement select(db,
                             "SELECT tbl || ' ' || stat FROM sqlite_stat1 WHERE idx = 't_by_k'");
    return select.executeStep() ? select.getColumn(0).getString() : std::string();
}

void append(SQLite::Database& db, int rows)
{
    for (int i = 0; i < rows; ++i)
        db.exec("INSERT INTO t (k, v) VALUES (abs(random()) % 7, 'y')");
}

} // namespace

TEST_CASE("A deferred index is set aside for a large share of its table, and built as it was")
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA temp_store=MEMORY"); // as the store sets it
    fill(db, 100);
    const std::string statsBefore = statistics(db);
    REQUIRE_FALSE(statsBefore.empty());

    SQLite::Transaction transaction(db);
    DeferredIndex index(db, "t_by_k", "t", 10);
    index.appending(5); // fewer than the minimum
    CHECK(indexSql(db) == kIndexSql);
    index.appending(15); // 20: at least ten, and a fifth of the table
    CHECK(indexSql(db) == kIndexSql);
    index.appending(5); // 25: a quarter
    CHECK(indexSql(db).empty());
    append(db, 25);
    index.restore();
    CHECK(indexSql(db) == kIndexSql);
    CHECK(statistics(db) == statsBefore);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(db.execAndGet("PRAGMA temp_store").getInt() == 2);     // MEMORY again
    CHECK(db.execAndGet("PRAGMA cache_size").getInt() == -2000); // SQLite's default, again
    transaction.commit();
    // The index serves queries again, and holds the appended rows.
    CHECK(db.execAndGet("SELECT count(*) FROM t INDEXED BY t_by_k WHERE k >= 0").getInt() == 125);
}

TEST_CASE("A deferred index set aside comes back when the transaction rolls back")
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    fill(db, 8);
    {
        SQLite::Transaction transaction(db);
        DeferredIndex index(db, "t_by_k", "t", 1);
        index.appending(2);
        append(db, 2);
        CHECK(indexSql(db).empty());
    } // rolled back
    CHECK(indexSql(db) == kIndexSql);
    CHECK(db.execAndGet("SELECT count(*) FROM t").getInt() == 8);
}
