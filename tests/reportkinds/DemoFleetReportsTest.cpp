// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStore.h"
#include "rules/Validators.h"
#include "services/DemoFleet.h"
#include "services/reports/ExposureReport.h"
#include "services/reports/PipelineReport.h"
#include "services/reports/SavingsReport.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <map>

using namespace simfleet;

namespace {

struct StateFigures {
    std::int64_t cards{0};
    Money monthlyFees;
    std::int64_t lost{0};
    std::int64_t residentIdCards{0};
};

// The store's own view, card by card, to hold the reports against.
std::map<CardState, StateFigures> figuresByState(StoreReader& store)
{
    std::map<CardState, StateFigures> figures;
    store.forEachCard({}, [&figures](const Card& card) {
        StateFigures& state = figures[card.state];
        ++state.cards;
        state.monthlyFees += card.monthlyFee;
        if (card.lost)
            ++state.lost;
        const Result<HolderId> holder = validateHolderId(card.holderId);
        if (holder && holder->kind == HolderIdKind::ResidentId)
            ++state.residentIdCards;
    });
    return figures;
}

} // namespace

TEST_CASE("On the demo fleet, as of today, the reports tie out with the store")
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
    demo.cards = 300;
    REQUIRE(generateDemoFleet(ServiceContext{store, clock, QStringLiteral("demo")}, demo).ok());

    const QDate today = clock.today();
    std::map<CardState, StateFigures> figures = figuresByState(store);

    const PipelineReport pipeline = computePipelineReport(store, today);
    CHECK(pipeline.totalCards == 300);
    for (const CardState state : kAllStates) {
        INFO(stateCode(state).toStdString());
        CHECK(pipeline.stage(state).cards == figures[state].cards);
    }
    CHECK(static_cast<std::int64_t>(pipeline.lostNotCancelled.size()) ==
          figures[CardState::Active].lost + figures[CardState::ArrearsCleared].lost);
    Money blocked;
    for (const PipelineCard& card : pipeline.blocked)
        blocked += card.balance;
    CHECK(blocked == pipeline.blockedBalance);
    for (const FollowUpCard& late : pipeline.followUp) {
        CHECK(late.card.state == CardState::CancellationRequested);
        CHECK(late.card.daysInState > late.typicalProcessingDays);
    }

    const SavingsReport savings = computeSavingsReport(store, today);
    CHECK(savings.confirmedCards ==
          figures[CardState::CarrierConfirmed].cards + figures[CardState::Void].cards);
    CHECK(savings.monthlyRentStopped ==
          figures[CardState::CarrierConfirmed].monthlyFees + figures[CardState::Void].monthlyFees);
    CHECK(savings.stillPaidMonthlyRent ==
          figures[CardState::Active].monthlyFees + figures[CardState::ArrearsCleared].monthlyFees +
              figures[CardState::CancellationRequested].monthlyFees);

    // The demo replays a year of history: confirmations fall in the months they took effect,
    // not all in the month the demo was generated (when the store wrote its rows).
    int monthsWithConfirmations = 0;
    std::int64_t confirmedByMonth = 0;
    for (const SavingsMonth& month : savings.months) {
        if (month.cards > 0)
            ++monthsWithConfirmations;
        confirmedByMonth += month.cards;
    }
    CHECK(monthsWithConfirmations > 1);
    CHECK(confirmedByMonth == savings.confirmedCards);

    const ExposureReport exposure = computeExposureReport(store, today);
    std::int64_t exposed = 0;
    for (const CardState state : kAllStates) {
        if (state != CardState::Void)
            exposed += figures[state].residentIdCards;
    }
    CHECK(exposed > 0); // the demo registers some cards under employees' IDs
    CHECK(exposure.totalCards == exposed);
    for (std::size_t i = 1; i < exposure.holders.size(); ++i)
        CHECK(exposure.holders[i - 1].cardCount() >= exposure.holders[i].cardCount());
}
