// SPDX-License-Identifier: GPL-3.0-or-later
// pay / charge and transition: guards, batches all-or-nothing, the whole path to void.
#include "CliRunner.h"

#include <QDate>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

QJsonObject card(const CliFixture& fixture, const QString& key)
{
    const CliResult result = fixture.run(
        {QStringLiteral("show"), key, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return CliFixture::json(result).object();
}

QString stateOf(const CliFixture& fixture, const QString& key)
{
    return card(fixture, key).value(QStringLiteral("state")).toString();
}

qint64 balanceOf(const CliFixture& fixture, const QString& key)
{
    return card(fixture, key).value(QStringLiteral("balance_fen")).toInteger();
}

CliResult money(const CliFixture& fixture, const QString& verb, const QString& key,
                const QString& amount, const QStringList& extra = {})
{
    return fixture.run(
        QStringList{verb, key, amount, QStringLiteral("--ref"), QStringLiteral("REF-1")} + extra);
}

CliResult transition(const CliFixture& fixture, const QString& to, const QStringList& rest)
{
    return fixture.run(QStringList{QStringLiteral("transition"), QStringLiteral("--to"), to} +
                       rest);
}

} // namespace

TEST_CASE("pay and charge move the balance", "[cli][ledger]")
{
    CliFixture fixture;
    importCards(fixture, 1);
    const QString key = makeIccid(1);

    const CliResult charged = money(fixture, QStringLiteral("charge"), key, QStringLiteral("58.50"),
                                    {QStringLiteral("--date"), QStringLiteral("2024-05-31")});
    INFO(charged.describe());
    REQUIRE(charged.exitCode == 0);
    CHECK(charged.out.contains(QStringLiteral("¥58.50")));
    CHECK(balanceOf(fixture, key) == 5850);

    // The phone number is a key too, and amounts may carry a currency sign.
    const CliResult paid =
        money(fixture, QStringLiteral("pay"), makePhone(1), QStringLiteral("¥50"));
    INFO(paid.describe());
    REQUIRE(paid.exitCode == 0);
    CHECK(balanceOf(fixture, key) == 850);

    const QJsonArray ledger = card(fixture, key).value(QStringLiteral("ledger")).toArray();
    REQUIRE(ledger.size() == 2);
    CHECK(ledger.at(0).toObject().value(QStringLiteral("date")).toString() ==
          QStringLiteral("2024-05-31"));
    CHECK(ledger.at(1).toObject().value(QStringLiteral("balance_after_fen")).toInteger() == 850);

    SECTION("bad input is refused with exit 3 and changes nothing")
    {
        for (const QString& amount : {QStringLiteral("58.505"), QStringLiteral("abc"),
                                      QStringLiteral("0"), QStringLiteral("-5")}) {
            const CliResult result = money(fixture, QStringLiteral("pay"), key, amount);
            INFO(result.describe());
            CHECK(result.exitCode == 3);
            CHECK(result.errLines().size() == 1);
        }
        CHECK(money(fixture, QStringLiteral("pay"), makeIccid(77), QStringLiteral("1")).exitCode ==
              3);
        CHECK(money(fixture, QStringLiteral("pay"), key, QStringLiteral("1"),
                    {QStringLiteral("--date"), QStringLiteral("2024-13-01")})
                  .exitCode == 3);
        // Nothing is dated after today: the report as of today would disagree with the balance.
        const QString ahead = QDate::currentDate().addDays(13).toString(Qt::ISODate);
        for (const QString& command : {QStringLiteral("pay"), QStringLiteral("charge")}) {
            const CliResult future = money(fixture, command, key, QStringLiteral("1"),
                                           {QStringLiteral("--date"), ahead});
            INFO(future.describe());
            CHECK(future.exitCode == 3);
            CHECK(future.err.contains(ahead + QStringLiteral(" is after today")));
        }
        CHECK(balanceOf(fixture, key) == 850);
    }
}

TEST_CASE("a card that owes money cannot move toward cancellation", "[cli][transition]")
{
    CliFixture fixture;
    importCards(fixture, 1);
    const QString key = makeIccid(1);
    REQUIRE(money(fixture, QStringLiteral("charge"), key, QStringLiteral("123.40")).exitCode == 0);

    const CliResult refused = transition(fixture, QStringLiteral("arrears-cleared"), {key});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(key));
    CHECK(refused.err.contains(QStringLiteral("owes")));
    CHECK(refused.err.contains(QStringLiteral("123.40")));
    CHECK(refused.out.isEmpty());
    CHECK(stateOf(fixture, key) == QStringLiteral("active"));
}

TEST_CASE("a batch moves all its cards or none", "[cli][transition]")
{
    CliFixture fixture;
    importCards(fixture, 3);
    const QString clean = makeIccid(1);
    const QString owing = makeIccid(2);
    const QString alsoClean = makePhone(3);
    REQUIRE(money(fixture, QStringLiteral("charge"), owing, QStringLiteral("10")).exitCode == 0);

    const CliResult refused =
        transition(fixture, QStringLiteral("arrears-cleared"), {clean, owing, alsoClean});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(owing));
    CHECK_FALSE(refused.err.contains(clean));
    for (const QString& key : {clean, owing, alsoClean})
        CHECK(stateOf(fixture, key) == QStringLiteral("active"));

    // An unknown key stops the batch too, and is named.
    const CliResult unknown =
        transition(fixture, QStringLiteral("arrears-cleared"), {clean, makeIccid(55)});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(makeIccid(55)));
    CHECK(stateOf(fixture, clean) == QStringLiteral("active"));
    // ...and the cards that were found are checked in the same run.
    const CliResult both =
        transition(fixture, QStringLiteral("arrears-cleared"), {owing, makeIccid(55)});
    CHECK(both.exitCode == 3);
    CHECK(both.err.contains(makeIccid(55)));
    CHECK(both.err.contains(owing));
    CHECK(both.err.contains(QStringLiteral("owes")));

    REQUIRE(money(fixture, QStringLiteral("pay"), owing, QStringLiteral("10")).exitCode == 0);
    const CliResult moved =
        transition(fixture, QStringLiteral("arrears-cleared"), {clean, owing, alsoClean});
    INFO(moved.describe());
    CHECK(moved.exitCode == 0);
    // People read the summary: the state by its name, not its code.
    CHECK(moved.out.trimmed() == QStringLiteral("moved 3 cards to Arrears cleared"));
    for (const QString& key : {clean, owing, alsoClean})
        CHECK(stateOf(fixture, key) == QStringLiteral("arrears-cleared"));
}

TEST_CASE("the whole path from active to void, with every guard", "[cli][transition]")
{
    CliFixture fixture;
    importCards(fixture, 2);
    const QString first = makeIccid(1);
    const QString second = makeIccid(2);
    const QString keys = fixture.writeText(
        QStringLiteral("keys.txt"),
        QStringLiteral("# cards returned by the sales team\n%1\n\n  %2  \n# end\n")
            .arg(first, makePhone(2)));
    const QStringList fromFile{QStringLiteral("--from-file"), keys};

    REQUIRE(transition(fixture, QStringLiteral("arrears-cleared"), fromFile).exitCode == 0);
    CHECK(stateOf(fixture, first) == QStringLiteral("arrears-cleared"));
    CHECK(stateOf(fixture, second) == QStringLiteral("arrears-cleared"));

    // No channel: refused, naming both cards.
    const CliResult noChannel =
        transition(fixture, QStringLiteral("cancellation-requested"), fromFile);
    INFO(noChannel.describe());
    CHECK(noChannel.exitCode == 3);
    CHECK(noChannel.err.contains(first));
    CHECK(noChannel.err.contains(second));

    // Skipping a step is refused.
    CHECK(transition(fixture, QStringLiteral("void"), fromFile).exitCode == 3);

    // The back edge needs a reason.
    CHECK(transition(fixture, QStringLiteral("active"), {second}).exitCode == 3);
    const CliResult back =
        transition(fixture, QStringLiteral("active"),
                   {second, QStringLiteral("--reason"), QStringLiteral("still in use")});
    INFO(back.describe());
    CHECK(back.exitCode == 0);
    REQUIRE(transition(fixture, QStringLiteral("arrears-cleared"), {second}).exitCode == 0);

    const CliResult requested = transition(
        fixture, QStringLiteral("cancellation-requested"),
        fromFile + QStringList{QStringLiteral("--channel"), QStringLiteral("carrier-hall")});
    INFO(requested.describe());
    REQUIRE(requested.exitCode == 0);

    CHECK(transition(fixture, QStringLiteral("carrier-confirmed"), fromFile).exitCode == 3);
    const CliResult confirmed =
        transition(fixture, QStringLiteral("carrier-confirmed"),
                   fromFile + QStringList{QStringLiteral("--ref"), QStringLiteral("HZ-2024-0001")});
    INFO(confirmed.describe());
    REQUIRE(confirmed.exitCode == 0);

    const CliResult voided = transition(fixture, QStringLiteral("void"), fromFile);
    INFO(voided.describe());
    REQUIRE(voided.exitCode == 0);
    CHECK(stateOf(fixture, first) == QStringLiteral("void"));
    CHECK(stateOf(fixture, second) == QStringLiteral("void"));

    // Void is final: nothing posts to it and nothing moves it.
    CHECK(money(fixture, QStringLiteral("charge"), first, QStringLiteral("5")).exitCode == 3);
    CHECK(transition(fixture, QStringLiteral("active"),
                     {first, QStringLiteral("--reason"), QStringLiteral("oops")})
              .exitCode == 3);
    CHECK(balanceOf(fixture, first) == 0);

    // The history tells the story, with the channel and the carrier's receipt.
    const CliResult history = fixture.run({QStringLiteral("show"), first});
    INFO(history.describe());
    CHECK(history.exitCode == 0);
    // Read as sentences, states by name: no codes and no raw JSON.
    CHECK(history.out.contains(QStringLiteral("In person at a business hall")));
    CHECK(history.out.contains(QStringLiteral("HZ-2024-0001")));
    CHECK(history.out.contains(QStringLiteral("Void")));
    CHECK_FALSE(history.out.contains(QStringLiteral("carrier-hall")));
    CHECK_FALSE(history.out.contains(QStringLiteral("{\"")));
}

TEST_CASE("a prepaid credit must be refunded before the card is void", "[cli][transition]")
{
    CliFixture fixture;
    importCards(fixture, 1);
    const QString key = makeIccid(1);
    REQUIRE(money(fixture, QStringLiteral("pay"), key, QStringLiteral("20")).exitCode == 0);
    REQUIRE(transition(fixture, QStringLiteral("arrears-cleared"), {key}).exitCode == 0);
    REQUIRE(transition(fixture, QStringLiteral("cancellation-requested"),
                       {key, QStringLiteral("--channel"), QStringLiteral("self-online")})
                .exitCode == 0);
    REQUIRE(transition(fixture, QStringLiteral("carrier-confirmed"),
                       {key, QStringLiteral("--ref"), QStringLiteral("R1")})
                .exitCode == 0);
    const CliResult refused = transition(fixture, QStringLiteral("void"), {key});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(key));
    CHECK(stateOf(fixture, key) == QStringLiteral("carrier-confirmed"));
}
