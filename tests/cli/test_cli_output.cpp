// SPDX-License-Identifier: GPL-3.0-or-later
// list / show / audit output: JSON keys, masking, CSV, aligned tables with Chinese text.
#include "CliRunner.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

const QStringList kCardKeys{
    QStringLiteral("iccid"),    QStringLiteral("msisdn"),      QStringLiteral("carrier"),
    QStringLiteral("state"),    QStringLiteral("plan"),        QStringLiteral("department"),
    QStringLiteral("assignee"), QStringLiteral("home_area"),   QStringLiteral("balance_fen"),
    QStringLiteral("lost"),     QStringLiteral("holder_name"), QStringLiteral("holder_id"),
};

void checkCardShape(const QJsonObject& card)
{
    for (const QString& key : kCardKeys) {
        INFO(key.toStdString());
        CHECK(card.contains(key));
    }
    CHECK(card.value(QStringLiteral("balance_fen")).isDouble()); // a JSON number
    CHECK(card.value(QStringLiteral("lost")).isBool());
}

void importMixedFleet(const CliFixture& fixture)
{
    const QString file = fixture.writeFile(
        QStringLiteral("cards.csv"),
        cardCsv(
            {cardRow(1, QStringLiteral("cmcc"), QStringLiteral("销售部"), QStringLiteral("张三丰")),
             cardRow(2, QStringLiteral("cucc"), QStringLiteral("IT")),
             cardRow(3, QStringLiteral("中国电信"), QStringLiteral("客服部"))}));
    const CliResult result = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
}

} // namespace

TEST_CASE("list --format json prints an array of cards with masked holders", "[cli][output]")
{
    CliFixture fixture;
    importMixedFleet(fixture);
    REQUIRE(fixture
                .run({QStringLiteral("charge"), makeIccid(2), QStringLiteral("12.34"),
                      QStringLiteral("--ref"), QStringLiteral("B")})
                .exitCode == 0);

    const CliResult result =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const QJsonArray cards = CliFixture::json(result).array();
    REQUIRE(cards.size() == 3);
    for (const QJsonValue& value : cards) {
        const QJsonObject card = value.toObject();
        checkCardShape(card);
        const QString holderId = card.value(QStringLiteral("holder_id")).toString();
        CHECK(holderId.contains(QLatin1Char('*')));
        CHECK(holderId.size() == 18);
    }
    for (int serial = 1; serial <= 3; ++serial)
        CHECK_FALSE(result.out.contains(makeResidentId(serial)));
    CHECK_FALSE(result.out.contains(QStringLiteral("张三丰")));
    QJsonObject second;
    for (const QJsonValue& value : cards) {
        if (value.toObject().value(QStringLiteral("iccid")).toString() == makeIccid(2))
            second = value.toObject();
    }
    CHECK(second.value(QStringLiteral("balance_fen")).toInteger() == 1234);
    CHECK(second.value(QStringLiteral("carrier")).toString() == QStringLiteral("cucc"));

    SECTION("filters")
    {
        const auto count = [&](const QStringList& filter) {
            const CliResult filtered =
                fixture.run(QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                        QStringLiteral("json")} +
                            filter);
            INFO(filtered.describe());
            REQUIRE(filtered.exitCode == 0);
            return CliFixture::json(filtered).array().size();
        };
        CHECK(count({QStringLiteral("--carrier"), QStringLiteral("ctcc")}) == 1);
        CHECK(count({QStringLiteral("--carrier"), QStringLiteral("China Unicom")}) == 1);
        CHECK(count({QStringLiteral("--department"), QStringLiteral("销售部")}) == 1);
        CHECK(count({QStringLiteral("--state"), QStringLiteral("active")}) == 3);
        CHECK(count({QStringLiteral("--state"), QStringLiteral("void")}) == 0);
    }
}

TEST_CASE("an empty fleet lists as an empty JSON array", "[cli][output]")
{
    CliFixture fixture;
    REQUIRE(fixture.run({QStringLiteral("init")}).exitCode == 0);
    const CliResult result =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(result.exitCode == 0);
    CHECK(CliFixture::json(result).isArray());
    CHECK(CliFixture::json(result).array().isEmpty());
}

TEST_CASE("show --format json has the card, its ledger and its audit history", "[cli][output]")
{
    CliFixture fixture;
    importMixedFleet(fixture);
    REQUIRE(fixture
                .run({QStringLiteral("charge"), makeIccid(1), QStringLiteral("30"),
                      QStringLiteral("--ref"), QStringLiteral("B1")})
                .exitCode == 0);

    const CliResult result = fixture.run(
        {QStringLiteral("show"), makePhone(1), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const QJsonObject card = CliFixture::json(result).object();
    checkCardShape(card);
    CHECK(card.value(QStringLiteral("iccid")).toString() == makeIccid(1));
    CHECK(card.value(QStringLiteral("holder_id")).toString() != makeResidentId(1));
    CHECK(card.value(QStringLiteral("holder_name")).toString().startsWith(QStringLiteral("张")));
    CHECK(card.value(QStringLiteral("holder_name")).toString() != QStringLiteral("张三丰"));
    CHECK(card.value(QStringLiteral("ledger")).toArray().size() == 1);
    const QJsonArray audit = card.value(QStringLiteral("audit")).toArray();
    REQUIRE(audit.size() >= 2);
    CHECK(audit.first().toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("card-created"));

    const CliResult missing = fixture.run({QStringLiteral("show"), makeIccid(42)});
    CHECK(missing.exitCode == 3);
    CHECK(missing.errLines().size() == 1);
}

TEST_CASE("show as text: fields, ledger with running balance, history", "[cli][output]")
{
    CliFixture fixture;
    importMixedFleet(fixture);
    for (const auto& [verb, amount] : {std::pair{QStringLiteral("charge"), QStringLiteral("58")},
                                       std::pair{QStringLiteral("charge"), QStringLiteral("58")},
                                       std::pair{QStringLiteral("pay"), QStringLiteral("100")}}) {
        REQUIRE(
            fixture.run({verb, makeIccid(1), amount, QStringLiteral("--ref"), QStringLiteral("R")})
                .exitCode == 0);
    }
    const CliResult result = fixture.run({QStringLiteral("show"), makeIccid(1)});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(makeIccid(1)));
    CHECK(result.out.contains(QStringLiteral("¥16.00")));  // balance
    CHECK(result.out.contains(QStringLiteral("¥116.00"))); // running balance after two charges
    CHECK(result.out.contains(QStringLiteral("-¥100.00")));
    CHECK_FALSE(result.out.contains(makeResidentId(1)));
    CHECK_FALSE(result.out.contains(QStringLiteral("张三丰")));
}

TEST_CASE("list tables line up with Chinese text", "[cli][output]")
{
    CliFixture fixture;
    importMixedFleet(fixture);
    const CliResult result = fixture.run({QStringLiteral("list")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    QStringList lines = result.outLines();
    REQUIRE(lines.size() == 6); // header, rule, three cards, count
    lines.removeLast();
    // The last column is right-aligned, so aligned rows all end at the same terminal column.
    const int width = terminalWidth(lines.constFirst());
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK(terminalWidth(line) == width);
    }
    // And each column starts where its header does.
    const qsizetype departmentColumn = lines.at(0).indexOf(QStringLiteral("Department"));
    REQUIRE(departmentColumn > 0);
    const int departmentAt = terminalWidth(lines.at(0).left(departmentColumn));
    for (const QString& line : lines.mid(2)) {
        int column = 0;
        qsizetype index = 0;
        while (column < departmentAt && index < line.size())
            column += terminalWidth(line.at(index++));
        CHECK(column == departmentAt);
        CHECK(line.at(index - 1) == QLatin1Char(' '));
        CHECK(line.at(index) != QLatin1Char(' '));
    }
}

TEST_CASE("list --format csv quotes fields and masks holders", "[cli][output]")
{
    CliFixture fixture;
    importMixedFleet(fixture);
    const CliResult result =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.outLines();
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("iccid,msisdn,carrier,")));
    CHECK(lines.at(1).startsWith(makeIccid(1) + QLatin1Char(',') + makePhone(1) +
                                 QStringLiteral(",cmcc,")));
    CHECK(lines.at(1).contains(QStringLiteral(",58.00,")));
    CHECK_FALSE(result.out.contains(makeResidentId(1)));
    CHECK_FALSE(result.out.contains(QStringLiteral("张三丰")));
}

TEST_CASE("list --format csv neutralises cells a spreadsheet would run", "[cli][output]")
{
    CliFixture fixture;
    const QString file =
        fixture.writeFile(QStringLiteral("cards.csv"),
                          cardCsv({cardRow(1, QStringLiteral("cmcc"), QStringLiteral("+1+1")),
                                   cardRow(2, QStringLiteral("cmcc"), QStringLiteral("@SUM(1)")),
                                   cardRow(3, QStringLiteral("cmcc"),
                                           QStringLiteral("\"=HYPERLINK(\"\"http://x\"\")\""))}));
    REQUIRE(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file}).exitCode == 0);

    const CliResult result =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral(",'+1+1,")));
    CHECK(result.out.contains(QStringLiteral(",'@SUM(1),")));
    CHECK(result.out.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\",")));
    for (const QString& line : result.outLines()) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(QStringLiteral(",+1+1,")));
        CHECK_FALSE(line.contains(QStringLiteral(",@SUM")));
        CHECK_FALSE(line.contains(QStringLiteral(",\"=HYPERLINK")));
    }
}

TEST_CASE("an assignee who is the card's own holder is masked in every list", "[cli][output]")
{
    CliFixture fixture;
    // The holder of card 1 is "Agent 1", who also uses it.
    const QString file =
        fixture.writeFile(QStringLiteral("cards.csv"),
                          cardCsv({cardRow(1, QStringLiteral("cmcc"), QStringLiteral("Sales"),
                                           QStringLiteral("Agent 1")),
                                   cardRow(2)}));
    REQUIRE(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file}).exitCode == 0);
    for (const QStringList& command :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
          QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("show"), makeIccid(1)},
          QStringList{QStringLiteral("report"), QStringLiteral("exposure"),
                      QStringLiteral("--format"), QStringLiteral("csv")}}) {
        const CliResult result = fixture.run(command);
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        CHECK_FALSE(result.out.contains(QStringLiteral("Agent 1")));
    }
    // Another card's assignee is not its holder: shown as it is.
    const CliResult list = fixture.run({QStringLiteral("list")});
    CHECK(list.out.contains(QStringLiteral("Agent 2")));
}

TEST_CASE("audit prints events as text or a JSON array", "[cli][output]")
{
    CliFixture fixture;
    importMixedFleet(fixture);
    const CliResult all =
        fixture.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(all.describe());
    REQUIRE(all.exitCode == 0);
    const QJsonArray events = CliFixture::json(all).array();
    REQUIRE(events.size() >= 3);
    qint64 previous = 0;
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        for (const QString& key :
             {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("operator"),
              QStringLiteral("action"), QStringLiteral("hash"), QStringLiteral("prev_hash")})
            CHECK(event.contains(key));
        CHECK(event.value(QStringLiteral("seq")).toInteger() > previous);
        previous = event.value(QStringLiteral("seq")).toInteger();
        CHECK(event.value(QStringLiteral("operator")).toString() == QStringLiteral("tester"));
    }
    CHECK_FALSE(all.out.contains(makeResidentId(1)));

    const CliResult one = fixture.run({QStringLiteral("audit"), makePhone(2),
                                       QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray mine = CliFixture::json(one).array();
    REQUIRE_FALSE(mine.isEmpty());
    for (const QJsonValue& value : mine)
        CHECK(value.toObject().value(QStringLiteral("iccid")).toString() == makeIccid(2));

    const CliResult text = fixture.run({QStringLiteral("audit")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(makeIccid(3)));
}

TEST_CASE("show names a declared home area, and the number's beside it when they differ",
          "[cli][output]")
{
    CliFixture fixture;
    const QString file = fixture.writeFile(
        QStringLiteral("cards.csv"),
        QStringLiteral("iccid,msisdn,carrier,归属地\n%1,%2,cmcc,上海市\n%3,%4,cmcc,\n")
            .arg(makeIccid(1), makePhone(1), makeIccid(2), makePhone(2))
            .toUtf8());
    const CliResult imported =
        fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);

    const CliResult declared = fixture.run({QStringLiteral("show"), makeIccid(1)});
    INFO(declared.describe());
    REQUIRE(declared.exitCode == 0);
    CHECK(declared.out.contains(QStringLiteral("上海市 (number says 北京市)")));
    const CliResult json = fixture.run(
        {QStringLiteral("show"), makeIccid(1), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject card = CliFixture::json(json).object();
    checkCardShape(card);
    CHECK(card.value(QStringLiteral("home_area")).toString() == QStringLiteral("上海市"));
    CHECK(card.value(QStringLiteral("declared_home_area")).toString() == QStringLiteral("上海市"));
    CHECK(card.value(QStringLiteral("number_home_area")).toString() == QStringLiteral("北京市"));

    // Nothing declared: the number's, once.
    const CliResult derived = fixture.run({QStringLiteral("show"), makeIccid(2)});
    REQUIRE(derived.exitCode == 0);
    CHECK(derived.out.contains(QStringLiteral("北京市")));
    CHECK_FALSE(derived.out.contains(QStringLiteral("number says")));
    const QJsonObject plain =
        CliFixture::json(fixture.run({QStringLiteral("show"), makeIccid(2),
                                      QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    CHECK(plain.value(QStringLiteral("home_area")).toString() == QStringLiteral("北京市"));
    CHECK(plain.value(QStringLiteral("declared_home_area")).toString().isEmpty());
    CHECK(plain.value(QStringLiteral("number_home_area")).toString() == QStringLiteral("北京市"));

    // The list shows, and filters by, the card's home area.
    const CliResult list =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    QStringList areas;
    for (const QJsonValue& row : CliFixture::json(list).array())
        areas << row.toObject().value(QStringLiteral("home_area")).toString();
    areas.sort();
    CHECK(areas == QStringList{QStringLiteral("上海市"), QStringLiteral("北京市")});
}
