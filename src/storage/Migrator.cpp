// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "ArrearsSummary.h"
#include "AuditHashes.h"
#include "CarrierProfileRows.h"
#include "DatabaseFile.h"
#include "EmbeddedResources.h"
#include "ExposureKey.h"
#include "SqlValues.h"

#include <QDir>
#include <QFile>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <stdexcept>

namespace simfleet::sqlite {

namespace {

std::vector<Migration> loadMigrations()
{
    ensureStorageResources();
    std::vector<Migration> migrations;
    const QDir folder(QStringLiteral(":/migrations"));
    for (const QString& name : folder.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw std::logic_error("unreadable embedded migration " + name.toStdString());
        migrations.push_back(
            Migration{name.section(QLatin1Char('_'), 0, 0).toInt(), name, file.readAll()});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    // A gap or a duplicate is a packaging mistake that would skip or repeat schema changes.
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != static_cast<int>(i) + 1)
            throw std::logic_error("embedded migrations must be numbered 1..N without gaps: " +
                                   migrations[i].name.toStdString());
    }
    return migrations;
}

// Version 10 edits audit_log's definition in place: it must have found the CHECK it widens, and
// the schema version must move so that other connections read the new definition.
void finishActionCheck(SQLite::Database& db)
{
    const bool widened =
        db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND"
                      " name = 'audit_log' AND sql LIKE '%action = ''ledger-imported''%'")
            .getInt() == 1;
    if (!widened)
        throw std::logic_error("migration 10: audit_log's action CHECK is not the one it widens");
    const std::int64_t schemaVersion = db.execAndGet("PRAGMA schema_version").getInt64();
    db.exec("PRAGMA schema_version = " + std::to_string(schemaVersion + 1));
}

// Version 11 turns the two automatic indexes behind cards' UNIQUE columns into named ones in
// place: both must be there, each over its own column alone and unique, with no automatic index
// left; and the schema version must move so that other connections read the new definitions.
void finishCardNumberIndexes(SQLite::Database& db)
{
    const std::int64_t schemaVersion = db.execAndGet("PRAGMA schema_version").getInt64();
    db.exec("PRAGMA schema_version = " + std::to_string(schemaVersion + 1));
    const auto uniqueOver = [&db](const char* index, const char* column) {
        SQLite::Statement check(
            db, "SELECT list.\"unique\", (SELECT group_concat(info.name) FROM"
                " pragma_index_info(list.name) AS info) FROM pragma_index_list('cards') AS list"
                " WHERE list.name = ?");
        check.bind(1, index);
        return check.executeStep() && check.getColumn(0).getInt() == 1 &&
               check.getColumn(1).getString() == column;
    };
    const bool automaticLeft =
        db.execAndGet("SELECT count(*) FROM pragma_index_list('cards') WHERE origin = 'u'")
            .getInt() != 0;
    if (!uniqueOver("cards_iccid", "iccid") || !uniqueOver("cards_msisdn", "msisdn") ||
        automaticLeft)
        throw std::logic_error("migration 11: the cards table's UNIQUE columns are not the ones"
                               " it names");
}

// Data that belongs to a schema step: version 1 seeds the carrier profiles it creates, version 8
// builds the arrears summary from the ledger already stored, version 9 the exposure keys of the
// cards already stored; versions 10 and 11 complete their changes of definitions in place.
void seedData(SQLite::Database& db, int version)
{
    if (version == 1)
        seedCarrierProfiles(db);
    if (version == 8) {
        StatementCache statements(db);
        rebuildArrears(statements);
    }
    if (version == 9)
        buildExposureKeys(db);
    if (version == 10)
        finishActionCheck(db);
    if (version == 11)
        finishCardNumberIndexes(db);
}

void applyStep(SQLite::Database& db, const Migration& migration)
{
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Re-read under the write lock: another process may have migrated meanwhile.
    if (schemaVersionOf(db) >= migration.version)
        return;
    db.exec(migration.sql.constData());
    seedData(db, migration.version);
    db.exec("PRAGMA application_id = " + std::to_string(kSimFleetApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
    spdlog::info("applied schema migration {}", migration.name.toStdString());
}

} // namespace

const std::vector<Migration>& bundledMigrations()
{
    static const std::vector<Migration> migrations = loadMigrations();
    return migrations;
}

int migrate(SQLite::Database& db, int targetVersion,
            const std::function<void(int fromVersion)>& beforeMigrating)
{
    const auto& migrations = bundledMigrations();
    targetVersion = std::min(targetVersion, static_cast<int>(migrations.size()));
    const int current = schemaVersionOf(db);
    if (current >= targetVersion)
        return current;
    if (beforeMigrating && readFileHeader(db).holdsSchema)
        beforeMigrating(current);
    registerUnhexFunction(db.getHandle()); // for version 6
    // A step that builds an index over millions of ledger rows sorts them; with temporary files
    // in memory (the store's setting) that sort alone took 500 MB. On disk it stays in the cache.
    db.exec("PRAGMA temp_store=FILE");
    for (const Migration& migration : migrations) {
        if (migration.version > current && migration.version <= targetVersion)
            applyStep(db, migration);
    }
    db.exec("PRAGMA temp_store=MEMORY");
    return schemaVersionOf(db);
}

} // namespace simfleet::sqlite
