// SPDX-License-Identifier: GPL-3.0-or-later
// The check beside a batch of card changes reads the tables such a batch rewrites in place: every
// page the batch writes belongs to one of them, or to the audit log it appends to.
#include "CheckedTables.h"
#include "StorageTestSupport.h"
#include "services/LifecycleService.h"

#include <QtEndian>
#include <map>
#include <set>
#include <string>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

// The cards of sampleCard, with a charge on every tenth: a closed file whose WAL is folded in.
void fillWithCards(StoreFixture& fixture, int count)
{
    std::vector<Card> cards;
    for (int n = 1; n <= count; ++n)
        cards.push_back(sampleCard(n));
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           const CardId first = writer.insertCards(cards, created());
                           for (CardId id = first; id < first + count; id += 10)
                               writer.postLedgerEntry(
                                   entry(id, EntryKind::Charge, 5000, QDate(2024, 4, 1)), posted());
                           return {};
                       })
                .ok());
    fixture.close();
}

// The pages written to the WAL since it was made, by number (a WAL frame is a 24-byte header,
// the page number first, then the page; the file starts with a 32-byte header).
std::set<std::uint32_t> pagesInWal(const QString& databasePath)
{
    const QByteArray wal = fileBytes(databasePath + QStringLiteral("-wal"));
    REQUIRE(wal.size() > 32);
    const auto pageSize = qFromBigEndian<std::uint32_t>(wal.constData() + 8);
    const qsizetype frame = 24 + static_cast<qsizetype>(pageSize);
    std::set<std::uint32_t> pages;
    for (qsizetype at = 32; at + frame <= wal.size(); at += frame)
        pages.insert(qFromBigEndian<std::uint32_t>(wal.constData() + at));
    return pages;
}

// The table each page belongs to (an index's page to the index's table), as the store's
// committed state says, through the WAL.
std::set<std::string> tablesOf(const QString& databasePath, const std::set<std::uint32_t>& pages)
{
    SQLite::Database db(databasePath.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement owners(db, "SELECT d.pageno, coalesce(s.tbl_name, d.name) FROM dbstat d"
                                 " LEFT JOIN sqlite_schema s ON s.name = d.name");
    std::map<std::uint32_t, std::string> owner;
    while (owners.executeStep())
        owner[static_cast<std::uint32_t>(owners.getColumn(0).getInt64())] =
            owners.getColumn(1).getString();
    std::set<std::string> tables;
    for (const std::uint32_t page : pages) {
        const auto found = owner.find(page);
        tables.insert(found == owner.end() ? std::string("(a free page)") : found->second);
    }
    return tables;
}

StoreOpenOptions checkingCardChanges()
{
    StoreOpenOptions options;
    options.checkSoundAlongside = true;
    options.checkScope = SoundCheckScope::CardChanges;
    return options;
}

} // namespace

TEST_CASE("A batch of card changes writes only the tables its check reads, and the audit log")
{
    StoreFixture fixture;
    fillWithCards(fixture, 3000);
    auto opened = openSqliteStore(fixture.path(), fixture.clock(), checkingCardChanges());
    REQUIRE(opened.ok());
    Store& store = **opened;
    std::set<std::string> mustWrite{"cards", "audit_log"};

    SECTION("a transition")
    {
        std::vector<CardId> active; // with nothing owed: sampleCard makes every fifth active
        for (CardId id = 5; id <= 3000; id += 10)
            active.push_back(id);
        LifecycleService lifecycle(ServiceContext{store, fixture.clock(), QStringLiteral("bob")});
        const auto outcome = lifecycle.transition(active, TransitionRequest{});
        REQUIRE(outcome.ok());
        REQUIRE(outcome->ok());
        REQUIRE(outcome->moved.size() == active.size());
        mustWrite.insert("state_days");
    }
    SECTION("edits that move owing cards to another department")
    {
        const Status edited = store.write(QStringLiteral("bob"), [](StoreWriter& writer) -> Status {
            for (CardId id = 1; id <= 3000; id += 10) {
                Card card = writer.cardById(id).value();
                card.department = QStringLiteral("运营部");
                writer.updateCard(card, AuditDraft{AuditAction::CardEdited, {}, {}, {}});
            }
            return {};
        });
        REQUIRE(edited.ok());
        mustWrite.insert({"group_arrears", "group_owing_cards"});
    }

    // The store is still open: its WAL holds every page the batch wrote, and only those.
    const std::set<std::string> written = tablesOf(fixture.path(), pagesInWal(fixture.path()));
    std::set<std::string> checked{"audit_log"}; // appended to, checked as it is read
    for (const std::string_view table : sqlite::checkedTables(SoundCheckScope::CardChanges))
        checked.emplace(table);
    for (const std::string& table : written) {
        INFO(table);
        CHECK(checked.contains(table));
    }
    for (const std::string& table : mustWrite) {
        INFO(table);
        CHECK(written.contains(table)); // the batch did write what the test is about
    }
}
