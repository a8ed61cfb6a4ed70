// SPDX-License-Identifier: GPL-3.0-or-later
// A card's home area is the declared one when the fleet file gives it: packets are split by it,
// and the outstanding report groups by it.
#include "ServicesFixture.h"
#include "WalkLifecycle.h"
#include "rules/Validators.h"
#include "services/PacketService.h"
#include "services/ReportService.h"

using namespace simfleet;
using namespace simfleet::servicestest;

TEST_CASE("Packets and reports go by the declared home area, else the number's")
{
    ServiceDb db;
    // Cards 1 and 7 share a number range (1390000), so the number gives them one home area; the
    // fleet file says card 1 is in Shanghai.
    const QString shanghai = QStringLiteral("上海市");
    const QString number = homeAreaOf(msisdn(1));
    REQUIRE(homeAreaOf(msisdn(7)) == number);
    REQUIRE(number != shanghai);
    QByteArray bytes = "iccid,msisdn,carrier,归属地\n";
    bytes += iccid(1).toUtf8() + "," + msisdn(1).toUtf8() + ",cmcc,上海市\n";
    bytes += iccid(7).toUtf8() + "," + msisdn(7).toUtf8() + ",cmcc,\n";
    ImportService imports(db.context());
    const Result<ImportSummary> imported =
        imports.importCards(db.file(QStringLiteral("cards.csv"), bytes));
    REQUIRE(imported.ok());
    REQUIRE(imported->ok());
    const CardId declared = db.card(iccid(1)).id;
    const CardId derived = db.card(iccid(7)).id;

    SECTION("packets")
    {
        for (const CardId id : {declared, derived}) {
            moveCard(db.context(), id,
                     TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});
            moveCard(db.context(), id,
                     TransitionRequest{
                         CardState::CancellationRequested, Channel::CarrierHall, true, {}, {}});
        }
        PacketService packets(db.context());
        const Result<PacketPlan> plan = packets.plan(PacketRequest{Carrier::Cmcc, {}, {}});
        REQUIRE(plan.ok());
        REQUIRE(plan->ok());
        REQUIRE(plan->groups.size() == 2);
        for (const PacketGroup& group : plan->groups) {
            REQUIRE(group.lines.size() == 1);
            CHECK(group.lines.front().card.id == (group.homeArea == shanghai ? declared : derived));
            CHECK((group.homeArea == shanghai || group.homeArea == number));
        }

        const Result<PacketPlan> inShanghai =
            packets.plan(PacketRequest{Carrier::Cmcc, shanghai, {}});
        REQUIRE(inShanghai.ok());
        REQUIRE(inShanghai->groups.size() == 1);
        CHECK(inShanghai->groups.front().cardIds() == std::vector<CardId>{declared});
        const Result<PacketPlan> wrongArea =
            packets.plan(PacketRequest{Carrier::Cmcc, number, {declared}});
        REQUIRE(wrongArea.ok());
        REQUIRE(wrongArea->refused.size() == 1);
        CHECK(wrongArea->refused.front().reason == Error{ErrorCode::WrongHomeArea, shanghai, 0});
    }
    SECTION("the outstanding report")
    {
        QByteArray bills = "iccid,kind,amount,date\n";
        bills += iccid(1).toUtf8() + ",charge,58,2025-03-01\n";
        bills += iccid(7).toUtf8() + ",charge,39,2025-03-01\n";
        const Result<ImportSummary> posted =
            imports.importLedger(db.file(QStringLiteral("bills.csv"), bills));
        REQUIRE(posted.ok());
        REQUIRE(posted->ok());

        const OutstandingReport report =
            ReportService(db.store())
                .outstanding(OutstandingGrouping::HomeArea, QDate(2025, 3, 14));
        REQUIRE(report.groups.size() == 2);
        for (const OutstandingGroup& group : report.groups) {
            CHECK(group.cards == 1);
            CHECK(group.outstanding == Money::fromFen(group.key == shanghai ? 5800 : 3900));
            CHECK((group.key == shanghai || group.key == number));
        }
        CHECK(db.store().countCards(
                  outstandingGroupFilter(OutstandingGrouping::HomeArea, shanghai)) == 1);
    }
}
