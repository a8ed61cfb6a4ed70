// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/PipelineReport.h"

#include "HistoryFleet.h"

#include <catch2/catch.hpp>
#include <numeric>

using namespace simfleet;
using namespace simfleet::reportkinds;

namespace {

struct StageFigures {
    std::int64_t cards;
    std::int64_t averageDays;
    std::int64_t oldestDays;
};

void checkStage(const PipelineReport& report, CardState state, StageFigures expected)
{
    INFO("state " << stateCode(state).toStdString());
    const PipelineStage& stage = report.stage(state);
    CHECK(stage.state == state);
    CHECK(stage.cards == expected.cards);
    CHECK(stage.averageDays() == expected.averageDays);
    CHECK(stage.oldestDays == expected.oldestDays);
}

std::vector<QString> iccidsOf(const std::vector<PipelineCard>& cards)
{
    std::vector<QString> iccids;
    for (const PipelineCard& card : cards)
        iccids.push_back(card.iccid);
    return iccids;
}

// Whatever the day, the stages cover every card once and the blocked balance is its list's sum.
void checkTotalsTie(const PipelineReport& report)
{
    const std::int64_t staged = std::accumulate(
        report.stages.begin(), report.stages.end(), std::int64_t{0},
        [](std::int64_t sum, const PipelineStage& stage) { return sum + stage.cards; });
    CHECK(staged == report.totalCards);
    Money blocked;
    for (const PipelineCard& card : report.blocked)
        blocked += card.balance;
    CHECK(blocked == report.blockedBalance);
}

} // namespace

TEST_CASE("Pipeline as of 2025-03-20: states, ages, follow-ups, blocked and lost cards")
{
    HistoryFleet& fleet = historyFleet();
    const PipelineReport report = computePipelineReport(fleet.store(), QDate(2025, 3, 20));
    checkTotalsTie(report);
    CHECK(report.asOf == QDate(2025, 3, 20));
    CHECK(report.totalCards == 8); // I was imported on 03-25

    // A 69 days (since 01-10), F 38 (reopened 02-10), G 33 (abandoned 02-15): 140 / 3 = 46.7.
    checkStage(report, CardState::Active, {3, 47, 69});
    checkStage(report, CardState::ArrearsCleared, {1, 1, 1});          // H since 03-19
    checkStage(report, CardState::CancellationRequested, {2, 14, 17}); // B 17, C 10: 13.5 up
    checkStage(report, CardState::CarrierConfirmed, {1, 15, 15});      // E since 03-05
    checkStage(report, CardState::Void, {1, 43, 43});                  // D since 02-05

    SECTION("follow up: B waits 17 days with cmcc's 5; C's 10 days are not over cucc's 10")
    {
        REQUIRE(report.followUp.size() == 1);
        const FollowUpCard& late = report.followUp.front();
        CHECK(late.card.iccid == fleet.iccid('B'));
        CHECK(late.card.msisdn == fleet.msisdn('B'));
        CHECK(late.card.carrier == Carrier::Cmcc);
        CHECK(late.card.stateSince == QDate(2025, 3, 3));
        CHECK(late.card.daysInState == 17);
        CHECK(late.typicalProcessingDays == 5);
    }
    SECTION("blocked: C requested and owing 12.34, F back in active after a charge; not G")
    {
        CHECK(iccidsOf(report.blocked) == std::vector<QString>{fleet.iccid('C'), fleet.iccid('F')});
        CHECK(report.blocked.at(0).state == CardState::CancellationRequested);
        CHECK(report.blocked.at(0).balance == Money::fromFen(1234));
        CHECK(report.blocked.at(1).state == CardState::Active);
        CHECK(report.blocked.at(1).balance.isZero()); // paid, still to be moved again
        CHECK(report.blocked.at(1).stateSince == QDate(2025, 2, 10));
        CHECK(report.blockedBalance == Money::fromFen(1234));
    }
    SECTION("lost and not cancelled: A; G was found on 03-18")
    {
        REQUIRE(report.lostNotCancelled.size() == 1);
        CHECK(report.lostNotCancelled.front().iccid == fleet.iccid('A'));
        CHECK(report.lostNotCancelled.front().daysInState == 69);
        // Balance as of the day: the 03-25 charge does not count yet.
        CHECK(report.lostNotCancelled.front().balance == Money::fromFen(5800));
    }
}

TEST_CASE("Pipeline as of 2025-03-14 puts cards back where they stood that day")
{
    HistoryFleet& fleet = historyFleet();
    const PipelineReport report = computePipelineReport(fleet.store(), QDate(2025, 3, 14));
    checkTotalsTie(report);
    CHECK(report.totalCards == 8);

    // H was still active (cleared on 03-19): A 63, F 32, G 27, H 63 days.
    checkStage(report, CardState::Active, {4, 46, 63});
    checkStage(report, CardState::ArrearsCleared, {0, 0, 0});
    checkStage(report, CardState::CancellationRequested, {2, 8, 11}); // B 11, C 4: 7.5 up
    checkStage(report, CardState::CarrierConfirmed, {1, 9, 9});
    checkStage(report, CardState::Void, {1, 37, 37});

    REQUIRE(report.followUp.size() == 1);
    CHECK(report.followUp.front().card.iccid == fleet.iccid('B'));
    CHECK(report.followUp.front().card.daysInState == 11);

    // C's charge is dated 03-15: not yet owed.
    CHECK(iccidsOf(report.blocked) == std::vector<QString>{fleet.iccid('F')});
    CHECK(report.blockedBalance.isZero());

    // G was still reported lost, and active.
    CHECK(iccidsOf(report.lostNotCancelled) ==
          std::vector<QString>{fleet.iccid('A'), fleet.iccid('G')});
    CHECK(report.lostNotCancelled.at(1).daysInState == 27);
}

TEST_CASE("Pipeline as of 2025-03-31: the late import and the late confirmation count")
{
    HistoryFleet& fleet = historyFleet();
    const PipelineReport report = computePipelineReport(fleet.store(), QDate(2025, 3, 31));
    checkTotalsTie(report);
    CHECK(report.totalCards == 9);
    checkStage(report, CardState::Active, {4, 45, 80});           // A 80, F 49, G 44, I 6: 44.75
    checkStage(report, CardState::CarrierConfirmed, {2, 18, 26}); // E 26, B 9: 17.5 up
    // C has now waited 21 days at cucc (10); B has been confirmed.
    REQUIRE(report.followUp.size() == 1);
    CHECK(report.followUp.front().card.iccid == fleet.iccid('C'));
    CHECK(report.followUp.front().typicalProcessingDays == 10);
}

TEST_CASE("Pipeline before the first import is empty")
{
    const PipelineReport report = computePipelineReport(historyFleet().store(), QDate(2025, 1, 9));
    CHECK(report.totalCards == 0);
    for (const PipelineStage& stage : report.stages) {
        CHECK(stage.cards == 0);
        CHECK(stage.averageDays() == 0);
    }
    CHECK(report.followUp.empty());
    CHECK(report.blocked.empty());
    CHECK(report.lostNotCancelled.empty());
}
