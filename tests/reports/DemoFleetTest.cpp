// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoFleet.h"

#include "TempStore.h"
#include "rules/Validators.h"
#include "services/AuditService.h"
#include "services/LedgerService.h"
#include "services/ReportService.h"
#include "services/demo/DemoCasting.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace simfleet;
using namespace simfleet::testing;

namespace {

QDate usualToday()
{
    return {2026, 11, 26};
}

struct DemoRun {
    TempStore temp;
    DemoSummary summary;

    DemoRun(std::uint32_t seed, int cards, QDate today = usualToday()) : temp(chinaMorning(today))
    {
        DemoOptions options;
        options.cards = cards;
        options.seed = seed;
        const Result<DemoSummary> made = generateDemoFleet(temp.context(), options);
        INFO("error " << (made.ok() ? -1 : static_cast<int>(made.error().code)) << " "
                      << (made.ok() ? std::string() : made.error().detail.toStdString()));
        REQUIRE(made.ok());
        summary = *made;
    }

    Store& store() { return temp.store(); }
    std::vector<Card> cards() { return store().cards(CardQuery{}); }
    QDate today() { return temp.clock().today(); }
};

// Everything that identifies the fleet and its money, card by card in ICCID order.
QStringList fingerprint(DemoRun& run)
{
    QStringList lines;
    for (const Card& card : run.cards()) {
        lines << QStringList{card.iccid,
                             card.msisdn,
                             carrierCode(card.carrier),
                             card.plan,
                             card.holderName,
                             card.holderId,
                             card.department,
                             card.assignee,
                             card.activatedOn.toString(Qt::ISODate),
                             stateCode(card.state),
                             card.stateSince.toString(Qt::ISODateWithMs),
                             card.lost ? QStringLiteral("lost") : QString(),
                             card.balance.toPlainString()}
                     .join(QLatin1Char('|'));
    }
    return lines;
}

QSet<QString> iccids(DemoRun& run)
{
    QSet<QString> set;
    for (const Card& card : run.cards())
        set.insert(card.iccid);
    return set;
}

std::int64_t countIn(Store& store, CardState state)
{
    CardFilter filter;
    filter.state = state;
    return store.countCards(filter);
}

void checkEveryStateAndBucket(DemoRun& run)
{
    for (const CardState state : kAllStates) {
        INFO(stateCode(state).toStdString());
        CHECK(countIn(run.store(), state) > 0);
    }
    const OutstandingReport report =
        ReportService(run.store()).outstanding(OutstandingGrouping::Carrier, run.today());
    INFO("as of " << run.today().toString(Qt::ISODate).toStdString());
    CHECK(report.total.aging.days0to30.isPositive());
    CHECK(report.total.aging.days31to60.isPositive());
    CHECK(report.total.aging.days61to90.isPositive());
    CHECK(report.total.aging.days90plus.isPositive());
    CHECK(report.credit.isPositive());
    // Nothing is dated after today, so the report agrees with the cards' balances.
    const FleetTotals totals = run.store().totals();
    CHECK(report.total.outstanding == totals.outstanding);
    CHECK(report.credit == totals.credit);
}

// The latest move of a card into the state it is in.
std::optional<AuditEvent> arrival(Store& store, const Card& card)
{
    std::optional<AuditEvent> last;
    for (const AuditEvent& event : store.auditOf(card.id)) {
        if (event.action == AuditAction::StateChanged && event.toState == card.state)
            last = event;
    }
    return last;
}

} // namespace

TEST_CASE("The demo fleet is the same for the same seed and clock, and differs by seed")
{
    DemoRun first(42, 200);
    DemoRun again(42, 200);
    DemoRun other(43, 200);

    CHECK(first.summary.cards == 200);
    CHECK(first.summary.cards == again.summary.cards);
    CHECK(first.summary.ledgerEntries == again.summary.ledgerEntries);
    CHECK(fingerprint(first) == fingerprint(again));
    CHECK(first.store().auditHeadHash() == again.store().auditHeadHash());

    const auto reportOf = [](DemoRun& run) {
        return ReportService(run.store()).outstanding(OutstandingGrouping::Department, run.today());
    };
    const OutstandingReport a = reportOf(first);
    const OutstandingReport b = reportOf(again);
    CHECK(a.total.outstanding == b.total.outstanding);
    CHECK(a.total.aging == b.total.aging);
    CHECK(a.credit == b.credit);

    CHECK(other.summary.cards == 200);
    const QSet<QString> firstIccids = iccids(first);
    CHECK_FALSE(firstIccids.intersects(iccids(other)));
    CHECK(fingerprint(first) != fingerprint(other));
}

TEST_CASE("The demo fleet has every state, lost cards, credit and every aging bucket")
{
    DemoRun run(20261126, 400);
    CHECK(run.store().countCards({}) == 400);
    checkEveryStateAndBucket(run);

    CardFilter lost;
    lost.lostOnly = true;
    CHECK(run.store().countCards(lost) > 0);

    std::map<CardState, std::int64_t> states;
    for (const Card& card : run.cards())
        ++states[card.state];
    // A fleet mostly in service, with a pipeline behind it.
    CHECK(states[CardState::Active] > 400 / 2);
}

TEST_CASE("Every aging bucket fills whatever the day of the month")
{
    // Days where the 1st of some month falls just outside a bucket.
    for (const QDate today : {QDate(2026, 9, 30), QDate(2027, 3, 1), QDate(2028, 2, 29),
                              QDate(2027, 1, 31), QDate(2027, 8, 1)}) {
        DemoRun run(7, demo::minimumDemoCards(), today);
        checkEveryStateAndBucket(run);
    }
}

TEST_CASE("Demo identifiers are valid and the fleet looks like a company's")
{
    DemoRun run(99, 300);
    QSet<QString> areas;
    QSet<QString> departments;
    std::set<Carrier> carriers;
    int residentIds = 0;
    int companyIds = 0;
    for (const Card& card : run.cards()) {
        INFO(card.iccid.toStdString() << " " << card.msisdn.toStdString());
        CHECK(validateIccid(card.iccid).ok());
        CHECK(card.iccid.size() == 20);
        const Result<QString> msisdn = validateMsisdn(card.msisdn);
        REQUIRE(msisdn.ok());
        CHECK(*msisdn == card.msisdn);
        const Result<HolderId> holder = validateHolderId(card.holderId);
        REQUIRE(holder.ok());
        if (holder->kind == HolderIdKind::Uscc)
            ++companyIds;
        else
            ++residentIds;
        CHECK_FALSE(card.holderName.isEmpty());
        CHECK_FALSE(card.plan.isEmpty());
        CHECK(card.monthlyFee.isPositive());
        CHECK(card.activatedOn < run.today().addYears(-1).addDays(1));
        CHECK(card.activatedOn >= run.today().addYears(-3).addDays(-1));
        areas.insert(card.homeArea());
        departments.insert(card.department);
        carriers.insert(card.carrier);
    }
    CHECK(areas.size() >= 6);
    CHECK(departments.size() == 5);
    CHECK(carriers.size() == 4);
    CHECK(companyIds > residentIds);
    CHECK(residentIds > 0);
}

TEST_CASE("Demo history keeps the lifecycle's rules")
{
    DemoRun run(5, 300);
    const QDateTime now = run.temp.clock().nowUtc();
    const QRegularExpression receipt(QStringLiteral("^[A-Z]{2}20[0-9]{8}$"));
    std::int64_t entries = 0;
    for (const Card& card : run.cards()) {
        INFO(card.iccid.toStdString() << " " << stateCode(card.state).toStdString());
        const std::vector<LedgerEntry> ledger = run.store().ledgerOf(card.id);
        entries += static_cast<std::int64_t>(ledger.size());
        for (const LedgerEntry& e : ledger)
            CHECK(e.date <= run.today());
        CHECK(card.stateSince <= now);
        CHECK(card.stateSince.date() >= card.activatedOn.addDays(-1));

        switch (card.state) {
        case CardState::Active:
            break;
        case CardState::ArrearsCleared:
            CHECK_FALSE(card.balance.isPositive());
            break;
        case CardState::CancellationRequested: {
            CHECK_FALSE(card.balance.isPositive());
            const std::optional<AuditEvent> request = arrival(run.store(), card);
            REQUIRE(request.has_value());
            CHECK(parseChannel(request->details.value(QStringLiteral("channel")).toString()).ok());
            break;
        }
        case CardState::CarrierConfirmed: {
            const std::optional<AuditEvent> confirmation = arrival(run.store(), card);
            REQUIRE(confirmation.has_value());
            CHECK(receipt.match(confirmation->details.value(QStringLiteral("reference")).toString())
                      .hasMatch());
            break;
        }
        case CardState::Void:
            CHECK(card.balance.isZero());
            CHECK(balanceAsOf(ledger).isZero());
            break;
        }
    }
    CHECK(entries == run.summary.ledgerEntries);
}

TEST_CASE("The demo's audit chain verifies")
{
    DemoRun run(11, 200);
    const AuditVerification verification = verifyAuditLog(run.store());
    CHECK_FALSE(verification.firstBreak.has_value());
    CHECK(verification.rowsChecked == static_cast<std::int64_t>(run.store().auditOf({}).size()));
    // Each card's creation and each ledger entry at least.
    CHECK(verification.rowsChecked > run.summary.cards + run.summary.ledgerEntries);
    CHECK(verification.headHash == run.store().auditHeadHash());
}

TEST_CASE("A demo too small for every part still works")
{
    DemoRun none(1, 0);
    CHECK(none.summary.cards == 0);
    CHECK(none.store().countCards({}) == 0);

    DemoRun few(1, 5);
    CHECK(few.summary.cards == 5);
    CHECK(few.store().countCards({}) == 5);
}

TEST_CASE("The status bar's totals and the outstanding report agree after a clerk's payments")
{
    DemoRun run(11, 300);
    const auto owing = [&] {
        for (const Card& card : run.cards()) {
            if (card.balance.isPositive() && card.state != CardState::Void)
                return card;
        }
        FAIL("the demo has no card that owes money");
        return Card{};
    };
    LedgerService ledger(run.temp.context());
    const Card card = owing();
    // A payment dated ahead would lower the balance now but the report only on that day.
    CHECK(ledger.pay(card.id, card.balance, QStringLiteral("R-AHEAD"), run.today().addDays(13))
              .error()
              .code == ErrorCode::DateInFuture);
    REQUIRE(ledger.pay(card.id, Money::fromFen(1), QStringLiteral("R-TODAY"), run.today()).ok());
    REQUIRE(ledger
                .pay(owing().id, Money::fromFen(5000), QStringLiteral("R-OLD"),
                     run.today().addDays(-40))
                .ok());

    const FleetTotals totals = run.store().totals();
    for (const OutstandingGrouping grouping :
         {OutstandingGrouping::Carrier, OutstandingGrouping::Department,
          OutstandingGrouping::Assignee, OutstandingGrouping::HomeArea}) {
        const OutstandingReport report =
            ReportService(run.store()).outstanding(grouping, run.today());
        CHECK(report.total.outstanding == totals.outstanding);
        CHECK(report.credit == totals.credit);
    }
}
