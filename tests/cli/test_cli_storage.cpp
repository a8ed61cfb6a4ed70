// SPDX-License-Identifier: GPL-3.0-or-later
// Storage errors (exit 4), the audit chain under tampering, and what reaches the log file.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <unistd.h>

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

TEST_CASE("a ledger import is one audit row, and audit verify names it when its entries change",
          "[cli][audit]")
{
    CliFixture fixture;
    importCards(fixture, 2);
    const QString bills = fixture.writeText(QStringLiteral("bills.csv"),
                                            QStringLiteral("iccid,kind,amount,date,reference\n"
                                                           "%1,charge,58.00,2024-01-31,BILL-01\n"
                                                           "%2,charge,20,2024-01-31,BILL-02\n"
                                                           "%1,payment,50,2024-03-05,PAY-01\n")
                                                .arg(makeIccid(1), makeIccid(2)));
    REQUIRE(fixture.run({QStringLiteral("import"), QStringLiteral("ledger"), bills}).exitCode == 0);

    const CliResult log =
        fixture.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(log.describe());
    REQUIRE(log.exitCode == 0);
    const QJsonArray rows = CliFixture::json(log).array();
    REQUIRE(rows.size() == 3); // two cards, one import
    const QJsonObject imported = rows.last().toObject();
    CHECK(imported.value(QStringLiteral("action")).toString() == QStringLiteral("ledger-imported"));
    CHECK(imported.value(QStringLiteral("iccid")).toString().isEmpty());
    const qint64 seq = imported.value(QStringLiteral("seq")).toInteger();

    // Read as a sentence, and the bills still on the card where a clerk looks.
    const CliResult text = fixture.run({QStringLiteral("audit")});
    INFO(text.describe());
    CHECK(text.out.contains(QStringLiteral("Imported 3 ledger entries from bills.csv")));
    CHECK_FALSE(text.out.contains(QStringLiteral("entries_sha256")));
    const CliResult shown = fixture.run({QStringLiteral("show"), makeIccid(1)});
    INFO(shown.describe());
    CHECK(shown.out.contains(QStringLiteral("BILL-01")));
    CHECK(shown.out.contains(QStringLiteral("PAY-01")));

    REQUIRE(fixture.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
    fixture.sqlite(fixture.db(), QStringLiteral("DROP TRIGGER ledger_entries_no_update;"
                                                "UPDATE ledger_entries SET amount_fen = 500 "
                                                "WHERE reference = 'PAY-01';"));
    const CliResult broken = fixture.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(broken.describe());
    CHECK(broken.exitCode == 3);
    REQUIRE(broken.errLines().size() == 1);
    CHECK(broken.err.contains(QStringLiteral("seq %1").arg(seq)));
    CHECK(broken.err.contains(QStringLiteral("ledger entries")));
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
    // No backup, and no -wal/-shm/-journal companion left behind either.
    const auto files = [&fixture] {
        return QDir(fixture.path(QString())).entryList(QDir::Files);
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

namespace {

QStringList filesBeside(const CliFixture& fixture)
{
    return QDir(fixture.path(QString())).entryList(QDir::Files, QDir::Name);
}

// Overwrites two whole pages in the middle of the file with garbage, as a failing disk or an
// interrupted copy would (SimFleet's pages are 64 KiB).
void damageMiddlePages(const QString& path)
{
    constexpr qint64 pageSize = 65536;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / pageSize;
    REQUIRE(pages >= 6);
    REQUIRE(file.seek((pages / 2) * pageSize));
    REQUIRE(file.write(QByteArray(2 * pageSize, '\xA5')) == 2 * pageSize);
}

// The leaf pages of a table or an index in key order, found with the sqlite3 shell's dbstat.
QList<qint64> leafPagesOf(const CliFixture& fixture, const QString& name)
{
    const QString found = fixture.sqlite(
        fixture.db(), QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = "
                                     "'leaf' ORDER BY path")
                          .arg(name));
    QList<qint64> pages;
    for (const QString& line : found.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        pages << line.trimmed().toLongLong();
    return pages;
}

// Overwrites one whole page with garbage.
void damagePage(const QString& path, qint64 page)
{
    constexpr qint64 pageSize = 65536;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    REQUIRE(file.write(QByteArray(pageSize, '\xA5')) == pageSize);
}

} // namespace

TEST_CASE("a damaged database is named by check and refused by every bulk write, untouched",
          "[cli][storage]")
{
    CliFixture fixture;
    importCards(fixture, 2000);
    const CliResult sound = fixture.run({QStringLiteral("check")});
    INFO(sound.describe());
    REQUIRE(sound.exitCode == 0);
    CHECK(sound.out.trimmed() == QStringLiteral("%1: sound, every part of it reads back")
                                     .arg(QDir::toNativeSeparators(fixture.db())));

    damageMiddlePages(fixture.db());
    QStringList rows;
    for (int serial = 5001; serial <= 5003; ++serial)
        rows << cardRow(serial);
    const QString more = fixture.writeFile(QStringLiteral("more.csv"), cardCsv(rows));
    const QByteArray before = fileHash(fixture.db());
    const QStringList filesBefore = filesBeside(fixture);

    for (const QStringList& command :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("import"), QStringLiteral("cards"), more},
          QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("demo")}}) {
        const CliResult result = fixture.run(command);
        INFO(result.describe());
        CHECK(result.exitCode == 4);
        CHECK(result.out.isEmpty());
        // The file, then plain words, then the engine's findings, then the way back.
        const QString words = result.err.simplified();
        CHECK(words.startsWith(
            QStringLiteral("simfleet-cli: %1: the database is damaged: parts of it cannot be read "
                           "back (details: ")
                .arg(QDir::toNativeSeparators(fixture.db()))));
        CHECK(words.contains(QStringLiteral("; nothing was changed. Restore it from a copy of "
                                            "your own")));
    }
    CHECK(fileHash(fixture.db()) == before);
    CHECK(filesBeside(fixture) == filesBefore);

    // With an automatic backup beside it, the advice names that file.
    const QString backup =
        fixture.writeFile(QStringLiteral("fleet.db.bak-v5-20260101000000"), QByteArray("x"));
    const CliResult named = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), more});
    INFO(named.describe());
    CHECK(named.exitCode == 4);
    CHECK(named.err.simplified().contains(
        QStringLiteral("To restore it, copy the automatic backup %1 over it")
            .arg(QDir::toNativeSeparators(backup))));
    CHECK(fileHash(fixture.db()) == before);
}

TEST_CASE("a transition is refused untouched on damage in the cards it rewrites, and goes ahead "
          "on damage only in the audit log's older rows, which check still finds",
          "[cli][storage]")
{
    CliFixture fixture;
    importCards(fixture, 2000);
    const QStringList transition{QStringLiteral("transition"), makeIccid(1), makeIccid(2),
                                 QStringLiteral("--to"), QStringLiteral("arrears-cleared")};

    SECTION("damage in the cards it rewrites")
    {
        // The last cards' page: the batch on the first two never reads it, the check does.
        const QList<qint64> leaves = leafPagesOf(fixture, QStringLiteral("cards"));
        REQUIRE(leaves.size() >= 2);
        damagePage(fixture.db(), leaves.last());
        const QByteArray before = fileHash(fixture.db());
        const QStringList filesBefore = filesBeside(fixture);
        const CliResult result = fixture.run(transition);
        INFO(result.describe());
        CHECK(result.exitCode == 4);
        CHECK(result.out.isEmpty());
        CHECK(result.err.simplified().contains(
            QStringLiteral("the database is damaged: parts of it cannot be read back")));
        CHECK(fileHash(fixture.db()) == before);
        CHECK(filesBeside(fixture) == filesBefore);
    }
    SECTION("damage only in the audit log's older rows")
    {
        // A transition appends to the log at its end and checks the pages it reads there; the
        // older rows are left to `check` and the imports, which read every page.
        const QList<qint64> leaves = leafPagesOf(fixture, QStringLiteral("audit_log"));
        REQUIRE(leaves.size() >= 3);
        damagePage(fixture.db(), leaves[leaves.size() / 2]);
        const CliResult moved = fixture.run(transition);
        INFO(moved.describe());
        CHECK(moved.exitCode == 0);
        CHECK(moved.out.contains(QStringLiteral("moved 2 cards")));
        const CliResult checked = fixture.run({QStringLiteral("check")});
        INFO(checked.describe());
        CHECK(checked.exitCode == 4);
        CHECK(checked.err.simplified().contains(
            QStringLiteral("the database is damaged: parts of it cannot be read back")));
    }
}

TEST_CASE("another program's database and a file that is not SQLite are named once",
          "[cli][storage]")
{
    CliFixture fixture;
    const QString text = fixture.writeFile(
        QStringLiteral("notes.db"), QByteArray("Minutes of the weekly meeting.\n").repeated(200));
    const QString other = fixture.path(QStringLiteral("bookmarks.sqlite"));
    fixture.sqlite(other, QStringLiteral("CREATE TABLE bookmarks (url TEXT);"));

    for (const QString& path : {text, other}) {
        for (const QStringList& command :
             {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("init")},
              QStringList{QStringLiteral("check")}}) {
            const CliResult result =
                fixture.runRaw(command + QStringList{QStringLiteral("--db"), path});
            INFO(result.describe());
            CHECK(result.exitCode == 4);
            CHECK(result.err.simplified() ==
                  QStringLiteral("simfleet-cli: %1 is not a SimFleet database")
                      .arg(QDir::toNativeSeparators(path)));
        }
    }
}

TEST_CASE("a database in a write-protected folder is read, and a write is refused plainly",
          "[cli][storage]")
{
    CliFixture fixture;
    importCards(fixture, 3);
    const QByteArray before = fileHash(fixture.db());
    const QStringList filesBefore = filesBeside(fixture);

    // Root writes wherever it likes: the folder is only write-protected for another user, so
    // as root the CLI runs as "nobody", for whom the folder (root's, mode 755) and the file
    // (644) are read-only. Anyone else takes the folder's write permission away.
    const bool root = ::geteuid() == 0;
    QStringList launcher;
    const QString folder = fixture.path(QString());
    const QFileDevice::Permissions permissions = QFile::permissions(folder);
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    if (root) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            WARN("running as root without setpriv: the write-protected folder cannot be tested");
            return;
        }
        launcher = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups")};
        REQUIRE(QFile::setPermissions(folder, readOnly | QFileDevice::WriteOwner));
    } else {
        REQUIRE(QFile::setPermissions(folder, readOnly));
    }

    const CliResult list = fixture.runUnder(launcher, {QStringLiteral("list")});
    const CliResult report =
        fixture.runUnder(launcher, {QStringLiteral("report"), QStringLiteral("outstanding")});
    const CliResult verify =
        fixture.runUnder(launcher, {QStringLiteral("audit"), QStringLiteral("verify")});
    const CliResult pay =
        fixture.runUnder(launcher, {QStringLiteral("pay"), makeIccid(1), QStringLiteral("1"),
                                    QStringLiteral("--ref"), QStringLiteral("R")});
    const QStringList filesAfter = filesBeside(fixture);
    QFile::setPermissions(folder, permissions);

    for (const CliResult& read : {list, report, verify}) {
        INFO(read.describe());
        CHECK(read.exitCode == 0);
        CHECK_FALSE(read.err.contains(QStringLiteral("readonly")));
    }
    CHECK(list.out.contains(makeIccid(3)));
    INFO(pay.describe());
    CHECK(pay.exitCode == 4);
    CHECK(pay.err.simplified() ==
          QStringLiteral("simfleet-cli: %1 is read-only: it can be read but nothing in it can be "
                         "changed")
              .arg(QDir::toNativeSeparators(fixture.db())));
    CHECK(fileHash(fixture.db()) == before);
    CHECK(filesAfter == filesBefore); // no -wal, -shm or -journal left beside it
}
