// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardIndexes.h"

#include "StorageTestSupport.h"
#include "ports/StoreError.h"

#include <SQLiteCpp/Transaction.h>
#include <map>
#include <sqlite3.h>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

// The definition of each index of cards, by name.
std::map<std::string, std::string> cardIndexes(SQLite::Database& db)
{
    SQLite::Statement list(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND"
                               " tbl_name = 'cards' AND sql IS NOT NULL");
    std::map<std::string, std::string> indexes;
    while (list.executeStep())
        indexes.emplace(list.getColumn(0).getString(), list.getColumn(1).getString());
    return indexes;
}

// An index's entries in its own order: (key, card id).
std::vector<std::pair<std::string, std::int64_t>>
entriesOf(SQLite::Database& db, const std::string& index, const std::string& column)
{
    SQLite::Statement select(db, "SELECT " + column + ", id FROM cards INDEXED BY " + index +
                                     " WHERE " + column + " IS NOT NULL ORDER BY " + column);
    std::vector<std::pair<std::string, std::int64_t>> entries;
    while (select.executeStep())
        entries.emplace_back(select.getColumn(0).getString(), select.getColumn(1).getInt64());
    return entries;
}

// The schema's cards table, and nothing else, in a database of its own.
void createCardsTable(SQLite::Database& db)
{
    db.exec("CREATE TABLE cards (id INTEGER PRIMARY KEY, iccid TEXT NOT NULL, msisdn TEXT)");
    db.exec("CREATE UNIQUE INDEX cards_iccid ON cards (iccid)");
    db.exec("CREATE UNIQUE INDEX cards_msisdn ON cards (msisdn)");
}

Status insertInBulk(Store& store, const std::vector<Card>& cards)
{
    return store.write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
        writer.insertCards(cards, created());
        return {};
    });
}

} // namespace

TEST_CASE("The number indexes are set aside for new cards into an empty table only, and built "
          "as they were")
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    createCardsTable(db);
    const auto before = cardIndexes(db);
    REQUIRE(before.size() == 2);

    SECTION("An empty table: both set aside at once, then built again")
    {
        SQLite::Transaction transaction(db);
        sqlite::CardIndexes indexes(db);
        indexes.storingNewCards(1);
        CHECK(cardIndexes(db).empty());
        db.exec("INSERT INTO cards (iccid, msisdn) VALUES ('8986001', '13800000002'),"
                " ('8986000', '13800000001'), ('8986002', NULL), ('8986003', NULL)");
        indexes.restore();
        CHECK(cardIndexes(db) == before);
        CHECK(entriesOf(db, "cards_iccid", "iccid") ==
              std::vector<std::pair<std::string, std::int64_t>>{
                  {"8986000", 2}, {"8986001", 1}, {"8986002", 3}, {"8986003", 4}});
        CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
        transaction.commit();
    }
    SECTION("A table that held cards keeps them, whatever comes later")
    {
        db.exec("INSERT INTO cards (iccid) VALUES ('8986000')");
        SQLite::Transaction transaction(db);
        sqlite::CardIndexes indexes(db);
        indexes.storingNewCards(2);
        CHECK(cardIndexes(db) == before);
        indexes.storingNewCards(1); // only the first call decides
        CHECK(cardIndexes(db) == before);
    }
    SECTION("A clash that got in meanwhile fails the build, named as SQLite names it")
    {
        SQLite::Transaction transaction(db);
        sqlite::CardIndexes indexes(db);
        indexes.storingNewCards(1);
        db.exec("INSERT INTO cards (iccid, msisdn) VALUES ('8986000', '1'), ('8986000', '2')");
        try {
            indexes.restore();
            FAIL("a repeated ICCID was let through");
        } catch (const SQLite::Exception& clash) {
            CHECK(clash.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE);
            CHECK(std::string(clash.what()).find("cards.iccid") != std::string::npos);
        }
    }
}

TEST_CASE("Cards stored in bulk into an empty fleet make the same file as card by card")
{
    StoreFixture oneByOne;
    StoreFixture inBulk;
    std::vector<Card> cards = sampleCards(1, 700);
    cards[10].msisdn.clear(); // unknown numbers may repeat
    cards[20].msisdn.clear();
    insertOneByOne(oneByOne.store(), cards);
    // Two batches: the first decides, the second goes on with the indexes set aside.
    insertInTwoBatches(inBulk.store(), cards, 300);

    SQLite::Database bulk = inBulk.raw();
    SQLite::Database single = oneByOne.raw();
    CHECK(cardIndexes(bulk) == cardIndexes(single));
    CHECK(cardIndexes(bulk).count("cards_iccid") == 1);
    CHECK(cardIndexes(bulk).count("cards_msisdn") == 1);
    for (const auto& [index, column] : {std::pair<std::string, std::string>{"cards_iccid", "iccid"},
                                        {"cards_msisdn", "msisdn"}}) {
        const auto entries = entriesOf(bulk, index, column);
        CHECK(entries.size() == (column == "iccid" ? 700U : 698U));
        CHECK(entries == entriesOf(single, index, column));
    }
    CHECK(rowsAsText(bulk, "SELECT * FROM cards ORDER BY id") ==
          rowsAsText(single, "SELECT * FROM cards ORDER BY id"));
    CHECK(bulk.execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(inBulk.store().auditHeadHash() == oneByOne.store().auditHeadHash());
    CHECK(inBulk.store().cardByMsisdn(cards[500].msisdn)->iccid == cards[500].iccid);
}

TEST_CASE("A repeated number in a batch into an empty fleet is refused whole, as a repeat")
{
    const bool iccid = GENERATE(true, false);
    StoreFixture fixture;
    std::vector<Card> cards = sampleCards(1, 50);
    if (iccid)
        cards[40].iccid = cards[3].iccid;
    else
        cards[40].msisdn = cards[3].msisdn;

    const Status status = insertInBulk(fixture.store(), cards);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == (iccid ? ErrorCode::DuplicateIccid : ErrorCode::DuplicateMsisdn));
    CHECK(fixture.store().countCards({}) == 0);
    CHECK(fixture.store().auditCount() == 0);
    // Rolled back with the indexes in place: they refuse the next repeat at once.
    SQLite::Database db = fixture.raw();
    CHECK(cardIndexes(db).count("cards_iccid") == 1);
    CHECK(cardIndexes(db).count("cards_msisdn") == 1);
    REQUIRE(insertInBulk(fixture.store(), sampleCards(1, 3)).ok());
    const Status again =
        fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            writer.insertCard(sampleCard(2), created());
            return {};
        });
    REQUIRE_FALSE(again.ok());
    CHECK(fixture.store().countCards({}) == 3);
}
