// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReportService.h"

#include "ReportFixture.h"

#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::testing;

namespace {

QDate day(int month, int dayOfMonth)
{
    return {2026, month, dayOfMonth};
}

AgingBuckets buckets(Money days0to30, Money days31to60, Money days61to90, Money days90plus)
{
    return {days0to30, days31to60, days61to90, days90plus};
}

// Eight cards whose figures were worked out by hand (see each comment), the clock on 15 July.
struct Fleet {
    TempStore temp{chinaMorning(day(7, 15))};
    std::vector<CardId> ids;

    Fleet()
    {
        ids = writeFixture(
            temp,
            {
                // A: four months of rent, 80.00 paid in March, which settles March and 22.00 of
                // April. On 30 June: April 36.00 (90 days, 61-90), May 58.00 (60 days, 31-60),
                // June 58.00 (29 days, 0-30). July's rent and a 152.00 payment come later.
                {Carrier::Cmcc,
                 QStringLiteral("13857100001"),
                 QStringLiteral("电销一部"),
                 QStringLiteral("张伟"),
                 QStringLiteral("浙江省杭州市"),
                 {charge(day(3, 1), yuan(58)), payment(day(3, 20), yuan(80)),
                  charge(day(4, 1), yuan(58)), charge(day(5, 1), yuan(58)),
                  charge(day(6, 1), yuan(58)), charge(day(7, 1), yuan(58)),
                  payment(day(7, 5), yuan(152))}},
                // B: two bills never paid, both over 90 days old on 30 June.
                {Carrier::Cmcc,
                 QStringLiteral("13816000002"),
                 QStringLiteral("电销二部"),
                 QStringLiteral("李娜"),
                 QStringLiteral("上海市"),
                 {charge(day(1, 1), yuan(128)), charge(day(2, 1), yuan(128))}},
                // C: paid in full: owes nothing.
                {Carrier::Cucc,
                 QStringLiteral("13067700003"),
                 QStringLiteral("电销一部"),
                 QStringLiteral("张伟"),
                 QStringLiteral("浙江省杭州市"),
                 {charge(day(6, 1), yuan(88)), payment(day(6, 10), yuan(88))}},
                // D: 600.00 prepaid against six bills of 88.00: a credit of 72.00.
                {Carrier::Ctcc,
                 QStringLiteral("13316800004"),
                 QStringLiteral("客服中心"),
                 QStringLiteral("王芳"),
                 QStringLiteral("广东省深圳市"),
                 {charge(day(1, 1), yuan(88)), payment(day(1, 5), yuan(600)),
                  charge(day(2, 1), yuan(88)), charge(day(3, 1), yuan(88)),
                  charge(day(4, 1), yuan(88)), charge(day(5, 1), yuan(88)),
                  charge(day(6, 1), yuan(88))}},
                // E: a +10.00 adjustment on 15 May, 38.00 rent on 25 June, a -5.00 adjustment
                // that settles half the oldest: 5.00 at 46 days (31-60), 38.00 at 5 (0-30).
                {Carrier::Ctcc,
                 QStringLiteral("18926400005"),
                 QStringLiteral("电销二部"),
                 QStringLiteral("王芳"),
                 QStringLiteral("广东省深圳市"),
                 {adjustment(day(5, 15), yuan(10)), charge(day(6, 25), yuan(38)),
                  adjustment(day(6, 26), yuan(-5))}},
                // F: no department, assignee or home area. 31 March is 91 days before 30 June
                // (90+), 1 April is 90 (61-90).
                {Carrier::Cucc,
                 QStringLiteral("19200000006"),
                 QString(),
                 QString(),
                 QString(),
                 {charge(day(3, 31), yuan(58)), charge(day(4, 1), yuan(58))}},
                // G: its only bill is dated 1 July.
                {Carrier::Cbn,
                 QStringLiteral("19210000007"),
                 QStringLiteral("市场部"),
                 QStringLiteral("赵敏"),
                 QStringLiteral("北京市"),
                 {charge(day(7, 1), yuan(58))}},
                // H: 116.00 from 15 June, 15 days old; ties F in two groupings.
                {Carrier::Cucc,
                 QStringLiteral("13057500008"),
                 QStringLiteral("大客户部"),
                 QStringLiteral("陈静"),
                 QStringLiteral("江苏省南京市"),
                 {charge(day(6, 15), yuan(116))}},
            });
    }

    OutstandingReport report(OutstandingGrouping grouping, QDate asOf,
                             const CardFilter& filter = {})
    {
        ReportService reports(temp.store());
        return reports.outstanding(grouping, asOf, filter);
    }
};

struct ExpectedGroup {
    QString key;
    std::int64_t cards;
    AgingBuckets aging;
};

void checkGroups(const OutstandingReport& report, const std::vector<ExpectedGroup>& expected)
{
    REQUIRE(report.groups.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("group " << i << ": " << report.groups[i].key.toStdString());
        CHECK(report.groups[i].key == expected[i].key);
        CHECK(report.groups[i].cards == expected[i].cards);
        CHECK(report.groups[i].aging == expected[i].aging);
        CHECK(report.groups[i].outstanding == expected[i].aging.total());
    }
}

// Figures shared by every grouping on 30 June: A, B, E, F and H owe; D is in credit.
void checkJuneTotals(const OutstandingReport& report)
{
    CHECK(report.asOf == day(6, 30));
    CHECK(report.total.key.isEmpty());
    CHECK(report.total.cards == 5);
    CHECK(report.total.aging == buckets(yuan(212), yuan(63), yuan(94), yuan(314)));
    CHECK(report.total.outstanding == yuan(683));
    CHECK(report.credit == yuan(72));
    CHECK(report.creditCards == 1);
}

} // namespace

TEST_CASE("Outstanding by carrier, as of a date before later bills and payments")
{
    Fleet fleet;
    const OutstandingReport report = fleet.report(OutstandingGrouping::Carrier, day(6, 30));
    CHECK(report.grouping == OutstandingGrouping::Carrier);
    checkJuneTotals(report);
    checkGroups(report,
                {
                    {QStringLiteral("cmcc"), 2, buckets(yuan(58), yuan(58), yuan(36), yuan(256))},
                    {QStringLiteral("cucc"), 2, buckets(yuan(116), {}, yuan(58), yuan(58))},
                    {QStringLiteral("ctcc"), 1, buckets(yuan(38), yuan(5), {}, {})},
                });
}

TEST_CASE("Outstanding by department: empty key for cards without one, ties by key")
{
    Fleet fleet;
    const OutstandingReport report = fleet.report(OutstandingGrouping::Department, day(6, 30));
    checkJuneTotals(report);
    checkGroups(report,
                {
                    {QStringLiteral("电销二部"), 2, buckets(yuan(38), yuan(5), {}, yuan(256))},
                    {QStringLiteral("电销一部"), 1, buckets(yuan(58), yuan(58), yuan(36), {})},
                    {QString(), 1, buckets({}, {}, yuan(58), yuan(58))},
                    {QStringLiteral("大客户部"), 1, buckets(yuan(116), {}, {}, {})},
                });
}

TEST_CASE("Outstanding by assignee")
{
    Fleet fleet;
    const OutstandingReport report = fleet.report(OutstandingGrouping::Assignee, day(6, 30));
    checkJuneTotals(report);
    checkGroups(report, {
                            {QStringLiteral("李娜"), 1, buckets({}, {}, {}, yuan(256))},
                            {QStringLiteral("张伟"), 1, buckets(yuan(58), yuan(58), yuan(36), {})},
                            {QString(), 1, buckets({}, {}, yuan(58), yuan(58))},
                            {QStringLiteral("陈静"), 1, buckets(yuan(116), {}, {}, {})},
                            {QStringLiteral("王芳"), 1, buckets(yuan(38), yuan(5), {}, {})},
                        });
}

TEST_CASE("Outstanding by home area")
{
    Fleet fleet;
    const OutstandingReport report = fleet.report(OutstandingGrouping::HomeArea, day(6, 30));
    checkJuneTotals(report);
    checkGroups(report,
                {
                    {QStringLiteral("上海市"), 1, buckets({}, {}, {}, yuan(256))},
                    {QStringLiteral("浙江省杭州市"), 1, buckets(yuan(58), yuan(58), yuan(36), {})},
                    {QString(), 1, buckets({}, {}, yuan(58), yuan(58))},
                    {QStringLiteral("江苏省南京市"), 1, buckets(yuan(116), {}, {}, {})},
                    {QStringLiteral("广东省深圳市"), 1, buckets(yuan(38), yuan(5), {}, {})},
                });
}

TEST_CASE("Outstanding as of today counts July's bill and payment and ages everything further")
{
    Fleet fleet;
    const OutstandingReport report = fleet.report(OutstandingGrouping::Carrier, day(7, 15));
    // A: July 58.00 (14 days); B: 256.00 over 90; E: 5.00 now 61 days old, 38.00 at 20;
    // F: 116.00 over 90; G: 58.00 (14 days); H: 116.00 at 30 days.
    CHECK(report.total.cards == 6);
    CHECK(report.total.aging == buckets(yuan(270), {}, yuan(5), yuan(372)));
    CHECK(report.credit == yuan(72));
    checkGroups(report, {
                            {QStringLiteral("cmcc"), 2, buckets(yuan(58), {}, {}, yuan(256))},
                            {QStringLiteral("cucc"), 2, buckets(yuan(116), {}, {}, yuan(116))},
                            {QStringLiteral("cbn"), 1, buckets(yuan(58), {}, {}, {})},
                            {QStringLiteral("ctcc"), 1, buckets(yuan(38), {}, yuan(5), {})},
                        });

    // After the last entry the report agrees with the store's cached balances.
    const FleetTotals totals = fleet.temp.store().totals();
    CHECK(report.total.outstanding == totals.outstanding);
    CHECK(report.credit == totals.credit);
}

TEST_CASE("Outstanding before any bill is empty")
{
    Fleet fleet;
    const OutstandingReport report = fleet.report(OutstandingGrouping::Carrier, {2025, 12, 31});
    CHECK(report.groups.empty());
    CHECK(report.total.cards == 0);
    CHECK(report.total.outstanding.isZero());
    CHECK(report.credit.isZero());
    CHECK(report.creditCards == 0);
}

TEST_CASE("Outstanding honours the card filter")
{
    Fleet fleet;
    CardFilter mobileOnly;
    mobileOnly.carrier = Carrier::Cmcc;
    const OutstandingReport mobile =
        fleet.report(OutstandingGrouping::Department, day(6, 30), mobileOnly);
    checkGroups(mobile,
                {
                    {QStringLiteral("电销二部"), 1, buckets({}, {}, {}, yuan(256))},
                    {QStringLiteral("电销一部"), 1, buckets(yuan(58), yuan(58), yuan(36), {})},
                });
    CHECK(mobile.total.outstanding == yuan(408));
    CHECK(mobile.credit.isZero());

    CardFilter serviceDesk;
    serviceDesk.department = QStringLiteral("客服中心");
    const OutstandingReport desk =
        fleet.report(OutstandingGrouping::Carrier, day(6, 30), serviceDesk);
    CHECK(desk.groups.empty());
    CHECK(desk.credit == yuan(72));
    CHECK(desk.creditCards == 1);
}

TEST_CASE("Outstanding totals add up to the positive balances on every day of the half year")
{
    Fleet fleet;
    const std::vector<Card> cards = fleet.temp.store().cards(CardQuery{});
    REQUIRE(cards.size() == 8);
    for (QDate asOf = day(1, 1); asOf <= day(7, 20); asOf = asOf.addDays(1)) {
        INFO(asOf.toString(Qt::ISODate).toStdString());
        Money owed;
        Money credit;
        for (const Card& card : cards) {
            const std::vector<LedgerEntry> ledger = fleet.temp.store().ledgerOf(card.id);
            const Money balance = balanceAsOf(ledger, asOf);
            if (balance.isPositive())
                owed += balance;
            else
                credit -= balance;
        }
        for (const OutstandingGrouping grouping :
             {OutstandingGrouping::Carrier, OutstandingGrouping::Department,
              OutstandingGrouping::Assignee, OutstandingGrouping::HomeArea}) {
            const OutstandingReport report = fleet.report(grouping, asOf);
            CHECK(report.total.outstanding == owed);
            CHECK(report.total.aging.total() == owed);
            CHECK(report.credit == credit);
            Money sum;
            AgingBuckets aging;
            std::int64_t count = 0;
            for (const OutstandingGroup& group : report.groups) {
                CHECK(group.outstanding.isPositive());
                CHECK(group.outstanding == group.aging.total());
                sum += group.outstanding;
                aging += group.aging;
                count += group.cards;
            }
            CHECK(sum == report.total.outstanding);
            CHECK(aging == report.total.aging);
            CHECK(count == report.total.cards);
        }
    }
}

TEST_CASE("Grouping codes")
{
    for (const OutstandingGrouping grouping :
         {OutstandingGrouping::Carrier, OutstandingGrouping::Department,
          OutstandingGrouping::Assignee, OutstandingGrouping::HomeArea}) {
        const Result<OutstandingGrouping> parsed = parseGrouping(groupingCode(grouping));
        REQUIRE(parsed.ok());
        CHECK(*parsed == grouping);
    }
    CHECK(groupingCode(OutstandingGrouping::HomeArea) == QStringLiteral("home-area"));
    CHECK(parseGrouping(u" Home-Area ").ok());
    CHECK_FALSE(parseGrouping(u"city").ok());
    CHECK_FALSE(parseGrouping(u"").ok());
}
