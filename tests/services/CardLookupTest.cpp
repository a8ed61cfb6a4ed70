// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardLookup.h"

#include "ServicesFixture.h"

using namespace simfleet;
using namespace simfleet::servicestest;

TEST_CASE("Card lookup by ICCID or phone number")
{
    ServiceDb db;
    seedCards(db, 1, 2);
    const QString number = msisdn(2);

    CHECK(findCardByKey(db.store(), iccid(1))->iccid == iccid(1));
    CHECK(findCardByKey(db.store(), QStringLiteral(" %1 ").arg(iccid(2)))->iccid == iccid(2));
    CHECK(findCardByKey(db.store(), number)->iccid == iccid(2));
    const QString spaced =
        QStringLiteral("+86 %1 %2 %3").arg(number.left(3), number.mid(3, 4), number.right(4));
    CHECK(findCardByKey(db.store(), spaced)->iccid == iccid(2));
    CHECK(findCardByKey(db.store(), QStringLiteral("86") + number)->iccid == iccid(2));
    CHECK(findCardByKey(db.store(), number.left(3) + u'-' + number.mid(3))->iccid == iccid(2));

    for (const QString& key :
         {iccid(9), msisdn(9), QStringLiteral("hello"), QString(), QStringLiteral("12345")}) {
        const Result<Card> missing = findCardByKey(db.store(), key);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == ErrorCode::CardNotFound);
    }
}

TEST_CASE("A file of keys is looked up in one read, each key's id or its own refusal in order")
{
    ServiceDb db;
    seedCards(db, 1, 3);
    const QString number = msisdn(2);
    const std::vector<QString> keys = {iccid(3),
                                       QStringLiteral("hello"),
                                       QStringLiteral("+86 ") + number,
                                       iccid(9),
                                       QString(),
                                       QStringLiteral(" %1 ").arg(iccid(1)),
                                       msisdn(9)};
    const std::vector<Result<CardId>> found = findCardIdsByKeys(db.store(), keys);
    REQUIRE(found.size() == keys.size());
    const auto idOf = [&](int n) {
        return findCardByKey(db.store(), iccid(n))->id;
    };
    CHECK(*found[0] == idOf(3));
    CHECK(*found[2] == idOf(2));
    CHECK(*found[5] == idOf(1));
    for (const std::size_t missing : {1U, 3U, 4U, 6U}) {
        REQUIRE_FALSE(found[missing].ok());
        CHECK(found[missing].error().code == ErrorCode::CardNotFound);
        CHECK(found[missing].error().detail == keys[missing].trimmed()); // names the key
    }

    // Inside a write, the same lookup sees the write's own cards.
    const Status written =
        db.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            const std::vector<Result<CardId>> inside = findCardIdsByKeys(writer, keys);
            CHECK(*inside[0] == idOf(3));
            CHECK_FALSE(inside[3].ok());
            return {};
        });
    CHECK(written.ok());
}
