// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFile.h"
#include "Migrator.h"
#include "OnlineBackup.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QFile>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

QStringList backupsIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.bak-*")}, QDir::Files);
}

// Leaves a database at the given schema version, as an older SimFleet would have left it.
void createAtVersion(const QString& path, int version)
{
    auto db = sqlite::openForWriting(path, true, 1000);
    REQUIRE(sqlite::migrate(*db, version, {}) == version);
}

// Unmasking events chained one after another, as an older SimFleet wrote them.
std::vector<AuditEvent> chainedEvents(int count, std::optional<CardId> cardId = std::nullopt,
                                      const QString& iccid = {})
{
    std::vector<AuditEvent> events;
    QByteArray previous;
    for (int seq = 1; seq <= count; ++seq) {
        AuditEvent event;
        event.seq = seq;
        event.atUtc = fixedNow();
        event.operatorName = QStringLiteral("alice");
        event.cardId = cardId;
        event.iccid = iccid;
        event.action = AuditAction::HolderUnmasked;
        event.details = QJsonObject{{QStringLiteral("n"), seq}};
        event.prevHash = previous;
        event.hash = computeAuditHash(event);
        previous = event.hash;
        events.push_back(event);
    }
    return events;
}

// The history as the store reads it back, each row's hashes checked against what was written.
std::vector<AuditEvent> readBack(Store& store, const std::vector<AuditEvent>& written)
{
    std::vector<AuditEvent> read = store.auditOf(std::nullopt);
    REQUIRE(read.size() == written.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        CHECK(read[i].prevHash == written[i].prevHash);
        CHECK(read[i].hash == written[i].hash);
    }
    return read;
}

std::optional<AuditBreak> firstBreakIn(const std::vector<AuditEvent>& events)
{
    AuditChainVerifier verifier;
    for (const AuditEvent& event : events)
        verifier.feed(event);
    return verifier.firstBreak();
}

} // namespace

TEST_CASE(
    "A new file is created, migrated to the latest schema and set up for WAL and foreign keys")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/simfleet.db"));
    FixedClock clock(fixedNow());

    auto opened = openSqliteStore(path, clock);
    REQUIRE(opened.ok());
    CHECK(QFileInfo::exists(path));
    CHECK(latestSchemaVersion() >= 2);

    auto version = schemaVersionOf(path);
    REQUIRE(version.ok());
    CHECK(*version == latestSchemaVersion());
    CHECK(backupsIn(QFileInfo(path).absolutePath()).isEmpty()); // nothing to back up yet

    // The pragmas the store's own connection runs with.
    auto db = sqlite::openForWriting(path, false, 1234);
    CHECK(db->execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db->execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(db->execAndGet("PRAGMA synchronous").getInt() == 2); // FULL
    CHECK(db->execAndGet("PRAGMA busy_timeout").getInt() == 1234);
    CHECK(db->execAndGet("PRAGMA page_size").getInt() == sqlite::kPageSize);
    CHECK(db->execAndGet("PRAGMA cache_size").getInt() == -kDefaultPageCacheKiB); // KiB
    // A connection that only reads keeps a smaller cache when asked to.
    CHECK(
        sqlite::openForWriting(path, false, 1234, 8192)->execAndGet("PRAGMA cache_size").getInt() ==
        -8192);
    CHECK_THROWS_AS(db->exec("INSERT INTO ledger_entries (card_id, kind, amount_fen, date,"
                             " operator, recorded_at) VALUES (99, 'charge', 1, '2024-01-01',"
                             " 'x', '2024-01-01T00:00:00.000Z')"),
                    SQLite::Exception);
}

TEST_CASE("Opening a migrated file again changes nothing and keeps the data")
{
    StoreFixture fixture;
    const Card card = insertOne(fixture.store(), sampleCard(1));
    fixture.close();
    fixture.reopen();

    CHECK(*schemaVersionOf(fixture.path()) == latestSchemaVersion());
    CHECK(fixture.store().cardById(card.id) == card);
    CHECK(fixture.store().carrierProfiles().size() == kAllCarriers.size());
    CHECK(fixture.store().auditOf(std::nullopt).size() == 1);
    CHECK(backupsIn(fixture.dir()).isEmpty());
}

TEST_CASE("A file from a newer SimFleet is refused and left byte for byte as it was")
{
    StoreFixture fixture;
    insertOne(fixture.store(), sampleCard(1));
    fixture.close();
    {
        SQLite::Database db = fixture.raw();
        db.exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1));
    } // the last connection closing checkpoints the WAL into the file
    const QByteArray before = fileBytes(fixture.path());

    auto opened = openSqliteStore(fixture.path(), fixture.clock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StorageNewerSchema);
    CHECK(categoryOf(opened.error().code) == ErrorCategory::Storage);
    CHECK(fileBytes(fixture.path()) == before);
    CHECK(backupsIn(fixture.dir()).isEmpty());
    CHECK(*schemaVersionOf(fixture.path()) == latestSchemaVersion() + 1);
}

TEST_CASE("A file that is not a SimFleet database is refused and left alone")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("iccid,msisdn\n").repeated(400));
        file.close();
        const QByteArray before = fileBytes(path);

        auto opened = openSqliteStore(path, clock);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::StorageNotADatabase);
        CHECK(schemaVersionOf(path).error().code == ErrorCode::StorageNotADatabase);
        CHECK(fileBytes(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            SQLite::Database other(path.toStdString(),
                                   SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            other.exec("CREATE TABLE bookmarks (url TEXT)");
        }
        const QByteArray before = fileBytes(path);

        auto opened = openSqliteStore(path, clock);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::StorageNotADatabase);
        CHECK(fileBytes(path) == before);
        CHECK(backupsIn(dir.path()).isEmpty());
    }
}

TEST_CASE("A missing file is not created when creation is off")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("absent.db"));
    StoreOpenOptions options;
    options.createIfMissing = false;

    auto opened = openSqliteStore(path, clock, options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error() == Error{ErrorCode::StorageMissing, QDir::toNativeSeparators(path), 0});
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(schemaVersionOf(path).error().code == ErrorCode::StorageCannotOpen);
}

TEST_CASE("An older database is backed up with its data before it is migrated")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    createAtVersion(path, 1);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO cards (iccid, msisdn, carrier, state)"
                " VALUES ('89860000000000000017', '13800000001', 'cmcc', 'active')");
    }
    REQUIRE(*schemaVersionOf(path) == 1);

    SECTION("by default")
    {
        auto opened = openSqliteStore(path, clock);
        REQUIRE(opened.ok());
        CHECK((*opened)->cardByIccid(QStringLiteral("89860000000000000017")).has_value());
        CHECK(*schemaVersionOf(path) == latestSchemaVersion());

        // NAME.bak-vVERSION-UTC time of the clock.
        const QString backup = path + QStringLiteral(".bak-v1-20240517023015");
        REQUIRE(backupsIn(dir.path()) == QStringList{QFileInfo(backup).fileName()});
        CHECK(*schemaVersionOf(backup) == 1);
        SQLite::Database copy(backup.toStdString(), SQLite::OPEN_READONLY);
        CHECK(copy.execAndGet("SELECT msisdn FROM cards").getString() == "13800000001");
    }
    SECTION("unless the caller turns backups off")
    {
        StoreOpenOptions options;
        options.backupBeforeMigrate = false;
        REQUIRE(openSqliteStore(path, clock, options).ok());
        CHECK(*schemaVersionOf(path) == latestSchemaVersion());
        CHECK(backupsIn(dir.path()).isEmpty());
    }
}

TEST_CASE("Version 4 leaves the cards table only the indexes that enforce a rule or find a card")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    createAtVersion(path, 3);
    const auto cardIndexes = [&path] {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'index'"
                                   " AND tbl_name = 'cards' ORDER BY name");
        QStringList names;
        while (list.executeStep())
            names.append(QString::fromStdString(list.getColumn(0).getString()));
        return names;
    };
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO cards (iccid, msisdn, carrier, state, department)"
                " VALUES ('89860000000000000017', '13800000001', 'cmcc', 'active', 'Sales')");
    }
    REQUIRE(cardIndexes().contains(QStringLiteral("cards_by_department")));

    auto opened = openSqliteStore(path, clock);
    REQUIRE(opened.ok());
    // The two unique indexes over iccid and msisdn (named since version 11) are all that is
    // left, beside the small partial ones of version 8 over the few cards in credit, in
    // cancellation or lost, and version 9's over the cards held under people's IDs.
    const QStringList left = cardIndexes();
    CHECK(left.size() == 8);
    for (const char* partial :
         {"cards_iccid", "cards_msisdn", "cards_in_credit", "cards_cleared_owing",
          "cards_requested", "cards_confirmed", "cards_lost", "cards_exposed"})
        CHECK(left.contains(QLatin1String(partial)));
    CardFilter sales;
    sales.department = QStringLiteral("Sales");
    CHECK((*opened)->countCards(sales) == 1);
    CHECK((*opened)->cardByMsisdn(QStringLiteral("13800000001")).has_value());
}

TEST_CASE("An existing file keeps its page size; only a new file gets SimFleet's")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA page_size=4096");
        db.exec("CREATE TABLE cards_before_simfleet (x)");
    }
    auto db = sqlite::openForWriting(path, false, 1000);
    CHECK(db->execAndGet("PRAGMA page_size").getInt() == 4096);
    CHECK(db->execAndGet("SELECT count(*) FROM cards_before_simfleet").getInt() == 0);
}

TEST_CASE("Backup names never overwrite an earlier backup")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    const QString first = sqlite::backupPathFor(path, 3, fixedNow());
    QFile taken(first);
    REQUIRE(taken.open(QIODevice::WriteOnly));
    taken.close();
    CHECK(sqlite::backupPathFor(path, 3, fixedNow()) == first + QStringLiteral("-2"));
}

TEST_CASE("The embedded migrations are numbered from 1 without gaps")
{
    const auto& migrations = sqlite::bundledMigrations();
    REQUIRE(static_cast<int>(migrations.size()) == latestSchemaVersion());
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        CHECK(migrations[i].version == static_cast<int>(i) + 1);
        CHECK_FALSE(migrations[i].sql.isEmpty());
    }
}

TEST_CASE("The four carriers' profiles are seeded and can be edited")
{
    StoreFixture fixture;
    const auto profiles = fixture.store().carrierProfiles();
    REQUIRE(profiles.size() == 4);
    const QStringList hotlines{QStringLiteral("10086"), QStringLiteral("10010"),
                               QStringLiteral("10000"), QStringLiteral("10099")};
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        CHECK(profiles[i].carrier == kAllCarriers[i]);
        CHECK(profiles[i].hotline == hotlines[static_cast<qsizetype>(i)]);
        CHECK(profiles[i].name.contains(carrierChineseName(kAllCarriers[i])));
        CHECK(profiles[i].channels.size() == kAllChannels.size());
        CHECK(profiles[i].materials.contains(QStringLiteral("营业执照复印件加盖公章")));
        CHECK(profiles[i].typicalProcessingDays > 0);
        CHECK_FALSE(profiles[i].requiresFullHolderData);
    }

    CarrierProfile edited = fixture.store().carrierProfile(Carrier::Cucc);
    edited.typicalProcessingDays = 21;
    edited.materials.append(QStringLiteral("集团客户证明"));
    edited.channels = {Channel::CarrierHall};
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.saveCarrierProfile(edited);
                           return {};
                       })
                .ok());
    fixture.reopen();
    CHECK(fixture.store().carrierProfile(Carrier::Cucc) == edited);
    CHECK(fixture.store().carrierProfile(Carrier::Cmcc) == profiles[0]);
}

TEST_CASE("Version 5 drops the stored previous hash and the chain still verifies")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    createAtVersion(path, 4);
    // Three rows as version 4 wrote them, previous hash and all.
    const std::vector<AuditEvent> written = chainedEvents(3);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        for (const AuditEvent& event : written) {
            SQLite::Statement insert(db, "INSERT INTO audit_log (seq, at_utc, operator, action,"
                                         " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, event.seq);
            insert.bind(2, event.atUtc.toString(Qt::ISODateWithMs).toStdString());
            insert.bind(3, "alice");
            insert.bind(4, "holder-unmasked");
            insert.bind(5, QStringLiteral("{\"n\":%1}").arg(event.seq).toStdString());
            insert.bind(6, event.prevHash.toStdString());
            insert.bind(7, event.hash.toStdString());
            insert.exec();
        }
    }

    auto opened = openSqliteStore(path, clock);
    REQUIRE(opened.ok());
    CHECK_FALSE(firstBreakIn(readBack(**opened, written)).has_value());
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT count(*) FROM pragma_table_info('audit_log')"
                        " WHERE name = 'prev_hash'")
              .getInt() == 0);
}

TEST_CASE("Version 6 stores audit hashes as 32 bytes; the chain verifies and cards stay put")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    createAtVersion(path, 5);
    // A card, and four rows as version 5 wrote them: three chained, then one whose hash was
    // changed behind SimFleet's back into something that is not a hash at all.
    const QString iccid = QStringLiteral("89860000000000000001");
    std::vector<AuditEvent> written = chainedEvents(4, 1, iccid);
    written[3].hash = "not-a-hash";
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO cards (id, iccid, carrier, state)"
                " VALUES (1, '89860000000000000001', 'cmcc', 'active')");
        for (const AuditEvent& event : written) {
            SQLite::Statement insert(db, "INSERT INTO audit_log (seq, at_utc, operator, card_id,"
                                         " iccid, action, details, hash)"
                                         " VALUES (?, ?, ?, 1, ?, ?, ?, ?)");
            insert.bind(1, event.seq);
            insert.bind(2, event.atUtc.toString(Qt::ISODateWithMs).toStdString());
            insert.bind(3, "alice");
            insert.bind(4, iccid.toStdString());
            insert.bind(5, "holder-unmasked");
            insert.bind(6, QStringLiteral("{\"n\":%1}").arg(event.seq).toStdString());
            insert.bind(7, event.hash.toStdString());
            insert.exec();
        }
    }

    {
        auto opened = openSqliteStore(path, clock);
        REQUIRE(opened.ok());
        const std::optional<AuditBreak> found = firstBreakIn(readBack(**opened, written));
        REQUIRE(found.has_value());
        CHECK(found->seq == 4);
        CHECK(found->kind == AuditBreak::Kind::HashMismatch);
        CHECK((*opened)->auditHeadHash() == QByteArray("not-a-hash"));
    }

    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
    CHECK(db.execAndGet("SELECT count(*) FROM audit_log WHERE typeof(hash) = 'blob'"
                        " AND length(hash) = 32")
              .getInt() == 3);
    CHECK(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_list('audit_log')").getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'audit_log_by_card'")
              .getInt() == 1);
    CHECK_THROWS_WITH(db.exec("DELETE FROM cards"), Catch::Contains("never deleted"));
    CHECK_THROWS_WITH(db.exec("UPDATE audit_log SET operator = 'mallory'"),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM audit_log"), Catch::Contains("append-only"));
}

TEST_CASE("Version 7 adds the declared home area; a version 6 file's cards keep the number's")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    createAtVersion(path, 6);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO cards (id, iccid, msisdn, carrier, state, home_area, version)"
                " VALUES (1, '89860000000000000017', '13800000001', 'cmcc', 'active',"
                " '北京市', 3)");
    }

    auto opened = openSqliteStore(path, clock);
    REQUIRE(opened.ok());
    CHECK(*schemaVersionOf(path) == latestSchemaVersion());
    Store& store = **opened;
    std::optional<Card> card = store.cardById(1);
    REQUIRE(card.has_value());
    CHECK(card->numberHomeArea == QStringLiteral("北京市"));
    CHECK(card->declaredHomeArea.isEmpty());
    CHECK(card->homeArea() == QStringLiteral("北京市"));
    CHECK(card->version == 3);

    // The migrated card takes a declared home area, and filters then go by it.
    card->declaredHomeArea = QStringLiteral("上海市");
    REQUIRE(store
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.updateCard(*card, created());
                           return {};
                       })
                .ok());
    CHECK(store.cardById(1)->homeArea() == QStringLiteral("上海市"));
    CHECK(store.cardById(1)->numberHomeArea == QStringLiteral("北京市"));
    CardFilter shanghai;
    shanghai.homeArea = QStringLiteral("上海市");
    CHECK(store.countCards(shanghai) == 1);
    CardFilter beijing;
    beijing.homeArea = QStringLiteral("北京市");
    CHECK(store.countCards(beijing) == 0);
}

TEST_CASE("An empty file is not taken for an empty fleet, nor a folder for a database")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    StoreOpenOptions reading;
    reading.createIfMissing = false;
    auto opened = openSqliteStore(empty, clock, reading);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StorageMissing);
    CHECK(QFileInfo(empty).size() == 0);
    CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));

    // Creating may start from the empty file.
    auto created = openSqliteStore(empty, clock);
    REQUIRE(created.ok());
    CHECK(QFileInfo(empty).size() > 0);

    auto folder = openSqliteStore(dir.path(), clock);
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error() ==
          Error{ErrorCode::StorageIsFolder, QDir::toNativeSeparators(dir.path()), 0});
}

TEST_CASE("Version 10 lets the log record a ledger import, and still no action it does not know")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    createAtVersion(path, 9);
    const auto insertAction = [&path](const char* action) {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        try {
            db.exec(std::string("INSERT INTO audit_log (at_utc, operator, action, hash) VALUES "
                                "('2026-01-01T00:00:00.000Z', 'x', '") +
                    action + "', X'00')");
            db.exec("DELETE FROM audit_log"); // trigger: only to be sure it got in
            return true;
        } catch (const SQLite::Exception& refused) {
            return std::string(refused.what()).find("append-only") != std::string::npos;
        }
    };
    CHECK_FALSE(insertAction("ledger-imported"));

    {
        auto opened = openSqliteStore(path, clock);
        REQUIRE(opened.ok());
    } // closed: the connections below read the new definition from the file
    CHECK(*schemaVersionOf(path) == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 10);
    CHECK(insertAction("ledger-imported"));
    CHECK(insertAction("packet-included"));
    CHECK_FALSE(insertAction("card-burned"));
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA quick_check").getString() == "ok");
}

TEST_CASE("Version 11 names the indexes behind the unique numbers; a file with bills keeps all")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    createAtVersion(path, 10);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)"
                " INSERT INTO cards (iccid, msisdn, carrier, state, balance_fen)"
                " SELECT printf('898600%014d', i), CASE WHEN i % 7 = 0 THEN NULL"
                " ELSE printf('138%08d', i) END, 'cmcc', 'active', 100 FROM n");
        db.exec("INSERT INTO ledger_entries (card_id, kind, amount_fen, date, operator,"
                " recorded_at) SELECT id, 'charge', 100, '2026-01-01', 'x',"
                " '2026-01-01T00:00:00.000Z' FROM cards");
    }
    const auto snapshot = [&path](const char* sql) {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        return rowsAsText(db, sql);
    };
    const auto cardsBefore = snapshot("SELECT * FROM cards ORDER BY id");
    const auto entriesBefore = snapshot("SELECT * FROM ledger_entries ORDER BY id");
    REQUIRE(cardsBefore.size() == 300);

    {
        auto opened = openSqliteStore(path, clock);
        REQUIRE(opened.ok());
        CHECK((*opened)->cardByMsisdn(QStringLiteral("13800000005"))->iccid ==
              QStringLiteral("89860000000000000005"));
    } // closed: the connection below reads the new definitions from the file
    CHECK(*schemaVersionOf(path) == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 11);
    CHECK(snapshot("SELECT * FROM cards ORDER BY id") == cardsBefore);
    CHECK(snapshot("SELECT * FROM ledger_entries ORDER BY id") == entriesBefore);
    // The same b-trees under their new names, each unique over its column alone, and no
    // automatic index left.
    CHECK(snapshot("SELECT name, \"unique\", origin FROM pragma_index_list('cards')"
                   " WHERE name IN ('cards_iccid', 'cards_msisdn') ORDER BY name") ==
          std::vector<std::string>{"cards_iccid|1|c|", "cards_msisdn|1|c|"});
    CHECK(snapshot("SELECT name FROM pragma_index_info('cards_iccid')") ==
          std::vector<std::string>{"iccid|"});
    CHECK(snapshot("SELECT name FROM pragma_index_info('cards_msisdn')") ==
          std::vector<std::string>{"msisdn|"});
    CHECK(snapshot("SELECT name FROM pragma_index_list('cards') WHERE origin = 'u'").empty());
    CHECK(snapshot("SELECT count(*) FROM cards INDEXED BY cards_msisdn WHERE msisdn > ''") ==
          std::vector<std::string>{"258|"});
    CHECK(snapshot("PRAGMA integrity_check") == std::vector<std::string>{"ok|"});

    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
    const auto refusal = [&db](const char* iccid, const char* msisdn) -> std::string {
        try {
            db.exec(std::string("INSERT INTO cards (iccid, msisdn, carrier, state) VALUES ('") +
                    iccid + "', " + msisdn + ", 'cmcc', 'active')");
            return {};
        } catch (const SQLite::Exception& refused) {
            return refused.what();
        }
    };
    CHECK(refusal("89860000000000000001", "'13900000001'") ==
          "UNIQUE constraint failed: cards.iccid");
    CHECK(refusal("89860000000000009999", "'13800000001'") ==
          "UNIQUE constraint failed: cards.msisdn");
    CHECK(refusal("89860000000000009999", "NULL").empty()); // unknown numbers still repeat
}
