// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewFileJournal.h"

#include "StorageTestSupport.h"

#include <QFile>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

StoreOpenOptions journalNewFile(bool on)
{
    StoreOpenOptions options;
    options.journalNewFile = on;
    return options;
}

struct Seen {
    bool journal{false};
    bool wal{false};
};

// Writes a card and notes which companion files the file has while the write is under way.
Seen writeAndLook(StoreFixture& fixture, int card)
{
    Seen seen;
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.insertCard(sampleCard(card), created());
                           seen.journal =
                               QFile::exists(fixture.path() + QStringLiteral("-journal"));
                           seen.wal = QFile::exists(fixture.path() + QStringLiteral("-wal"));
                           return {};
                       })
                .ok());
    return seen;
}

std::string journalMode(StoreFixture& fixture)
{
    SQLite::Database raw = fixture.raw();
    return raw.execAndGet("PRAGMA journal_mode").getString();
}

} // namespace

TEST_CASE("A bulk write into a new file goes through a rollback journal, and the file stays WAL")
{
    StoreFixture fixture(journalNewFile(true));
    const Seen seen = writeAndLook(fixture, 1);
    CHECK(seen.journal);
    CHECK_FALSE(seen.wal);
    CHECK_FALSE(QFile::exists(fixture.path() + QStringLiteral("-journal")));
    CHECK(fixture.store().cardByIccid(sampleCard(1).iccid).has_value());
    // The store's connection is back in WAL mode: the next write of a file this size journals
    // again, and a reader beside it finds a WAL file.
    CHECK(journalMode(fixture) == "wal");
    fixture.reopen();
    CHECK(fixture.store().countCards({}) == 1);
}

TEST_CASE("A batch write checked for soundness into a file as small as a new one is checked at "
          "once, and goes through a rollback journal")
{
    StoreOpenOptions options = journalNewFile(true);
    options.checkSoundAlongside = true;
    StoreFixture fixture(options);
    fixture.reopen(); // the file exists now, as `import` finds it after `init`
    const Seen seen = writeAndLook(fixture, 1);
    CHECK(seen.journal);
    CHECK_FALSE(seen.wal);
    CHECK(fixture.store().countCards({}) == 1);
}

TEST_CASE("Without the option, or with another connection open, a new file's write uses the WAL")
{
    SECTION("without the option")
    {
        StoreFixture fixture(journalNewFile(false));
        const Seen seen = writeAndLook(fixture, 1);
        CHECK_FALSE(seen.journal);
        CHECK(seen.wal);
    }
    SECTION("with a second connection open")
    {
        StoreFixture fixture(journalNewFile(true));
        SQLite::Database other = fixture.raw();
        CHECK(other.execAndGet("SELECT count(*) FROM cards").getInt() == 0);
        const Seen seen = writeAndLook(fixture, 1);
        CHECK_FALSE(seen.journal);
        CHECK(seen.wal);
        CHECK(other.execAndGet("SELECT count(*) FROM cards").getInt() == 1);
    }
}

TEST_CASE("A file past a few MiB is written through the WAL even with the option")
{
    StoreFixture fixture(journalNewFile(true));
    std::vector<Card> cards;
    for (int n = 1; n <= 30000; ++n)
        cards.push_back(sampleCard(n));
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.insertCards(cards, created());
                           return {};
                       })
                .ok());
    {
        SQLite::Database raw = fixture.raw(); // closed before the write: it would keep the WAL
        REQUIRE(raw.execAndGet("PRAGMA page_count").getInt64() *
                    raw.execAndGet("PRAGMA page_size").getInt64() >
                sqlite::NewFileJournal::kNewFileBytes);
    }
    const Seen seen = writeAndLook(fixture, 30001);
    CHECK_FALSE(seen.journal);
    CHECK(seen.wal);
}
