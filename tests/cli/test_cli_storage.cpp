// SPDX-License-Identifier: GPL-3.0-or-later
// Storage errors (exit 4), the audit chain under tampering, and what reaches the log file.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("audit verify passes an intact log and names the first tampered row", "[cli][audit]")
{
    CliFixture fixture;
    importCards(fixture, 3);
    REQUIRE(fixture
                .run({QStringLiteral("charge"), makeIccid(2), QStringLiteral("9.99"),
                      QStringLiteral("--ref"), QStringLiteral("B")})
                .exitCode == 0);

    const CliResult intact = fixture.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(intact.describe());
    REQUIRE(intact.exitCode == 0);
    CHECK(intact.err.isEmpty());

    // Someone with the file and the sqlite3 shell: the append-only trigger goes first.
    fixture.sqlite(fixture.db(),
                   QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                  "UPDATE audit_log SET operator = 'mallory' WHERE seq = 2;"));
    const CliResult broken = fixture.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(broken.describe());
    CHECK(broken.exitCode == 3);
    REQUIRE(broken.errLines().size() == 1);
    CHECK(broken.err.contains(QStringLiteral("seq 2")));
    CHECK(broken.out.isEmpty());
}

TEST_CASE("a file that is not a database is refused with exit 4 and left alone", "[cli][storage]")
{
    CliFixture fixture;
    QByteArray notes;
    for (int i = 0; i < 200; ++i)
        notes += "Minutes of the weekly meeting, nothing to see here.\n";
    const QString path = fixture.writeFile(QStringLiteral("notes.db"), notes);

    for (const QStringList& command :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
        const CliResult result =
            fixture.runRaw(command + QStringList{QStringLiteral("--db"), path});
        INFO(result.describe());
        CHECK(result.exitCode == 4);
        CHECK(result.errLines().size() == 1);
        CHECK(result.out.isEmpty());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == notes);
}

TEST_CASE("a database from a newer SimFleet is refused with exit 4 and never modified",
          "[cli][storage]")
{
    CliFixture fixture;
    importCards(fixture, 1);
    fixture.sqlite(fixture.db(), QStringLiteral("PRAGMA user_version = 999;"));
    const QByteArray before = fileHash(fixture.db());
    // SQLite's own -wal/-shm companions may appear; a backup or any other file must not.
    const auto files = [&fixture] {
        QStringList names = QDir(fixture.path(QString())).entryList(QDir::Files);
        names.removeIf([](const QString& name) {
            return name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm"));
        });
        return names;
    };
    const QStringList filesBefore = files();

    for (const QStringList& command :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("pay"), makeIccid(1), QStringLiteral("1"),
                      QStringLiteral("--ref"), QStringLiteral("R")}}) {
        const CliResult result = fixture.run(command);
        INFO(result.describe());
        CHECK(result.exitCode == 4);
        CHECK(result.errLines().size() == 1);
    }
    CHECK(fileHash(fixture.db()) == before);
    CHECK(files() == filesBefore);
    CHECK(fixture.sqlite(fixture.db(), QStringLiteral("PRAGMA user_version;")).trimmed() ==
          QStringLiteral("999"));
}

TEST_CASE("a read on a missing or empty file says there is no database, and creates none",
          "[cli][storage]")
{
    CliFixture fixture;
    const QString missing = fixture.path(QStringLiteral("typo.db"));
    const QString empty = fixture.writeFile(QStringLiteral("empty.db"), QByteArray());
    for (const QString& path : {missing, empty}) {
        for (const QStringList& command :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("report"), QStringLiteral("outstanding")},
              QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
              QStringList{QStringLiteral("pay"), makeIccid(1), QStringLiteral("1"),
                          QStringLiteral("--ref"), QStringLiteral("R")}}) {
            const CliResult result =
                fixture.runRaw(command + QStringList{QStringLiteral("--db"), path});
            INFO(result.describe());
            CHECK(result.exitCode == 4);
            // Long messages are wrapped to the terminal: compare the words.
            CHECK(result.err.simplified() ==
                  QStringLiteral("simfleet-cli: no database at %1 (create it with `simfleet-cli "
                                 "init`)")
                      .arg(QDir::toNativeSeparators(path)));
            CHECK(result.out.isEmpty());
        }
    }
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(QDir(fixture.path(QString())).entryList({QStringLiteral("*-wal")}, QDir::Files).empty());

    // init makes it; then the same read works on an empty fleet.
    REQUIRE(fixture.runRaw({QStringLiteral("init"), QStringLiteral("--db"), missing}).exitCode ==
            0);
    CHECK(fixture.runRaw({QStringLiteral("list"), QStringLiteral("--db"), missing}).exitCode == 0);
}

TEST_CASE("a folder given as the database is named as a folder", "[cli][storage]")
{
    CliFixture fixture;
    const QString folder = fixture.path(QStringLiteral("a-folder"));
    REQUIRE(QDir().mkpath(folder));
    for (const QStringList& command :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("init")}}) {
        const CliResult result =
            fixture.runRaw(command + QStringList{QStringLiteral("--db"), folder});
        INFO(result.describe());
        CHECK(result.exitCode == 4);
        CHECK(result.err.contains(QStringLiteral("is a folder, not a database file")));
        CHECK_FALSE(result.err.contains(QStringLiteral("I/O")));
    }
}

TEST_CASE("a database in a folder that cannot be created is a storage error", "[cli][storage]")
{
    CliFixture fixture;
    const QString blocker = fixture.writeText(QStringLiteral("plainfile"), QStringLiteral("x"));
    const CliResult result = fixture.runRaw({QStringLiteral("init"), QStringLiteral("--db"),
                                             blocker + QStringLiteral("/inside/fleet.db")});
    INFO(result.describe());
    CHECK(result.exitCode == 4);
    CHECK(result.errLines().size() == 1);
}

TEST_CASE("the log file records commands but never a holder's name or ID", "[cli][logging]")
{
    CliFixture fixture;
    const QString file =
        fixture.writeFile(QStringLiteral("cards.csv"),
                          cardCsv({cardRow(1, QStringLiteral("cmcc"), QStringLiteral("Sales"),
                                           QStringLiteral("欧阳娜娜")),
                                   cardRow(2).replace(makePhone(2), QStringLiteral("999"))}));
    // A bad file and a good one: errors and successes both reach the log.
    CHECK(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file}).exitCode == 3);
    const QString good =
        fixture.writeFile(QStringLiteral("good.csv"),
                          cardCsv({cardRow(1, QStringLiteral("cmcc"), QStringLiteral("Sales"),
                                           QStringLiteral("欧阳娜娜"))}));
    CHECK(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), good}).exitCode == 0);
    CHECK(fixture.run({QStringLiteral("show"), makeResidentId(1)}).exitCode == 3);

    QFile log(fixture.dataHome() + QStringLiteral("/SimFleet/logs/simfleet.log"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    CHECK(text.contains(QStringLiteral("import cards")));
    CHECK_FALSE(text.contains(makeResidentId(1)));
    CHECK_FALSE(text.contains(QStringLiteral("欧阳娜娜")));
}
