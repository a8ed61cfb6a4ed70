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
