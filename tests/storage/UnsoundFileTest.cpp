// SPDX-License-Identifier: GPL-3.0-or-later
// Databases that are not what they seem: damaged pages, read-only files, another program's file.
#include "DatabaseFile.h"
#include "NewFileJournal.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

// Every file in the folder, so a test can tell that nothing appeared beside the database.
QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

// A closed database holding enough cards to fill many pages.
void fillWithCards(StoreFixture& fixture, int count)
{
    std::vector<Card> cards;
    for (int n = 1; n <= count; ++n)
        cards.push_back(sampleCard(n));
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.insertCards(cards, created());
                           return {};
                       })
                .ok());
    fixture.close(); // the last connection folds the WAL into the file and removes it
}

// Overwrites two whole pages in the middle of the file with garbage, as a failing disk or an
// interrupted copy would.
void damageMiddlePages(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / sqlite::kPageSize;
    REQUIRE(pages >= 6);
    REQUIRE(file.seek((pages / 2) * sqlite::kPageSize));
    REQUIRE(file.write(QByteArray(2 * sqlite::kPageSize, '\xA5')) == 2 * sqlite::kPageSize);
}

// Enough cards for a file past the size up to which a file is checked at once.
constexpr int kCardsPastNewFileSize = 12000;

// The pages holding the leaves of a table or an index, in key order.
std::vector<qint64> leafPagesOf(const QString& path, const char* name)
{
    auto db = sqlite::openForReading(path);
    SQLite::Statement pages(*db, "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'"
                                 " ORDER BY path");
    pages.bind(1, name);
    std::vector<qint64> found;
    while (pages.executeStep())
        found.push_back(pages.getColumn(0).getInt64());
    return found;
}

// Overwrites one whole page with garbage.
void damagePage(const QString& path, qint64 page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * sqlite::kPageSize));
    REQUIRE(file.write(QByteArray(sqlite::kPageSize, '\xA5')) == sqlite::kPageSize);
}

// The first card moves to another state, as one card of a transition batch.
Status moveFirstCard(Store& store)
{
    return store.write(QStringLiteral("alice"), [](StoreWriter& writer) -> Status {
        Card card = writer.cardById(1).value();
        const CardState from = card.state;
        card.state = from == CardState::Void ? CardState::Active : CardState::Void;
        card.stateSince = fixedNow();
        writer.updateCard(card, AuditDraft{AuditAction::StateChanged, from, card.state, {}});
        return {};
    });
}

StoreOpenOptions checkingCardChanges()
{
    StoreOpenOptions options;
    options.checkSoundAlongside = true;
    options.checkScope = SoundCheckScope::CardChanges;
    return options;
}

void setUserVersion(const QString& path, int version)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

} // namespace

TEST_CASE("A damaged database is refused before any bulk write or migration, byte for byte")
{
    StoreFixture fixture;
    fillWithCards(fixture, 3000);
    REQUIRE(checkStore(fixture.path()).ok()); // sound until damaged
    damageMiddlePages(fixture.path());
    const QByteArray before = fileBytes(fixture.path());
    const QStringList filesBefore = filesIn(fixture.dir());

    SECTION("checked on demand")
    {
        const Status checked = checkStore(fixture.path());
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().code == ErrorCode::StorageDamaged);
        CHECK_FALSE(checked.error().detail.isEmpty()); // what the check found
    }
    SECTION("opened for a bulk write")
    {
        StoreOpenOptions options;
        options.checkSound = true;
        const auto opened = openSqliteStore(fixture.path(), fixture.clock(), options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::StorageDamaged);
        CHECK(categoryOf(opened.error().code) == ErrorCategory::Storage);
    }
    SECTION("opened for a batch write checked alongside, when as small as a new file: checked "
            "at once")
    {
        REQUIRE(QFileInfo(fixture.path()).size() <= sqlite::NewFileJournal::kNewFileBytes);
        StoreOpenOptions options;
        options.checkSoundAlongside = true;
        const auto opened = openSqliteStore(fixture.path(), fixture.clock(), options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::StorageDamaged);
    }
    SECTION("opened to be migrated")
    {
        setUserVersion(fixture.path(), latestSchemaVersion() - 1);
        const QByteArray older = fileBytes(fixture.path());
        const auto opened = openSqliteStore(fixture.path(), fixture.clock());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::StorageDamaged);
        CHECK(fileBytes(fixture.path()) == older);
        CHECK(filesIn(fixture.dir()) == filesBefore); // no backup of a damaged file either
        return;
    }
    CHECK(fileBytes(fixture.path()) == before);
    CHECK(filesIn(fixture.dir()) == filesBefore); // no -wal, -shm or -journal left beside it
}

TEST_CASE("The newest automatic backup is found beside the database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.db"));
    CHECK(newestBackupOf(path).isEmpty());
    const auto touch = [](const QString& name, const QDateTime& when) {
        QFile file(name);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("x");
        REQUIRE(file.flush()); // else closing writes, and stamps the file now
        REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
    };
    touch(path + QStringLiteral(".bak-v3-20240101000000"), fixedNow().addDays(-30));
    touch(path + QStringLiteral(".bak-v5-20240510000000"), fixedNow().addDays(-7));
    touch(dir.filePath(QStringLiteral("other.db.bak-v6-20240517000000")), fixedNow());
    CHECK(newestBackupOf(path) ==
          QDir::toNativeSeparators(path + QStringLiteral(".bak-v5-20240510000000")));
}

TEST_CASE("Reading a store that may not be written: reads work, writes are refused plainly")
{
    using sqlite::Opening;
    SECTION("the way in follows what the file system allows")
    {
        const sqlite::FileFacts writable{true, true, false};
        const sqlite::FileFacts readOnlyFile{false, true, false};
        const sqlite::FileFacts readOnlyFolder{true, false, false};
        const sqlite::FileFacts readOnlyFolderInUse{true, false, true};

        CHECK(*sqlite::chooseOpening(writable, StoreAccess::ReadWrite) == Opening::ReadWrite);
        CHECK(*sqlite::chooseOpening(writable, StoreAccess::ReadWriteIfAllowed) ==
              Opening::ReadWrite);
        CHECK(*sqlite::chooseOpening(writable, StoreAccess::ReadOnly) == Opening::Immutable);
        for (const auto& facts : {readOnlyFile, readOnlyFolder, readOnlyFolderInUse}) {
            const auto refused = sqlite::chooseOpening(facts, StoreAccess::ReadWrite);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::StorageReadOnly);
        }
        // Without a -wal file the main file holds everything: read it alone and make nothing
        // beside it (SQLite cannot make -shm in a read-only folder anyway).
        CHECK(*sqlite::chooseOpening(readOnlyFile, StoreAccess::ReadWriteIfAllowed) ==
              Opening::Immutable);
        CHECK(*sqlite::chooseOpening(readOnlyFolder, StoreAccess::ReadWriteIfAllowed) ==
              Opening::Immutable);
        // A writer has it open: share its companions to see what it committed.
        CHECK(*sqlite::chooseOpening(readOnlyFolderInUse, StoreAccess::ReadWriteIfAllowed) ==
              Opening::ReadOnly);
    }
    SECTION("a store opened for reading reads, refuses writes and leaves no file behind")
    {
        StoreFixture fixture;
        fillWithCards(fixture, 10);
        const QByteArray before = fileBytes(fixture.path());
        const QStringList filesBefore = filesIn(fixture.dir());
        {
            StoreOpenOptions options;
            options.access = StoreAccess::ReadOnly;
            auto opened = openSqliteStore(fixture.path(), fixture.clock(), options);
            REQUIRE(opened.ok());
            Store& store = **opened;
            CHECK(store.countCards(CardFilter{}) == 10);
            const Status write = store.write(QStringLiteral("alice"), [](StoreWriter& writer) {
                writer.insertCard(sampleCard(99), created());
                return Status{};
            });
            REQUIRE_FALSE(write.ok());
            CHECK(write.error().code == ErrorCode::StorageReadOnly);
            CHECK(write.error().detail == QDir::toNativeSeparators(fixture.path()));
            CHECK(filesIn(fixture.dir()) == filesBefore);
        }
        CHECK(fileBytes(fixture.path()) == before);
        CHECK(filesIn(fixture.dir()) == filesBefore);
    }
    SECTION("an older schema cannot be read without the migration it may not make")
    {
        StoreFixture fixture;
        fillWithCards(fixture, 1);
        setUserVersion(fixture.path(), latestSchemaVersion() - 1);
        StoreOpenOptions options;
        options.access = StoreAccess::ReadOnly;
        const auto opened = openSqliteStore(fixture.path(), fixture.clock(), options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::StorageReadOnly);
    }
    SECTION("a write-protected folder, as the operating system enforces it")
    {
        // Root writes wherever it likes, so only an ordinary user sees the protection; the
        // decisions above hold for everyone.
        if (::geteuid() == 0) {
            WARN("running as root: the write-protected folder cannot be tested for real");
            return;
        }
        StoreFixture fixture;
        fillWithCards(fixture, 5);
        const QFileDevice::Permissions open = QFile::permissions(fixture.dir());
        REQUIRE(
            QFile::setPermissions(fixture.dir(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        StoreOpenOptions reading;
        reading.access = StoreAccess::ReadWriteIfAllowed;
        reading.createIfMissing = false;
        auto opened = openSqliteStore(fixture.path(), fixture.clock(), reading);
        const auto refused = openSqliteStore(fixture.path(), fixture.clock());
        const QStringList files = filesIn(fixture.dir());
        QFile::setPermissions(fixture.dir(), open);
        REQUIRE(opened.ok());
        CHECK((*opened)->countCards(CardFilter{}) == 5);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::StorageReadOnly);
        CHECK(files == QStringList{QStringLiteral("simfleet.db")});
    }
}

TEST_CASE("Another program's database and a file that is not SQLite are each named once")
{
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        SQLite::Database db(other.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE bookmarks (url TEXT)");
    }
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("minutes of the weekly meeting\n").repeated(200));
    }
    for (const QString& path : {other, text}) {
        const auto opened = openSqliteStore(path, clock);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error() ==
              Error{ErrorCode::StorageNotADatabase, QDir::toNativeSeparators(path), 0});
        CHECK(schemaVersionOf(path).error() == opened.error());
        CHECK(checkStore(path).error() == opened.error());
    }
}

TEST_CASE("A damaged database past a new file's size is checked alongside a batch write, which "
          "is rolled back")
{
    StoreFixture fixture;
    fillWithCards(fixture, kCardsPastNewFileSize);
    REQUIRE(QFileInfo(fixture.path()).size() > sqlite::NewFileJournal::kNewFileBytes);
    damageMiddlePages(fixture.path());
    const QByteArray before = fileBytes(fixture.path());
    const QStringList filesBefore = filesIn(fixture.dir());
    {
        StoreOpenOptions options;
        options.checkSoundAlongside = true;
        auto opened = openSqliteStore(fixture.path(), fixture.clock(), options);
        REQUIRE(opened.ok()); // the check has not held up the opening
        const Status written =
            (*opened)->write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
                writer.insertCard(sampleCard(90001), created());
                return {};
            });
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().code == ErrorCode::StorageDamaged);
        CHECK_FALSE(written.error().detail.isEmpty());
    }
    CHECK(fileBytes(fixture.path()) == before);
    CHECK(filesIn(fixture.dir()) == filesBefore);
}

TEST_CASE("A sound database checked alongside a batch commits the batch")
{
    StoreFixture fixture;
    fillWithCards(fixture, kCardsPastNewFileSize);
    StoreOpenOptions options;
    options.checkSoundAlongside = true;
    auto opened = openSqliteStore(fixture.path(), fixture.clock(), options);
    REQUIRE(opened.ok());
    for (int serial : {90001, 90002}) { // the second write reuses the first verdict
        const Status written =
            (*opened)->write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
                writer.insertCard(sampleCard(serial), created());
                return {};
            });
        REQUIRE(written.ok());
    }
    CHECK((*opened)->countCards(CardFilter{}) == kCardsPastNewFileSize + 2);
}

TEST_CASE("A batch of card changes is refused, byte for byte, on damage in what it rewrites")
{
    StoreFixture fixture;
    fillWithCards(fixture, kCardsPastNewFileSize); // checked beside the batch, not at opening
    // A page the batch itself never reads: the last cards, the last numbers' ICCIDs. Only the
    // check beside it can find the damage.
    const char* damaged = GENERATE("cards", "cards_iccid");
    INFO(damaged);
    const std::vector<qint64> leaves = leafPagesOf(fixture.path(), damaged);
    REQUIRE(leaves.size() >= 2);
    damagePage(fixture.path(), leaves.back());
    const QByteArray before = fileBytes(fixture.path());
    const QStringList filesBefore = filesIn(fixture.dir());
    {
        auto opened = openSqliteStore(fixture.path(), fixture.clock(), checkingCardChanges());
        REQUIRE(opened.ok());
        const Status moved = moveFirstCard(**opened);
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().code == ErrorCode::StorageDamaged);
        CHECK_FALSE(moved.error().detail.isEmpty());
    }
    CHECK(fileBytes(fixture.path()) == before);
    CHECK(filesIn(fixture.dir()) == filesBefore);
}

TEST_CASE("A batch of card changes does not check the audit log it appends to: damage in the "
          "log's older rows is left to the whole-file check")
{
    StoreFixture fixture;
    fillWithCards(fixture, kCardsPastNewFileSize);
    // A page of older rows: the batch reads and writes the log only at its end.
    const std::vector<qint64> leaves = leafPagesOf(fixture.path(), "audit_log");
    REQUIRE(leaves.size() >= 3);
    damagePage(fixture.path(), leaves[leaves.size() / 2]);
    {
        auto opened = openSqliteStore(fixture.path(), fixture.clock(), checkingCardChanges());
        REQUIRE(opened.ok());
        REQUIRE(moveFirstCard(**opened).ok()); // what this batch rewrites is sound
        CHECK((*opened)->cardById(1)->state == CardState::Void);
    }
    // The whole-file check, as `check` and the imports run it, still finds the damage.
    const Status checked = checkStore(fixture.path());
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::StorageDamaged);
    StoreOpenOptions importing;
    importing.checkSoundAlongside = true;
    auto opened = openSqliteStore(fixture.path(), fixture.clock(), importing);
    REQUIRE(opened.ok());
    const Status imported = (*opened)->write(QStringLiteral("alice"), [](StoreWriter& writer) {
        writer.insertCard(sampleCard(9001), created());
        return Status{};
    });
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::StorageDamaged);
}
