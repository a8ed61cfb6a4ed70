// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "ports/StoreError.h"

#include <functional>

using namespace simfleet;
using namespace simfleet::storagetest;

TEST_CASE("A card and its audit row are committed together")
{
    StoreFixture fixture;
    const Card input = sampleCard(3);
    const Card stored = insertOne(fixture.store(), input);

    CHECK(stored.id > 0);
    CHECK(stored.version == 1);
    CHECK(stored.balance == Money());
    Card expected = input;
    expected.id = stored.id;
    expected.version = stored.version;
    CHECK(stored == expected);
    CHECK(fixture.store().cardByIccid(input.iccid) == stored);
    CHECK(fixture.store().cardByMsisdn(input.msisdn) == stored);

    const auto events = fixture.store().auditOf(stored.id);
    REQUIRE(events.size() == 1);
    CHECK(events[0].seq == 1);
    CHECK(events[0].action == AuditAction::CardCreated);
    CHECK(events[0].operatorName == QStringLiteral("alice"));
    CHECK(events[0].atUtc == fixedNow());
    CHECK(events[0].cardId == stored.id);
    CHECK(events[0].iccid == input.iccid);
    CHECK(events[0].toState == CardState::Active);
    CHECK_FALSE(events[0].fromState.has_value());
    CHECK(events[0].details == created().details);
    CHECK(events[0].prevHash.isEmpty());
    CHECK(events[0].hash == computeAuditHash(events[0]));
    CHECK(fixture.store().auditHeadHash() == events[0].hash);
}

TEST_CASE("A write whose work fails leaves no card and no audit row")
{
    StoreFixture fixture;
    const Card first = insertOne(fixture.store(), sampleCard(1));
    const QByteArray head = fixture.store().auditHeadHash();

    SECTION("the work returns an error")
    {
        const Status status =
            fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
                writer.insertCard(sampleCard(2), created());
                CHECK(writer.countCards({}) == 2); // the transaction sees its own insert
                return Error{ErrorCode::OwesMoney, {}, 4200};
            });
        REQUIRE_FALSE(status.ok());
        CHECK(status.error() == Error{ErrorCode::OwesMoney, {}, 4200});
    }
    SECTION("the work throws a StoreError")
    {
        const Status status =
            fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
                writer.insertCard(sampleCard(2), created());
                throw StoreError(Error{ErrorCode::StorageFailure, QStringLiteral("disk"), 0});
            });
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::StorageFailure);
    }
    SECTION("the store refuses a duplicate ICCID half-way")
    {
        const Status status =
            fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
                writer.insertCard(sampleCard(2), created());
                Card clash = sampleCard(3);
                clash.iccid = first.iccid;
                writer.insertCard(clash, created());
                return {};
            });
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::DuplicateIccid);
    }

    CHECK(fixture.store().countCards({}) == 1);
    CHECK_FALSE(fixture.store().cardByIccid(sampleCard(2).iccid).has_value());
    CHECK(fixture.store().auditOf(std::nullopt).size() == 1);
    CHECK(fixture.store().auditHeadHash() == head);

    // The store is usable afterwards and the chain continues from the committed head.
    insertOne(fixture.store(), sampleCard(2));
    const auto events = fixture.store().auditOf(std::nullopt);
    REQUIRE(events.size() == 2);
    CHECK(events[1].seq == 2);
    CHECK(events[1].prevHash == head);
}

TEST_CASE("Cards without a phone number do not clash, duplicate numbers do")
{
    StoreFixture fixture;
    Card a = sampleCard(1);
    Card b = sampleCard(2);
    a.msisdn.clear();
    b.msisdn.clear();
    insertOne(fixture.store(), a);
    CHECK(insertOne(fixture.store(), b).msisdn.isEmpty());
    CHECK_FALSE(fixture.store().cardByMsisdn(QString()).has_value());

    Card c = sampleCard(3);
    c.msisdn = sampleCard(4).msisdn;
    insertOne(fixture.store(), sampleCard(4));
    const Status status =
        fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
            writer.insertCard(c, created());
            return {};
        });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::DuplicateMsisdn);
}

TEST_CASE("An edit made from a stale copy is refused as a conflict")
{
    StoreFixture fixture;
    const Card original = insertOne(fixture.store(), sampleCard(5));
    AuditDraft edit;
    edit.action = AuditAction::CardEdited;

    Card renamed = original;
    renamed.assignee = QStringLiteral("王五");
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.updateCard(renamed, edit);
                           return {};
                       })
                .ok());
    const Card afterFirst = *fixture.store().cardById(original.id);
    CHECK(afterFirst.assignee == QStringLiteral("王五"));
    CHECK(afterFirst.version == original.version + 1);

    Card stale = original; // still carries the old version
    stale.department = QStringLiteral("客服部");
    const Status status =
        fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
            writer.updateCard(stale, edit);
            return {};
        });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::StorageConflict);
    CHECK(fixture.store().cardById(original.id) == afterFirst);
    CHECK(fixture.store().auditOf(original.id).size() == 2);

    Card missing = afterFirst;
    missing.id = 999;
    const Status gone =
        fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
            writer.updateCard(missing, edit);
            return {};
        });
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == ErrorCode::CardNotFound);
}

TEST_CASE("An update handed the card as read is refused as a conflict when the card changed since")
{
    StoreFixture fixture;
    const Card original = insertOne(fixture.store(), sampleCard(7));
    AuditDraft edit;
    edit.action = AuditAction::CardEdited;
    const Status status =
        fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
            const Card stored = *writer.cardById(original.id);
            Card lost = stored;
            lost.lost = !stored.lost;
            writer.updateCard(stored, lost, edit); // the card is now one version further
            Card renamed = stored;
            renamed.assignee = QStringLiteral("王五");
            writer.updateCard(stored, renamed, edit);
            return {};
        });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::StorageConflict);
    CHECK(fixture.store().cardById(original.id) == original); // rolled back, both changes
}

TEST_CASE("An update stores each field it changes, alone or with others, and bumps the version")
{
    // The store reads the card to tell what changed, or is handed it as read in the transaction.
    const bool givenStored = GENERATE(false, true);
    INFO((givenStored ? "handed the stored card" : "reading the stored card"));
    StoreFixture fixture;
    const Card original = insertOne(fixture.store(), sampleCard(6));
    AuditDraft edit;
    edit.action = AuditAction::CardEdited;
    // One change per field the services own (only the changed columns are written).
    std::vector<std::function<void(Card&)>> changes =
        oneChangePerCardField(CardState::ArrearsCleared);
    changes.emplace_back([](Card&) {}); // nothing changed: still a new version and an audit row
    changes.emplace_back([](Card& c) {  // several at once
        c.state = CardState::CancellationRequested;
        c.msisdn.clear();
        c.department = QStringLiteral("三部");
    });
    Card expected = original;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        INFO("change " << i);
        changes[i](expected);
        REQUIRE(fixture.store()
                    .write(QStringLiteral("alice"),
                           [&](StoreWriter& writer) -> Status {
                               if (givenStored)
                                   writer.updateCard(*writer.cardById(original.id), expected, edit);
                               else
                                   writer.updateCard(expected, edit);
                               return {};
                           })
                    .ok());
        ++expected.version;
        CHECK(fixture.store().cardById(original.id) == expected);
    }
    CHECK(fixture.store().cardByIccid(sampleCard(60).iccid)->id == original.id);
    CHECK_FALSE(fixture.store().cardByIccid(original.iccid).has_value());
    CHECK_FALSE(fixture.store().cardByMsisdn(sampleCard(61).msisdn).has_value()); // cleared
    CHECK(fixture.store().auditOf(original.id).size() == changes.size() + 1);
}

TEST_CASE("Posting to the ledger keeps the cached balance equal to the ledger's sum")
{
    StoreFixture fixture;
    const Card card = insertOne(fixture.store(), sampleCard(8));
    const std::vector<LedgerEntry> postings{
        entry(card.id, EntryKind::Charge, 5800, QDate(2024, 3, 1)),
        entry(card.id, EntryKind::Payment, 3000, QDate(2024, 3, 10)),
        entry(card.id, EntryKind::Charge, 5800, QDate(2024, 2, 1)), // posted late, dated early
        entry(card.id, EntryKind::Adjustment, -450, QDate(2024, 3, 10)),
    };
    std::vector<std::int64_t> ids;
    REQUIRE(fixture.store()
                .write(QStringLiteral("carol"),
                       [&](StoreWriter& writer) -> Status {
                           for (const LedgerEntry& e : postings)
                               ids.push_back(writer.postLedgerEntry(e, posted()));
                           return {};
                       })
                .ok());

    Money expected;
    for (const LedgerEntry& e : postings)
        expected += balanceEffect(e);
    const Card after = *fixture.store().cardById(card.id);
    CHECK(after.balance == expected);
    CHECK(after.version == card.version + static_cast<std::int64_t>(postings.size()));

    const auto ledger = fixture.store().ledgerOf(card.id);
    REQUIRE(ledger.size() == postings.size());
    Money sum;
    for (std::size_t i = 0; i < ledger.size(); ++i) {
        sum += balanceEffect(ledger[i]);
        if (i > 0) {
            const bool ordered =
                ledger[i - 1].date < ledger[i].date ||
                (ledger[i - 1].date == ledger[i].date && ledger[i - 1].id < ledger[i].id);
            CHECK(ordered);
        }
        CHECK(ledger[i].operatorName == QStringLiteral("carol")); // stamped by the store
        CHECK(ledger[i].recordedAt == fixedNow());
    }
    CHECK(sum == after.balance);
    CHECK(ledger.front().id == ids[2]);
    CHECK(ledger.front().reference == postings[2].reference);

    SQLite::Database db = fixture.raw();
    CHECK(db.execAndGet("SELECT count(*) FROM cards c WHERE balance_fen <>"
                        " (SELECT coalesce(sum(CASE kind WHEN 'payment' THEN -amount_fen"
                        "  ELSE amount_fen END), 0) FROM ledger_entries WHERE card_id = c.id)")
              .getInt() == 0);

    const auto events = fixture.store().auditOf(card.id);
    REQUIRE(events.size() == 1 + postings.size());
    CHECK(events.back().action == AuditAction::LedgerEntryPosted);
    CHECK(events.back().iccid == card.iccid);

    const Status orphan =
        fixture.store().write(QStringLiteral("carol"), [&](StoreWriter& writer) -> Status {
            writer.postLedgerEntry(entry(777, EntryKind::Charge, 100, QDate(2024, 1, 1)), posted());
            return {};
        });
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().code == ErrorCode::CardNotFound);
}

TEST_CASE("The audit log and the ledger refuse edits and deletions")
{
    StoreFixture fixture;
    const Card card = insertOne(fixture.store(), sampleCard(9));
    REQUIRE(fixture.store()
                .write(QStringLiteral("carol"),
                       [&](StoreWriter& writer) -> Status {
                           writer.postLedgerEntry(
                               entry(card.id, EntryKind::Charge, 100, QDate(2024, 1, 1)), posted());
                           return {};
                       })
                .ok());
    SQLite::Database db = fixture.raw();
    const char* tampering[] = {
        "UPDATE audit_log SET operator = 'mallory'",
        "DELETE FROM audit_log",
        "UPDATE ledger_entries SET amount_fen = 1",
        "DELETE FROM ledger_entries",
    };
    for (const char* sql : tampering) {
        INFO(sql);
        try {
            db.exec(sql);
            FAIL("the statement was accepted");
        } catch (const SQLite::Exception& refused) {
            CHECK(QString::fromUtf8(refused.what()).contains(QStringLiteral("append-only")));
        }
    }
    CHECK(fixture.store().auditOf(std::nullopt).size() == 2);
    CHECK(fixture.store().ledgerOf(card.id).at(0).amount == Money::fromFen(100));
}

TEST_CASE("Events without a row of their own are audited too")
{
    StoreFixture fixture;
    const Card card = insertOne(fixture.store(), sampleCard(10));
    AuditDraft unmasked;
    unmasked.action = AuditAction::HolderUnmasked;
    unmasked.details = QJsonObject{{QStringLiteral("field"), QStringLiteral("holder_id")}};
    AuditDraft packet;
    packet.action = AuditAction::PacketIncluded;
    REQUIRE(fixture.store()
                .write(QStringLiteral("dave"),
                       [&](StoreWriter& writer) -> Status {
                           writer.appendAudit(card.id, unmasked);
                           writer.appendAudit(std::nullopt, packet);
                           return {};
                       })
                .ok());
    const auto events = fixture.store().auditOf(std::nullopt);
    REQUIRE(events.size() == 3);
    CHECK(events[1].action == AuditAction::HolderUnmasked);
    CHECK(events[1].iccid == card.iccid);
    CHECK(events[1].details == unmasked.details);
    CHECK_FALSE(events[2].cardId.has_value());
    CHECK(events[2].iccid.isEmpty());
    CHECK(fixture.store().auditOf(card.id).size() == 2);
}
