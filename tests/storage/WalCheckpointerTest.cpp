// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <catch2/catch.hpp>
#include <string>

using namespace simfleet::sqlite;

namespace {

// A WAL database of 4 KiB pages with one table; every write stays in the WAL until a checkpoint.
struct WalFile {
    QTemporaryDir dir;
    std::string path = (dir.path() + QStringLiteral("/wal.db")).toStdString();
    SQLite::Database db{path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};

    WalFile()
    {
        db.exec("PRAGMA page_size=4096");
        db.exec("PRAGMA journal_mode=WAL");
        db.exec("CREATE TABLE t (x BLOB)");
    }

    qint64 fileBytes() const { return QFileInfo(QString::fromStdString(path)).size(); }

    // One transaction of `rows` rows of 3 KiB each: a WAL frame per row, about.
    void write(int rows)
    {
        SQLite::Transaction transaction(db);
        for (int i = 0; i < rows; ++i)
            db.exec("INSERT INTO t VALUES (zeroblob(3000))");
        transaction.commit();
    }
};

} // namespace

TEST_CASE("A commit that grows the WAL past the limit is copied into the file beside the writer",
          "[storage][checkpoint]")
{
    WalFile file;
    const qint64 before = file.fileBytes();
    WalCheckpointer checkpointer(file.db.getHandle(), 40);

    file.write(60);
    checkpointer.waitUntilIdle();

    // The 60 rows' pages are in the file now, not only in the WAL.
    CHECK(file.fileBytes() >= before + 60 * 3000);
    CHECK(file.db.execAndGet("SELECT count(*) FROM t").getInt() == 60);
}

TEST_CASE("A commit that leaves the WAL under the limit is not copied yet", "[storage][checkpoint]")
{
    WalFile file;
    const qint64 before = file.fileBytes();
    WalCheckpointer checkpointer(file.db.getHandle(), 40);

    file.write(10);
    checkpointer.waitUntilIdle();

    // SQLite's own checkpoint is off as well while the checkpointer owns the hook.
    CHECK(file.fileBytes() == before);
    CHECK(file.db.execAndGet("SELECT count(*) FROM t").getInt() == 10);
}

TEST_CASE("Without the checkpointer SQLite checkpoints in the commit again",
          "[storage][checkpoint]")
{
    WalFile file;
    const qint64 before = file.fileBytes();
    {
        WalCheckpointer checkpointer(file.db.getHandle(), 40);
    }
    file.db.exec("PRAGMA wal_autocheckpoint=40"); // the default of 1000 frames, scaled down

    file.write(60);

    CHECK(file.fileBytes() >= before + 60 * 3000);
}
