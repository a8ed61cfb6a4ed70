// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Aging.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

using namespace simfleet;

namespace {

LedgerEntry entry(EntryKind kind, std::int64_t fen, QDate date)
{
    static std::int64_t nextId = 1;
    LedgerEntry e;
    e.id = nextId++;
    e.cardId = 7;
    e.kind = kind;
    e.amount = Money::fromFen(fen);
    e.date = date;
    return e;
}

LedgerEntry charge(std::int64_t fen, QDate date)
{
    return entry(EntryKind::Charge, fen, date);
}
LedgerEntry payment(std::int64_t fen, QDate date)
{
    return entry(EntryKind::Payment, fen, date);
}
LedgerEntry adjustment(std::int64_t fen, QDate date)
{
    return entry(EntryKind::Adjustment, fen, date);
}

AgingBuckets buckets(std::int64_t d0, std::int64_t d31, std::int64_t d61, std::int64_t d91)
{
    return {Money::fromFen(d0), Money::fromFen(d31), Money::fromFen(d61), Money::fromFen(d91)};
}

const QDate kAsOf(2024, 6, 30);

} // namespace

TEST_CASE("Balance: charges and adjustments add, payments subtract", "[aging]")
{
    const std::vector entries{charge(5800, {2024, 1, 31}), charge(1250, {2024, 2, 10}),
                              payment(3000, {2024, 2, 15}), adjustment(-550, {2024, 2, 20}),
                              adjustment(200, {2024, 3, 1})};
    // 5800 + 1250 - 3000 - 550 + 200
    CHECK(balanceAsOf(entries).fen() == 3700);
    CHECK(balanceAsOf(entries, QDate(2024, 2, 15)).fen() == 4050);
    CHECK(balanceAsOf(entries, QDate(2024, 1, 30)).fen() == 0);
    CHECK(balanceAsOf({}).fen() == 0);
    CHECK(balanceEffect(payment(3000, {2024, 1, 1})).fen() == -3000);
}

TEST_CASE("Payments settle the oldest charges first; the rest age from their dates", "[aging]")
{
    // Monthly rent of 58.00 for six months, 116.00 paid mid-June.
    const std::vector entries{
        charge(5800, {2024, 1, 31}), // 151 days old on 2024-06-30: paid
        charge(5800, {2024, 2, 29}), // 122 days: paid
        charge(5800, {2024, 3, 31}), // 91 days: 90+
        charge(5800, {2024, 4, 30}), // 61 days: 61-90
        charge(5800, {2024, 5, 31}), // 30 days: 0-30
        charge(5800, {2024, 6, 30}), // 0 days: 0-30
        payment(11600, {2024, 6, 15}),
    };
    REQUIRE(QDate(2024, 3, 31).daysTo(kAsOf) == 91);
    REQUIRE(QDate(2024, 4, 30).daysTo(kAsOf) == 61);
    REQUIRE(QDate(2024, 5, 31).daysTo(kAsOf) == 30);
    const AgingBuckets aged = ageArrears(entries, kAsOf);
    CHECK(aged == buckets(11600, 0, 5800, 5800));
    CHECK(aged.total() == balanceAsOf(entries, kAsOf));
}

TEST_CASE("Bucket boundaries at 30/31, 60/61 and 90/91 days", "[aging]")
{
    const std::vector entries{
        charge(1, {2024, 5, 31}),      // 30 days
        charge(10, {2024, 5, 30}),     // 31 days
        charge(100, {2024, 5, 1}),     // 60 days
        charge(1000, {2024, 4, 30}),   // 61 days
        charge(10000, {2024, 4, 1}),   // 90 days
        charge(100000, {2024, 3, 31}), // 91 days
    };
    REQUIRE(QDate(2024, 5, 30).daysTo(kAsOf) == 31);
    REQUIRE(QDate(2024, 5, 1).daysTo(kAsOf) == 60);
    REQUIRE(QDate(2024, 4, 1).daysTo(kAsOf) == 90);
    CHECK(ageArrears(entries, kAsOf) == buckets(1, 110, 11000, 100000));
}

TEST_CASE("A partial payment leaves the unpaid part of the oldest charge aging", "[aging]")
{
    const std::vector entries{charge(10000, {2024, 3, 22}), // 100 days
                              charge(5000, {2024, 6, 20}),  // 10 days
                              payment(4000, {2024, 6, 25})};
    CHECK(ageArrears(entries, kAsOf) == buckets(5000, 0, 0, 6000));
}

TEST_CASE("Entries dated after the as-of date do not count", "[aging]")
{
    const std::vector entries{charge(5800, {2024, 5, 15}),  // 46 days
                              charge(5800, {2024, 7, 31}),  // later: ignored
                              payment(5800, {2024, 7, 1})}; // later: ignored
    CHECK(ageArrears(entries, kAsOf) == buckets(0, 5800, 0, 0));
    CHECK(balanceAsOf(entries, kAsOf).fen() == 5800);
    // A day later the payment counts and settles the older charge.
    CHECK(ageArrears(entries, QDate(2024, 7, 1)) == buckets(0, 0, 0, 0));
}

TEST_CASE("Positive adjustments age like charges, negative ones settle like payments", "[aging]")
{
    const std::vector entries{adjustment(3000, {2024, 1, 1}), // 181 days
                              charge(5800, {2024, 6, 1}),     // 29 days
                              adjustment(-1000, {2024, 6, 2})};
    CHECK(ageArrears(entries, kAsOf) == buckets(5800, 0, 0, 2000));
    CHECK(balanceAsOf(entries, kAsOf).fen() == 7800);
}

TEST_CASE("A credit balance has nothing to age", "[aging]")
{
    const std::vector entries{charge(5000, {2024, 1, 1}), payment(8000, {2024, 1, 5})};
    CHECK(ageArrears(entries, kAsOf) == AgingBuckets{});
    CHECK(balanceAsOf(entries, kAsOf).fen() == -3000);
}

TEST_CASE("Prepaid credit settles charges that arrive later", "[aging]")
{
    const std::vector entries{payment(10000, {2024, 1, 1}), charge(5800, {2024, 2, 1}),
                              charge(5800, {2024, 6, 1})};
    // 100.00 paid in advance covers February and 42.00 of June.
    CHECK(ageArrears(entries, kAsOf) == buckets(1600, 0, 0, 0));
}

TEST_CASE("Entry order does not matter; total equals the positive balance", "[aging]")
{
    std::vector entries{charge(5800, {2024, 1, 31}), payment(2000, {2024, 4, 1}),
                        charge(3300, {2024, 4, 20}), adjustment(-700, {2024, 5, 5}),
                        charge(5800, {2024, 6, 30}), adjustment(150, {2024, 6, 1})};
    const AgingBuckets expected = ageArrears(entries, kAsOf);
    // 2000 + 700 settle January, leaving 3100 of it (151 days); April's 3300 is 71 days old;
    // June's 150 and 5800 are young.
    CHECK(expected == buckets(5950, 0, 3300, 3100));
    std::reverse(entries.begin(), entries.end());
    CHECK(ageArrears(entries, kAsOf) == expected);
    std::rotate(entries.begin(), entries.begin() + 2, entries.end());
    CHECK(ageArrears(entries, kAsOf) == expected);
    CHECK(expected.total() == balanceAsOf(entries, kAsOf));
}

TEST_CASE("Buckets add up across cards", "[aging]")
{
    AgingBuckets sum = buckets(1, 2, 3, 4);
    sum += buckets(10, 20, 30, 40);
    CHECK(sum == buckets(11, 22, 33, 44));
    CHECK(sum.total().fen() == 110);
}
