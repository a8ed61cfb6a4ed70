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
        update.bind(2, forged.hash.toStdString());
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
