// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/SeenKeys.h"

#include "services/import/ImportKeys.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>

using namespace simfleet;

TEST_CASE("SeenKeys tells a repeat from a first sighting, across its growth")
{
    SeenKeys seen;
    std::set<std::uint64_t> reference;
    std::mt19937_64 random(7);
    // Blocks of consecutive numbers, as fleets are bought, plus random ones: 300,000 keys make
    // the table grow many times over.
    for (int i = 0; i < 300000; ++i) {
        const std::uint64_t key =
            (i % 3 == 0) ? random() % 100000 : 13800000000ULL + random() % 200000;
        CHECK(seen.insert(key) == reference.insert(key).second);
    }
}

TEST_CASE("SeenKeys keeps the key 0 like any other")
{
    SeenKeys seen;
    CHECK(seen.insert(0));
    CHECK_FALSE(seen.insert(0));
    CHECK(seen.insert(1));
    CHECK_FALSE(seen.insert(1));
}

TEST_CASE("ICCIDs of 19 and 20 digits never share a key")
{
    // Same digits after 89 once leading zeros are dropped.
    CHECK(iccidKey(u"8900000000000000001") != iccidKey(u"89000000000000000001"));
    CHECK(msisdnKey(u"13800000001") == 13800000001ULL);
}
