// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIndexes.h"

#include "DatabaseFile.h"
#include "Migrator.h"
#include "StorageTestSupport.h"

#include <QStringList>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

QStringList cardIndexes(const QString& path)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'index'"
                               " AND tbl_name = 'cards' ORDER BY name");
    QStringList names;
    while (list.executeStep())
        names.append(QString::fromStdString(list.getColumn(0).getString()));
    return names;
}

StoreOpenOptions smallBulkThreshold()
{
    StoreOpenOptions options;
    options.deferIndexesFromRows = 40;
    return options;
}

} // namespace

TEST_CASE("A large write rebuilds the fleet indexes at commit and reads stay correct meanwhile")
{
    StoreFixture fixture(smallBulkThreshold());
    const QStringList indexes = cardIndexes(fixture.path());
    REQUIRE(indexes.size() >= 12);

    const Status status =
        fixture.store().write(QStringLiteral("loader"), [&](StoreWriter& writer) -> Status {
            for (int n = 0; n < 100; ++n)
                writer.insertCard(sampleCard(n), created());
            // Past the threshold: the secondary indexes are gone inside this transaction only.
            CHECK(cardIndexes(fixture.path()) == indexes); // another connection sees no change
            CardFilter filter;
            filter.department = QStringLiteral("销售1部");
            CardQuery query{filter, CardSortColumn::Assignee, true, 3, 5};
            CHECK(writer.cards(query).size() == 5);
            CHECK(writer.cardByIccid(sampleCard(77).iccid).has_value());
            return {};
        });
    REQUIRE(status.ok());
    CHECK(cardIndexes(fixture.path()) == indexes);
    CHECK(fixture.store().countCards({}) == 100);

    SQLite::Database db = fixture.raw();
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("A large write that fails leaves the indexes and the data as they were")
{
    StoreFixture fixture(smallBulkThreshold());
    const QStringList indexes = cardIndexes(fixture.path());

    const Status status =
        fixture.store().write(QStringLiteral("loader"), [&](StoreWriter& writer) -> Status {
            for (int n = 0; n < 100; ++n)
                writer.insertCard(sampleCard(n), created());
            return Error{ErrorCode::CsvMalformed, {}, 0};
        });
    REQUIRE_FALSE(status.ok());
    CHECK(cardIndexes(fixture.path()) == indexes);
    CHECK(fixture.store().countCards({}) == 0);

    // The next write is small again and keeps the indexes in place.
    insertOne(fixture.store(), sampleCard(1));
    CHECK(cardIndexes(fixture.path()) == indexes);
}

TEST_CASE("Indexes are only deferred when the write is large next to the table")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    auto db = sqlite::openForWriting(path, true, 1000);
    sqlite::migrate(*db, latestSchemaVersion(), {});
    const auto indexCount = [&] {
        return db
            ->execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                         " AND tbl_name = 'cards'")
            .getInt();
    };
    const int before = indexCount();
    SQLite::Statement insert(*db, "INSERT INTO cards (iccid, msisdn, carrier, state)"
                                  " VALUES (?, ?, 'cmcc', 'active')");
    for (int n = 0; n < 100; ++n) {
        insert.bind(1, sampleCard(n).iccid.toStdString());
        insert.bind(2, sampleCard(n).msisdn.toStdString());
        insert.exec();
        insert.reset();
    }

    SECTION("not before the write has touched as many cards as the table held")
    {
        SQLite::Transaction transaction(*db);
        sqlite::DeferredIndexes deferred(*db, 40);
        for (int n = 0; n < 99; ++n)
            deferred.noteCardWritten();
        CHECK_FALSE(deferred.deferred());
        CHECK(indexCount() == before);
        deferred.noteCardWritten();
        CHECK(deferred.deferred());
        CHECK(indexCount() == 2); // only the UNIQUE constraints' own indexes remain
        deferred.rebuild();
        CHECK(indexCount() == before);
        transaction.commit();
    }
    SECTION("never when turned off")
    {
        sqlite::DeferredIndexes deferred(*db, 0);
        for (int n = 0; n < 1000; ++n)
            deferred.noteCardWritten();
        CHECK_FALSE(deferred.deferred());
        CHECK(indexCount() == before);
    }
}
