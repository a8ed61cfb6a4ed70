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
    const std::vector<std::function<void(Card&)>> changes = oneChangePerCardField(CardState::Void);
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
