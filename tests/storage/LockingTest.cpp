// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

#include <chrono>
#include <future>
#include <thread>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

Status insertCard(Store& store, int n)
{
    return store.write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
        writer.insertCard(sampleCard(n), created());
        return {};
    });
}

} // namespace

TEST_CASE("A writer that cannot get the lock within the busy timeout fails with StorageLocked")
{
    StoreOpenOptions options;
    options.busyTimeoutMs = 50;
    StoreFixture fixture(options);
    SQLite::Database other = fixture.raw();
    other.exec("BEGIN IMMEDIATE");

    const Status locked = insertCard(fixture.store(), 1);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == ErrorCode::StorageLocked);
    CHECK(categoryOf(locked.error().code) == ErrorCategory::Storage);

    // Readers are not blocked by a writer (WAL).
    CHECK(fixture.store().countCards({}) == 0);

    other.exec("COMMIT");
    CHECK(insertCard(fixture.store(), 1).ok());
    CHECK(fixture.store().countCards({}) == 1);
}

TEST_CASE("A second writer waits for the first to finish, then writes")
{
    StoreOpenOptions options;
    options.busyTimeoutMs = 30000; // far longer than the other writer holds the lock
    StoreFixture fixture(options);

    std::promise<void> lockTaken;
    std::thread otherProcess([&, path = fixture.path().toStdString()] {
        SQLite::Database other(path, SQLite::OPEN_READWRITE);
        other.exec("BEGIN IMMEDIATE");
        other.exec("INSERT INTO cards (iccid, msisdn, carrier, state)"
                   " VALUES ('89860000000000000099', '13900000099', 'cucc', 'active')");
        lockTaken.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        other.exec("COMMIT");
    });
    lockTaken.get_future().wait();

    std::int64_t cardsSeen = -1;
    const Status status =
        fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            cardsSeen = writer.countCards({});
            writer.insertCard(sampleCard(1), created());
            return {};
        });
    otherProcess.join();

    REQUIRE(status.ok());
    CHECK(cardsSeen == 1); // it ran after the other writer had committed
    CHECK(fixture.store().countCards({}) == 2);
}
