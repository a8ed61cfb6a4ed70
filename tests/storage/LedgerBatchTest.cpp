// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "ports/StoreError.h"
#include "services/LedgerChecks.h"

#include <algorithm>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

// Entries for the cards, in no order of cards, every kind, texts JSON must escape.
std::vector<LedgerEntry> mixedEntries(const std::vector<CardId>& cards, int count)
{
    const EntryKind kinds[] = {EntryKind::Charge, EntryKind::Payment, EntryKind::Adjustment};
    const QString references[] = {QStringLiteral("2026-01 月租"), QStringLiteral("YH\"1\\2\"\t"),
                                  QString(), QStringLiteral("付款😀")};
    std::vector<LedgerEntry> entries;
    for (int i = 0; i < count; ++i) {
        const CardId card = cards[static_cast<std::size_t>((i * 7) % std::ssize(cards))];
        const EntryKind kind = kinds[i % 3];
        const std::int64_t fen = kind == EntryKind::Adjustment ? -150 * (i + 1) : 1000 + 10 * i;
        LedgerEntry posting = entry(card, kind, fen, QDate(2026, 1, 1 + i % 28));
        posting.reference = references[i % 4];
        entries.push_back(posting);
    }
    return entries;
}

QString iccidOf(Store& store, CardId card)
{
    return store.cardById(card)->iccid;
}

LedgerBatch batchOf(Store& store, std::span<const LedgerEntry> entries)
{
    LedgerBatch batch;
    for (const LedgerEntry& e : entries)
        batch.add(e.cardId, iccidOf(store, e.cardId), e.kind, e.amount, e.date, e.reference);
    return batch;
}

// The entry without what the store assigns, to compare ledgers whose ids differ.
LedgerEntry withoutId(LedgerEntry e)
{
    e.id = 0;
    return e;
}

std::vector<CardId> threeCards(Store& store)
{
    std::vector<CardId> cards;
    for (int n = 1; n <= 3; ++n) {
        Card card = sampleCard(n);
        card.state = CardState::Active;
        cards.push_back(insertOne(store, card).id);
    }
    return cards;
}

} // namespace

TEST_CASE("postLedgerBatch posts what postLedgerEntry would, ids by card, sealed by one row")
{
    StoreFixture oneByOne;
    StoreFixture inBulk;
    const std::vector<CardId> cards = threeCards(oneByOne.store());
    REQUIRE(threeCards(inBulk.store()) == cards);
    const std::vector<LedgerEntry> entries = mixedEntries(cards, 40);

    REQUIRE(oneByOne.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           for (const LedgerEntry& e : entries)
                               writer.postLedgerEntry(e, AuditDraft{AuditAction::LedgerEntryPosted,
                                                                    std::nullopt, std::nullopt,
                                                                    ledgerEntryDetails(e)});
                           return {};
                       })
                .ok());
    // In two batches, whose ids follow each other, sealed by one row.
    const LedgerBatch first = batchOf(inBulk.store(), std::span(entries).first(25));
    const LedgerBatch second = batchOf(inBulk.store(), std::span(entries).subspan(25));
    const std::int64_t headBefore = inBulk.store().auditCount();
    REQUIRE(inBulk.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           CHECK(writer.nextLedgerEntryId() == 1);
                           writer.postLedgerBatch(first);
                           CHECK(writer.nextLedgerEntryId() == 26);
                           writer.postLedgerBatch(second);
                           CHECK(writer.nextLedgerEntryId() == 41);
                           appendImportRow(writer, 1);
                           return {};
                       })
                .ok());

    for (const CardId card : cards) {
        INFO("card " << card);
        const std::vector<LedgerEntry> single = oneByOne.store().ledgerOf(card);
        const std::vector<LedgerEntry> bulk = inBulk.store().ledgerOf(card);
        REQUIRE(bulk.size() == single.size());
        for (std::size_t i = 0; i < bulk.size(); ++i)
            CHECK(withoutId(bulk[i]) == withoutId(single[i]));
        CHECK(inBulk.store().cardById(card)->balance == oneByOne.store().cardById(card)->balance);
        CHECK(inBulk.store().cardById(card)->version == oneByOne.store().cardById(card)->version);
    }
    // Ids card by card within each batch, each card's in the batch's order.
    std::vector<std::pair<CardId, std::int64_t>> ids; // (card, id) of the first batch
    for (const CardId card : cards) {
        for (const LedgerEntry& e : inBulk.store().ledgerOf(card)) {
            if (e.id <= 25)
                ids.emplace_back(card, e.id);
        }
    }
    REQUIRE(ids.size() == 25);
    std::sort(ids.begin(), ids.end(), [](auto a, auto b) { return a.second < b.second; });
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    CHECK(ids.front().second == 1);
    CHECK(ids.back().second == 25);

    // No row per entry: one row for the lot, about no card, whose seal holds.
    const std::vector<AuditEvent> bulkHistory = inBulk.store().auditOf(std::nullopt);
    REQUIRE(bulkHistory.size() == static_cast<std::size_t>(headBefore) + 1);
    const AuditEvent& sealed = bulkHistory.back();
    CHECK(sealed.action == AuditAction::LedgerImported);
    CHECK_FALSE(sealed.cardId.has_value());
    CHECK(sealed.iccid.isEmpty());
    const std::optional<LedgerImportSeal> seal = ledgerImportSealOf(sealed.details);
    REQUIRE(seal.has_value());
    CHECK(seal->firstId == 1);
    CHECK(seal->lastId == 40);
    CHECK(seal->entries == 40);
    // The same entries under other ids: the same totals, another digest.
    const LedgerImportSeal single = oneByOne.store().sealLedgerEntries(1, 40);
    CHECK(seal->entries == single.entries);
    CHECK(seal->charges == single.charges);
    CHECK(seal->payments == single.payments);
    CHECK(seal->adjustments == single.adjustments);
    CHECK(seal->charges.isPositive());
    CHECK(seal->adjustments.isNegative());
    AuditChainVerifier verifier([&inBulk](std::int64_t from, std::int64_t to) {
        return inBulk.store().sealLedgerEntries(from, to);
    });
    for (const AuditEvent& event : bulkHistory)
        verifier.feed(event);
    CHECK_FALSE(verifier.firstBreak().has_value());
    CHECK_FALSE(inBulk.store().verifyAuditChain().firstBreak.has_value());
}

TEST_CASE("postLedgerBatch: entries no import row seals are not committed")
{
    StoreFixture fixture;
    const std::vector<CardId> cards = threeCards(fixture.store());
    const QByteArray headBefore = fixture.store().auditHeadHash();
    const LedgerBatch batch = batchOf(fixture.store(), mixedEntries(cards, 5));
    const Status status =
        fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            writer.postLedgerBatch(batch);
            // Another row than the import's does not explain them.
            writer.appendAudit(cards[0], posted());
            return {};
        });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::StorageFailure);
    for (const CardId card : cards)
        CHECK(fixture.store().ledgerOf(card).empty());
    CHECK(fixture.store().auditHeadHash() == headBefore);
}

TEST_CASE("postLedgerBatch: what the transaction reads next sees the entries' balances")
{
    StoreFixture fixture;
    const std::vector<CardId> cards = threeCards(fixture.store());
    const std::vector<LedgerEntry> entries = mixedEntries(cards, 12);
    std::int64_t expected = 0;
    for (const LedgerEntry& e : entries) {
        if (e.cardId == cards[0])
            expected += balanceEffect(e).fen();
    }
    const LedgerBatch batch = batchOf(fixture.store(), entries);
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.postLedgerBatch(batch);
                           CHECK(writer.cardByIccid(iccidOf(fixture.store(), cards[1]))->version >
                                 1);
                           CHECK(writer.cards(CardQuery{})[0].balance.fen() != 0);
                           std::optional<Card> card = writer.cardById(cards[0]);
                           REQUIRE(card.has_value());
                           CHECK(card->balance.fen() == expected);
                           // An update checks the version the postings moved.
                           card->plan = QStringLiteral("changed");
                           writer.updateCard(*card, AuditDraft{});
                           writer.postLedgerBatch(
                               batchOf(fixture.store(), std::span(entries).first(1)));
                           CHECK(writer.totals().cards == 3);
                           appendImportRow(writer, 1);
                           return {};
                       })
                .ok());
    const Card stored = *fixture.store().cardById(cards[0]);
    CHECK(stored.plan == QStringLiteral("changed"));
    CHECK(stored.balance.fen() == expected + balanceEffect(entries[0]).fen());
}

TEST_CASE("postLedgerBatch for a card that is not there changes nothing")
{
    StoreFixture fixture;
    const std::vector<CardId> cards = threeCards(fixture.store());
    const QByteArray headBefore = fixture.store().auditHeadHash();
    LedgerBatch batch;
    batch.add(cards[0], iccidOf(fixture.store(), cards[0]), EntryKind::Charge, Money::fromFen(500),
              QDate(2026, 1, 1), QStringLiteral("B1"));
    batch.add(cards[2] + 99, QStringLiteral("89860000000000000001"), EntryKind::Charge,
              Money::fromFen(500), QDate(2026, 1, 1), QStringLiteral("B2"));
    const Status status =
        fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            writer.postLedgerBatch(batch);
            return {};
        });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error() == Error{ErrorCode::CardNotFound, QString::number(cards[2] + 99), 0});
    CHECK(fixture.store().ledgerOf(cards[0]).empty());
    CHECK(fixture.store().cardById(cards[0])->balance == Money{});
    CHECK(fixture.store().auditHeadHash() == headBefore);
}
