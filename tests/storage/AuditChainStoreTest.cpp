// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

AuditChainVerifier verifyStored(Store& store)
{
    AuditChainVerifier verifier;
    store.forEachAuditEvent([&](const AuditEvent& event) { verifier.feed(event); });
    return verifier;
}

// A few transactions from two operators at different times, touching several cards.
void writeHistory(StoreFixture& fixture)
{
    for (int n = 0; n < 4; ++n) {
        fixture.clock().advanceDays(1);
        const Status status = fixture.store().write(
            n % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bob"),
            [&](StoreWriter& writer) -> Status {
                const CardId id = writer.insertCard(sampleCard(n), created());
                writer.postLedgerEntry(
                    entry(id, EntryKind::Charge, 1000 + n, QDate(2024, 4, n + 1)), posted());
                Card card = *writer.cardById(id);
                card.lost = true;
                AuditDraft lost;
                lost.action = AuditAction::LostFlagSet;
                lost.details =
                    QJsonObject{{QStringLiteral("note"), QStringLiteral("丢失 #%1").arg(n)}};
                writer.updateCard(card, lost);
                return {};
            });
        REQUIRE(status.ok());
    }
}

} // namespace

TEST_CASE("The chain the store writes verifies from the first row to the head")
{
    StoreFixture fixture;
    writeHistory(fixture);
    fixture.reopen(); // the head is read back from the file, not remembered

    const AuditChainVerifier verifier = verifyStored(fixture.store());
    CHECK_FALSE(verifier.firstBreak().has_value());
    CHECK(verifier.rowsChecked() == 12);
    CHECK(verifier.headHash() == fixture.store().auditHeadHash());

    const auto events = fixture.store().auditOf(std::nullopt);
    REQUIRE(events.size() == 12);
    CHECK(events[0].atUtc == fixedNow().addDays(1));
    CHECK(events[11].atUtc == fixedNow().addDays(4));
}

TEST_CASE("A row altered behind the store's back breaks the chain at that row")
{
    StoreFixture fixture;
    writeHistory(fixture);
    SQLite::Database db = fixture.raw();
    db.exec("DROP TRIGGER audit_log_no_update");

    SECTION("a changed field")
    {
        db.exec("UPDATE audit_log SET operator = 'mallory' WHERE seq = 5");
        const auto found = verifyStored(fixture.store()).firstBreak();
        REQUIRE(found.has_value());
        CHECK(found->seq == 5);
        CHECK(found->kind == AuditBreak::Kind::HashMismatch);
    }
    SECTION("a row rewritten with a freshly computed hash")
    {
        AuditEvent forged = fixture.store().auditOf(std::nullopt).at(6);
        forged.details = QJsonObject{{QStringLiteral("note"), QStringLiteral("nothing happened")}};
        forged.hash = computeAuditHash(forged);
        SQLite::Statement update(db, "UPDATE audit_log SET details = ?, hash = ? WHERE seq = ?");
        update.bind(1, std::string(R"({"note":"nothing happened"})"));
        const QByteArray hashBytes = QByteArray::fromHex(forged.hash);
        update.bind(2, hashBytes.constData(), static_cast<int>(hashBytes.size()));
        update.bind(3, forged.seq);
        update.exec();

        const auto found = verifyStored(fixture.store()).firstBreak();
        REQUIRE(found.has_value());
        // The next row's hash was computed over the real hash of the row before it.
        CHECK(found->seq == forged.seq + 1);
        CHECK(found->kind == AuditBreak::Kind::HashMismatch);
    }
    SECTION("a row removed")
    {
        db.exec("DROP TRIGGER audit_log_no_delete");
        db.exec("DELETE FROM audit_log WHERE seq = 7");
        const auto found = verifyStored(fixture.store()).firstBreak();
        REQUIRE(found.has_value());
        CHECK(found->seq == 8);
    }
}

namespace {

std::vector<std::int64_t> seqs(const std::vector<AuditEvent>& events)
{
    std::vector<std::int64_t> numbers;
    for (const AuditEvent& event : events)
        numbers.push_back(event.seq);
    return numbers;
}

// Card n's creation, in a transaction of its own.
void insertCards(Store& store, int first, int count)
{
    for (int n = first; n < first + count; ++n)
        insertOne(store, sampleCard(n));
}

} // namespace

TEST_CASE("The history reads page by page, newest first, with its count")
{
    StoreFixture fixture;
    Store& store = fixture.store();
    CHECK(store.auditCount() == 0);
    CHECK(store.auditNewestFirst(0, 10).empty());

    writeHistory(fixture);
    const auto all = store.auditOf(std::nullopt);
    REQUIRE(all.size() == 12);
    CHECK(store.auditCount() == 12);

    // The newest page is read as the whole history reads it: same rows, same chain links.
    const auto newest = store.auditNewestFirst(0, 5);
    REQUIRE(seqs(newest) == std::vector<std::int64_t>{12, 11, 10, 9, 8});
    for (std::size_t i = 0; i < newest.size(); ++i) {
        const AuditEvent& expected = all[all.size() - 1 - i];
        CHECK(newest[i].hash == expected.hash);
        CHECK(newest[i].prevHash == expected.prevHash);
        CHECK(newest[i].operatorName == expected.operatorName);
        CHECK(newest[i].atUtc == expected.atUtc);
        CHECK(newest[i].details == expected.details);
        CHECK(newest[i].cardId == expected.cardId);
    }
    CHECK_FALSE(newest.back().prevHash.isEmpty());

    CHECK(seqs(store.auditNewestFirst(5, 5)) == std::vector<std::int64_t>{7, 6, 5, 4, 3});
    CHECK(seqs(store.auditNewestFirst(10, 5)) == std::vector<std::int64_t>{2, 1}); // a short last
    CHECK(store.auditNewestFirst(10, 5).back().prevHash.isEmpty()); // the first has no link
    CHECK(store.auditNewestFirst(12, 5).empty());
    CHECK(store.auditNewestFirst(1000, 5).empty());
    CHECK(store.auditNewestFirst(0, 0).empty());
    CHECK(seqs(store.auditNewestFirst(-3, 2)) == std::vector<std::int64_t>{12, 11});
    CHECK(seqs(store.auditNewestFirst(9, -1)) == std::vector<std::int64_t>{3, 2, 1});
}

TEST_CASE("The history's count and pages follow the rows stored, gaps included")
{
    StoreFixture fixture;
    insertCards(fixture.store(), 1, 6);
    SQLite::Database db = fixture.raw();
    db.exec("DROP TRIGGER audit_log_no_delete");
    db.exec("DELETE FROM audit_log WHERE seq = 4");

    // Six numbers given out, five rows left: the count is of the rows.
    CHECK(fixture.store().auditCount() == 5);
    const auto page = fixture.store().auditNewestFirst(1, 3);
    REQUIRE(seqs(page) == std::vector<std::int64_t>{5, 3, 2});
    CHECK(page.front().prevHash.isEmpty()); // the row before it is gone: the chain shows the gap
    CHECK_FALSE(page[1].prevHash.isEmpty());
}

TEST_CASE("Within the transaction, the history's pages and count hold a batch's audit rows")
{
    StoreFixture fixture;
    insertOne(fixture.store(), sampleCard(1));
    std::vector<Card> batch;
    for (int n = 2; n <= 11; ++n)
        batch.push_back(sampleCard(n));

    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           const CardId first = writer.insertCards(batch, created());
                           // Read straight after the batch, before anything else stores it.
                           const auto newest = writer.auditNewestFirst(0, 3);
                           REQUIRE(seqs(newest) == std::vector<std::int64_t>{11, 10, 9});
                           CHECK(newest.front().cardId == first + 9);
                           CHECK(newest.front().hash == writer.auditHeadHash());
                           CHECK(writer.auditCount() == 11);

                           // A count alone stores a pending batch too.
                           Card another = sampleCard(12);
                           writer.insertCards(std::span(&another, 1), created());
                           CHECK(writer.auditCount() == 12);
                           const auto oldest = writer.auditNewestFirst(11, 5);
                           REQUIRE(oldest.size() == 1);
                           CHECK(oldest.front().seq == 1);
                           return {};
                       })
                .ok());
    CHECK(fixture.store().auditCount() == 12);
    CHECK(fixture.store().auditNewestFirst(0, 1).front().cardId ==
          fixture.store().cardByIccid(sampleCard(12).iccid)->id);
}
