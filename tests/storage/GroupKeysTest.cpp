// SPDX-License-Identifier: GPL-3.0-or-later
// The group keys the summaries count a card under, and the fields they are made of.
#include "GroupKeys.h"

#include "StorageTestSupport.h"

#include <functional>

using namespace simfleet;
using namespace simfleet::storagetest;
using namespace simfleet::sqlite;

TEST_CASE("A card's group keys change exactly when a field of kGroupKeyFields changes")
{
    Card stored = sampleCard(1);
    stored.declaredHomeArea.clear(); // the home area is the number's: both fields count
    // One change per field, in kCardFieldColumns order.
    const std::vector<std::function<void(Card&)>> changes = {
        [](Card& c) { c.iccid = sampleCard(60).iccid; },
        [](Card& c) { c.msisdn = sampleCard(61).msisdn; },
        [](Card& c) { c.carrier = Carrier::Ctcc; },
        [](Card& c) { c.plan = QStringLiteral("39元畅聊"); },
        [](Card& c) { c.monthlyFee = Money::fromFen(3900); },
        [](Card& c) { c.holderName = QStringLiteral("赵六"); },
        [](Card& c) { c.holderId = QStringLiteral("91330100MA27XXXX1A"); },
        [](Card& c) { c.department = QStringLiteral("二部"); },
        [](Card& c) { c.assignee = QStringLiteral("钱七"); },
        [](Card& c) { c.activatedOn = QDate(2024, 2, 29); },
        [](Card& c) { c.numberHomeArea = QStringLiteral("0571"); },
        [](Card& c) { c.declaredHomeArea = QStringLiteral("0574"); },
        [](Card& c) { c.state = CardState::Void; },
        [](Card& c) { c.stateSince = fixedNow().addDays(3); },
        [](Card& c) { c.lost = !c.lost; },
    };
    REQUIRE(changes.size() == static_cast<std::size_t>(kCardFieldCount));
    for (int field = 0; field < kCardFieldCount; ++field) {
        INFO("field " << field);
        Card updated = stored;
        changes[static_cast<std::size_t>(field)](updated);
        REQUIRE(changedCardFields(stored, updated) == (1U << field));
        const bool keysMoved = summaryFieldsOf(stored).keys != summaryFieldsOf(updated).keys;
        CHECK(keysMoved == ((kGroupKeyFields & (1U << field)) != 0));
    }
}
