// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "ports/StoreError.h"

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

std::vector<AuditEvent> history(Store& store)
{
    return store.auditOf(std::nullopt);
}

} // namespace

TEST_CASE("insertCards stores what insertCard would, card by card, with the same audit chain")
{
    // One card first, so the batch starts after an existing id and an existing chain head.
    StoreFixture oneByOne;
    StoreFixture inBulk;
    insertOne(oneByOne.store(), sampleCard(1));
    insertOne(inBulk.store(), sampleCard(1));
    const std::vector<Card> cards = sampleCards(2, 700);

    std::vector<CardId> singleIds;
    REQUIRE(oneByOne.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           for (const Card& card : cards)
                               singleIds.push_back(writer.insertCard(card, created()));
                           return {};
                       })
                .ok());
    CardId first = 0;
    REQUIRE(inBulk.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           first = writer.insertCards(cards, created());
                           return {};
                       })
                .ok());

    CHECK(first == singleIds.front());
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const auto bulk = inBulk.store().cardById(first + static_cast<CardId>(i));
        REQUIRE(bulk.has_value());
        CHECK(*bulk == *oneByOne.store().cardById(singleIds[i]));
    }
    // Same rows, same hashes: the chain cannot tell how the cards were stored.
    const auto bulkHistory = history(inBulk.store());
    const auto singleHistory = history(oneByOne.store());
    REQUIRE(bulkHistory.size() == cards.size() + 1);
    REQUIRE(bulkHistory.size() == singleHistory.size());
    for (std::size_t i = 0; i < bulkHistory.size(); ++i)
        CHECK(bulkHistory[i].hash == singleHistory[i].hash);

    CHECK(inBulk.store().cardsByStateDay() == oneByOne.store().cardsByStateDay());

    AuditChainVerifier verifier;
    inBulk.reopen();
    inBulk.store().forEachAuditEvent([&](const AuditEvent& event) { verifier.feed(event); });
    CHECK_FALSE(verifier.firstBreak().has_value());
    CHECK(verifier.headHash() == inBulk.store().auditHeadHash());
}

TEST_CASE("A batch with a number already stored is refused whole and leaves the chain as it was")
{
    StoreFixture fixture;
    insertOne(fixture.store(), sampleCard(5));
    const QByteArray headBefore = fixture.store().auditHeadHash();
    std::vector<Card> cards = sampleCards(10, 50);
    cards[30].msisdn = sampleCard(5).msisdn;

    const Status status =
        fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            writer.insertCards(cards, created());
            return {};
        });
    CHECK_FALSE(status.ok());
    CHECK(fixture.store().countCards({}) == 1);
    CHECK(fixture.store().auditHeadHash() == headBefore);

    // A batch is stored without a statement journal, so a refused one may have kept some of its
    // cards: a work that catches the refusal and goes on cannot commit anything, and the store
    // rolls it back whole.
    const Status goneOn =
        fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            CHECK_THROWS_AS(writer.insertCards(cards, created()), StoreError);
            CHECK_THROWS_AS(writer.insertCards(sampleCards(100, 3), created()), StoreError);
            writer.insertCard(sampleCard(200), created());
            return {};
        });
    REQUIRE_FALSE(goneOn.ok());
    CHECK(goneOn.error().code == ErrorCode::DuplicateMsisdn);
    CHECK(fixture.store().countCards({}) == 1);
    CHECK(fixture.store().auditHeadHash() == headBefore);
    AuditChainVerifier verifier;
    fixture.store().forEachAuditEvent([&](const AuditEvent& event) { verifier.feed(event); });
    CHECK_FALSE(verifier.firstBreak().has_value());
    CHECK(verifier.rowsChecked() == 1);

    // The next transaction starts afresh.
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.insertCards(sampleCards(10, 3), created());
                           return {};
                       })
                .ok());
    CHECK(fixture.store().countCards({}) == 4);
}

TEST_CASE("insertCards counts runs of cards in one state since one instant as card by card")
{
    // As an import makes them: runs of cards active since the same instant, then others.
    std::vector<Card> cards = sampleCards(1, 40);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        cards[i].state = i % 13 < 9 ? CardState::Active : CardState::ArrearsCleared;
        cards[i].stateSince = i % 17 < 12 ? fixedNow() : fixedNow().addDays(-40);
        if (i == 20)
            cards[i].stateSince = QDateTime(); // no known start
    }
    StoreFixture oneByOne;
    StoreFixture inBulk;
    insertOneByOne(oneByOne.store(), cards);
    insertInTwoBatches(inBulk.store(), cards, 25);
    const std::vector<StateDay> expected = oneByOne.store().cardsByStateDay();
    CHECK(expected.size() >= 4);
    CHECK(inBulk.store().cardsByStateDay() == expected);
}

TEST_CASE("insertCards of nothing stores nothing")
{
    StoreFixture fixture;
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           CHECK(writer.insertCards({}, created()) == 1);
                           return {};
                       })
                .ok());
    CHECK(fixture.store().countCards({}) == 0);
    CHECK(history(fixture.store()).empty());
}

TEST_CASE("Within the transaction, the history already holds a batch's audit rows")
{
    StoreFixture fixture;
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           const CardId first = writer.insertCards(sampleCards(1, 10), created());
                           // Read straight after the batch: its rows are there, in order.
                           const auto events = writer.auditOf(std::nullopt);
                           REQUIRE(events.size() == 10);
                           CHECK(events.back().cardId == first + 9);
                           CHECK(writer.auditHeadHash() == events.back().hash);
                           CHECK(writer.auditOf(first + 3).size() == 1);

                           // A write after a batch comes after it in the chain.
                           writer.insertCards(sampleCards(11, 5), created());
                           Card edited = *writer.cardById(first);
                           edited.plan = QStringLiteral("Another plan");
                           writer.updateCard(edited, created());
                           writer.insertCards(sampleCards(16, 4), created());
                           return {};
                       })
                .ok());
    const auto events = history(fixture.store());
    REQUIRE(events.size() == 20);
    CHECK(events[15].cardId == 1); // the edit, after the second batch's five rows
    CHECK(events[19].cardId == 19);
    AuditChainVerifier verifier;
    for (const AuditEvent& event : events)
        verifier.feed(event);
    CHECK_FALSE(verifier.firstBreak().has_value());
}

TEST_CASE("insertCards stores each card's own texts, shared, copied or changed between cards")
{
    StoreFixture fixture;
    // As an import hands them over: one string shared by many cards, an equal copy of it, and a
    // shared string changed in place (which detaches it) between two cards.
    QString plan = QStringLiteral("畅聊套餐");
    const QString department = QStringLiteral("销售一部");
    std::vector<Card> cards = sampleCards(1, 6);
    for (Card& card : cards) {
        card.plan = plan;
        card.department = department;
    }
    cards[1].department = QString(department.constData(), department.size());
    plan[0] = u'长'; // cards 0-5 keep 畅聊套餐
    cards[3].plan = plan;
    cards[4].plan = QStringLiteral("畅聊套餐");
    cards[5].department = QStringLiteral("客服部");

    CardId first = 0;
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           first = writer.insertCards(cards, created());
                           return {};
                       })
                .ok());
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const auto stored = fixture.store().cardById(first + static_cast<CardId>(i));
        REQUIRE(stored.has_value());
        INFO("card " << i);
        CHECK(stored->plan == cards[i].plan);
        CHECK(stored->department == cards[i].department);
        CHECK(stored->numberHomeArea == cards[i].numberHomeArea);
        CHECK(stored->declaredHomeArea == cards[i].declaredHomeArea);
    }
    CHECK(fixture.store().cardById(first + 3)->plan == QStringLiteral("长聊套餐"));
    CHECK(fixture.store().cardById(first + 5)->department == QStringLiteral("客服部"));
}

TEST_CASE("postLedgerEntries posts what postLedgerEntry would, entry by entry, chain and all")
{
    StoreFixture oneByOne;
    StoreFixture inBulk;
    std::vector<CardId> cards;
    for (int n = 1; n <= 3; ++n) {
        cards.push_back(insertOne(oneByOne.store(), sampleCard(n)).id);
        insertOne(inBulk.store(), sampleCard(n));
    }
    // Several entries for a card, of every kind, in no particular order of cards.
    std::vector<LedgerPosting> postings;
    const EntryKind kinds[] = {EntryKind::Charge, EntryKind::Payment, EntryKind::Adjustment};
    for (int i = 0; i < 10; ++i) {
        const CardId card = cards[static_cast<std::size_t>((i * 7) % 3)];
        const EntryKind kind = kinds[i % 3];
        const std::int64_t fen = kind == EntryKind::Adjustment ? -150 * i : 1000 + 10 * i;
        LedgerEntry posting = entry(card, kind, fen, QDate(2026, 1, 1 + i));
        AuditDraft audit = posted();
        audit.details.insert(QStringLiteral("n"), i);
        postings.push_back(LedgerPosting{posting, sampleCard(static_cast<int>(card)).iccid, audit});
    }

    REQUIRE(oneByOne.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           for (const LedgerPosting& posting : postings)
                               writer.postLedgerEntry(posting.entry, posting.audit);
                           return {};
                       })
                .ok());
    REQUIRE(inBulk.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.postLedgerEntries(postings);
                           return {};
                       })
                .ok());

    for (const CardId card : cards) {
        INFO("card " << card);
        CHECK(inBulk.store().ledgerOf(card) == oneByOne.store().ledgerOf(card));
        const Card single = *oneByOne.store().cardById(card);
        const Card bulk = *inBulk.store().cardById(card);
        CHECK(bulk.balance == single.balance);
        CHECK(bulk.version == single.version);
    }
    CHECK(oneByOne.store().cardById(cards[0])->balance != Money{});
    const auto bulkHistory = history(inBulk.store());
    const auto singleHistory = history(oneByOne.store());
    REQUIRE(bulkHistory.size() == singleHistory.size());
    for (std::size_t i = 0; i < bulkHistory.size(); ++i) {
        CHECK(bulkHistory[i].iccid == singleHistory[i].iccid);
        CHECK(bulkHistory[i].details == singleHistory[i].details);
        CHECK(bulkHistory[i].hash == singleHistory[i].hash);
    }
}

TEST_CASE("postLedgerEntries for a card that is not there changes nothing")
{
    StoreFixture fixture;
    const Card card = insertOne(fixture.store(), sampleCard(1));
    const QByteArray headBefore = fixture.store().auditHeadHash();
    const std::vector<LedgerPosting> postings{
        {entry(card.id, EntryKind::Charge, 500, QDate(2026, 1, 1)), card.iccid, posted()},
        {entry(card.id + 99, EntryKind::Charge, 500, QDate(2026, 1, 1)), card.iccid, posted()},
    };
    const Status status =
        fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            writer.postLedgerEntries(postings);
            return {};
        });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::CardNotFound);
    CHECK(fixture.store().ledgerOf(card.id).empty());
    CHECK(fixture.store().cardById(card.id)->balance == Money{});
    CHECK(fixture.store().auditHeadHash() == headBefore);
}
