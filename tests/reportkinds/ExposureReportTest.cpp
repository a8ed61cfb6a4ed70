// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/ExposureReport.h"

#include "HistoryFleet.h"

#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::reportkinds;

namespace {

std::vector<QString> numbersOf(const ExposureHolder& holder)
{
    std::vector<QString> numbers;
    for (const ExposedCard& card : holder.cards)
        numbers.push_back(card.msisdn);
    return numbers;
}

void checkHolder(const ExposureHolder& holder, Holder who, const QString& maskedName,
                 const std::vector<QString>& numbers)
{
    const QString id = HistoryFleet::residentId(who);
    INFO("holder " << holder.maskedId.toStdString());
    CHECK(holder.maskedId == id.left(6) + QStringLiteral("********") + id.right(4));
    CHECK(holder.maskedName == maskedName);
    CHECK(numbersOf(holder) == numbers);
    CHECK(holder.cardCount() == static_cast<std::int64_t>(numbers.size()));
}

// Nothing in the report may carry a full ID or name.
void checkMasked(const ExposureReport& report)
{
    for (const ExposureHolder& holder : report.holders) {
        for (const Holder who : {Holder::Zhang, Holder::Li, Holder::Wang}) {
            CHECK_FALSE(holder.maskedId.contains(HistoryFleet::residentId(who)));
        }
        CHECK_FALSE(holder.maskedName.contains(QStringLiteral("三丰")));
    }
}

std::int64_t listedCards(const ExposureReport& report)
{
    std::int64_t cards = 0;
    for (const ExposureHolder& holder : report.holders)
        cards += holder.cardCount();
    return cards;
}

} // namespace

TEST_CASE("Exposure as of 2025-03-20: people's cards not yet void, most cards first")
{
    HistoryFleet& fleet = historyFleet();
    const ExposureReport report = computeExposureReport(fleet.store(), QDate(2025, 3, 20));
    checkMasked(report);
    CHECK(report.asOf == QDate(2025, 3, 20));
    REQUIRE(report.holders.size() == 3);
    // Zhang and Li both have two; the masks order them (110105... before 310101...).
    checkHolder(report.holders[0], Holder::Zhang, QStringLiteral("张**"),
                {fleet.msisdn('A'), fleet.msisdn('B')});
    checkHolder(report.holders[1], Holder::Li, QStringLiteral("李*"),
                {fleet.msisdn('C'), fleet.msisdn('E')}); // D is void
    checkHolder(report.holders[2], Holder::Wang, QStringLiteral("王*"), {fleet.msisdn('F')});
    CHECK(report.holders[1].cards[1].state == CardState::CarrierConfirmed);
    CHECK(report.totalCards == 5); // H is the company's
    CHECK(listedCards(report) == report.totalCards);
    CHECK(report.unidentifiedCards == 1); // G has no holder ID
}

TEST_CASE("Exposure as of 2025-02-01 still counts D, void only from 02-05")
{
    HistoryFleet& fleet = historyFleet();
    const ExposureReport report = computeExposureReport(fleet.store(), QDate(2025, 2, 1));
    checkMasked(report);
    REQUIRE(report.holders.size() == 3);
    checkHolder(report.holders[0], Holder::Li, QStringLiteral("李*"),
                {fleet.msisdn('C'), fleet.msisdn('D'), fleet.msisdn('E')});
    CHECK(report.holders[0].cards[1].state == CardState::CarrierConfirmed);
    checkHolder(report.holders[1], Holder::Zhang, QStringLiteral("张**"),
                {fleet.msisdn('A'), fleet.msisdn('B')});
    CHECK(report.totalCards == 6);
    CHECK(listedCards(report) == report.totalCards);
}

TEST_CASE("Exposure as of 2025-03-31 adds Zhang's new card I")
{
    HistoryFleet& fleet = historyFleet();
    const ExposureReport report = computeExposureReport(fleet.store(), QDate(2025, 3, 31));
    REQUIRE(report.holders.size() == 3);
    checkHolder(report.holders[0], Holder::Zhang, QStringLiteral("张**"),
                {fleet.msisdn('A'), fleet.msisdn('B'), fleet.msisdn('I')});
    CHECK(report.totalCards == 6);
}
