// SPDX-License-Identifier: GPL-3.0-or-later
// Usage errors, help, global options and init.
#include "CliRunner.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

const QStringList kCommands{
    QStringLiteral("init"),   QStringLiteral("import cards"), QStringLiteral("import ledger"),
    QStringLiteral("list"),   QStringLiteral("show"),         QStringLiteral("pay"),
    QStringLiteral("charge"), QStringLiteral("transition"),   QStringLiteral("report outstanding"),
    QStringLiteral("audit"),  QStringLiteral("audit verify"), QStringLiteral("demo"),
};

QStringList words(const QString& command)
{
    return command.split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("usage errors exit 2 with one line on stderr and touch no database", "[cli][usage]")
{
    CliFixture fixture;
    const std::vector<QStringList> mistakes{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("list"), QStringLiteral("--bogus")},
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("sleeping")},
        {QStringLiteral("show")},
        {QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("pay"), makeIccid(1), QStringLiteral("5")},
        {QStringLiteral("import")},
        {QStringLiteral("import"), QStringLiteral("phones"), QStringLiteral("x.csv")},
        {QStringLiteral("import"), QStringLiteral("cards")},
        {QStringLiteral("transition"), makeIccid(1)},
        {QStringLiteral("transition"), QStringLiteral("--to"), QStringLiteral("gone"),
         makeIccid(1)},
        {QStringLiteral("transition"), QStringLiteral("--to"), QStringLiteral("void")},
        {QStringLiteral("transition"), QStringLiteral("--to"),
         QStringLiteral("cancellation-requested"), QStringLiteral("--channel"),
         QStringLiteral("pigeon"), makeIccid(1)},
        {QStringLiteral("report")},
        {QStringLiteral("report"), QStringLiteral("outstanding"), QStringLiteral("--by"),
         QStringLiteral("colour")},
        {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("demo"), QStringLiteral("--cards"), QStringLiteral("many")},
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list")},
    };
    for (const QStringList& arguments : mistakes) {
        const CliResult result = fixture.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        INFO(result.describe());
        CHECK(result.exitCode == 2);
        REQUIRE(result.errLines().size() == 1);
        CHECK(result.errLines().constFirst().startsWith(QStringLiteral("simfleet-cli: ")));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(fixture.db()));

    const CliResult missingValue = fixture.runRaw({QStringLiteral("list"), QStringLiteral("--db")});
    CHECK(missingValue.exitCode == 2);
}

TEST_CASE("--help works on every command, before or after it", "[cli][usage]")
{
    CliFixture fixture;
    const CliResult overview = fixture.runRaw({QStringLiteral("--help")});
    INFO(overview.describe());
    REQUIRE(overview.exitCode == 0);
    for (const QString& command : kCommands)
        CHECK(overview.out.contains(command));

    for (const QString& command : kCommands) {
        INFO(command.toStdString());
        const QString usage = QStringLiteral("Usage: simfleet-cli ") + command;
        const CliResult after = fixture.runRaw(words(command) << QStringLiteral("--help"));
        INFO(after.describe());
        CHECK(after.exitCode == 0);
        CHECK(after.out.startsWith(usage));
        const CliResult before = fixture.runRaw(QStringList{QStringLiteral("-h")} + words(command));
        CHECK(before.exitCode == 0);
        CHECK(before.out == after.out);
    }

    const CliResult transitionHelp =
        fixture.runRaw({QStringLiteral("transition"), QStringLiteral("--help")});
    CHECK(transitionHelp.out.contains(QStringLiteral("confirmation")));
    const CliResult group = fixture.runRaw({QStringLiteral("help"), QStringLiteral("import")});
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(QStringLiteral("import cards")));
    CHECK(group.out.contains(QStringLiteral("import ledger")));
    CHECK_FALSE(QFileInfo::exists(fixture.db()));
}

TEST_CASE("global options go before or after the command, or come from the environment",
          "[cli][usage]")
{
    CliFixture fixture;
    const QString before = fixture.path(QStringLiteral("before.db"));
    const QString after = fixture.path(QStringLiteral("after.db"));
    const QString fromEnv = fixture.path(QStringLiteral("env.db"));

    CHECK(fixture.runRaw({QStringLiteral("--db"), before, QStringLiteral("init")}).exitCode == 0);
    CHECK(fixture.runRaw({QStringLiteral("init"), QStringLiteral("--db=") + after}).exitCode == 0);
    CHECK(fixture.runRaw({QStringLiteral("init")}, {QStringLiteral("SIMFLEET_DB=") + fromEnv})
              .exitCode == 0);
    CHECK(QFileInfo::exists(before));
    CHECK(QFileInfo::exists(after));
    CHECK(QFileInfo::exists(fromEnv));

    // --db wins over the environment.
    const QString winner = fixture.path(QStringLiteral("winner.db"));
    CHECK(fixture
              .runRaw({QStringLiteral("init"), QStringLiteral("--db"), winner},
                      {QStringLiteral("SIMFLEET_DB=") + fixture.path(QStringLiteral("loser.db"))})
              .exitCode == 0);
    CHECK(QFileInfo::exists(winner));
    CHECK_FALSE(QFileInfo::exists(fixture.path(QStringLiteral("loser.db"))));

    // Without either, the app-data folder.
    const CliResult byDefault = fixture.runRaw({QStringLiteral("init")});
    INFO(byDefault.describe());
    CHECK(byDefault.exitCode == 0);
    CHECK(QFileInfo::exists(fixture.dataHome() + QStringLiteral("/SimFleet/simfleet.db")));
}

TEST_CASE("the operator comes from --operator, SIMFLEET_OPERATOR or the login name", "[cli][usage]")
{
    CliFixture fixture;
    const QString db = fixture.db();
    const QString file = fixture.writeFile(QStringLiteral("cards.csv"),
                                           cardCsv({cardRow(1), cardRow(2), cardRow(3)}));
    REQUIRE(fixture
                .runRaw({QStringLiteral("import"), QStringLiteral("cards"), file,
                         QStringLiteral("--db"), db})
                .exitCode == 0);
    const auto charge = [&](const QString& key, const QStringList& extra, const QStringList& env) {
        const CliResult result = fixture.runRaw(
            QStringList{QStringLiteral("charge"), key, QStringLiteral("1"), QStringLiteral("--ref"),
                        QStringLiteral("R"), QStringLiteral("--db"), db} +
                extra,
            env);
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
    };
    charge(makeIccid(1), {QStringLiteral("--operator"), QStringLiteral("alice")},
           {QStringLiteral("SIMFLEET_OPERATOR=bob")});
    charge(makeIccid(2), {}, {QStringLiteral("SIMFLEET_OPERATOR=bob")});
    charge(makeIccid(3), {}, {});

    const auto lastOperator = [&](int serial) {
        const CliResult result =
            fixture.runRaw({QStringLiteral("audit"), makeIccid(serial), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--db"), db});
        const QJsonArray events = CliFixture::json(result).array();
        REQUIRE_FALSE(events.isEmpty());
        return events.last().toObject().value(QStringLiteral("operator")).toString();
    };
    CHECK(lastOperator(1) == QStringLiteral("alice"));
    CHECK(lastOperator(2) == QStringLiteral("bob"));
    CHECK(lastOperator(3) == QStringLiteral("login-person"));
}

TEST_CASE("init creates the database and is idempotent", "[cli][init]")
{
    CliFixture fixture;
    const CliResult first = fixture.run({QStringLiteral("init")});
    INFO(first.describe());
    REQUIRE(first.exitCode == 0);
    REQUIRE(QFileInfo::exists(fixture.db()));
    CHECK(first.out.contains(fixture.db()));

    const CliResult second = fixture.run({QStringLiteral("init")});
    CHECK(second.exitCode == 0);
    CHECK(second.out == first.out);
    CHECK(fixture.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
}
