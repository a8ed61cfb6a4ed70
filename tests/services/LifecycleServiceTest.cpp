// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicesFixture.h"
#include "WalkLifecycle.h"
#include "services/LedgerService.h"

using namespace simfleet;
using namespace simfleet::servicestest;

TEST_CASE("Lifecycle: a batch moves all or nothing and names every refused card")
{
    ServiceDb db;
    seedCards(db, 1, 3);
    std::vector<CardId> ids;
    for (int n = 1; n <= 3; ++n) {
        ids.push_back(db.card(iccid(n)).id);
    }
    LedgerService ledger(db.context());
    REQUIRE(ledger.charge(ids[1], Money::fromFen(12340), QStringLiteral("BILL")).ok());
    const std::size_t auditBefore = db.auditCount();

    LifecycleService lifecycle(db.context());
    const TransitionRequest request{CardState::ArrearsCleared, {}, false, {}, {}};

    SECTION("one card owing: none moves")
    {
        const Result<TransitionOutcome> outcome = lifecycle.transition(ids, request);
        REQUIRE(outcome.ok());
        CHECK_FALSE(outcome->ok());
        CHECK(outcome->moved.empty());
        REQUIRE(outcome->refused.size() == 1);
        CHECK(outcome->refused.front().card.iccid == iccid(2));
        CHECK(outcome->refused.front().reason.code == ErrorCode::OwesMoney);
        CHECK(outcome->refused.front().reason.amountFen == 12340);
        for (int n = 1; n <= 3; ++n) {
            CHECK(db.card(iccid(n)).state == CardState::Active);
        }
        CHECK(db.auditCount() == auditBefore);

        const std::vector<CardRefusal> preview = lifecycle.preview(ids, request);
        REQUIRE(preview.size() == 1);
        CHECK(preview.front().card.id == ids[1]);
    }
    SECTION("an unknown card is a refusal too")
    {
        const Result<TransitionOutcome> outcome = lifecycle.transition({ids[0], 99999}, request);
        REQUIRE(outcome.ok());
        REQUIRE(outcome->refused.size() == 1);
        CHECK(outcome->refused.front().card.id == 99999);
        CHECK(outcome->refused.front().reason.code == ErrorCode::CardNotFound);
        CHECK(db.card(iccid(1)).state == CardState::Active);
    }
    SECTION("once paid, the whole batch moves")
    {
        REQUIRE(ledger.pay(ids[1], Money::fromFen(12340), QStringLiteral("PAY")).ok());
        CHECK(lifecycle.preview(ids, request).empty());
        const Result<TransitionOutcome> outcome = lifecycle.transition(ids, request);
        REQUIRE(outcome.ok());
        REQUIRE(outcome->ok());
        REQUIRE(outcome->moved.size() == 3);
        for (const Card& card : outcome->moved) {
            CHECK(card.state == CardState::ArrearsCleared);
            CHECK(card == db.card(card.iccid)); // as stored after the move
        }
    }
}

TEST_CASE("Lifecycle: a large batch refused part way names every refusal and changes nothing")
{
    // Cards are changed as they are read, in id order: the first refusal comes after cards were
    // changed already, and later ones after the batch stopped changing cards.
    ServiceDb db;
    seedCards(db, 1, 300);
    std::vector<CardId> ids;
    for (int n = 300; n >= 1; --n) // asked in the opposite of id order
        ids.push_back(db.card(iccid(n)).id);
    LedgerService ledger(db.context());
    const std::vector<int> owing{120, 121, 250};
    for (const int n : owing)
        REQUIRE(ledger.charge(db.card(iccid(n)).id, Money::fromFen(100 + n), QStringLiteral("BILL"))
                    .ok());
    const std::size_t auditBefore = db.auditCount();

    LifecycleService lifecycle(db.context());
    const Result<TransitionOutcome> outcome =
        lifecycle.transition(ids, TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});
    REQUIRE(outcome.ok());
    CHECK(outcome->moved.empty());
    REQUIRE(outcome->refused.size() == owing.size());
    // In the order asked for: 250 first.
    CHECK(outcome->refused[0].card.iccid == iccid(250));
    CHECK(outcome->refused[1].card.iccid == iccid(121));
    CHECK(outcome->refused[2].card.iccid == iccid(120));
    CHECK(outcome->refused[2].reason.amountFen == 220);
    for (int n = 1; n <= 300; ++n)
        CHECK(db.card(iccid(n)).state == CardState::Active);
    CHECK(db.auditCount() == auditBefore);
}

TEST_CASE("Lifecycle: the forward path to void, one audit row per step")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    const CardId id = db.card(iccid(1)).id;
    LifecycleService lifecycle(db.context());

    SECTION("guards refuse a step without what it needs")
    {
        moveCard(db.context(), id, TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});
        const auto noChannel = lifecycle.transition(
            {id}, TransitionRequest{CardState::CancellationRequested, {}, true, {}, {}});
        REQUIRE(noChannel.ok());
        REQUIRE(noChannel->refused.size() == 1);
        CHECK(noChannel->refused.front().reason.code == ErrorCode::NeedsChannel);
        CHECK(db.card(iccid(1)).state == CardState::ArrearsCleared);
    }
    SECTION("every step audited with what the operator gave")
    {
        walkToVoid(db.context(), id);
        CHECK(db.card(iccid(1)).state == CardState::Void);
        std::vector<AuditEvent> steps;
        for (const AuditEvent& event : db.store().auditOf(id)) {
            if (event.action == AuditAction::StateChanged) {
                steps.push_back(event);
            }
        }
        REQUIRE(steps.size() == 4);
        const std::vector<std::pair<CardState, CardState>> path{
            {CardState::Active, CardState::ArrearsCleared},
            {CardState::ArrearsCleared, CardState::CancellationRequested},
            {CardState::CancellationRequested, CardState::CarrierConfirmed},
            {CardState::CarrierConfirmed, CardState::Void},
        };
        for (std::size_t i = 0; i < path.size(); ++i) {
            CHECK(steps[i].fromState == path[i].first);
            CHECK(steps[i].toState == path[i].second);
        }
        CHECK(steps[1].details.value(QStringLiteral("channel")).toString() ==
              QStringLiteral("carrier-hall"));
        CHECK(steps[1].details.value(QStringLiteral("checklist")).toBool());
        CHECK(steps[2].details.value(QStringLiteral("reference")).toString() ==
              QStringLiteral("HZ-1"));

        const auto again = lifecycle.transition(
            {id}, TransitionRequest{CardState::Active, {}, false, {}, QStringLiteral("oops")});
        REQUIRE(again.ok());
        CHECK_FALSE(again->ok()); // void is terminal
    }
}
