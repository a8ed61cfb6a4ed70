// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI speaks the user's language (Simplified Chinese for a Chinese locale, English otherwise)
// and keeps what scripts read the same in every language: JSON, CSV, exit codes, the import
// summary line.
#include "CliRunner.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

const QStringList kChinese{QStringLiteral("LC_ALL=zh_CN.UTF-8")};
const QStringList kEnglish{QStringLiteral("LC_ALL=en_US.UTF-8")};

// Like CliFixture::run (the fixture's database, operator "tester"), in the given locale.
CliResult runIn(const CliFixture& fixture, const QStringList& locale, const QStringList& arguments)
{
    return fixture.runRaw(arguments + QStringList{QStringLiteral("--db"), fixture.db(),
                                                  QStringLiteral("--operator"),
                                                  QStringLiteral("tester")},
                          locale);
}

void importChineseFleet(const CliFixture& fixture)
{
    const QString file = fixture.writeFile(
        QStringLiteral("cards.csv"),
        cardCsv({cardRow(1, QStringLiteral("cmcc"), QStringLiteral("电话销售一部"),
                         QStringLiteral("张三丰")),
                 cardRow(2, QStringLiteral("cucc"), QStringLiteral("IT")),
                 cardRow(3, QStringLiteral("中国电信"), QStringLiteral("客服部"))}));
    const CliResult result = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
}

// The terminal column where needle starts in line; -1 when it is not there.
int columnOf(const QString& line, const QString& needle)
{
    const qsizetype index = line.indexOf(needle);
    return index < 0 ? -1 : terminalWidth(line.left(index));
}

} // namespace

TEST_CASE("help comes in Chinese under a Chinese locale, in English otherwise", "[cli][language]")
{
    CliFixture fixture;
    const std::vector<QStringList> chineseLocales{
        kChinese,
        {QStringLiteral("LC_ALL="), QStringLiteral("LANG=zh_CN.UTF-8")},
        {QStringLiteral("LC_ALL="), QStringLiteral("LANG=en_US.UTF-8"),
         QStringLiteral("LC_MESSAGES=zh_CN.UTF-8")},
    };
    for (const QStringList& locale : chineseLocales) {
        const CliResult help = fixture.runRaw({QStringLiteral("--help")}, locale);
        INFO(locale.join(QLatin1Char(' ')).toStdString());
        INFO(help.describe());
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("simfleet-cli：在终端中管理公司的电销卡")));
        CHECK(help.out.contains(QStringLiteral("用法：simfleet-cli [--db PATH]")));
        CHECK(help.out.contains(QStringLiteral("退出码：")));
        // A command's summary, from the command's own catalogue entry.
        CHECK(help.out.contains(QStringLiteral("列出号卡，可按条件筛选")));
        CHECK_FALSE(help.out.contains(QStringLiteral("Usage:")));
    }
    for (const QStringList& locale : {kEnglish, QStringList{}}) {
        const CliResult help = fixture.runRaw({QStringLiteral("--help")}, locale);
        INFO(help.describe());
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: simfleet-cli [--db PATH]")));
        CHECK(help.out.contains(QStringLiteral("List cards, optionally filtered")));
        CHECK_FALSE(help.out.contains(QStringLiteral("用法")));
    }

    const CliResult commandHelp =
        fixture.runRaw({QStringLiteral("transition"), QStringLiteral("--help")}, kChinese);
    INFO(commandHelp.describe());
    CHECK(
        commandHelp.out.startsWith(QStringLiteral("用法：simfleet-cli transition KEY... [选项]")));
    CHECK(commandHelp.out.contains(QStringLiteral("运营商的回执号")));
}

TEST_CASE("errors come in Chinese with the same exit codes", "[cli][language]")
{
    CliFixture fixture;

    // Usage error: the CLI's own words.
    const CliResult usage = fixture.runRaw({QStringLiteral("frobnicate")}, kChinese);
    INFO(usage.describe());
    CHECK(usage.exitCode == 2);
    REQUIRE(usage.errLines().size() == 1);
    CHECK(usage.err ==
          QStringLiteral("simfleet-cli: 未知命令“frobnicate”（参见 simfleet-cli --help）\n"));

    // Storage error: the core's words and the CLI's hint in one sentence.
    const CliResult missing = runIn(fixture, kChinese, {QStringLiteral("list")});
    INFO(missing.describe());
    CHECK(missing.exitCode == 4);
    REQUIRE(missing.errLines().size() == 1);
    CHECK(missing.err.contains(fixture.db() + QStringLiteral(" 处没有数据库")));
    CHECK(missing.err.contains(QStringLiteral("（可用 `simfleet-cli init` 创建）")));
    const CliResult missingInEnglish = runIn(fixture, kEnglish, {QStringLiteral("list")});
    CHECK(missingInEnglish.exitCode == 4);
    CHECK(missingInEnglish.err.contains(QStringLiteral("(create it with `simfleet-cli init`)")));

    // Refusal: a lifecycle guard, in the product's words (欠费).
    importCards(fixture, 1);
    REQUIRE(fixture
                .run({QStringLiteral("charge"), makeIccid(1), QStringLiteral("123.40"),
                      QStringLiteral("--ref"), QStringLiteral("B-1")})
                .exitCode == 0);
    const CliResult refused = runIn(fixture, kChinese,
                                    {QStringLiteral("transition"), QStringLiteral("--to"),
                                     QStringLiteral("arrears-cleared"), makeIccid(1)});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(makeIccid(1) + QStringLiteral(" (") + makePhone(1) +
                               QStringLiteral("): 欠费 ¥123.40")));
    CHECK(refused.err.contains(QStringLiteral("所有卡均未变更：1 张卡中有 1 张被拒绝")));
}

TEST_CASE("counts read as plurals in English and as counts in Chinese", "[cli][language]")
{
    CliFixture fixture;
    importCards(fixture, 1);
    CHECK(runIn(fixture, kEnglish, {QStringLiteral("list")}).outLines().constLast() ==
          QStringLiteral("1 card"));
    CHECK(runIn(fixture, {}, {QStringLiteral("list")}).outLines().constLast() ==
          QStringLiteral("1 card"));
    CHECK(runIn(fixture, kChinese, {QStringLiteral("list")}).outLines().constLast() ==
          QStringLiteral("共 1 张卡"));
    importCards(fixture, 2);
    CHECK(runIn(fixture, kEnglish, {QStringLiteral("list")}).outLines().constLast() ==
          QStringLiteral("2 cards"));
    CHECK(runIn(fixture, kChinese, {QStringLiteral("list")}).outLines().constLast() ==
          QStringLiteral("共 2 张卡"));
}

TEST_CASE("json, csv, exit codes and the import summary are the same in every language",
          "[cli][language]")
{
    CliFixture fixture;
    importChineseFleet(fixture);
    for (const QStringList& step :
         {QStringList{QStringLiteral("charge"), makeIccid(1), QStringLiteral("58"),
                      QStringLiteral("--ref"), QStringLiteral("月租 2026-01")},
          QStringList{QStringLiteral("pay"), makeIccid(1), QStringLiteral("20"),
                      QStringLiteral("--ref"), QStringLiteral("R-1")},
          QStringList{QStringLiteral("transition"), QStringLiteral("--to"),
                      QStringLiteral("arrears-cleared"), makeIccid(2)}}) {
        const CliResult result = fixture.run(step);
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
    }
    const QString asOf = QStringLiteral("--as-of=2030-01-01");
    const QString format = QStringLiteral("--format");
    const QString cardsFile = fixture.path(QStringLiteral("cards.csv"));
    const std::vector<QStringList> commands{
        {QStringLiteral("list"), format, QStringLiteral("json")},
        {QStringLiteral("list"), format, QStringLiteral("csv")},
        {QStringLiteral("list"), format, QStringLiteral("csv"), QStringLiteral("--state"),
         QStringLiteral("arrears-cleared")},
        {QStringLiteral("show"), makeIccid(1), format, QStringLiteral("json")},
        {QStringLiteral("audit"), format, QStringLiteral("json")},
        {QStringLiteral("report"), QStringLiteral("outstanding"), asOf, format,
         QStringLiteral("json")},
        {QStringLiteral("report"), QStringLiteral("pipeline"), asOf, format,
         QStringLiteral("json")},
        {QStringLiteral("report"), QStringLiteral("savings"), asOf, format, QStringLiteral("json")},
        {QStringLiteral("report"), QStringLiteral("exposure"), asOf, format,
         QStringLiteral("json")},
        {QStringLiteral("packet"), QStringLiteral("list"), format, QStringLiteral("json")},
        // Refused (exit 3), usage error (exit 2): only stderr is in the user's language.
        {QStringLiteral("transition"), QStringLiteral("--to"), QStringLiteral("void"),
         makeIccid(1)},
        {QStringLiteral("list"), format, QStringLiteral("xml")},
    };
    for (const QStringList& command : commands) {
        const CliResult english = runIn(fixture, kEnglish, command);
        const CliResult chinese = runIn(fixture, kChinese, command);
        INFO(command.join(QLatin1Char(' ')).toStdString());
        INFO(english.describe());
        INFO(chinese.describe());
        CHECK(chinese.exitCode == english.exitCode);
        CHECK(chinese.out.toUtf8() == english.out.toUtf8());
    }
    // The JSON still names states and carriers by code, and the CSV header is the same.
    const CliResult json =
        runIn(fixture, kChinese, {QStringLiteral("list"), format, QStringLiteral("json")});
    const QJsonArray cards = CliFixture::json(json).array();
    REQUIRE(cards.size() == 3);
    CHECK(cards.at(1).toObject().value(QStringLiteral("state")).toString() ==
          QStringLiteral("arrears-cleared"));
    CHECK(cards.at(0).toObject().value(QStringLiteral("carrier")).toString() ==
          QStringLiteral("cmcc"));
    const CliResult csv =
        runIn(fixture, kChinese, {QStringLiteral("list"), format, QStringLiteral("csv")});
    CHECK(csv.outLines().constFirst().startsWith(QStringLiteral("iccid,msisdn,carrier,plan,")));

    // The last line of an import is for scripts: never translated.
    const QStringList dryRun{QStringLiteral("import"), QStringLiteral("cards"), cardsFile,
                             QStringLiteral("--dry-run")};
    const CliResult chineseImport = runIn(fixture, kChinese, dryRun);
    INFO(chineseImport.describe());
    REQUIRE(chineseImport.exitCode == 0);
    CHECK(chineseImport.outLines().constLast() ==
          QStringLiteral("imported 0, updated 0, unchanged 3"));
    CHECK(chineseImport.out.contains(QStringLiteral("试运行：未写入任何数据")));
    CHECK(runIn(fixture, kEnglish, dryRun).outLines().constLast() ==
          chineseImport.outLines().constLast());
}

TEST_CASE("Chinese tables line up by display width", "[cli][language][output]")
{
    CliFixture fixture;
    importChineseFleet(fixture);

    SECTION("list: every column starts where its Chinese title does")
    {
        const CliResult result = runIn(fixture, kChinese, {QStringLiteral("list")});
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        QStringList lines = result.outLines();
        REQUIRE(lines.size() == 6); // header, rule, three cards, count
        CHECK(lines.takeLast() == QStringLiteral("共 3 张卡"));
        const QString header = lines.at(0);
        for (const QString& title :
             {QStringLiteral("手机号码"), QStringLiteral("运营商"), QStringLiteral("部门"),
              QStringLiteral("归属地"), QStringLiteral("状态"), QStringLiteral("余额")})
            CHECK(header.contains(title));
        // The balance column is right-aligned and last: aligned lines all end together.
        const int width = terminalWidth(header);
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK(terminalWidth(line) == width);
        }
        // Chinese cells start in the column of their Chinese title.
        const QStringList carriers{QStringLiteral("中国移动"), QStringLiteral("中国联通"),
                                   QStringLiteral("中国电信")};
        for (int row = 0; row < 3; ++row) {
            const QString line = lines.at(2 + row);
            INFO(line.toStdString());
            CHECK(columnOf(line, carriers.at(row)) == columnOf(header, QStringLiteral("运营商")));
            CHECK(columnOf(line, QStringLiteral("在用")) ==
                  columnOf(header, QStringLiteral("状态")));
        }
        CHECK(columnOf(lines.at(2), QStringLiteral("电话销售一部")) ==
              columnOf(header, QStringLiteral("部门")));
        CHECK(columnOf(lines.at(4), QStringLiteral("客服部")) ==
              columnOf(header, QStringLiteral("部门")));
    }

    SECTION("show: the values start in one column after the Chinese labels")
    {
        const CliResult result = runIn(fixture, kChinese, {QStringLiteral("show"), makeIccid(1)});
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        const QStringList lines = result.outLines();
        const qsizetype blank = lines.indexOf(QString());
        REQUIRE(blank > 10);
        CHECK(lines.at(2).startsWith(QStringLiteral("运营商")));
        CHECK(lines.at(2).endsWith(QStringLiteral("中国移动（cmcc）")));
        static const QRegularExpression labelAndGap(QStringLiteral("^\\S+ +"));
        const int valueColumn = terminalWidth(labelAndGap.match(lines.at(0)).captured());
        for (const QString& line : lines.mid(0, blank)) {
            INFO(line.toStdString());
            CHECK(terminalWidth(labelAndGap.match(line).captured()) == valueColumn);
        }
        CHECK(lines.contains(QStringLiteral("账目")));
        CHECK(lines.contains(QStringLiteral("历史")));
    }

    SECTION("report: the document's tables line up under Chinese headings")
    {
        REQUIRE(fixture
                    .run({QStringLiteral("charge"), makeIccid(3), QStringLiteral("1234.5"),
                          QStringLiteral("--ref"), QStringLiteral("B-1")})
                    .exitCode == 0);
        const CliResult result = runIn(fixture, kChinese,
                                       {QStringLiteral("report"), QStringLiteral("outstanding"),
                                        QStringLiteral("--as-of"), QStringLiteral("2030-01-01")});
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        const QStringList lines = result.outLines();
        // The first table: its header names the grouping, and China Telecom owes.
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("运营商 .*")));
        REQUIRE(header > 0);
        CHECK(lines.at(header + 2).startsWith(QStringLiteral("中国电信")));
        // Header, rule, rows, rule, totals: right-aligned last column, so one width.
        const int width = terminalWidth(lines.at(header));
        qsizetype line = header;
        for (; line < lines.size() && !lines.at(line).isEmpty(); ++line) {
            INFO(lines.at(line).toStdString());
            CHECK(terminalWidth(lines.at(line)) == width);
        }
        CHECK(line - header >= 5);
    }
}
