// SPDX-License-Identifier: GPL-3.0-or-later
// Today's pipeline, savings and exposure reports from the summaries (state_days, the small indexes)
// against the same reports replayed from the whole audit log and every ledger, on a demo fleet
// with every state, lost cards, charges that reopen cards and adjustments that leave a cleared
// card owing. They must agree card for card and to the fen.
#include "SqliteStore.h"
#include "services/CardService.h"
#include "services/DemoFleet.h"
#include "services/LedgerService.h"
#include "services/reports/ExposureReport.h"
#include "services/reports/PipelineReport.h"
#include "services/reports/SavingsReport.h"
#include "services/reports/StandingNow.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace simfleet;

namespace {

void requireSameCards(const std::vector<PipelineCard>& fast, const std::vector<PipelineCard>& slow)
{
    REQUIRE(fast.size() == slow.size());
    for (std::size_t i = 0; i < slow.size(); ++i) {
        CHECK(fast[i].id == slow[i].id);
        CHECK(fast[i].state == slow[i].state);
        CHECK(fast[i].stateSince == slow[i].stateSince);
        CHECK(fast[i].daysInState == slow[i].daysInState);
        CHECK(fast[i].balance == slow[i].balance);
        CHECK(fast[i].homeArea == slow[i].homeArea);
    }
}

void requireSamePipeline(const PipelineReport& fast, const PipelineReport& slow)
{
    CHECK(fast.totalCards == slow.totalCards);
    for (const CardState state : kAllStates) {
        INFO("stage " << stateCode(state).toStdString());
        CHECK(fast.stage(state).cards == slow.stage(state).cards);
        CHECK(fast.stage(state).totalDays == slow.stage(state).totalDays);
        CHECK(fast.stage(state).oldestDays == slow.stage(state).oldestDays);
    }
    REQUIRE(fast.followUp.size() == slow.followUp.size());
    for (std::size_t i = 0; i < slow.followUp.size(); ++i) {
        CHECK(fast.followUp[i].card.id == slow.followUp[i].card.id);
        CHECK(fast.followUp[i].typicalProcessingDays == slow.followUp[i].typicalProcessingDays);
    }
    requireSameCards(fast.blocked, slow.blocked);
    CHECK(fast.blockedBalance == slow.blockedBalance);
    requireSameCards(fast.lostNotCancelled, slow.lostNotCancelled);
}

void requireSameSavings(const SavingsReport& fast, const SavingsReport& slow)
{
    REQUIRE(fast.months.size() == slow.months.size());
    for (std::size_t i = 0; i < slow.months.size(); ++i) {
        CHECK(fast.months[i].month == slow.months[i].month);
        CHECK(fast.months[i].cards == slow.months[i].cards);
        CHECK(fast.months[i].monthlyRentStopped == slow.months[i].monthlyRentStopped);
    }
    CHECK(fast.confirmedCards == slow.confirmedCards);
    CHECK(fast.monthlyRentStopped == slow.monthlyRentStopped);
    CHECK(fast.projectedTwelveMonths == slow.projectedTwelveMonths);
    for (std::size_t i = 0; i < slow.stillPaid.size(); ++i) {
        CHECK(fast.stillPaid[i].state == slow.stillPaid[i].state);
        CHECK(fast.stillPaid[i].cards == slow.stillPaid[i].cards);
        CHECK(fast.stillPaid[i].monthlyRent == slow.stillPaid[i].monthlyRent);
    }
    CHECK(fast.stillPaidCards == slow.stillPaidCards);
    CHECK(fast.stillPaidMonthlyRent == slow.stillPaidMonthlyRent);
}

void requireSameExposure(const ExposureReport& fast, const ExposureReport& slow)
{
    CHECK(fast.totalCards == slow.totalCards);
    CHECK(fast.unidentifiedCards == slow.unidentifiedCards);
    REQUIRE(fast.holders.size() == slow.holders.size());
    for (std::size_t i = 0; i < slow.holders.size(); ++i) {
        CHECK(fast.holders[i].maskedId == slow.holders[i].maskedId);
        CHECK(fast.holders[i].maskedName == slow.holders[i].maskedName);
        REQUIRE(fast.holders[i].cards.size() == slow.holders[i].cards.size());
        for (std::size_t j = 0; j < slow.holders[i].cards.size(); ++j) {
            const ExposedCard& a = fast.holders[i].cards[j];
            const ExposedCard& b = slow.holders[i].cards[j];
            CHECK(a.id == b.id);
            CHECK(a.state == b.state);
            CHECK(a.iccid == b.iccid);
            CHECK(a.msisdn == b.msisdn);
            CHECK(a.carrier == b.carrier);
            CHECK(a.department == b.department);
            CHECK(a.assignee == b.assignee);
        }
    }
}

void requireSummariesAgree(Store& store, QDate asOf)
{
    REQUIRE(fleetStandsAsOf(store, asOf)); // else both sides would replay the history
    const PipelineReport pipeline = computePipelineReport(store, asOf);
    requireSamePipeline(pipeline, computePipelineReportFromHistory(store, asOf));
    requireSameSavings(computeSavingsReport(store, asOf),
                       computeSavingsReportFromHistory(store, asOf));
    requireSameExposure(computeExposureReport(store, asOf),
                        computeExposureReportFromHistory(store, asOf));
}

std::vector<Card> cardsIn(StoreReader& store, CardState state)
{
    CardFilter filter;
    filter.state = state;
    std::vector<Card> cards;
    store.forEachCard(filter, [&](const Card& card) { cards.push_back(card); });
    return cards;
}

} // namespace

TEST_CASE("Today's pipeline and savings from the summaries equal the replayed history")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    FixedClock clock(QDateTime(QDate(2025, 11, 26), QTime(10, 0), QTimeZone(8 * 3600)).toUTC());
    StoreOpenOptions options;
    options.backupBeforeMigrate = false;
    auto opened = openSqliteStore(dir.filePath(QStringLiteral("demo.db")), clock, options);
    REQUIRE(opened.ok());
    Store& store = *opened.value();
    DemoOptions demo;
    demo.cards = 600;
    const ServiceContext context{store, clock, QStringLiteral("demo")};
    REQUIRE(generateDemoFleet(context, demo).ok());
    requireSummariesAgree(store, clock.today());

    // A day later: charges reopen cleared cards, positive adjustments leave others cleared but
    // owing, requested cards get a late bill, and cards are reported lost and found again.
    clock.set(clock.nowUtc().addDays(1));
    LedgerService ledger(context);
    CardService cards(context);
    const std::vector<Card> cleared = cardsIn(store, CardState::ArrearsCleared);
    REQUIRE(cleared.size() >= 6);
    for (std::size_t i = 0; i < 6; ++i) {
        const EntryKind kind = i % 2 == 0 ? EntryKind::Charge : EntryKind::Adjustment;
        REQUIRE(ledger
                    .post(cleared[i].id, kind, Money::fromFen(1234), QStringLiteral("late"),
                          clock.today())
                    .ok());
    }
    for (const Card& requested : cardsIn(store, CardState::CancellationRequested)) {
        REQUIRE(ledger
                    .post(requested.id, EntryKind::Charge, Money::fromFen(500),
                          QStringLiteral("late"), clock.today())
                    .ok());
        break;
    }
    const std::vector<Card> active = cardsIn(store, CardState::Active);
    REQUIRE(active.size() >= 2);
    REQUIRE(cards.setLost(active[0].id, true, QStringLiteral("lost on the train")).ok());
    REQUIRE(cards.setLost(active[1].id, true, QStringLiteral("lost")).ok());
    REQUIRE(cards.setLost(active[1].id, false, QStringLiteral("found")).ok());

    requireSummariesAgree(store, clock.today());
    // Days later, nothing new recorded: every age grows, the summaries still answer.
    requireSummariesAgree(store, clock.today().addDays(45));
}

TEST_CASE("A day before something was recorded is answered from the history")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    FixedClock clock(QDateTime(QDate(2025, 11, 26), QTime(10, 0), QTimeZone(8 * 3600)).toUTC());
    StoreOpenOptions options;
    options.backupBeforeMigrate = false;
    auto opened = openSqliteStore(dir.filePath(QStringLiteral("demo.db")), clock, options);
    REQUIRE(opened.ok());
    Store& store = *opened.value();
    DemoOptions demo;
    demo.cards = 120;
    REQUIRE(generateDemoFleet(ServiceContext{store, clock, QStringLiteral("demo")}, demo).ok());
    CHECK_FALSE(fleetStandsAsOf(store, clock.today().addDays(-1)));
    CHECK(fleetStandsAsOf(store, clock.today()));
}
