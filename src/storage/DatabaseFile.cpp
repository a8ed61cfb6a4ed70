// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFile.h"

#include "CheckedTables.h"
#include "RowBatch.h"
#include "SqlValues.h"

#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <sqlite3.h>
#include <string>

namespace simfleet::sqlite {

FileFacts factsOf(const QString& path)
{
    const QFileInfo file(path);
    FileFacts facts;
    facts.fileWritable = file.isWritable();
    facts.folderWritable = QFileInfo(file.absolutePath()).isWritable();
    facts.walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    return facts;
}

Result<Opening> chooseOpening(const FileFacts& facts, StoreAccess access)
{
    const bool mayWrite = facts.fileWritable && facts.folderWritable;
    if (access == StoreAccess::ReadWrite && !mayWrite)
        return Error{ErrorCode::StorageReadOnly, {}, 0};
    if (access != StoreAccess::ReadOnly && mayWrite)
        return Opening::ReadWrite;
    return facts.walPresent ? Opening::ReadOnly : Opening::Immutable;
}

std::unique_ptr<SQLite::Database> openForReading(const QString& path)
{
    return openForReading(path, *chooseOpening(factsOf(path), StoreAccess::ReadOnly));
}

std::unique_ptr<SQLite::Database> openForReading(const QString& path, Opening opening)
{
    if (opening != Opening::Immutable)
        return std::make_unique<SQLite::Database>(utf8(path),
                                                  SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
    // A file: URI, percent-encoded, so any character of the path survives.
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() +
                           QByteArrayLiteral("?immutable=1");
    return std::make_unique<SQLite::Database>(
        uri.toStdString(), SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX);
}

std::unique_ptr<SQLite::Database> anotherReader(SQLite::Database& db)
{
    // Waiting on a writer's checkpoint, as the store's own connection would.
    constexpr int kBusyTimeoutMs = 5000;
    sqlite3* handle = db.getHandle();
    const char* file = sqlite3_db_filename(handle, "main");
    if (file == nullptr || *file == '\0' || sqlite3_get_autocommit(handle) == 0)
        return nullptr;
    const Opening opening =
        sqlite3_uri_boolean(file, "immutable", 0) != 0 ? Opening::Immutable : Opening::ReadOnly;
    auto other = openForReading(QString::fromUtf8(file), opening);
    other->setBusyTimeout(kBusyTimeoutMs);
    return other;
}

namespace {

// The findings of a quick_check statement, one per line, after those already found.
void addFindings(SQLite::Database& db, const std::string& pragma, QStringList& findings)
{
    try {
        SQLite::Statement check(db, pragma);
        while (check.executeStep()) {
            // One row may hold several lines, headed "*** in database main ***": one line each,
            // without the heading (there is only the main database).
            const QString row = QString::fromUtf8(check.getColumn(0).getText());
            for (const QString& line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.startsWith(QLatin1String("***")) && line != QLatin1String("ok"))
                    findings << line.trimmed();
            }
        }
    } catch (const SQLite::Exception& failure) {
        // Damage bad enough to stop the check itself ("database disk image is malformed").
        findings << QString::fromUtf8(failure.what());
    }
}

} // namespace

QString damageReport(SQLite::Database& db, SoundCheckScope scope)
{
    constexpr int kMostFindings = 5;
    QStringList findings;
    const auto tables = checkedTables(scope);
    if (tables.empty())
        addFindings(db, "PRAGMA quick_check(" + std::to_string(kMostFindings) + ")", findings);
    for (const std::string_view table : tables) {
        if (findings.size() >= kMostFindings)
            break;
        addFindings(db, "PRAGMA quick_check(\"" + std::string(table) + "\")", findings);
    }
    return findings.mid(0, kMostFindings).join(QStringLiteral("; "));
}

int schemaVersionOf(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

FileHeader readFileHeader(SQLite::Database& db)
{
    FileHeader header;
    header.schemaVersion = schemaVersionOf(db);
    header.applicationId = db.execAndGet("PRAGMA application_id").getInt();
    header.holdsSchema = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt64() > 0;
    return header;
}

FileHeader readFileHeader(const QString& path)
{
    return readFileHeader(*openForReading(path));
}

std::unique_ptr<SQLite::Database> openForWriting(const QString& path, bool create,
                                                 int busyTimeoutMs, int pageCacheKiB)
{
    // No SQLite mutex: each connection is used by one thread at a time under Connection's own
    // mutex, and SQLite's would only add a lock and an unlock to every call.
    const int flags =
        SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX | (create ? SQLite::OPEN_CREATE : 0);
    auto db = std::make_unique<SQLite::Database>(utf8(path), flags, busyTimeoutMs);
    // Any read fails on a file that is not SQLite; do it before changing the journal mode.
    const FileHeader header = readFileHeader(*db);
    // Fixed when the first table is written, and not changeable in WAL mode afterwards. 64 KiB
    // pages hold sixteen times the rows of SQLite's 4 KiB default, which makes a million-card
    // import spend a third less time in the kernel than 16 KiB pages did (fewer frames, fewer
    // b-tree levels and page headers), at the price of a larger WAL frame per small change.
    if (!header.holdsSchema)
        db->exec("PRAGMA page_size=" + std::to_string(kPageSize));
    const std::string journal = db->execAndGet("PRAGMA journal_mode=WAL").getString();
    if (journal != "wal")
        throw SQLite::Exception(
            "cannot switch the database to WAL (journal mode is " + journal + ")", SQLITE_CANTOPEN);
    registerRowBatchFunction(db->getHandle());
    db->exec("PRAGMA foreign_keys=ON");
    db->exec("PRAGMA synchronous=FULL");
    // 64 MiB of page cache by default instead of SQLite's 2 MiB: a large import whose numbers
    // arrive in no particular order otherwise spills the two UNIQUE indexes' pages to the WAL
    // again and again. (A negative size is in KiB; at least one 64 KiB page.)
    db->exec("PRAGMA cache_size=-" + std::to_string(std::max(pageCacheKiB, 64)));
    // Statement journals in memory: inside a long write, every statement that might fail halfway
    // (any insert checked by a foreign key) first saves the page it changes, and past 64 KiB that
    // went to a temporary file: two system calls and a 64 KiB write per ledger row imported.
    db->exec("PRAGMA temp_store=MEMORY");
    // Lets PRAGMA optimize (run when the store closes) sample large tables instead of reading
    // a million rows.
    db->exec("PRAGMA analysis_limit=1000");
    return db;
}

} // namespace simfleet::sqlite
