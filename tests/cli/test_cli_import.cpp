// SPDX-License-Identifier: GPL-3.0-or-later
// import cards / import ledger: counts, all-or-nothing, every bad line named, encodings.
#include "CliRunner.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

int cardCount(const CliFixture& fixture)
{
    const CliResult result =
        fixture.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(result.exitCode == 0);
    return static_cast<int>(CliFixture::json(result).array().size());
}

QJsonObject showJson(const CliFixture& fixture, const QString& key)
{
    const CliResult result = fixture.run(
        {QStringLiteral("show"), key, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return CliFixture::json(result).object();
}

} // namespace

TEST_CASE("import cards reports its counts on the last line", "[cli][import]")
{
    CliFixture fixture;
    const QString file = fixture.writeFile(QStringLiteral("cards.csv"),
                                           cardCsv({cardRow(1), cardRow(2), cardRow(3)}));

    const CliResult first = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(first.describe());
    REQUIRE(first.exitCode == 0);
    CHECK(first.outLines().constLast() == QStringLiteral("imported 3, updated 0, unchanged 0"));
    CHECK(first.err.isEmpty());

    const CliResult again = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    CHECK(again.exitCode == 0);
    CHECK(again.outLines().constLast() == QStringLiteral("imported 0, updated 0, unchanged 3"));

    const QString changed = fixture.writeFile(
        QStringLiteral("changed.csv"),
        cardCsv({cardRow(1), cardRow(2, QStringLiteral("cmcc"), QStringLiteral("Support")),
                 cardRow(3), cardRow(4)}));
    const CliResult update =
        fixture.run({QStringLiteral("import"), QStringLiteral("cards"), changed});
    INFO(update.describe());
    CHECK(update.exitCode == 0);
    CHECK(update.outLines().constLast() == QStringLiteral("imported 1, updated 1, unchanged 2"));
    CHECK(showJson(fixture, makeIccid(2)).value(QStringLiteral("department")).toString() ==
          QStringLiteral("Support"));
}

TEST_CASE("--dry-run checks the file and writes nothing", "[cli][import]")
{
    CliFixture fixture;
    const QString file =
        fixture.writeFile(QStringLiteral("cards.csv"), cardCsv({cardRow(1), cardRow(2)}));
    const CliResult result = fixture.run(
        {QStringLiteral("import"), QStringLiteral("cards"), file, QStringLiteral("--dry-run")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines().constLast() == QStringLiteral("imported 2, updated 0, unchanged 0"));
    CHECK(result.out.contains(QStringLiteral("dry run")));
    CHECK(cardCount(fixture) == 0);
}

TEST_CASE("a bad card file changes nothing and names every bad line", "[cli][import]")
{
    CliFixture fixture;
    importCards(fixture, 2);
    const CliResult auditBefore =
        fixture.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    const int eventsBefore = static_cast<int>(CliFixture::json(auditBefore).array().size());

    QString badIccid = makeIccid(10);
    badIccid.back() =
        QChar(u'0' + (badIccid.back().digitValue() + 1) % 10); // breaks the Luhn digit
    const QStringList rows{
        cardRow(10).replace(makeIccid(10), badIccid),                // line 2
        cardRow(11),                                                 // line 3: good
        cardRow(12, QStringLiteral("acme-mobile")),                  // line 4
        cardRow(13).replace(makePhone(13), QStringLiteral("12345")), // line 5
        cardRow(11).replace(makePhone(11), makePhone(14)),           // line 6: dup iccid
        cardRow(15).replace(makePhone(15), makePhone(1)),            // line 7: phone in db
        cardRow(16).replace(QStringLiteral("58.00"), QStringLiteral("58.005")),          // line 8
        cardRow(17).replace(QStringLiteral("2024-01-15"), QStringLiteral("2024-02-30")), // line 9
        cardRow(18).replace(makeResidentId(18), QStringLiteral("110101199001011230")),   // line 10
    };
    const QString file = fixture.writeFile(QStringLiteral("bad.csv"), cardCsv(rows));

    const CliResult result = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(result.describe());
    REQUIRE(result.exitCode == 3);
    CHECK_FALSE(result.out.contains(QStringLiteral("imported")));

    const QStringList expected{
        QStringLiteral(":2: iccid: "),        QStringLiteral(":4: carrier: "),
        QStringLiteral(":5: msisdn: "),       QStringLiteral(":6: iccid: "),
        QStringLiteral(":7: msisdn: "),       QStringLiteral(":8: monthly_fee: "),
        QStringLiteral(":9: activated_on: "), QStringLiteral(":10: holder_id: "),
    };
    for (const QString& where : expected) {
        INFO(where.toStdString());
        CHECK(result.err.contains(file + where));
    }
    CHECK_FALSE(result.err.contains(file + QStringLiteral(":3:")));
    // Every stderr line is either FILE:LINE: column: message or the program's own summary.
    const QRegularExpression issueLine(QRegularExpression::escape(file) +
                                       QStringLiteral(R"(:\d+: [a-z_]+: \S.*)"));
    for (const QString& line : result.errLines()) {
        INFO(line.toStdString());
        CHECK((issueLine.match(line).hasMatch() ||
               line.startsWith(QStringLiteral("simfleet-cli: "))));
    }

    CHECK(cardCount(fixture) == 2);
    const CliResult auditAfter =
        fixture.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(CliFixture::json(auditAfter).array().size() == eventsBefore);
}

TEST_CASE("a file without a required column is refused", "[cli][import]")
{
    CliFixture fixture;
    const QString file =
        fixture.writeText(QStringLiteral("nocarrier.csv"),
                          QStringLiteral("iccid,msisdn\n%1,%2\n").arg(makeIccid(1), makePhone(1)));
    const CliResult result = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(result.describe());
    CHECK(result.exitCode == 3);
    CHECK(result.err.startsWith(QStringLiteral("simfleet-cli: ") + file));
    CHECK(result.errLines().size() == 1);

    const CliResult missing = fixture.run({QStringLiteral("import"), QStringLiteral("cards"),
                                           fixture.path(QStringLiteral("absent.csv"))});
    CHECK(missing.exitCode == 3);
}

TEST_CASE("an Excel export in GB18030 with Chinese headers imports untouched", "[cli][import]")
{
    CliFixture fixture;
    // What Excel on a Chinese Windows writes: GB18030 bytes, CRLF. The Chinese words are spelt
    // as their GB18030 bytes so the test does not rely on the converter it is testing.
    const QByteArray header = QByteArray::fromHex(
        "49434349442cCAD6BBFABAC52cD4CBD3AAC9CC2cCCD7B2CD2cD4C2D7E22cBBFAD6F7D0D5C3FB2c"
        "D6A4BCFEBAC5C2EB2cB2BFC3C52cCAB9D3C3C8CB2cBFAABFA8C8D5C6DA0d0a");
    const QByteArray chinaMobile = QByteArray::fromHex("d6d0b9fad2c6b6af"); // 中国移动
    const QByteArray chinaUnicom = QByteArray::fromHex("d6d0b9fac1aacda8"); // 中国联通
    const QByteArray sales = QByteArray::fromHex("cffacadbb2bf");           // 销售部
    const QByteArray zhangSan = QByteArray::fromHex("d5c5c8fd");            // 张三
    const QByteArray liSi = QByteArray::fromHex("c0eecbc4");                // 李四
    const QByteArray plan = QByteArray::fromHex("b5e7cffaccd7b2cd");        // 电销套餐
    const auto row = [&](int serial, const QByteArray& carrier, const QByteArray& name) {
        return makeIccid(serial).toLatin1() + ',' + makePhone(serial).toLatin1() + ',' + carrier +
               ',' + plan + ",58," + name + ',' + makeResidentId(serial).toLatin1() + ',' + sales +
               ',' + name + ",2023-06-01\r\n";
    };
    const QByteArray bytes = header + row(1, chinaMobile, zhangSan) + row(2, chinaUnicom, liSi);
    REQUIRE(QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter)); // not UTF-8
    const QString file = fixture.writeFile(QStringLiteral("excel.csv"), bytes);

    const CliResult result = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines().constLast() == QStringLiteral("imported 2, updated 0, unchanged 0"));
    CHECK(result.out.contains(QStringLiteral("GB18030")));

    const QJsonObject first = showJson(fixture, makePhone(1));
    CHECK(first.value(QStringLiteral("carrier")).toString() == QStringLiteral("cmcc"));
    CHECK(first.value(QStringLiteral("department")).toString() == QStringLiteral("销售部"));
    CHECK(first.value(QStringLiteral("plan")).toString() == QStringLiteral("电销套餐"));
    // 张三 holds the card and uses it: the assignee is masked like the holder.
    CHECK(first.value(QStringLiteral("assignee")).toString() ==
          first.value(QStringLiteral("holder_name")).toString());
    CHECK(first.value(QStringLiteral("activated_on")).toString() == QStringLiteral("2023-06-01"));
    CHECK(first.value(QStringLiteral("monthly_fee_fen")).toInteger() == 5800);
    const QString maskedName = first.value(QStringLiteral("holder_name")).toString();
    CHECK(maskedName.startsWith(QStringLiteral("张")));
    CHECK(maskedName != QStringLiteral("张三"));
    CHECK(showJson(fixture, makePhone(2)).value(QStringLiteral("carrier")).toString() ==
          QStringLiteral("cucc"));
}

TEST_CASE("a UTF-8 file with a BOM and quoted fields imports", "[cli][import]")
{
    CliFixture fixture;
    const QString text =
        QStringLiteral("\uFEFFICCID,手机号,运营商,部门\r\n%1,%2,中国电信,\"Sales, North\"\r\n")
            .arg(makeIccid(1), makePhone(1));
    const QString file = fixture.writeText(QStringLiteral("bom.csv"), text);
    const CliResult result = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const QJsonObject card = showJson(fixture, makeIccid(1));
    CHECK(card.value(QStringLiteral("carrier")).toString() == QStringLiteral("ctcc"));
    CHECK(card.value(QStringLiteral("department")).toString() == QStringLiteral("Sales, North"));
}

TEST_CASE("import ledger posts bills and payments, all or nothing", "[cli][import]")
{
    CliFixture fixture;
    importCards(fixture, 2);
    const QString good = fixture.writeText(QStringLiteral("bills.csv"),
                                           QStringLiteral("iccid,kind,amount,date,reference\n"
                                                          "%1,charge,58.00,2024-01-31,BILL-01\n"
                                                          "%1,charge,58.00,2024-02-29,BILL-02\n"
                                                          "%1,payment,50,2024-03-05,PAY-01\n"
                                                          "%2,adjustment,-3.20,2024-03-05,ADJ-01\n")
                                               .arg(makeIccid(1), makeIccid(2)));
    const CliResult result =
        fixture.run({QStringLiteral("import"), QStringLiteral("ledger"), good});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines().constLast().startsWith(QStringLiteral("imported 4, ")));
    CHECK(showJson(fixture, makeIccid(1)).value(QStringLiteral("balance_fen")).toInteger() == 6600);
    CHECK(showJson(fixture, makeIccid(2)).value(QStringLiteral("balance_fen")).toInteger() == -320);

    const QString bad = fixture.writeText(QStringLiteral("badbills.csv"),
                                          QStringLiteral("iccid,kind,amount,date,reference\n"
                                                         "%1,charge,10,2024-04-01,OK\n"
                                                         "%1,refund,10,2024-04-01,X\n"
                                                         "%2,charge,ten,2024-04-01,Y\n"
                                                         "%3,charge,10,2024-04-01,Z\n")
                                              .arg(makeIccid(1), makeIccid(2), makeIccid(99)));
    const CliResult refused =
        fixture.run({QStringLiteral("import"), QStringLiteral("ledger"), bad});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(bad + QStringLiteral(":3: kind: ")));
    CHECK(refused.err.contains(bad + QStringLiteral(":4: amount: ")));
    CHECK(refused.err.contains(bad + QStringLiteral(":5: ")));
    CHECK(showJson(fixture, makeIccid(1)).value(QStringLiteral("balance_fen")).toInteger() == 6600);
}
