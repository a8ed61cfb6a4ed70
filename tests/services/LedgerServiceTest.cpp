// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LedgerService.h"

#include "ServicesFixture.h"
#include "WalkLifecycle.h"

using namespace simfleet;
using namespace simfleet::servicestest;

TEST_CASE("Ledger: pay, charge and adjust move the balance and are audited")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    const CardId id = db.card(iccid(1)).id;
    LedgerService ledger(db.context());

    const Result<LedgerEntry> charged =
        ledger.charge(id, Money::fromFen(12340), QStringLiteral("BILL-7"), QDate(2025, 2, 1));
    REQUIRE(charged.ok());
    CHECK(charged->id > 0);
    CHECK(charged->cardId == id);
    CHECK(db.card(iccid(1)).balance == Money::fromFen(12340));

    const Result<LedgerEntry> paid = ledger.pay(id, yuan(100), QStringLiteral(" PAY-7 "));
    REQUIRE(paid.ok());
    CHECK(paid->date == QDate(2025, 3, 14)); // today in China on the fixed clock
    CHECK(paid->reference == QStringLiteral("PAY-7"));
    CHECK(db.card(iccid(1)).balance == Money::fromFen(2340));

    REQUIRE(ledger.adjust(id, Money::fromFen(-340), QStringLiteral("goodwill")).ok());
    CHECK(db.card(iccid(1)).balance == yuan(20));

    const std::vector<AuditEvent> audit = db.store().auditOf(id);
    REQUIRE(audit.size() == 4); // created + three entries
    const AuditEvent& first = audit.at(1);
    CHECK(first.action == AuditAction::LedgerEntryPosted);
    CHECK(first.details.value(QStringLiteral("kind")).toString() == QStringLiteral("charge"));
    CHECK(first.details.value(QStringLiteral("amount_fen")).toInteger() == 12340);
    CHECK(first.details.value(QStringLiteral("date")).toString() == QStringLiteral("2025-02-01"));
    CHECK(first.details.value(QStringLiteral("reference")).toString() == QStringLiteral("BILL-7"));
}

TEST_CASE("Ledger: amounts must be positive (adjustments non-zero) and nothing is written")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    const CardId id = db.card(iccid(1)).id;
    LedgerService ledger(db.context());
    const std::size_t auditBefore = db.auditCount();

    CHECK(ledger.pay(id, Money{}, QStringLiteral("P")).error().code ==
          ErrorCode::AmountNotPositive);
    CHECK(ledger.charge(id, Money::fromFen(-1), QStringLiteral("C")).error().code ==
          ErrorCode::AmountNotPositive);
    CHECK(ledger.adjust(id, Money{}, QStringLiteral("A")).error().code ==
          ErrorCode::AmountNotPositive);
    CHECK(ledger.pay(id + 1000, yuan(1), QStringLiteral("P")).error().code ==
          ErrorCode::CardNotFound);
    CHECK(db.store().ledgerOf(id).empty());
    CHECK(db.auditCount() == auditBefore);
}

TEST_CASE("Ledger: nothing is posted to a void card")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    const CardId id = db.card(iccid(1)).id;
    walkToVoid(db.context(), id);
    LedgerService ledger(db.context());
    const Result<LedgerEntry> refused = ledger.charge(id, yuan(58), QStringLiteral("BILL"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::CardVoid);
    CHECK(db.store().ledgerOf(id).empty());
}

TEST_CASE("Ledger: a charge on an arrears-cleared card sends it back to active")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    const CardId id = db.card(iccid(1)).id;
    moveCard(db.context(), id, TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});
    db.clock().advanceDays(3);

    LedgerService ledger(db.context());
    SECTION("a payment does not")
    {
        REQUIRE(ledger.pay(id, yuan(5), QStringLiteral("P")).ok());
        CHECK(db.card(iccid(1)).state == CardState::ArrearsCleared);
    }
    SECTION("a charge does, in the same transaction, audited")
    {
        REQUIRE(ledger.charge(id, yuan(58), QStringLiteral("BILL-3")).ok());
        const Card card = db.card(iccid(1));
        CHECK(card.state == CardState::Active);
        CHECK(card.stateSince == db.clock().nowUtc());
        CHECK(card.balance == yuan(58));
        const AuditEvent last = db.store().auditOf(id).back();
        CHECK(last.action == AuditAction::StateChanged);
        CHECK(last.fromState == CardState::ArrearsCleared);
        CHECK(last.toState == CardState::Active);
    }
}

TEST_CASE("Ledger: an entry dated after today is refused, and nothing is written")
{
    ServiceDb db; // the fixed clock's business day is 2025-03-14
    seedCards(db, 1, 1);
    const CardId id = db.card(iccid(1)).id;
    LedgerService ledger(db.context());
    const std::size_t auditBefore = db.auditCount();

    const Result<LedgerEntry> ahead =
        ledger.pay(id, yuan(10), QStringLiteral("R-1"), QDate(2025, 3, 15));
    REQUIRE_FALSE(ahead.ok());
    CHECK(ahead.error() == Error{ErrorCode::DateInFuture, QStringLiteral("2025-03-15"), 0});
    CHECK(ledger.charge(id, yuan(10), QStringLiteral("B-1"), QDate(2026, 1, 1)).error().code ==
          ErrorCode::DateInFuture);
    CHECK(ledger.adjust(id, yuan(-1), QStringLiteral("A-1"), QDate(2025, 4, 1)).error().code ==
          ErrorCode::DateInFuture);
    CHECK(db.store().ledgerOf(id).empty());
    CHECK(db.auditCount() == auditBefore);

    // Today itself, and any earlier day, are fine.
    CHECK(ledger.pay(id, yuan(10), QStringLiteral("R-2"), QDate(2025, 3, 14)).ok());
    CHECK(ledger.charge(id, yuan(10), QStringLiteral("B-2"), QDate(2024, 12, 1)).ok());
}

TEST_CASE("Ledger: a payment needs a reference; a charge or adjustment may go without")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    const CardId id = db.card(iccid(1)).id;
    LedgerService ledger(db.context());

    CHECK(ledger.pay(id, yuan(10), QString()).error().code == ErrorCode::PaymentNeedsReference);
    CHECK(ledger.pay(id, yuan(10), QStringLiteral("   ")).error().code ==
          ErrorCode::PaymentNeedsReference);
    CHECK(db.store().ledgerOf(id).empty());
    CHECK(ledger.charge(id, yuan(10), QString()).ok());
    CHECK(ledger.adjust(id, yuan(-10), QString()).ok());
}
