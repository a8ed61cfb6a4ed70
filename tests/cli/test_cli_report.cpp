// SPDX-License-Identifier: GPL-3.0-or-later
// report outstanding against hand-computed figures, and the demo fleet end to end.
#include "CliRunner.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

void post(const CliFixture& fixture, const QString& verb, int serial, const QString& amount,
          const QString& date)
{
    const CliResult result = fixture.run({verb, makeIccid(serial), amount, QStringLiteral("--ref"),
                                          QStringLiteral("R"), QStringLiteral("--date"), date});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
}

qint64 fen(const QJsonObject& object, const QString& key)
{
    return object.value(key).toInteger(-1);
}

qint64 bucket(const QJsonObject& group, const QString& name)
{
    return group.value(QStringLiteral("aging_fen")).toObject().value(name).toInteger(-1);
}

// Every group's buckets add up to its outstanding, and the groups add up to the total.
void checkReportAddsUp(const QJsonObject& report)
{
    const QStringList buckets{QStringLiteral("0-30"), QStringLiteral("31-60"),
                              QStringLiteral("61-90"), QStringLiteral("90+")};
    qint64 cards = 0;
    qint64 outstanding = 0;
    QHash<QString, qint64> bucketSums;
    for (const QJsonValue& value : report.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject group = value.toObject();
        REQUIRE(group.contains(QStringLiteral("key")));
        qint64 agingSum = 0;
        for (const QString& name : buckets) {
            agingSum += bucket(group, name);
            bucketSums[name] += bucket(group, name);
        }
        CHECK(agingSum == fen(group, QStringLiteral("outstanding_fen")));
        cards += fen(group, QStringLiteral("cards"));
        outstanding += fen(group, QStringLiteral("outstanding_fen"));
    }
    const QJsonObject total = report.value(QStringLiteral("total")).toObject();
    CHECK(fen(total, QStringLiteral("cards")) == cards);
    CHECK(fen(total, QStringLiteral("outstanding_fen")) == outstanding);
    for (const QString& name : buckets)
        CHECK(bucket(total, name) == bucketSums.value(name));
    CHECK(fen(report, QStringLiteral("credit_fen")) >= 0);
}

QJsonObject reportJson(const CliFixture& fixture, const QStringList& extra = {})
{
    const CliResult result =
        fixture.run(QStringList{QStringLiteral("report"), QStringLiteral("outstanding"),
                                QStringLiteral("--format"), QStringLiteral("json")} +
                    extra);
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return CliFixture::json(result).object();
}

} // namespace

TEST_CASE("report outstanding ages arrears by the oldest unpaid charge", "[cli][report]")
{
    CliFixture fixture;
    const QString file = fixture.writeFile(
        QStringLiteral("cards.csv"),
        cardCsv({cardRow(1, QStringLiteral("cmcc")), cardRow(2, QStringLiteral("cmcc")),
                 cardRow(3, QStringLiteral("cucc")), cardRow(4, QStringLiteral("ctcc"))}));
    REQUIRE(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file}).exitCode == 0);

    // As of 2024-03-15:
    post(fixture, QStringLiteral("charge"), 1, QStringLiteral("100"),
         QStringLiteral("2024-01-01")); // 74 days
    post(fixture, QStringLiteral("charge"), 1, QStringLiteral("50"),
         QStringLiteral("2024-03-01")); // 14 days
    post(fixture, QStringLiteral("charge"), 2, QStringLiteral("80"),
         QStringLiteral("2023-12-01")); // 105 days
    post(fixture, QStringLiteral("charge"), 2, QStringLiteral("40"),
         QStringLiteral("2024-02-10")); // 34 days
    post(fixture, QStringLiteral("pay"), 2, QStringLiteral("60"),
         QStringLiteral("2024-03-10")); // oldest first
    post(fixture, QStringLiteral("charge"), 3, QStringLiteral("25"),
         QStringLiteral("2024-02-14")); // 30 days
    post(fixture, QStringLiteral("charge"), 3, QStringLiteral("30"),
         QStringLiteral("2024-03-20")); // after as-of
    post(fixture, QStringLiteral("pay"), 4, QStringLiteral("20"),
         QStringLiteral("2024-01-05")); // prepaid

    const QJsonObject report =
        reportJson(fixture, {QStringLiteral("--as-of"), QStringLiteral("2024-03-15")});
    CHECK(report.value(QStringLiteral("as_of")).toString() == QStringLiteral("2024-03-15"));
    checkReportAddsUp(report);

    const QJsonArray groups = report.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 2);
    const QJsonObject mobile = groups.at(0).toObject(); // largest first
    CHECK(mobile.value(QStringLiteral("key")).toString() == QStringLiteral("cmcc"));
    CHECK(fen(mobile, QStringLiteral("cards")) == 2);
    CHECK(fen(mobile, QStringLiteral("outstanding_fen")) == 21000);
    CHECK(bucket(mobile, QStringLiteral("0-30")) == 5000);
    CHECK(bucket(mobile, QStringLiteral("31-60")) == 4000);
    CHECK(bucket(mobile, QStringLiteral("61-90")) == 10000);
    CHECK(bucket(mobile, QStringLiteral("90+")) == 2000);

    const QJsonObject unicom = groups.at(1).toObject();
    CHECK(unicom.value(QStringLiteral("key")).toString() == QStringLiteral("cucc"));
    CHECK(fen(unicom, QStringLiteral("outstanding_fen")) == 2500);
    CHECK(bucket(unicom, QStringLiteral("0-30")) == 2500);

    const QJsonObject total = report.value(QStringLiteral("total")).toObject();
    CHECK(fen(total, QStringLiteral("cards")) == 3);
    CHECK(fen(total, QStringLiteral("outstanding_fen")) == 23500);
    CHECK(fen(report, QStringLiteral("credit_fen")) == 2000);

    SECTION("other groupings and formats")
    {
        const QJsonObject byDepartment =
            reportJson(fixture, {QStringLiteral("--by"), QStringLiteral("department"),
                                 QStringLiteral("--as-of"), QStringLiteral("2024-03-15")});
        REQUIRE(byDepartment.value(QStringLiteral("groups")).toArray().size() == 1);
        CHECK(byDepartment.value(QStringLiteral("groups"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("key")) == QStringLiteral("Sales"));
        checkReportAddsUp(byDepartment);

        const CliResult table =
            fixture.run({QStringLiteral("report"), QStringLiteral("outstanding"),
                         QStringLiteral("--as-of"), QStringLiteral("2024-03-15")});
        INFO(table.describe());
        CHECK(table.exitCode == 0);
        CHECK(table.out.contains(QStringLiteral("¥235.00")));
        CHECK(table.out.contains(QStringLiteral("¥20.00")));

        const CliResult csv = fixture.run({QStringLiteral("report"), QStringLiteral("outstanding"),
                                           QStringLiteral("--as-of"), QStringLiteral("2024-03-15"),
                                           QStringLiteral("--format"), QStringLiteral("csv")});
        CHECK(csv.exitCode == 0);
        // The export CSV (issue 4): a totals row under the groups, CRLF line ends.
        CHECK(csv.out.contains(QStringLiteral("\r\nTotal,3,235.00,75.00,40.00,100.00,20.00\r\n")));

        CHECK(fixture
                  .run({QStringLiteral("report"), QStringLiteral("outstanding"),
                        QStringLiteral("--as-of"), QStringLiteral("15/03/2024")})
                  .exitCode == 3);
    }
}

TEST_CASE("demo builds a fleet whose report adds up", "[cli][demo]")
{
    CliFixture fixture;
    const CliResult demo =
        fixture.run({QStringLiteral("demo"), QStringLiteral("--cards"), QStringLiteral("200"),
                     QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(demo.describe());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("200")));

    const QJsonObject report = reportJson(fixture);
    checkReportAddsUp(report);
    CHECK(fen(report.value(QStringLiteral("total")).toObject(), QStringLiteral("cards")) > 0);
    const QSet<QString> carriers{QStringLiteral("cmcc"), QStringLiteral("cucc"),
                                 QStringLiteral("ctcc"), QStringLiteral("cbn")};
    for (const QJsonValue& group : report.value(QStringLiteral("groups")).toArray())
        CHECK(carriers.contains(group.toObject().value(QStringLiteral("key")).toString()));

    const CliResult list =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray cards = CliFixture::json(list).array();
    CHECK(cards.size() == 200);
    QSet<QString> states;
    bool anyLost = false;
    for (const QJsonValue& value : cards) {
        states.insert(value.toObject().value(QStringLiteral("state")).toString());
        anyLost = anyLost || value.toObject().value(QStringLiteral("lost")).toBool();
    }
    CHECK(states.size() == 5);
    CHECK(anyLost);

    CHECK(fixture.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);

    // A second demo into the same file would mix fleets: refused, nothing added.
    const CliResult again =
        fixture.run({QStringLiteral("demo"), QStringLiteral("--cards"), QStringLiteral("10")});
    CHECK(again.exitCode == 3);
    CHECK(CliFixture::json(fixture.run({QStringLiteral("list"), QStringLiteral("--format"),
                                        QStringLiteral("json")}))
              .array()
              .size() == 200);
}

TEST_CASE("demo above the story's size grows a fleet like the bench's through the imports",
          "[cli][demo]")
{
    CliFixture fixture;
    const CliResult demo =
        fixture.run({QStringLiteral("demo"), QStringLiteral("--cards"), QStringLiteral("20500"),
                     QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(demo.describe());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("20500 cards")));

    const QJsonObject report = reportJson(fixture);
    checkReportAddsUp(report);
    CHECK(fen(report.value(QStringLiteral("total")).toObject(), QStringLiteral("cards")) > 0);

    const CliResult list =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray cards = CliFixture::json(list).array();
    CHECK(cards.size() == 20500);
    QSet<QString> states;
    QSet<QString> areas;
    QSet<QString> carriers;
    for (const QJsonValue& value : cards) {
        const QJsonObject card = value.toObject();
        states.insert(card.value(QStringLiteral("state")).toString());
        areas.insert(card.value(QStringLiteral("home_area")).toString());
        carriers.insert(card.value(QStringLiteral("carrier")).toString());
    }
    // The bench's preparation: requested, confirmed and void cards beside the active ones.
    CHECK(states == QSet<QString>{QStringLiteral("active"),
                                  QStringLiteral("cancellation-requested"),
                                  QStringLiteral("carrier-confirmed"), QStringLiteral("void")});
    CHECK(carriers.size() == 4);
    CHECK(areas.size() > 100); // numbers from all over the country, not one block
    CHECK(fixture.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
    CHECK(fixture.run({QStringLiteral("company"), QStringLiteral("show")}).exitCode == 0);
}
