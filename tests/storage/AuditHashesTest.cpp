// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHashes.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace simfleet::sqlite;

namespace {

const QByteArray kHex("00ff10a5b6c7d8e9f0123456789abcdef0123456789abcdef0123456789abcde");

} // namespace

TEST_CASE("A hash is 64 hex digits in either case; nothing else is")
{
    const auto bytes = hashBytes(kHex);
    REQUIRE(bytes.has_value());
    CHECK(QByteArray(bytes->data(), static_cast<qsizetype>(bytes->size())).toHex() == kHex);
    CHECK(hashBytes(kHex.toUpper()) == bytes);
    CHECK_FALSE(hashBytes(kHex.left(63)).has_value());
    CHECK_FALSE(hashBytes(kHex + "0").has_value());
    CHECK_FALSE(hashBytes(QByteArray(kHex).replace(10, 1, "g")).has_value());
    CHECK_FALSE(hashBytes(QByteArray()).has_value());
}

TEST_CASE("Hashes are stored as 32 bytes and read back as lower-case hex")
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    registerUnhexFunction(db.getHandle());
    db.exec("CREATE TABLE t (hash)");
    SQLite::Statement insert(db, "INSERT INTO t VALUES (?)");
    bindHash(insert, 1, kHex.toUpper());
    insert.exec();
    insert.reset();
    bindHash(insert, 1, "not-a-hash"); // kept as it is, for audit verify to find
    insert.exec();

    SQLite::Statement select(db, "SELECT hash, typeof(hash), length(hash) FROM t ORDER BY rowid");
    REQUIRE(select.executeStep());
    CHECK(hashAt(select, 0) == kHex);
    CHECK(select.getColumn(1).getString() == "blob");
    CHECK(select.getColumn(2).getInt() == 32);
    REQUIRE(select.executeStep());
    CHECK(hashAt(select, 0) == QByteArray("not-a-hash"));

    SECTION("simfleet_unhex converts hex text and leaves anything else alone")
    {
        SQLite::Statement unhex(db, "SELECT hex(simfleet_unhex(?)), simfleet_unhex(?),"
                                    " simfleet_unhex(NULL) IS NULL");
        unhex.bind(1, kHex.toStdString());
        unhex.bind(2, "abc");
        REQUIRE(unhex.executeStep());
        CHECK(unhex.getColumn(0).getString() == kHex.toUpper().toStdString());
        CHECK(unhex.getColumn(1).getString() == "abc");
        CHECK(unhex.getColumn(2).getInt() == 1);
    }
}
