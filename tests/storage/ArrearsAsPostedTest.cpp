// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArrearsAsPosted.h"

#include "rules/ArrearsFold.h"

#include <QDate>
#include <catch2/catch.hpp>
#include <random>

using namespace simfleet;
using simfleet::sqlite::ArrearsAsPosted;

namespace {

using Days = std::vector<std::pair<std::int64_t, std::int64_t>>; // julian day, unpaid fen

Days owing(ArrearsAsPosted& folded, CardId card)
{
    Days days;
    folded.forEachOwing([&](CardId owingCard, std::span<const ArrearsAsPosted::UnpaidDay> unpaid) {
        if (owingCard == card) {
            for (const auto& day : unpaid)
                days.emplace_back(day.julianDay, day.fen);
        }
    });
    return days;
}

std::int64_t day(int month, int dayOfMonth)
{
    return QDate(2026, month, dayOfMonth).toJulianDay();
}

} // namespace

TEST_CASE("Arrears folded as posted equal ArrearsFold's over the whole ledger")
{
    std::mt19937 random(GENERATE(1u, 2u, 3u, 4u));
    const auto below = [&](int bound) {
        return std::uniform_int_distribution<int>(0, bound - 1)(random);
    };
    constexpr CardId kCards = 50;
    ArrearsAsPosted folded(kCards);
    std::vector<ArrearsFold<std::int64_t>> oracle(kCards + 1);
    std::vector<std::int64_t> lastCharge(kCards + 1, 0);
    // Charges in date order per card, payments and negative adjustments on any day.
    std::int64_t today = day(1, 1);
    for (int i = 0; i < 3000; ++i) {
        today += below(3) == 0 ? 1 : 0;
        const auto card = static_cast<CardId>(1 + below(static_cast<int>(kCards)));
        const std::int64_t effect = below(3) == 0 ? -below(20000) : 1 + below(9000);
        const std::int64_t when = effect > 0 ? today : today - below(60);
        REQUIRE(folded.add(card, when, effect));
        oracle[static_cast<std::size_t>(card)].add(when, Money::fromFen(effect));
    }
    for (CardId card = 1; card <= kCards; ++card) {
        Days expected;
        oracle[static_cast<std::size_t>(card)].forEachUnpaid(
            [&](std::int64_t when, Money unpaid) { expected.emplace_back(when, unpaid.fen()); });
        INFO("card " << card);
        CHECK(owing(folded, card) == expected);
    }
}

TEST_CASE("Arrears folded as posted give a card up when its entries do not fit")
{
    ArrearsAsPosted folded(10);
    // Credit, then a charge that reopens the card: it takes the credit first.
    CHECK(folded.add(1, day(3, 1), -5000));
    CHECK(folded.add(1, day(3, 2), 7000));
    CHECK(owing(folded, 1) == Days{{day(3, 2), 2000}});
    // Same day again is fine; an earlier one changes which charge settles first.
    CHECK(folded.add(1, day(3, 2), 100));
    CHECK_FALSE(folded.add(1, day(3, 1), 100));
    CHECK_FALSE(folded.add(1, day(4, 1), 100)); // given up for good
    CHECK(owing(folded, 1).empty());
    // An earlier charge after it was fully paid still moves which day stays unpaid.
    CHECK(folded.add(2, day(5, 1), 100));
    CHECK(folded.add(2, day(5, 3), -100));
    CHECK_FALSE(folded.add(2, day(4, 1), 100));
    // Amounts beyond 32 bits, days outside the kept range, cards beyond the table, and entries
    // the caller posted another way.
    CHECK_FALSE(folded.add(3, day(1, 1), std::int64_t{1} << 32));
    CHECK(folded.add(4, day(1, 1), -2147483000));
    CHECK_FALSE(folded.add(4, day(1, 2), -1000));
    CHECK_FALSE(folded.add(5, QDate(1969, 12, 31).toJulianDay(), 100));
    CHECK_FALSE(folded.add(11, day(1, 1), 100));
    CHECK(folded.add(6, day(1, 1), 100));
    folded.giveUp(6);
    CHECK_FALSE(folded.add(6, day(1, 2), 100));
    CHECK(owing(folded, 6).empty());
    // Nodes freed by settled and given-up cards are used again, and lists stay apart.
    CHECK(folded.add(7, day(6, 1), 300));
    CHECK(folded.add(7, day(7, 1), 400));
    CHECK(folded.add(8, day(6, 1), 500));
    CHECK(folded.add(7, day(7, 2), -350));
    CHECK(owing(folded, 7) == Days{{day(7, 1), 350}});
    CHECK(owing(folded, 8) == Days{{day(6, 1), 500}});
}
